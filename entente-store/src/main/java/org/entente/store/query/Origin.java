package org.entente.store.query;

import java.util.Locale;

/** Where an event row came from: Entente's coder, a GDELT file, or a PLOVER file. */
public enum Origin {
  ENTENTE,
  GDELT,
  PLOVER;

  /** The value of {@code events.origin}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
