package org.entente.store.query;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.entente.event.Area;
import org.entente.event.Period;

/**
 * What {@code EventStore.cells} tallies: every event within the window whose source country is one
 * of {@code countries} and whose target is another country. Events among the countries are split by
 * quad class and area; events toward other countries are not.
 *
 * <pre>{@code
 * new CellQuery(Set.of("CHN", "RUS"), null, null, Period.YEAR, Counting.CLAIM_CUE, 200, 5,
 *     Set.of("057"), Set.of(Area.MILITARY, Area.SECURITY))
 * }</pre>
 *
 * @param from the window's first day, or {@code null} for open
 * @param to the window's last day, or {@code null} for open
 * @param period the period events are placed in ({@code CellTally#period}), or {@code null} for
 *     none
 * @param claimCue a regular expression (RE2 syntax) that marks a reported event's sentence, in
 *     lower case, as a claim ({@code CellTally#claimed})
 * @param idLimit how many ids each cell lists, oldest first
 * @param evidenceLimit how many events each cell gives in full, strongest first
 * @param readCodes CAMEO code prefixes of the events to read in full besides ({@link
 *     Tallied#read}): factual, not negated, between two of the countries, in one of {@code
 *     readAreas}; empty for none
 * @param readAreas the areas of the events to read in full
 */
public record CellQuery(
    Set<String> countries,
    LocalDate from,
    LocalDate to,
    Period period,
    String claimCue,
    int idLimit,
    int evidenceLimit,
    Set<String> readCodes,
    Set<Area> readAreas) {

  public CellQuery {
    countries = Set.copyOf(new TreeSet<>(requireNonNull(countries, "countries is null")));
    if (countries.isEmpty()) {
      throw new IllegalArgumentException("a cell query needs at least one country");
    }
    requireNonNull(claimCue, "claimCue is null");
    readCodes = Set.copyOf(requireNonNull(readCodes, "readCodes is null"));
    readAreas = Set.copyOf(requireNonNull(readAreas, "readAreas is null"));
    for (String code : readCodes) {
      if (!code.matches("[0-9]{2,4}")) {
        throw new IllegalArgumentException("'" + code + "' is not the start of a CAMEO code");
      }
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("the window starts " + from + ", after its end " + to);
    }
    if (idLimit < 0 || evidenceLimit < 0) {
      throw new IllegalArgumentException(
          "limits are never negative: " + idLimit + " ids, " + evidenceLimit + " events");
    }
  }
}
