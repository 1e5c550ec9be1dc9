package org.entente.analysis.level;

/** Whether a level's criterion holds for a dyad. */
public enum Outcome {
  MET("✓"),
  NOT_MET("✗"),
  /** Nothing to measure it on; the classifier says whether that counts against the level. */
  NOT_MEASURED("?");

  private final String symbol;

  Outcome(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  public static Outcome of(boolean met) {
    return met ? MET : NOT_MET;
  }
}
