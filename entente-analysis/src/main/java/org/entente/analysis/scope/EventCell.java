package org.entente.analysis.scope;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.entente.analysis.evidence.EventRef;
import org.entente.analysis.evidence.Evidence;
import org.entente.analysis.evidence.EvidenceItem;
import org.entente.analysis.figures.GoldsteinSums;
import org.entente.codebook.QuadClass;
import org.entente.event.Area;

/**
 * The events of one cell, tallied by a store ({@link EventAggregates}) instead of read one by one:
 * one direction, one period, one {@link Counting.Status status}, and for events between the
 * countries asked about one quad class and area. For CHN→RUS in 2019, factual, material
 * cooperation, energy: 212 events, Goldstein sum +1,356.8, their oldest ids and strongest events.
 *
 * @param source the source's country
 * @param target the target's country
 * @param period the first day of the period the events are placed in; {@code null} when none was
 *     asked for or their dates are too coarse for it (known to the year, by month)
 * @param quadClass the events' quad class; {@code null} for events toward a country not asked about
 * @param area the events' area; {@code null} for events toward a country not asked about
 * @param events how many (at least one)
 * @param goldsteinSum the sum of their Goldstein weights
 * @param first the earliest date
 * @param last the latest date
 * @param oldest at least the {@link Evidence#ID_LIMIT} oldest of their ids (all when fewer), kept
 *     {@link Evidence#OLDEST_FIRST}
 * @param strongest at least the evidence limit of their strongest ({@link
 *     Evidence#STRONGEST_ITEMS_FIRST})
 */
public record EventCell(
    String source,
    String target,
    LocalDate period,
    Counting.Status status,
    QuadClass quadClass,
    Area area,
    int events,
    double goldsteinSum,
    LocalDate first,
    LocalDate last,
    List<EventRef> oldest,
    List<EvidenceItem> strongest) {

  public EventCell {
    requireNonNull(source, "source is null");
    requireNonNull(target, "target is null");
    requireNonNull(status, "status is null");
    requireNonNull(first, "first is null");
    requireNonNull(last, "last is null");
    oldest = oldest.stream().sorted(Evidence.OLDEST_FIRST).toList();
    strongest = List.copyOf(strongest);
    if (events < 1) {
      throw new IllegalArgumentException("a cell has at least one event, not " + events);
    }
    if (oldest.size() < Math.min(events, Evidence.ID_LIMIT)) {
      throw new IllegalArgumentException(
          "a cell of " + events + " events names " + oldest.size() + " of their ids");
    }
  }

  /** The events of these cells as evidence: their count, oldest ids and strongest sentences. */
  public static Evidence evidence(Collection<EventCell> cells, int limit) {
    return Evidence.merge(
        events(cells),
        cells.stream().map(EventCell::oldest).toList(),
        cells.stream().flatMap(cell -> cell.strongest().stream()),
        limit);
  }

  /** How many events the cells hold. */
  public static int events(Collection<EventCell> cells) {
    return cells.stream().mapToInt(EventCell::events).sum();
  }

  /** The sum of the cells' Goldstein weights ({@link GoldsteinSums}: exact, rounded once). */
  public static double goldsteinSum(Collection<EventCell> cells) {
    return GoldsteinSums.of(cells.stream().mapToDouble(EventCell::goldsteinSum));
  }
}
