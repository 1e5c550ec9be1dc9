package org.entente.event;

import java.util.Locale;

/** How precise an event date is: a day, a month or a year. */
public enum DatePrecision {
  DAY,
  MONTH,
  YEAR;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static DatePrecision parse(String label) {
    return valueOf(label.strip().toUpperCase(Locale.ROOT));
  }
}
