package org.entente.analysis.dyad;

import static java.util.Objects.requireNonNull;

import org.entente.analysis.leadership.Leadership;
import org.entente.analysis.scope.Dyad;
import org.entente.analysis.scope.Window;
import org.entente.analysis.stated.StatedVsMeasured;
import org.entente.event.Period;

/**
 * Everything Entente says about one dyad over a window: the overall measurement (figures,
 * alignment, level), issue leadership, the trend by period, and the stated levels beside the
 * measured one. {@code entente relation CHN RUS --by year} renders one.
 *
 * @param overall the whole window
 * @param coarselyDated dyad events dated too coarsely for {@code period} (a year-precision event
 *     when the trend is by month): in {@code overall}, in no period
 */
public record DyadProfile(
    Dyad dyad,
    Window window,
    Period period,
    Measurement overall,
    Leadership leadership,
    Trend trend,
    StatedVsMeasured stated,
    int coarselyDated) {

  public DyadProfile {
    requireNonNull(dyad, "dyad is null");
    requireNonNull(window, "window is null");
    requireNonNull(period, "period is null");
    requireNonNull(overall, "overall is null");
    requireNonNull(leadership, "leadership is null");
    requireNonNull(trend, "trend is null");
    requireNonNull(stated, "stated is null");
    if (coarselyDated < 0) {
      throw new IllegalArgumentException("coarselyDated is negative: " + coarselyDated);
    }
    if (stated.measured() != overall.level().level()) {
      throw new IllegalArgumentException(
          "stated levels compared with "
              + stated.measured()
              + ", not the measured "
              + overall.level().level());
    }
  }
}
