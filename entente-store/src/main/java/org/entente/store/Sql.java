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

  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
