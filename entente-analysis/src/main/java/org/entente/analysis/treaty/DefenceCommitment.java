package org.entente.analysis.treaty;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Two countries bound by one {@link DefenceTreaty} from {@code from} until {@code to}: USA–JPN by
 * the 1960 security treaty from 1960-01-19, still in force; USA–NZL by ANZUS from 1951-09-01 to
 * 1986-08-11.
 *
 * @param to the last day, or null while in force
 */
public record DefenceCommitment(DefenceTreaty treaty, LocalDate from, LocalDate to) {

  public DefenceCommitment {
    requireNonNull(treaty, "treaty is null");
    requireNonNull(from, "from is null");
    if (to != null && to.isBefore(from)) {
      throw new IllegalArgumentException(treaty.id() + " ends " + to + " before it starts " + from);
    }
  }

  public Optional<LocalDate> end() {
    return Optional.ofNullable(to);
  }

  public boolean inForceOn(LocalDate date) {
    return !date.isBefore(from) && (to == null || !date.isAfter(to));
  }

  /** {@code North Atlantic Treaty (NATO), since 1949-04-04}. */
  public String describe() {
    return treaty.name() + ", " + (to == null ? "since " + from : from + " to " + to);
  }
}
