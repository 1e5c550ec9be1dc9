package org.entente.store.query;

import java.time.LocalDate;
import java.util.List;
import org.entente.event.Area;
import org.entente.event.Modality;

/**
 * The events of one cell of a {@link CellQuery}: one direction, one period, one status, and for
 * events among the query's countries one quad class and area. For CHN→RUS in 2019, factual,
 * material cooperation, energy: 212 events, Goldstein sum +1,356.8, the oldest ids and the
 * strongest events.
 *
 * @param period the first day of the event's period, or {@code null} when the query has no period
 *     or the event's date is too coarse to place in one (a date known to the year, by month)
 * @param claimed a reported event whose sentence matches the query's claim cue
 * @param quadClass 1–4 for events among the query's countries; 0 for events toward others
 * @param area the area of events among the query's countries; {@code null} toward others
 * @param goldsteinSum the sum of their Goldstein weights, computed exactly and rounded once
 * @param first the earliest date
 * @param last the latest date
 * @param oldest at least the query's id limit of their oldest ids (all when fewer), oldest first,
 *     then by id (as text); in no particular order
 * @param strongest at least the query's evidence limit of their strongest (all when fewer):
 *     material (quad classes 2 and 4) first, then the largest |Goldstein|, then the latest, then by
 *     id; in no particular order
 */
public record CellTally(
    String source,
    String target,
    LocalDate period,
    boolean negated,
    Modality modality,
    boolean claimed,
    int quadClass,
    Area area,
    long events,
    double goldsteinSum,
    LocalDate first,
    LocalDate last,
    List<DatedId> oldest,
    List<EventBrief> strongest) {

  public CellTally {
    oldest = List.copyOf(oldest);
    strongest = List.copyOf(strongest);
  }
}
