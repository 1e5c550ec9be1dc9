package org.entente.analysis.scope;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Set;
import org.entente.event.Area;
import org.entente.event.Event;
import org.entente.event.Period;

/**
 * What the relationship model reads from a store that tallies for it, instead of every event: the
 * events of some countries tallied by cell, and the few events it must read in full. The store
 * computes; the model only adds cells up.
 *
 * <pre>{@code
 * DyadProfile profile =
 *     analysis.relation(Dyad.of("CHN", "RUS"), Window.ALL, Period.YEAR, aggregates, assessments);
 * }</pre>
 */
public interface EventAggregates {

  /**
   * Every event within the window whose source country is one of {@code countries} and whose target
   * is another country, tallied by {@link EventCell cell}: by source, target, period (when {@code
   * period} is given), counting status, and, for events between two of {@code countries}, quad
   * class and area. Each cell names at least {@code idLimit} of its oldest ids and gives at least
   * {@code evidenceLimit} of its strongest events (all when it has fewer).
   *
   * <p>Besides, the events read in full: those between two of {@code countries}, factual and not
   * negated, whose CAMEO code starts with one of {@code readCodes} and whose area is one of {@code
   * readAreas} (those that may sign a defence pact), by date.
   */
  Tallies tally(
      Set<String> countries,
      Window window,
      Period period,
      int idLimit,
      int evidenceLimit,
      Set<String> readCodes,
      Set<Area> readAreas);

  /** The cells, and the events read in full. */
  record Tallies(List<EventCell> cells, List<Event> read) {
    public Tallies {
      cells = List.copyOf(requireNonNull(cells, "cells is null"));
      read = List.copyOf(requireNonNull(read, "read is null"));
    }
  }
}
