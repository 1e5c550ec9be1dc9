package org.entente.analysis.dyad;

import java.util.ArrayList;
import java.util.List;
import org.entente.analysis.level.Level;

/**
 * A dyad's periods in order, with the turning points between them. Example by year for USA–RUS:
 * 2012 partnership, 2013 insufficient evidence, 2014 confrontation → one turning point, 2014.
 *
 * @param periods every period from the first to the last, empty ones included
 */
public record Trend(List<PeriodProfile> periods, List<TurningPoint> turningPoints) {

  public Trend {
    periods = List.copyOf(periods);
    turningPoints = List.copyOf(turningPoints);
  }

  public static Trend of(List<PeriodProfile> periods) {
    List<TurningPoint> turns = new ArrayList<>();
    PeriodProfile last = null;
    for (PeriodProfile period : periods) {
      Level level = period.measurement().level().level();
      if (!level.isMeasured()) {
        continue;
      }
      if (last != null) {
        Level before = last.measurement().level().level();
        if (before != level) {
          turns.add(new TurningPoint(period.span(), last.span(), before, level));
        }
      }
      last = period;
    }
    return new Trend(periods, turns);
  }
}
