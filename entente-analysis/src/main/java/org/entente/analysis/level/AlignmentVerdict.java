package org.entente.analysis.level;

import static org.entente.analysis.level.LevelThresholds.ALIGNMENT_COMPATIBLE_MIN_AGREEMENT;
import static org.entente.analysis.level.LevelThresholds.ALIGNMENT_MIN_THIRD_PARTIES;
import static org.entente.analysis.level.LevelThresholds.ALIGNMENT_OPPOSED_MAX_AGREEMENT;
import static org.entente.analysis.level.LevelThresholds.atLeast;
import static org.entente.analysis.level.LevelThresholds.atMost;

/**
 * What the third parties that A and B both act on say about their worldviews. China and Russia both
 * hostile to the United States and friendly to Iran, and apart on Ukraine: 2 of 3 agree, {@link
 * #COMPATIBLE}, with Ukraine listed as where they are not always with each other.
 */
public enum AlignmentVerdict {
  /** Agreement on at least {@link LevelThresholds#ALIGNMENT_COMPATIBLE_MIN_AGREEMENT}. */
  COMPATIBLE("compatible worldviews"),
  /** Between the two bounds: not always with each other. */
  PARTIAL("not always with each other"),
  /** Agreement at most {@link LevelThresholds#ALIGNMENT_OPPOSED_MAX_AGREEMENT}. */
  OPPOSED("opposed toward third parties"),
  /** Fewer than {@link LevelThresholds#ALIGNMENT_MIN_THIRD_PARTIES} common third parties. */
  NOT_MEASURED("not measured");

  private final String label;

  AlignmentVerdict(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The verdict for {@code agreeing} sign agreements among {@code thirdParties} third parties. */
  public static AlignmentVerdict of(int thirdParties, int agreeing) {
    if (agreeing < 0 || agreeing > thirdParties) {
      throw new IllegalArgumentException(
          agreeing + " agreements among " + thirdParties + " third parties");
    }
    if (thirdParties < ALIGNMENT_MIN_THIRD_PARTIES) {
      return NOT_MEASURED;
    }
    double share = (double) agreeing / thirdParties;
    if (atLeast(share, ALIGNMENT_COMPATIBLE_MIN_AGREEMENT)) {
      return COMPATIBLE;
    }
    if (atMost(share, ALIGNMENT_OPPOSED_MAX_AGREEMENT)) {
      return OPPOSED;
    }
    return PARTIAL;
  }
}
