package org.entente.dictionary.petrarch;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.codebook.CameoCode;
import org.entente.codebook.Codebook;
import org.entente.coder.CodedDocument;
import org.entente.event.Event;
import org.entente.event.EventIds;

/**
 * Gives coded events PETRARCH's directions, after the coder:
 *
 * <ul>
 *   <li>an event is one way: "Arnor is about to restore full diplomatic ties with Gondor" is ARN →
 *       GON 064 only, where Entente's coder holds a shared act (meet, restore ties, agree) both
 *       ways; several subjects acting together ("Gondor and Osgiliath have renewed ties") still act
 *       on each other, as PETRARCH's compound actors do;
 *   <li>a compound code makes the reverse event: "Telemar left for Minas Tirith" with {@code LEFT
 *       [032:033]} is DAG → GON 032 and GON → DAG 033.
 * </ul>
 *
 * The pattern behind an event is found by its origin ({@code file:line}) in the event's rule trail.
 */
public final class PetrarchDirections implements UnaryOperator<CodedDocument> {

  /** The step Entente's coder adds to the reverse event of a shared act. */
  static final String SHARED_ACT_STEP = "a shared act: it holds both ways";

  private static final Pattern ORIGIN = Pattern.compile("\\(([^()]+:\\d+)\\) → (\\d+)");

  private final Map<String, String> reverseCodes;
  private final Codebook codebook;

  /**
   * @param reverseCodes the target part of each compound code by its pattern's origin ({@code
   *     PETR.Validate.verbs.txt:512} → {@code 033})
   */
  public PetrarchDirections(Map<String, String> reverseCodes, Codebook codebook) {
    this.reverseCodes = Map.copyOf(reverseCodes);
    this.codebook = requireNonNull(codebook, "codebook is null");
  }

  @Override
  public CodedDocument apply(CodedDocument coded) {
    Map<String, Event> events = new LinkedHashMap<>();
    for (Event event : coded.events()) {
      if (event.rule().contains(SHARED_ACT_STEP)) {
        continue;
      }
      events.putIfAbsent(event.id(), event);
      Event reverse = reverse(event);
      if (reverse != null) {
        events.putIfAbsent(reverse.id(), reverse);
      }
    }
    return new CodedDocument(
        coded.document(), coded.sentences(), new ArrayList<>(events.values()), coded.assessments());
  }

  private Event reverse(Event event) {
    for (String step : event.rule()) {
      Matcher m = ORIGIN.matcher(step);
      if (!m.find() || !m.group(2).equals(event.cameo())) {
        continue; // a wrapper or a future changed the code: the pattern's pair no longer holds
      }
      String code = reverseCodes.get(m.group(1));
      if (code == null) {
        return null;
      }
      CameoCode cameo = codebook.get(code);
      List<String> rule = new ArrayList<>(event.rule());
      rule.add("the compound code's target part → " + code + ", the other way");
      return new Event(
          EventIds.of(
              event.docId(),
              event.sentence(),
              event.target().code(),
              event.source().code(),
              cameo.code()),
          event.docId(),
          event.sentence(),
          event.text(),
          event.url(),
          event.date(),
          event.datePrecision(),
          event.dateFrom(),
          event.target(),
          event.source(),
          cameo.code(),
          cameo.root(),
          cameo.quadClass().number(),
          cameo.goldstein(),
          event.negated(),
          event.modality(),
          event.trigger(),
          event.triggerStart(),
          event.triggerEnd(),
          event.area(),
          rule);
    }
    return null;
  }
}
