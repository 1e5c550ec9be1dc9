package org.entente.event;

import java.util.Locale;

/**
 * Whether an event happened as told: {@code factual} ("Russia sold oil"), {@code future} ("will
 * sell"), {@code hypothetical} ("waiting for a clash"), or {@code reported} ("X said that…").
 */
public enum Modality {
  FACTUAL,
  FUTURE,
  HYPOTHETICAL,
  REPORTED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Modality parse(String label) {
    return valueOf(label.strip().toUpperCase(Locale.ROOT));
  }
}
