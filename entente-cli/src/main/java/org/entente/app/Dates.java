package org.entente.app;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.entente.core.EntenteException;

/** Date options: ISO dates, with a message that names the option. */
public final class Dates {
  private Dates() {}

  public static LocalDate parseOption(String option, String value, LocalDate fallback) {
    if (value == null) {
      return fallback;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw EntenteException.userError(
          "%s '%s' is not a date; write it as YYYY-MM-DD, e.g. 2019-06-05", option, value);
    }
  }
}
