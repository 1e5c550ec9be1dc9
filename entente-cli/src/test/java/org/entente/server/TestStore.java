package org.entente.server;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.entente.codebook.CameoCode;
import org.entente.codebook.Codebook;
import org.entente.codebook.EventCode;
import org.entente.codebook.QuadClass;
import org.entente.coder.EventCoder;
import org.entente.coder.lexicon.Lexicon;
import org.entente.core.Document;
import org.entente.dictionary.ActorDictionary;
import org.entente.dictionary.DictionaryActorMatcher;
import org.entente.event.Area;
import org.entente.event.Assessment;
import org.entente.event.DatePrecision;
import org.entente.event.Event;
import org.entente.event.EventActor;
import org.entente.event.EventIds;
import org.entente.event.Modality;
import org.entente.nlp.DocumentCoder;
import org.entente.store.EventStore;
import org.entente.text.ParsedDocument;

/**
 * A small store of hand-made events for the API tests that need no parser: CHN–RUS cooperating in
 * 2014–2015, USA–RUS in conflict, USA–CHN mixed, one assessment of CHN–RUS.
 */
public final class TestStore {

  public static final Codebook CODEBOOK = Codebook.standard();
  public static final ActorDictionary DICTIONARY = ActorDictionary.standard();

  private TestStore() {}

  /** The events stored, in the order the store reads them (by date). */
  public static final List<Event> EVENTS =
      List.of(
          event("d1", 0, "RUSGOV", "CHNGOV", "061", "2014-05-20"),
          event("d1", 1, "CHN", "RUS", "042", "2014-06-01"),
          event("d1", 2, "RUS", "CHN", "057", "2014-09-03"),
          event("d2", 0, "USA", "RUS", "163", "2014-07-01"),
          event("d2", 1, "RUS", "USA", "111", "2014-07-02"),
          event("d2", 2, "USA", "RUS", "172", "2015-02-01"),
          event("d3", 0, "CHN", "RUS", "061", "2015-03-01"),
          event("d3", 1, "RUS", "CHN", "043", "2015-04-01"),
          event("d3", 2, "USA", "CHN", "036", "2015-05-01"),
          event("d3", 3, "CHN", "USA", "112", "2015-06-01"),
          event("d3", 4, "RUS", "SYR", "062", "2015-09-30"),
          event("d3", 5, "CHN", "PRK", "042", "2015-10-01"));

  public static Path create(Path folder) {
    Path db = folder.resolve("test.duckdb");
    try (EventStore store = EventStore.open(db)) {
      for (String doc : List.of("d1", "d2", "d3")) {
        List<Event> events = EVENTS.stream().filter(e -> e.docId().equals(doc)).toList();
        List<Assessment> assessments =
            doc.equals("d1")
                ? List.of(
                    new Assessment(
                        "a1",
                        "d1",
                        0,
                        "Their ties have reached the level of an entente.",
                        "https://x/d1",
                        LocalDate.of(2014, 5, 20),
                        "CHN",
                        "RUS",
                        "entente",
                        "an entente"))
                : List.of();
        store.ingest(
            new Document(doc, LocalDate.of(2014, 5, 20), "Text of " + doc + ".", "", "", "wire"),
            events,
            assessments);
      }
    }
    return db;
  }

  static Event event(
      String doc, int sentence, String source, String target, String cameo, String date) {
    CameoCode code = CODEBOOK.get(cameo);
    return new Event(
        EventIds.of(doc, sentence, source, target, cameo),
        doc,
        sentence,
        "Sentence " + sentence + " of " + doc + ".",
        "https://x/" + doc,
        LocalDate.parse(date),
        DatePrecision.DAY,
        "text",
        actor(source, 0),
        actor(target, 20),
        EventCode.of(cameo),
        QuadClass.ofNumber(code.quadClass().number()),
        code.goldstein(),
        false,
        Modality.FACTUAL,
        "met",
        10,
        13,
        Area.DIPLOMATIC);
  }

  private static EventActor actor(String code, int start) {
    String country = code.substring(0, 3);
    String agent = code.length() > 3 ? code.substring(3) : null;
    return new EventActor(code, country, agent, country, "the " + code, start, start + 7);
  }

  /** A coder whose parser finds no sentence: coding and storing without CoreNLP. */
  public static Supplier<DocumentCoder> emptyCoder() {
    DocumentCoder coder =
        new DocumentCoder(
            document -> new ParsedDocument(document, List.of(), List.of()),
            new EventCoder(
                CODEBOOK,
                Lexicon.standard(CODEBOOK),
                new DictionaryActorMatcher(DICTIONARY),
                DICTIONARY.vocabulary()));
    return () -> coder;
  }
}
