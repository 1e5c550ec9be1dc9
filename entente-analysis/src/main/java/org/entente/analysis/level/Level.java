package org.entente.analysis.level;

import java.util.Locale;

/**
 * The measured state of a relationship, from closest to most hostile, plus {@link
 * #INSUFFICIENT_EVIDENCE} when there is too little to tell. {@link LevelClassifier} decides it from
 * the figures and {@link LevelThresholds}.
 */
public enum Level {
  /** Cooperative, with a signed defence agreement. */
  ALLIANCE,
  /** Overwhelmingly cooperative, no material conflict, broad, aligned, no defence agreement. */
  ENTENTE,
  /** Cooperative with little material conflict. */
  PARTNERSHIP,
  /** Neither mostly cooperative nor mostly conflictual. */
  MIXED,
  /** Mostly conflictual, fought mostly with words. */
  RIVALRY,
  /** Mostly conflictual, with material conflict: sanctions, expulsions, force. */
  CONFRONTATION,
  /** Fewer factual events than {@link LevelThresholds#MIN_EVENTS}. */
  INSUFFICIENT_EVIDENCE;

  /** {@code entente}, {@code insufficient evidence}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * The place on the scale from confrontation (1) to alliance (6); 0 for insufficient evidence,
   * which is not on it. Stated and measured levels one step apart are neighbours.
   */
  public int rank() {
    return switch (this) {
      case ALLIANCE -> 6;
      case ENTENTE -> 5;
      case PARTNERSHIP -> 4;
      case MIXED -> 3;
      case RIVALRY -> 2;
      case CONFRONTATION -> 1;
      case INSUFFICIENT_EVIDENCE -> 0;
    };
  }

  public boolean isMeasured() {
    return this != INSUFFICIENT_EVIDENCE;
  }

  /** Parses a label as {@link #label()} writes it ({@code insufficient evidence} or {@code _}). */
  public static Level parse(String label) {
    return valueOf(label.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
  }
}
