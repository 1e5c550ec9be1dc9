package org.entente.store.gdelt;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.entente.core.Problem;

/**
 * What importing one GDELT file did. Every line is imported, already present (same GLOBALEVENTID),
 * or rejected; {@code problems} lists the first {@link #PROBLEMS_KEPT} rejected lines, the import
 * listener heard all of them.
 *
 * @param rows the file's lines
 */
public record GdeltImportResult(
    String file,
    GdeltFormat format,
    long rows,
    long imported,
    long alreadyPresent,
    long rejected,
    List<Problem> problems) {

  /** How many problems a result keeps. */
  public static final int PROBLEMS_KEPT = 1000;

  public GdeltImportResult {
    requireNonNull(file, "file is null");
    requireNonNull(format, "format is null");
    problems = List.copyOf(problems);
  }

  /** "events.CSV (GDELT 2.0 event export, 61 columns): 1000 rows, 997 imported, …". */
  public String describe() {
    return String.format(
        "%s (%s, %d columns): %d rows, %d imported, %d already present, %d rejected",
        file, format.description(), format.columnCount(), rows, imported, alreadyPresent, rejected);
  }
}
