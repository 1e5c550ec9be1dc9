package org.entente.store.gdelt;

import java.sql.SQLException;
import org.duckdb.DuckDBPreparedStatement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls DuckDB's progress of a running import and tells the listener each time another {@link
 * ImportListener#progressEvery()} rows are (by DuckDB's estimate) done.
 */
final class ProgressWatcher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ProgressWatcher.class);
  private static final long POLL_MILLIS = 200;

  private final Thread thread;
  private volatile boolean done;

  ProgressWatcher(
      DuckDBPreparedStatement statement, String file, long total, ImportListener listener) {
    long every = Math.max(1, listener.progressEvery());
    this.thread =
        new Thread(
            () -> {
              listener.progress(file, 0, total); // the statement starts
              long next = every;
              while (!done && next < total) {
                try {
                  Thread.sleep(POLL_MILLIS);
                  double percent = statement.getQueryProgress().getPercentage();
                  long rows = (long) (Math.max(0, percent) / 100 * total);
                  if (rows >= next && !done) {
                    listener.progress(file, rows, total);
                    next = (rows / every + 1) * every;
                  }
                } catch (InterruptedException e) {
                  return;
                } catch (SQLException e) {
                  LOG.debug("no progress for {}: {}", file, e.getMessage());
                  return;
                }
              }
            },
            "entente-gdelt-progress");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void close() {
    done = true;
    thread.interrupt();
    try {
      thread.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
