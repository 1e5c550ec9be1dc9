package org.entente.event;

import java.time.LocalDate;
import java.util.Locale;
import org.entente.core.EntenteException;

/**
 * The length of the periods events are counted in: a trend in the analysis, a tally in the store.
 */
public enum Period {
  MONTH,
  QUARTER,
  YEAR;

  /** The first day of the period that contains {@code date}. */
  public LocalDate startOf(LocalDate date) {
    return switch (this) {
      case MONTH -> date.withDayOfMonth(1);
      case QUARTER -> LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
      case YEAR -> LocalDate.of(date.getYear(), 1, 1);
    };
  }

  /**
   * Whether an event dated this precisely can be placed in one period: a date known to the year
   * ("by 2018") fits a year but not a month or a quarter.
   */
  public boolean resolves(DatePrecision precision) {
    return switch (precision) {
      case DAY, MONTH -> true;
      case YEAR -> this == YEAR;
    };
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code month}, {@code quarter} or {@code year}, in any case. */
  public static Period parse(String label) {
    for (Period period : values()) {
      if (period.label().equalsIgnoreCase(label.strip())) {
        return period;
      }
    }
    throw EntenteException.userError("'%s' is not a period; use month, quarter or year", label);
  }
}
