package org.entente.analysis.scope;

import java.time.LocalDate;
import org.entente.core.EntenteException;

/**
 * The dates a profile covers, both ends included; a {@code null} end is open. {@code new
 * Window(LocalDate.of(2014, 1, 1), null)} covers everything from 2014 on.
 */
public record Window(LocalDate from, LocalDate to) {

  /** Every date. */
  public static final Window ALL = new Window(null, null);

  public Window {
    if (from != null && to != null && from.isAfter(to)) {
      throw EntenteException.userError(
          "the window starts after it ends: from %s is later than to %s", from, to);
    }
  }

  public static Window between(LocalDate from, LocalDate to) {
    return new Window(from, to);
  }

  public boolean contains(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }

  /** {@code "2014-01-01 to 2019-12-31"}, {@code "from 2014-01-01"}, {@code "all dates"}. */
  public String label() {
    if (from == null && to == null) {
      return "all dates";
    }
    if (from == null) {
      return "until " + to;
    }
    if (to == null) {
      return "from " + from;
    }
    return from + " to " + to;
  }
}
