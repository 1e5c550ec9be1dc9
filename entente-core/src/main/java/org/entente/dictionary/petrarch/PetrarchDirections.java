package org.entente.dictionary.petrarch;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.codebook.CameoCode;
import org.entente.codebook.Codebook;
import org.entente.coder.CodedDocument;
import org.entente.event.Event;
import org.entente.event.EventActor;
import org.entente.event.EventIds;
import org.entente.event.Modality;

/**
 * Gives coded events PETRARCH's directions, after the coder:
 *
 * <ul>
 *   <li>an event is one way: "Arnor is about to restore full diplomatic ties with Gondor" is ARN →
 *       GON 064 only, where Entente's coder holds a shared act (meet, restore ties, agree) both
 *       ways; several subjects acting together ("Gondor and Osgiliath have renewed ties") still act
 *       on each other, as PETRARCH's compound actors do;
 *   <li>a compound code makes the reverse event: "Telemar left for Minas Tirith" with {@code LEFT
 *       [032:033]} is DAG → GON 032 and GON → DAG 033;
 *   <li>an act told in the future keeps its pattern's code (PETRARCH has no modality), with
 *       modality future;
 *   <li>a pattern with the target before the verb and the source after it turns the event round:
 *       "Eriador has received money from Osgiliath" with {@code + * MONEY $ [071]} is OSG → ERI.
 * </ul>
 *
 * The pattern behind an event is found by its origin ({@code file:line}) in the event's rule trail.
 */
public final class PetrarchDirections implements UnaryOperator<CodedDocument> {

  /** The step Entente's coder adds to the reverse event of a shared act. */
  static final String SHARED_ACT_STEP = "a shared act: it holds both ways";

  private static final Pattern ORIGIN = Pattern.compile("\\(([^()]+:\\d+)\\) → (\\d+)");

  private final Map<String, String> reverseCodes;
  private final Set<String> swapped;
  private final Codebook codebook;

  /**
   * @param reverseCodes the target part of each compound code by its pattern's origin ({@code
   *     PETR.Validate.verbs.txt:512} → {@code 033})
   * @param swapped origins of patterns whose source and target change places ({@code + * MONEY $})
   */
  public PetrarchDirections(
      Map<String, String> reverseCodes, Set<String> swapped, Codebook codebook) {
    this.reverseCodes = Map.copyOf(reverseCodes);
    this.swapped = Set.copyOf(swapped);
    this.codebook = requireNonNull(codebook, "codebook is null");
  }

  @Override
  public CodedDocument apply(CodedDocument coded) {
    Map<String, Event> events = new LinkedHashMap<>();
    for (Event event : coded.events()) {
      if (event.rule().contains(SHARED_ACT_STEP)) {
        continue;
      }
      event = plainFuture(event);
      String origin = origin(event);
      if (origin != null && swapped.contains(origin)) {
        event =
            turned(
                event, event.cameo().code(), "the pattern's target is the subject: turned round");
      }
      events.putIfAbsent(event.id(), event);
      String code = origin == null ? null : reverseCodes.get(origin);
      Event reverse =
          code == null
              ? null
              : turned(
                  event, code, "the compound code's target part → " + code + ", the other way");
      if (reverse != null) {
        events.putIfAbsent(reverse.id(), reverse);
      }
    }
    return new CodedDocument(
        coded.document(), coded.sentences(), new ArrayList<>(events.values()), coded.assessments());
  }

  /**
   * The event with its pattern's code when only the future changed it: PETRARCH has no modality and
   * codes "Arnor will contribute a million rupees to Gondor" as the contribution (071), where
   * Entente's coder makes an act told in the future an intent (033). The event keeps its modality
   * (future), so a reader can still tell; a wrapper's code ("vowed to contribute") and a negated
   * future (a refusal) stay.
   */
  private Event plainFuture(Event event) {
    if (event.modality() != Modality.FUTURE || event.negated()) {
      return event;
    }
    String patternCode = null;
    for (String step : event.rule()) {
      if (step.startsWith("under \"")) {
        return event;
      }
      Matcher m = ORIGIN.matcher(step);
      if (patternCode == null && m.find()) {
        patternCode = m.group(2);
      }
    }
    if (patternCode == null || patternCode.equals(event.cameo().code())) {
      return event;
    }
    return rebuilt(
        event, patternCode, "PETRARCH codes the act told in the future: " + patternCode, false);
  }

  /** The origin of the pattern that coded the event, when the coder kept its code. */
  private static String origin(Event event) {
    for (String step : event.rule()) {
      Matcher m = ORIGIN.matcher(step);
      if (m.find()) {
        // a wrapper or a future that changed the code breaks the pattern's pair
        return m.group(2).equals(event.cameo().code()) ? m.group(1) : null;
      }
    }
    return null;
  }

  /** The event the other way round, with {@code code}. */
  private Event turned(Event event, String code, String step) {
    return rebuilt(event, code, step, true);
  }

  /** The event with {@code code}, turned round or not. */
  private Event rebuilt(Event event, String code, String step, boolean turn) {
    CameoCode cameo = codebook.get(code);
    List<String> rule = new ArrayList<>(event.rule());
    rule.add(step);
    EventActor source = turn ? event.target() : event.source();
    EventActor target = turn ? event.source() : event.target();
    return new Event(
        EventIds.of(event.docId(), event.sentence(), source.code(), target.code(), cameo.code()),
        event.docId(),
        event.sentence(),
        event.text(),
        event.url(),
        event.date(),
        event.datePrecision(),
        event.dateFrom(),
        source,
        target,
        cameo.eventCode(),
        cameo.quadClass(),
        cameo.goldstein(),
        event.negated(),
        event.modality(),
        event.trigger(),
        event.triggerStart(),
        event.triggerEnd(),
        event.area(),
        rule);
  }
}
