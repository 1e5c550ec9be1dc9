package org.entente.store.query;

import java.util.Locale;

/** The length of the periods a tally groups events into. */
public enum Period {
  MONTH,
  QUARTER,
  YEAR;

  /** DuckDB's {@code date_trunc} part. */
  String sqlPart() {
    return name().toLowerCase(Locale.ROOT);
  }
}
