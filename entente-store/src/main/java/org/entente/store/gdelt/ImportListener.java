package org.entente.store.gdelt;

import org.entente.core.Problem;

/**
 * Hears how a GDELT import goes. Progress comes from a watcher thread while DuckDB reads the file,
 * so implementations must be thread-safe; the first call of a file, with 0 rows done, says that
 * DuckDB's statement starts; the row counts during the import are estimates from DuckDB's progress,
 * the last call gives the exact total.
 *
 * <pre>{@code
 * ImportListener listener = new ImportListener() {
 *   public void progress(String file, long done, long total) { log.info("{}: {}/{}", file, done, total); }
 *   public void problem(Problem problem) { err.println(problem); }
 * };
 * }</pre>
 */
public interface ImportListener {

  /** Hears nothing. */
  ImportListener NONE = new ImportListener() {};

  /** How many rows apart progress calls should be. */
  default long progressEvery() {
    return 1_000_000;
  }

  default void progress(String file, long rowsDone, long rowsTotal) {}

  /** A malformed row, skipped. */
  default void problem(Problem problem) {}
}
