package org.entente.analysis.evidence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.stream.Stream;
import org.entente.codebook.QuadClass;
import org.entente.event.Event;

/**
 * The events behind one figure: all their ids, and the strongest few with their sentences. For a
 * CHN–RUS material-cooperation count of 4: four ids, and first "It now provides more sophisticated
 * military technology to China" (062, +7.4).
 *
 * <p>A figure of a large store stands on many thousands of events: it names the oldest {@link
 * #ID_LIMIT} of them, and its count says how many there are.
 *
 * @param count how many events are behind the figure
 * @param eventIds their ids, oldest first (then by id), at most {@link #ID_LIMIT}
 * @param top at most the evidence limit of them, {@link #STRONGEST_FIRST}
 */
public record Evidence(int count, List<String> eventIds, List<EvidenceItem> top) {

  /**
   * How many ids a figure names at most. The dashboard's evidence panel lists the events behind a
   * click by their ids; more than a few hundred rows is a list no one reads, and on a store of
   * millions of events the ids of every event behind every figure of a profile would make its JSON
   * hundreds of megabytes (a CHN–RUS profile by year on 10 million GDELT rows: some 16 million
   * ids). With 200, the profile of the most active pair of that store stays near five megabytes,
   * while every figure of the demo store (at most 127 events between two countries) still names all
   * of its events.
   */
  public static final int ID_LIMIT = 200;

  /** Oldest first, then by id: the order of {@link #eventIds}. */
  public static final Comparator<EventRef> OLDEST_FIRST =
      Comparator.comparing(EventRef::date).thenComparing(EventRef::id);

  /** {@link #STRONGEST_FIRST} for the evidence items a store gives instead of events. */
  public static final Comparator<EvidenceItem> STRONGEST_ITEMS_FIRST =
      Comparator.comparing((EvidenceItem item) -> !isMaterial(item.quadClass()))
          .thenComparing(item -> -Math.abs(item.goldstein()))
          .thenComparing(EvidenceItem::date, Comparator.reverseOrder())
          .thenComparing(EvidenceItem::eventId);

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
    if (eventIds.size() != Math.min(count, ID_LIMIT) || top.size() > count) {
      throw new IllegalArgumentException(
          "evidence of "
              + count
              + " events has "
              + eventIds.size()
              + " ids (at most "
              + ID_LIMIT
              + "), "
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
            .map(event -> new EventRef(event.date(), event.id()))
            .sorted(OLDEST_FIRST)
            .limit(ID_LIMIT)
            .map(EventRef::id)
            .toList();
    List<EvidenceItem> top =
        events.stream().sorted(STRONGEST_FIRST).limit(limit).map(EvidenceItem::of).toList();
    return new Evidence(events.size(), ids, top);
  }

  /**
   * The evidence of {@code count} events known by parts, as a store tallies them: each of {@code
   * oldest} holds a part's ids {@link #OLDEST_FIRST}, at least the {@link #ID_LIMIT} oldest of the
   * part (any more are dropped); {@code strongest} holds at least the {@code limit} strongest of
   * each part.
   */
  public static Evidence merge(
      int count, List<List<EventRef>> oldest, Stream<EvidenceItem> strongest, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("the evidence limit is negative: " + limit);
    }
    List<EvidenceItem> top = strongest.sorted(STRONGEST_ITEMS_FIRST).limit(limit).toList();
    return new Evidence(count, oldestIds(oldest), top);
  }

  /** The {@link #ID_LIMIT} oldest ids of sorted parts, merged a head at a time. */
  private static List<String> oldestIds(List<List<EventRef>> parts) {
    PriorityQueue<Head> heads = new PriorityQueue<>(Comparator.comparing(Head::ref, OLDEST_FIRST));
    for (List<EventRef> part : parts) {
      if (!part.isEmpty()) {
        heads.add(new Head(part, 0));
      }
    }
    List<String> ids = new ArrayList<>();
    while (ids.size() < ID_LIMIT && !heads.isEmpty()) {
      Head head = heads.poll();
      ids.add(head.ref().id());
      if (head.at() + 1 < head.part().size()) {
        heads.add(new Head(head.part(), head.at() + 1));
      }
    }
    return ids;
  }

  /** Where a merge stands in one part. */
  private record Head(List<EventRef> part, int at) {
    EventRef ref() {
      return part.get(at);
    }
  }

  private static boolean isMaterial(Event event) {
    return event.quadClass().isMaterial();
  }

  private static boolean isMaterial(int quadClass) {
    return QuadClass.ofNumber(quadClass).isMaterial();
  }
}
