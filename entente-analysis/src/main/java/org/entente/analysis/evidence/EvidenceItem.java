package org.entente.analysis.evidence;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.entente.event.DatePrecision;
import org.entente.event.Event;

/**
 * One event shown as evidence, with its sentence: {@code 2019-06-05 RUS→CHN 062 +7.4 "It now
 * provides more sophisticated military technology to China…"}.
 *
 * @param status {@code factual}, {@code negated}, or the modality ({@code future}, {@code
 *     hypothetical}, {@code reported}) of an event shown as context
 */
public record EvidenceItem(
    String eventId,
    String docId,
    int sentence,
    LocalDate date,
    DatePrecision datePrecision,
    String source,
    String target,
    String cameo,
    int quadClass,
    double goldstein,
    String text,
    String status) {

  public EvidenceItem {
    requireNonNull(eventId, "eventId is null");
    requireNonNull(docId, "docId is null");
    requireNonNull(date, "date is null");
    requireNonNull(datePrecision, "datePrecision is null");
    requireNonNull(source, "source is null");
    requireNonNull(target, "target is null");
    requireNonNull(cameo, "cameo is null");
    requireNonNull(text, "text is null");
    requireNonNull(status, "status is null");
  }

  public static EvidenceItem of(Event event) {
    String status = event.negated() ? "negated" : event.modality().label();
    return new EvidenceItem(
        event.id(),
        event.docId(),
        event.sentence(),
        event.date(),
        event.datePrecision(),
        country(event.source().country(), event.source().code()),
        country(event.target().country(), event.target().code()),
        event.cameo().code(),
        event.quadClass().number(),
        event.goldstein(),
        event.text(),
        status);
  }

  /** The date as precisely as it is known: {@code 2019-06-05}, {@code 2019-06} or {@code 2018}. */
  public String dateLabel() {
    return switch (datePrecision) {
      case DAY -> date.toString();
      case MONTH -> date.toString().substring(0, 7);
      case YEAR -> Integer.toString(date.getYear());
    };
  }

  private static String country(String country, String code) {
    return country != null ? country : code;
  }
}
