package org.entente.analysis.triangle;

import java.util.Locale;
import java.util.OptionalDouble;
import org.entente.analysis.level.Level;

/** The sign of one side of a strategic triangle: amity, enmity, or not known. */
public enum Sign {
  POSITIVE,
  NEGATIVE,
  UNKNOWN;

  /**
   * The sign of a dyad from its measured level: alliance, entente and partnership are positive;
   * rivalry and confrontation negative; a mixed dyad takes the sign of its mean Goldstein weight
   * (unknown at exactly 0); insufficient evidence is unknown.
   */
  public static Sign of(Level level, OptionalDouble goldsteinMean) {
    return switch (level) {
      case ALLIANCE, ENTENTE, PARTNERSHIP -> POSITIVE;
      case RIVALRY, CONFRONTATION -> NEGATIVE;
      case MIXED -> {
        double mean = goldsteinMean.orElse(0);
        yield mean > 0 ? POSITIVE : mean < 0 ? NEGATIVE : UNKNOWN;
      }
      case INSUFFICIENT_EVIDENCE -> UNKNOWN;
    };
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
