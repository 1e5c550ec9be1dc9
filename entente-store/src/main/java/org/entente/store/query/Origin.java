package org.entente.store.query;

import java.util.Locale;

/** Where an event row came from: Entente's coder, or a GDELT file. */
public enum Origin {
  ENTENTE,
  GDELT;

  /** The value of {@code events.origin}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
