package org.entente.analysis.triangle;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;
import org.entente.analysis.level.LevelAssessment;
import org.entente.analysis.scope.Dyad;

/**
 * One side of a triangle: a dyad, its factual event count, level, mean Goldstein weight and sign.
 * Seed op-ed, USA–RUS: 4 events, confrontation, mean −6.3, negative.
 */
public record TriangleSide(
    Dyad dyad, int events, LevelAssessment level, OptionalDouble goldsteinMean, Sign sign) {

  public TriangleSide {
    requireNonNull(dyad, "dyad is null");
    requireNonNull(level, "level is null");
    requireNonNull(goldsteinMean, "goldsteinMean is null");
    requireNonNull(sign, "sign is null");
    if (sign != Sign.of(level.level(), goldsteinMean)) {
      throw new IllegalArgumentException(
          "a " + level.level().label() + " side is " + Sign.of(level.level(), goldsteinMean));
    }
  }
}
