package org.entente.analysis.scope;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.analysis.evidence.EventRef;
import org.entente.analysis.evidence.EvidenceItem;
import org.entente.analysis.figures.GoldsteinSums;
import org.entente.analysis.scope.Counting.Status;
import org.entente.event.Area;
import org.entente.event.Event;
import org.entente.event.Period;

/**
 * {@link EventAggregates} over a list of events, tallied in Java as the store tallies them in SQL:
 * the test double that lets the analysis compare its two paths without a database. Each cell lists
 * all its ids and all its events, so only the analysis's merging decides what a figure shows.
 */
public final class ListAggregates implements EventAggregates {

  private final List<Event> events;

  public ListAggregates(List<Event> events) {
    this.events = List.copyOf(events);
  }

  @Override
  public Tallies tally(
      Set<String> countries,
      Window window,
      Period period,
      int idLimit,
      int evidenceLimit,
      Set<String> readCodes,
      Set<Area> readAreas) {
    return new Tallies(
        cells(countries, window, period), read(countries, window, readCodes, readAreas));
  }

  private List<EventCell> cells(Set<String> countries, Window window, Period period) {
    Map<List<Object>, List<Event>> byCell = new LinkedHashMap<>();
    for (Event event : events) {
      String source = event.source().country();
      String target = event.target().country();
      if (source == null
          || target == null
          || source.equals(target)
          || !countries.contains(source)
          || !window.contains(event.date())) {
        continue;
      }
      boolean among = countries.contains(target);
      Object placed =
          period != null && period.resolves(event.datePrecision())
              ? PeriodSpan.of(period, event.date()).start()
              : "none";
      List<Object> key =
          Arrays.asList(
              source,
              target,
              placed,
              Counting.of(event),
              among ? event.quadClass() : "none",
              among ? event.area() : "none");
      byCell.computeIfAbsent(key, k -> new ArrayList<>()).add(event);
    }
    List<EventCell> cells = new ArrayList<>();
    byCell.forEach(
        (key, inCell) ->
            cells.add(
                new EventCell(
                    (String) key.get(0),
                    (String) key.get(1),
                    key.get(2) instanceof java.time.LocalDate start ? start : null,
                    (Status) key.get(3),
                    key.get(4) instanceof org.entente.codebook.QuadClass quad ? quad : null,
                    key.get(5) instanceof Area area ? area : null,
                    inCell.size(),
                    GoldsteinSums.of(inCell.stream().mapToDouble(Event::goldstein)),
                    inCell.stream()
                        .map(Event::date)
                        .min(java.time.LocalDate::compareTo)
                        .orElseThrow(),
                    inCell.stream()
                        .map(Event::date)
                        .max(java.time.LocalDate::compareTo)
                        .orElseThrow(),
                    inCell.stream().map(e -> new EventRef(e.date(), e.id())).toList(),
                    inCell.stream().map(EvidenceItem::of).toList())));
    return cells;
  }

  private List<Event> read(
      Set<String> countries, Window window, Set<String> codes, Set<Area> areas) {
    return events.stream()
        .filter(Event::isFactual)
        .filter(e -> e.source().country() != null && e.target().country() != null)
        .filter(e -> countries.contains(e.source().country()))
        .filter(e -> countries.contains(e.target().country()))
        .filter(e -> !e.source().country().equals(e.target().country()))
        .filter(e -> window.contains(e.date()))
        .filter(e -> areas.contains(e.area()))
        .filter(e -> codes.stream().anyMatch(e.cameo().code()::startsWith))
        .toList();
  }
}
