package org.entente.analysis.level;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A measured level with its reasons: {@code partnership — cooperative (cooperation share 0.80 ≥
 * 0.7) …; not an entente: breadth 2 ≥ 3 ✗} and every criterion tried.
 *
 * @param summary one sentence: the level, what makes it, and what keeps it from the next one up
 * @param criteria every criterion tried, in the order of {@link LevelClassifier}
 */
public record LevelAssessment(Level level, String summary, List<Criterion> criteria) {

  public LevelAssessment {
    requireNonNull(level, "level is null");
    requireNonNull(summary, "summary is null");
    criteria = List.copyOf(criteria);
  }
}
