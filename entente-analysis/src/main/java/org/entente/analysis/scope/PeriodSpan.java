package org.entente.analysis.scope;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.entente.event.Period;

/**
 * One period of a trend: {@code 2019} (a year), {@code 2019-Q2} (a quarter) or {@code 2019-06} (a
 * month), from {@link #start()} to {@link #end()} inclusive.
 */
public record PeriodSpan(Period period, LocalDate start) {

  public PeriodSpan {
    requireNonNull(period, "period is null");
    requireNonNull(start, "start is null");
    if (!period.startOf(start).equals(start)) {
      throw new IllegalArgumentException(start + " is not the first day of a " + period.label());
    }
  }

  /** The period that contains {@code date}: for {@code QUARTER} and 2019-06-05, 2019-Q2. */
  public static PeriodSpan of(Period period, LocalDate date) {
    return new PeriodSpan(period, period.startOf(date));
  }

  /** The last day of the period. */
  public LocalDate end() {
    return next().start().minusDays(1);
  }

  public PeriodSpan next() {
    return switch (period) {
      case MONTH -> new PeriodSpan(period, start.plusMonths(1));
      case QUARTER -> new PeriodSpan(period, start.plusMonths(3));
      case YEAR -> new PeriodSpan(period, start.plusYears(1));
    };
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end());
  }

  /** {@code 2019}, {@code 2019-Q2} or {@code 2019-06}. */
  public String label() {
    return switch (period) {
      case MONTH -> String.format("%d-%02d", start.getYear(), start.getMonthValue());
      case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
      case YEAR -> Integer.toString(start.getYear());
    };
  }
}
