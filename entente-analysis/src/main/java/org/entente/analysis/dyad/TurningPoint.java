package org.entente.analysis.dyad;

import static java.util.Objects.requireNonNull;

import org.entente.analysis.level.Level;
import org.entente.analysis.scope.PeriodSpan;

/**
 * A period whose measured level differs from that of the last measured period before it: {@code
 * 2014: partnership → confrontation}. Periods of insufficient evidence are skipped over, so a thin
 * year between two partnerships is not a turning point.
 *
 * @param since the last measured period before it
 */
public record TurningPoint(PeriodSpan span, PeriodSpan since, Level from, Level to) {

  public TurningPoint {
    requireNonNull(span, "span is null");
    requireNonNull(since, "since is null");
    requireNonNull(from, "from is null");
    requireNonNull(to, "to is null");
    if (from == to || !from.isMeasured() || !to.isMeasured()) {
      throw new IllegalArgumentException(
          "a turning point goes between two measured levels, not " + from + " → " + to);
    }
  }
}
