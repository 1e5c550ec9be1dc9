package org.entente.event;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import org.entente.codebook.EventCode;
import org.entente.codebook.QuadClass;

/**
 * One coded event: who did what to whom, when, with the sentence that says so. The fields are the
 * event contract of {@code DESIGN.md}; {@link EventIds#of} makes the stable id.
 *
 * @param sentence index of the sentence in the document, from 0
 * @param dateFrom where the date came from: {@code text} (a date expression governed by the
 *     predicate) or {@code document} (the publication date)
 * @param trigger the verb or event noun
 * @param triggerStart character offset of the trigger in the sentence
 * @param triggerEnd character offset just after the trigger
 * @param cameo the CAMEO event code; its root is {@link #root()}
 * @param quadClass GDELT's quad class: the root's for coded events, the file's for GDELT rows
 * @param rule why the coder made this event: the lexicon entries, wrappers and dictionary entries
 *     that decided it, one step a line (empty for events read from GDELT files)
 * @param location where the event happened, or {@code null} when the text does not say
 */
public record Event(
    String id,
    String docId,
    int sentence,
    String text,
    String url,
    LocalDate date,
    DatePrecision datePrecision,
    String dateFrom,
    EventActor source,
    EventActor target,
    EventCode cameo,
    QuadClass quadClass,
    double goldstein,
    boolean negated,
    Modality modality,
    String trigger,
    int triggerStart,
    int triggerEnd,
    Area area,
    List<String> rule,
    EventLocation location) {

  public Event {
    requireNonNull(id, "id is null");
    requireNonNull(docId, "docId is null");
    requireNonNull(text, "text is null");
    url = url == null ? "" : url;
    requireNonNull(date, "date is null");
    requireNonNull(datePrecision, "datePrecision is null");
    requireNonNull(dateFrom, "dateFrom is null");
    requireNonNull(source, "source is null");
    requireNonNull(target, "target is null");
    requireNonNull(cameo, "cameo is null");
    requireNonNull(quadClass, "quadClass is null");
    requireNonNull(modality, "modality is null");
    requireNonNull(trigger, "trigger is null");
    requireNonNull(area, "area is null");
    rule = rule == null ? List.of() : List.copyOf(rule);
  }

  /** The two-digit CAMEO root of the event's code, {@code "04"}. */
  public String root() {
    return cameo.root();
  }

  /** An event with its rule trail and no location. */
  public Event(
      String id,
      String docId,
      int sentence,
      String text,
      String url,
      LocalDate date,
      DatePrecision datePrecision,
      String dateFrom,
      EventActor source,
      EventActor target,
      EventCode cameo,
      QuadClass quadClass,
      double goldstein,
      boolean negated,
      Modality modality,
      String trigger,
      int triggerStart,
      int triggerEnd,
      Area area,
      List<String> rule) {
    this(
        id,
        docId,
        sentence,
        text,
        url,
        date,
        datePrecision,
        dateFrom,
        source,
        target,
        cameo,
        quadClass,
        goldstein,
        negated,
        modality,
        trigger,
        triggerStart,
        triggerEnd,
        area,
        rule,
        null);
  }

  /** An event without the coder's rule trail (read from a store or a GDELT file). */
  public Event(
      String id,
      String docId,
      int sentence,
      String text,
      String url,
      LocalDate date,
      DatePrecision datePrecision,
      String dateFrom,
      EventActor source,
      EventActor target,
      EventCode cameo,
      QuadClass quadClass,
      double goldstein,
      boolean negated,
      Modality modality,
      String trigger,
      int triggerStart,
      int triggerEnd,
      Area area) {
    this(
        id,
        docId,
        sentence,
        text,
        url,
        date,
        datePrecision,
        dateFrom,
        source,
        target,
        cameo,
        quadClass,
        goldstein,
        negated,
        modality,
        trigger,
        triggerStart,
        triggerEnd,
        area,
        List.of());
  }

  /** This event located at {@code place}, with {@code step} added to its rule trail. */
  public Event withLocation(EventLocation place, String step) {
    requireNonNull(place, "place is null");
    requireNonNull(step, "step is null");
    List<String> steps = new java.util.ArrayList<>(rule);
    steps.add(step);
    return new Event(
        id,
        docId,
        sentence,
        text,
        url,
        date,
        datePrecision,
        dateFrom,
        source,
        target,
        cameo,
        quadClass,
        goldstein,
        negated,
        modality,
        trigger,
        triggerStart,
        triggerEnd,
        area,
        steps,
        place);
  }

  /** A factual, non-negated event: what the event record counts. */
  public boolean isFactual() {
    return modality == Modality.FACTUAL && !negated;
  }
}
