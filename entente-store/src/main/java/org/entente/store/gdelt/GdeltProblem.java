package org.entente.store.gdelt;

import static java.util.Objects.requireNonNull;

/**
 * A GDELT line that was skipped, and why: {@code 20150218230000.export.CSV:12: SQLDATE '20151399'
 * is not a date (YYYYMMDD)}.
 */
public record GdeltProblem(String file, long line, String message) {

  public GdeltProblem {
    requireNonNull(file, "file is null");
    requireNonNull(message, "message is null");
  }

  @Override
  public String toString() {
    return file + ":" + line + ": " + message;
  }
}
