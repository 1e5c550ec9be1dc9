package org.entente.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.codebook.CameoCode;
import org.entente.codebook.Codebook;
import org.entente.codebook.EventCode;
import org.entente.codebook.QuadClass;
import org.entente.event.Area;
import org.entente.event.Assessment;
import org.entente.event.DatePrecision;
import org.entente.event.Event;
import org.entente.event.EventActor;
import org.entente.event.Modality;

/**
 * Builds synthetic events for tests: {@code event("RUS", "CHN", "061").area(ENERGY).build()} is
 * "Russia cooperates economically with China" in energy, with the codebook's quad class (2) and
 * Goldstein weight (+6.4). Every built event gets a fresh id unless one is given.
 */
public final class TestEvents {
  private static final Codebook CODEBOOK = Codebook.standard();
  private static final AtomicInteger IDS = new AtomicInteger();

  private TestEvents() {}

  public static Builder event(String source, String target, String cameo) {
    return new Builder(source, target, cameo);
  }

  /** {@code count} events like {@code builder}, each with its own id. */
  public static List<Event> times(int count, Builder builder) {
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      events.add(builder.build());
    }
    return events;
  }

  /** Concatenates lists of events. */
  @SafeVarargs
  public static List<Event> all(List<Event>... lists) {
    List<Event> events = new ArrayList<>();
    for (List<Event> list : lists) {
      events.addAll(list);
    }
    return events;
  }

  public static Assessment assessment(String a, String b, String label, String date) {
    String first = a.compareTo(b) <= 0 ? a : b;
    String second = a.compareTo(b) <= 0 ? b : a;
    return new Assessment(
        "as" + IDS.incrementAndGet(),
        "doc",
        0,
        "A sentence calling " + first + "–" + second + " a " + label + ".",
        "",
        LocalDate.parse(date),
        first,
        second,
        label,
        label);
  }

  /** A mutable builder of one synthetic event. */
  public static final class Builder {
    private final String source;
    private final String target;
    private final String cameo;
    private Area area = Area.DIPLOMATIC;
    private LocalDate date = LocalDate.of(2019, 6, 5);
    private DatePrecision precision = DatePrecision.DAY;
    private Modality modality = Modality.FACTUAL;
    private boolean negated;
    private String text;
    private String docId = "doc";
    private int sentence;
    private String id;

    private Builder(String source, String target, String cameo) {
      this.source = source;
      this.target = target;
      this.cameo = cameo;
    }

    public Builder area(Area area) {
      this.area = area;
      return this;
    }

    public Builder on(String isoDate) {
      this.date = LocalDate.parse(isoDate);
      return this;
    }

    public Builder precision(DatePrecision precision) {
      this.precision = precision;
      return this;
    }

    public Builder modality(Modality modality) {
      this.modality = modality;
      return this;
    }

    public Builder negated() {
      this.negated = true;
      return this;
    }

    public Builder text(String text) {
      this.text = text;
      return this;
    }

    public Builder doc(String docId, int sentence) {
      this.docId = docId;
      this.sentence = sentence;
      return this;
    }

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Event build() {
      CameoCode code = CODEBOOK.get(cameo);
      String sentenceText =
          text != null ? text : source + " does " + code.name() + " toward " + target + ".";
      return new Event(
          id != null ? id : "e" + IDS.incrementAndGet(),
          docId,
          sentence,
          sentenceText,
          "",
          date,
          precision,
          "document",
          actor(source),
          actor(target),
          EventCode.of(cameo),
          QuadClass.ofNumber(code.quadClass().number()),
          code.goldstein(),
          negated,
          modality,
          "does",
          0,
          4,
          area);
    }

    private static EventActor actor(String country) {
      return new EventActor(country, country, null, country, country, 0, country.length());
    }
  }
}
