package org.entente.analysis.level;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.entente.analysis.treaty.DefenceCommitment;

/**
 * A measured level with how sure it is and why: {@code leaning entente: conflict share 0.00 ≤ 0.028
 * …; 10 events, interval 0.00–0.28 reaches past 0.028} and every criterion tried.
 *
 * @param level the level: alliance when a treaty binds the pair, else what the events show
 * @param confidence how sure: a treaty or enough events inside the band, a lean, or too few
 * @param eventLevel what the events alone show; for an alliance, how the alliance is doing
 * @param eventConfidence how sure {@code eventLevel} is
 * @param commitments the treaties (or newly signed pacts) behind an alliance; empty otherwise
 * @param conflictShare verbal + material conflict over the counted events, with its interval
 * @param materialConflictShare material conflict over the counted events, with its interval
 * @param reported of the counted events, those told through someone
 * @param notCounted the dyad's events shown but not counted (negated, future, claimed, …)
 * @param summary one sentence: the reading, what makes it, and what keeps it from the next one up
 * @param criteria every criterion tried, in the order of {@link LevelClassifier}
 */
public record LevelAssessment(
    Level level,
    Confidence confidence,
    Level eventLevel,
    Confidence eventConfidence,
    List<DefenceCommitment> commitments,
    ShareInterval conflictShare,
    ShareInterval materialConflictShare,
    int reported,
    int notCounted,
    String summary,
    List<Criterion> criteria) {

  public LevelAssessment {
    requireNonNull(level, "level is null");
    requireNonNull(confidence, "confidence is null");
    requireNonNull(eventLevel, "eventLevel is null");
    requireNonNull(eventConfidence, "eventConfidence is null");
    commitments = List.copyOf(commitments);
    requireNonNull(conflictShare, "conflictShare is null");
    requireNonNull(materialConflictShare, "materialConflictShare is null");
    requireNonNull(summary, "summary is null");
    criteria = List.copyOf(criteria);
    if (level == Level.ALLIANCE && commitments.isEmpty()) {
      throw new IllegalArgumentException("an alliance needs a treaty behind it");
    }
  }

  /** The counted events: factual and reported. */
  public int events() {
    return conflictShare.total();
  }

  /** {@code entente}, {@code leaning rivalry}, {@code insufficient evidence}, {@code alliance}. */
  public String reading() {
    return reading(level, confidence);
  }

  /** What the events alone show, read the same way: {@code leaning mixed}. */
  public String eventReading() {
    return reading(eventLevel, eventConfidence);
  }

  static String reading(Level level, Confidence confidence) {
    return switch (confidence) {
      case CONFIDENT, INSUFFICIENT -> level.label();
      case LEANING -> "leaning " + level.label();
    };
  }
}
