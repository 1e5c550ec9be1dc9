package org.entente.analysis.figures;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.entente.analysis.evidence.Evidence;
import org.entente.analysis.scope.EventCell;
import org.entente.codebook.QuadClass;
import org.entente.event.Area;
import org.entente.event.Event;

/**
 * The figures of one set of factual events — one direction or both, one period or the whole window.
 * For the seed op-ed's RUS→CHN: 7 events, all cooperation (3 verbal, 4 material), Goldstein sum
 * +40.5, mean +5.8, cooperation share 1.0, material-conflict share 0.0, in the diplomatic,
 * economic, energy and military areas.
 *
 * @param quads counts per quad class
 * @param goldsteinSum the sum of the events' Goldstein weights
 * @param areas the areas that have events, in {@link Area} order
 * @param byQuad the evidence behind each quad-class count (every class present, maybe empty)
 * @param evidence the evidence behind the whole: the Goldstein sum, the mean and the shares
 */
public record Figures(
    QuadCounts quads,
    double goldsteinSum,
    List<AreaFigures> areas,
    Map<QuadClass, Evidence> byQuad,
    Evidence evidence) {

  public Figures {
    requireNonNull(quads, "quads is null");
    areas = List.copyOf(areas);
    byQuad = Map.copyOf(byQuad);
    requireNonNull(evidence, "evidence is null");
    if (evidence.count() != quads.total()) {
      throw new IllegalArgumentException(
          "evidence of " + evidence.count() + " events for " + quads.total() + " counted");
    }
  }

  /** Counts, sums and evidence for {@code events}, keeping {@code evidenceLimit} sentences each. */
  public static Figures of(Collection<Event> events, int evidenceLimit) {
    Map<Area, List<Event>> byArea =
        events.stream()
            .collect(
                Collectors.groupingBy(
                    Event::area, () -> new EnumMap<>(Area.class), Collectors.toList()));
    List<AreaFigures> areas =
        byArea.entrySet().stream()
            .map(
                entry ->
                    new AreaFigures(
                        entry.getKey(),
                        QuadCounts.of(entry.getValue()),
                        Evidence.of(entry.getValue(), evidenceLimit)))
            .toList();
    Map<QuadClass, Evidence> byQuad = new EnumMap<>(QuadClass.class);
    for (QuadClass quadClass : QuadClass.values()) {
      List<Event> inClass = events.stream().filter(e -> e.quadClass() == quadClass).toList();
      byQuad.put(quadClass, Evidence.of(inClass, evidenceLimit));
    }
    double sum = GoldsteinSums.of(events.stream().mapToDouble(Event::goldstein));
    return new Figures(
        QuadCounts.of(events), sum, areas, byQuad, Evidence.of(events, evidenceLimit));
  }

  /** {@link #of} for cells a store tallied (each between the two countries, with quad and area). */
  public static Figures ofCells(Collection<EventCell> cells, int evidenceLimit) {
    Map<Area, List<EventCell>> byArea =
        cells.stream()
            .collect(
                Collectors.groupingBy(
                    EventCell::area, () -> new EnumMap<>(Area.class), Collectors.toList()));
    List<AreaFigures> areas =
        byArea.entrySet().stream()
            .map(
                entry ->
                    new AreaFigures(
                        entry.getKey(),
                        QuadCounts.ofCells(entry.getValue()),
                        EventCell.evidence(entry.getValue(), evidenceLimit)))
            .toList();
    Map<QuadClass, Evidence> byQuad = new EnumMap<>(QuadClass.class);
    for (QuadClass quadClass : QuadClass.values()) {
      List<EventCell> inClass = cells.stream().filter(c -> c.quadClass() == quadClass).toList();
      byQuad.put(quadClass, EventCell.evidence(inClass, evidenceLimit));
    }
    return new Figures(
        QuadCounts.ofCells(cells),
        EventCell.goldsteinSum(cells),
        areas,
        byQuad,
        EventCell.evidence(cells, evidenceLimit));
  }

  public int events() {
    return quads.total();
  }

  /** The mean Goldstein weight; empty without events. */
  public OptionalDouble goldsteinMean() {
    return events() == 0 ? OptionalDouble.empty() : OptionalDouble.of(goldsteinSum / events());
  }

  /** Quad classes 1 and 2 over all; empty without events. */
  public OptionalDouble cooperationShare() {
    return share(quads.cooperation());
  }

  /** Quad class 4 over all; empty without events. */
  public OptionalDouble materialConflictShare() {
    return share(quads.materialConflict());
  }

  /** The number of areas with real cooperation ({@link AreaFigures#realCooperation()}). */
  public int breadth() {
    return (int) areas.stream().filter(AreaFigures::realCooperation).count();
  }

  /** The areas with real cooperation. */
  public List<Area> cooperativeAreas() {
    return areas.stream().filter(AreaFigures::realCooperation).map(AreaFigures::area).toList();
  }

  public Evidence evidence(QuadClass quadClass) {
    return byQuad.getOrDefault(quadClass, Evidence.NONE);
  }

  private OptionalDouble share(int count) {
    return events() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) count / events());
  }
}
