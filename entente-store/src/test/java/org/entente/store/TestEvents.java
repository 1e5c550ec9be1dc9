package org.entente.store;

import java.time.LocalDate;
import org.entente.codebook.CameoCode;
import org.entente.codebook.Codebook;
import org.entente.codebook.EventCode;
import org.entente.codebook.QuadClass;
import org.entente.core.Document;
import org.entente.event.DatePrecision;
import org.entente.event.Event;
import org.entente.event.EventActor;
import org.entente.event.EventIds;
import org.entente.event.Modality;

/** Builds coded events and documents for store tests, with codebook quad classes and weights. */
public final class TestEvents {

  private static final Codebook CODEBOOK = Codebook.standard();
  private static final CodeAreas AREAS = CodeAreas.standard(CODEBOOK);

  private TestEvents() {}

  public static Document document(String id, String text) {
    return new Document(
        id, LocalDate.of(2019, 6, 5), text, "title " + id, "https://x/" + id, "wire");
  }

  public static Document document(String id, String text, String source) {
    return new Document(id, LocalDate.of(2019, 6, 5), text, "", "https://x/" + id, source);
  }

  /**
   * A factual event; {@code source} and {@code target} are codes whose first three letters are the
   * country.
   */
  public static Event event(
      String docId, int sentence, String source, String target, String cameo, LocalDate date) {
    return event(docId, sentence, source, target, cameo, date, Modality.FACTUAL, false);
  }

  public static Event event(
      String docId,
      int sentence,
      String source,
      String target,
      String cameo,
      LocalDate date,
      Modality modality,
      boolean negated) {
    CameoCode code = CODEBOOK.get(cameo);
    return new Event(
        EventIds.of(docId, sentence, source, target, cameo),
        docId,
        sentence,
        "Sentence " + sentence + " of " + docId + ".",
        "https://x/" + docId,
        date,
        DatePrecision.DAY,
        "text",
        actor(source, 0),
        actor(target, 20),
        EventCode.of(cameo),
        QuadClass.ofNumber(code.quadClass().number()),
        code.goldstein(),
        negated,
        modality,
        "met",
        10,
        13,
        AREAS.of(code.code()));
  }

  private static EventActor actor(String code, int start) {
    String country = code.length() >= 3 && !code.startsWith("IGO") ? code.substring(0, 3) : null;
    String agent = code.length() > 3 ? code.substring(3) : null;
    return new EventActor(
        code, country, agent, country, "the " + code, start, start + 4 + code.length());
  }
}
