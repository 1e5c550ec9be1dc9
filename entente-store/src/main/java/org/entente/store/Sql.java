package org.entente.store;

import java.sql.SQLException;
import org.entente.core.EntenteException;

/** Small SQL helpers shared by the store's packages: literals and error translation. */
public final class Sql {

  private Sql() {}

  /** A SQL string literal: {@code it's} → {@code 'it''s'}. */
  public static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  /**
   * Turns a DuckDB failure into Entente's exception: a database another process holds is the user's
   * to fix, anything else is internal. {@code doing} says what failed: "ingesting doc-1 into
   * entente.duckdb".
   */
  public static EntenteException failure(SQLException e, String doing) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    String lower = message.toLowerCase(java.util.Locale.ROOT);
    if (lower.contains("not a valid duckdb database")
        || lower.contains("invalid file header")
        || lower.contains("not a duckdb")) {
      return new EntenteException(
          EntenteException.Kind.BAD_DATA,
          doing
              + ": the file is not a DuckDB database; give the path of an Entente store, or a new"
              + " path to create one, with --db",
          e);
    }
    if (lower.contains("corrupt")
        || lower.contains("checksum")
        || lower.contains("serialization")
        || lower.contains("failed to read")
        || lower.contains("could not read enough bytes")) {
      return new EntenteException(
          EntenteException.Kind.BAD_DATA,
          doing
              + ": the store is damaged ("
              + firstLine(message)
              + "); restore it from a copy, or rebuild it with entente ingest and entente import"
              + " gdelt into a new --db",
          e);
    }
    if (lower.contains("permission denied")
        || lower.contains("read-only")
        || lower.contains("read only")) {
      return new EntenteException(
          EntenteException.Kind.USER_ERROR,
          doing
              + ": not allowed to write there ("
              + firstLine(message)
              + "); queries can still read a read-only store, or copy it somewhere writable and"
              + " give that --db",
          e);
    }
    if (lower.contains("file name too long") || lower.contains("name too long")) {
      return new EntenteException(
          EntenteException.Kind.USER_ERROR,
          doing + ": the file name is too long; use a shorter one",
          e);
    }
    if (lower.contains("no space left")) {
      return new EntenteException(
          EntenteException.Kind.USER_ERROR,
          doing + ": the disk is full; free some space or write somewhere else",
          e);
    }
    if (message.contains("Could not set lock") || message.contains("Conflicting lock")) {
      return new EntenteException(
          EntenteException.Kind.USER_ERROR,
          doing
              + ": the database is open in another process (DuckDB allows one writer); close"
              + " that process or give another --db",
          e);
    }
    return new EntenteException(
        EntenteException.Kind.INTERNAL, doing + " failed: " + firstLine(message), e);
  }

  /**
   * Turns a failed write of {@code file} (missing folder, full disk, long name) into a user error.
   */
  public static EntenteException writeFailure(java.io.IOException e, java.nio.file.Path file) {
    String reason =
        e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null
            ? fs.getReason()
            : String.valueOf(e.getMessage());
    String lower = reason.toLowerCase(java.util.Locale.ROOT);
    String fix =
        lower.contains("no space")
            ? "free some space or write somewhere else"
            : lower.contains("too long")
                ? "use a shorter file name"
                : lower.contains("permission") || lower.contains("read-only")
                    ? "write somewhere you may write"
                    : "check the path";
    return new EntenteException(
        EntenteException.Kind.USER_ERROR, "cannot write " + file + ": " + reason + "; " + fix, e);
  }

  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
