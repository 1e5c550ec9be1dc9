package org.entente.analysis.level;

import static java.util.Objects.requireNonNull;

/**
 * One test a level puts to the figures, and how it came out: for entente, {@code cooperation share
 * 0.95 ≥ 0.9 ✓}.
 *
 * @param appliesTo the level it is a condition of ({@code entente}), or {@code any level}
 * @param name what is measured ({@code cooperation share})
 * @param observed the measured value, formatted ({@code 0.95})
 * @param required the bound, formatted ({@code ≥ 0.9})
 */
public record Criterion(
    String appliesTo, String name, String observed, String required, Outcome outcome) {

  public Criterion {
    requireNonNull(appliesTo, "appliesTo is null");
    requireNonNull(name, "name is null");
    requireNonNull(observed, "observed is null");
    requireNonNull(required, "required is null");
    requireNonNull(outcome, "outcome is null");
  }

  public boolean met() {
    return outcome == Outcome.MET;
  }

  /** {@code cooperation share 0.95 ≥ 0.9}. */
  public String describe() {
    return name + " " + observed + " " + required;
  }
}
