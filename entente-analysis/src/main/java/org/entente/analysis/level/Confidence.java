package org.entente.analysis.level;

import java.util.Locale;

/**
 * How sure a level is. {@link #CONFIDENT}: a treaty in force, or at least {@link
 * LevelThresholds#CONFIDENT_MIN_EVENTS} events whose share intervals stay inside the level's band;
 * {@link #LEANING}: the shares point to the level but their intervals reach into a neighbour's band
 * ("leaning entente" from ten cooperative events); {@link #INSUFFICIENT}: fewer than {@link
 * LevelThresholds#MIN_EVENTS}.
 */
public enum Confidence {
  CONFIDENT,
  LEANING,
  INSUFFICIENT;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
