package org.entente.store.gdelt;

import java.util.List;
import java.util.Optional;

/**
 * The GDELT event file layouts Entente reads, told apart by their number of tab-separated columns:
 * GDELT 1.0 historical files (57: no SOURCEURL), GDELT 1.0 daily files (58) and GDELT 2.0 event
 * exports (61: each of the three geographies gains an ADM2 code, and DATEADDED is a time stamp
 * {@code YYYYMMDDHHMMSS} instead of a day).
 */
public enum GdeltFormat {
  V1_HISTORICAL(57, "GDELT 1.0 historical", false, false),
  V1_DAILY(58, "GDELT 1.0 daily", false, true),
  V2(61, "GDELT 2.0 event export", true, true);

  private final int columnCount;
  private final String description;
  private final boolean dateAddedHasTime;
  private final List<String> columns;

  GdeltFormat(int columnCount, String description, boolean v2, boolean sourceUrl) {
    this.columnCount = columnCount;
    this.description = description;
    this.dateAddedHasTime = v2;
    this.columns = GdeltColumns.names(v2, sourceUrl);
    if (columns.size() != columnCount) {
      throw new IllegalStateException(name() + " lists " + columns.size() + " columns");
    }
  }

  /** The format whose rows have this many columns. */
  public static Optional<GdeltFormat> ofColumnCount(int count) {
    for (GdeltFormat format : values()) {
      if (format.columnCount == count) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  public int columnCount() {
    return columnCount;
  }

  /** "GDELT 2.0 event export". */
  public String description() {
    return description;
  }

  /** GDELT's column names, in file order. */
  public List<String> columns() {
    return columns;
  }

  public boolean hasSourceUrl() {
    return columns.contains("SOURCEURL");
  }

  /** True for GDELT 2.0, whose DATEADDED is {@code YYYYMMDDHHMMSS}; 1.0 has {@code YYYYMMDD}. */
  public boolean dateAddedHasTime() {
    return dateAddedHasTime;
  }
}
