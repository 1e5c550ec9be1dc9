package org.entente.analysis.level;

import java.util.Locale;

/**
 * The measured state of a relationship, from closest to most hostile, plus {@link
 * #INSUFFICIENT_EVIDENCE} when there is too little to tell. {@link LevelClassifier} decides it from
 * the treaty table, the figures and {@link LevelThresholds}; the shares are placed among real pairs
 * (the ICEWS reference), so "among the calmest 40 %" is an entente whatever the source's volume.
 */
public enum Level {
  /** A defence treaty in force; the events say how it is doing. */
  ALLIANCE,
  /** Among the calmest 40 % of real pairs, broad, aligned, no defence treaty. */
  ENTENTE,
  /** Calmer than 60 % of real pairs. */
  PARTNERSHIP,
  /** More conflict than most pairs, less than the most conflictual 15 %. */
  MIXED,
  /** Among the 15 % most conflictual pairs, fought mostly with words. */
  RIVALRY,
  /** Among the 15 % most conflictual, with material conflict: sanctions, expulsions, force. */
  CONFRONTATION,
  /** Fewer counted events than {@link LevelThresholds#MIN_EVENTS}, and no treaty. */
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
