package org.entente.store.export;

import java.util.Locale;
import org.entente.core.EntenteException;

/** The formats {@code entente export --format} writes. */
public enum ExportFormat {
  /** GDELT 2.0's 61 tab-separated event columns, blank where unknown. */
  GDELT,
  /** Apache Parquet with the {@code events} table's columns. */
  PARQUET,
  /** JSON Lines in the event contract. */
  JSONL,
  /** PLOVER JSON Lines ({@code docs/plover.md}). */
  PLOVER;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format named {@code gdelt}, {@code parquet}, {@code jsonl} or {@code plover}. */
  public static ExportFormat parse(String label) {
    for (ExportFormat format : values()) {
      if (format.label().equals(label.strip().toLowerCase(Locale.ROOT))) {
        return format;
      }
    }
    throw EntenteException.userError(
        "'%s' is not an export format; use gdelt, parquet, jsonl or plover", label);
  }
}
