package org.entente.validate;

import java.time.LocalDate;
import org.entente.codebook.EventCode;
import org.entente.codebook.QuadClass;
import org.entente.event.Area;
import org.entente.event.DatePrecision;
import org.entente.event.Event;
import org.entente.event.EventActor;
import org.entente.event.Modality;

/** Hand-built coded events for the scorer's tests: {@code event("HUNGOV", "ROMGOV", "036")}. */
final class Events {
  private Events() {}

  /** An event between two actor codes ({@code ""} for an unresolved one). */
  static Event event(String source, String target, String cameo) {
    return event(actor(source), actor(target), cameo);
  }

  /** An event between two actors. */
  static Event event(EventActor source, EventActor target, String cameo) {
    return new Event(
        "id-" + source.name() + "-" + target.name() + "-" + cameo,
        "doc",
        0,
        "a sentence",
        "",
        LocalDate.of(2000, 1, 1),
        DatePrecision.DAY,
        "document",
        source,
        target,
        EventCode.of(cameo),
        QuadClass.ofNumber(1),
        0.0,
        false,
        Modality.FACTUAL,
        "trigger",
        0,
        7,
        Area.DIPLOMATIC);
  }

  /** A coded actor: organisations (IGO…, NGO…, IMG…) have no country; others the first part. */
  static EventActor actor(String code) {
    if (code.isEmpty()) {
      return new EventActor("", null, null, "someone", "someone", 0, 7);
    }
    boolean organisation =
        code.startsWith("IGO") || code.startsWith("NGO") || code.startsWith("IMG");
    String country = organisation ? null : code.substring(0, 3);
    String agent = code.length() >= 6 ? code.substring(3, 6) : null;
    return new EventActor(code, country, agent, code, code, 0, 3);
  }
}
