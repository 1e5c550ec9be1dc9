package org.entente.analysis.evidence;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.entente.event.Event;

/**
 * The events behind one figure: all their ids, and the strongest few with their sentences. For a
 * CHN–RUS material-cooperation count of 4: four ids, and first "It now provides more sophisticated
 * military technology to China" (062, +7.4).
 *
 * @param count how many events are behind the figure
 * @param eventIds every one of their ids, oldest first
 * @param top at most the evidence limit of them, {@link #STRONGEST_FIRST}
 */
public record Evidence(int count, List<String> eventIds, List<EvidenceItem> top) {

  /** No events. */
  public static final Evidence NONE = new Evidence(0, List.of(), List.of());

  /**
   * Material events (quad classes 2 and 4: deeds, not words) first, then the most extreme Goldstein
   * weight, then the latest, then by id so that the order is stable.
   */
  public static final Comparator<Event> STRONGEST_FIRST =
      Comparator.comparing((Event event) -> !isMaterial(event))
          .thenComparing(event -> -Math.abs(event.goldstein()))
          .thenComparing(Event::date, Comparator.reverseOrder())
          .thenComparing(Event::id);

  public Evidence {
    eventIds = List.copyOf(eventIds);
    top = List.copyOf(top);
    if (count != eventIds.size() || top.size() > count) {
      throw new IllegalArgumentException(
          "evidence of "
              + count
              + " events has "
              + eventIds.size()
              + " ids, "
              + top.size()
              + " shown");
    }
  }

  /** The evidence for {@code events}, keeping the {@code limit} strongest sentences. */
  public static Evidence of(Collection<Event> events, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("the evidence limit is negative: " + limit);
    }
    List<String> ids =
        events.stream()
            .sorted(Comparator.comparing(Event::date).thenComparing(Event::id))
            .map(Event::id)
            .toList();
    List<EvidenceItem> top =
        events.stream().sorted(STRONGEST_FIRST).limit(limit).map(EvidenceItem::of).toList();
    return new Evidence(events.size(), ids, top);
  }

  private static boolean isMaterial(Event event) {
    return event.quadClass().isMaterial();
  }
}
