package org.entente.store.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The store's table of tallies by month, {@code month_tallies}: for the GDELT rows that {@link
 * #COVERED} selects, one row per source and target country and month (quad class 0 and area {@code
 * ''}: all of them) and one per source and target country, month, quad class and area, each with
 * the count, the Goldstein sum in tenths (exact: the rows' weights have one decimal), the first and
 * last date, the {@link #IDS} oldest ids and the {@link #EVIDENCE} strongest events (as {@link
 * CellTallies}' numeric order keys); and the count of the {@link #STRAY} rows by source and target
 * country and month. {@link CellTallies} reads it instead of those rows for the whole months of a
 * window, the first kind of row for events toward other countries and the second for events among
 * the query's countries, so that a relation adds up thousands of rows instead of millions.
 *
 * <p>It is kept by {@link #refresh}, which every write that can add such rows (the GDELT import)
 * runs in its own transaction: it rebuilds the months whose count of covered rows in {@code events}
 * differs from the table's, from {@code events} itself. Rows are never deleted and their tallied
 * columns never change, so a month whose count is unchanged is unchanged, and importing a file
 * again (which adds no row) rebuilds nothing. Entente's and PLOVER's events have ids of their own
 * and are never covered: their ingest does not touch the table.
 */
public final class MonthTallies {

  /** How many of its oldest ids a row of the table keeps: the relationship model's id limit. */
  public static final int IDS = 200;

  /** How many of its strongest events a row keeps: the relationship model's evidence limit. */
  public static final int EVIDENCE = 5;

  /** The table. */
  public static final String TABLE =
      """
      CREATE TABLE month_tallies (
        source_country VARCHAR NOT NULL,
        target_country VARCHAR NOT NULL,
        month DATE NOT NULL,
        quad_class TINYINT NOT NULL,
        area VARCHAR NOT NULL,
        events BIGINT NOT NULL,
        goldstein_tenths BIGINT NOT NULL,
        first DATE NOT NULL,
        last DATE NOT NULL,
        oldest BIGINT[] NOT NULL,
        strongest STRUCT(k BIGINT, cameo VARCHAR, quad TINYINT, goldstein DOUBLE)[] NOT NULL)""";

  /**
   * The second table, {@code month_codes}: the covered rows counted by month, CAMEO code and area.
   * It tells {@link CellTallies} whether a query's events to read in full ({@link
   * CellQuery#readCodes}) can be among the covered rows of some months at all; GDELT's rows take
   * their area from their code, so for most codes and areas they cannot, and the store is not read.
   */
  public static final String CODES_TABLE =
      """
      CREATE TABLE month_codes (
        month DATE NOT NULL,
        cameo VARCHAR NOT NULL,
        area VARCHAR NOT NULL,
        events BIGINT NOT NULL)""";

  /**
   * The rows the table tallies: GDELT rows (no id of their own) dated to the day, factual and not
   * negated (so in no claim and no other status), between two different countries, whose order keys
   * are numbers ({@link CellTallies#FAST_WEIGHT}): every row of GDELT's files.
   */
  static final String COVERED =
      "id IS NULL AND NOT negated AND modality = 'factual' AND date_precision = 'day'"
          + " AND source_country IS NOT NULL AND target_country IS NOT NULL"
          + " AND target_country <> source_country AND "
          + CellTallies.FAST_WEIGHT;

  /**
   * GDELT rows between two countries (no id of their own) that are not {@link #COVERED}: ids of 11
   * digits and more, dates before 1880 or after 2059, weights of more decimals. The table counts
   * them by source and target country and month in rows of quad class {@link #STRAYS}, which tell
   * {@link CellTallies} in which months to read them from {@code events}.
   */
  static final String STRAY =
      "id IS NULL AND source_country IS NOT NULL AND target_country IS NOT NULL"
          + " AND target_country <> source_country AND NOT ("
          + COVERED
          + ")";

  /** The quad class of the rows that count {@link #STRAY} rows. */
  static final int STRAYS = -1;

  private static final String MONTH = "CAST(date_trunc('month', date) AS DATE)";

  /**
   * The months one statement rebuilds. DuckDB holds every group's lists in memory until the
   * statement ends: the 138 months of {@code bench/serve}'s 10 million rows in one statement took
   * the process to 10.9 GB; a year at a time bounds that by the rows of a year, and costs one more
   * read of the dates of every row for each year.
   */
  static final int MONTHS_PER_REBUILD = 12;

  private MonthTallies() {}

  /**
   * Brings the table up to date with {@code events}: rebuilds each month whose count of covered and
   * stray rows differs from the table's (all of them in a store that has just got the table);
   * returns how many months it rebuilt. Runs in the caller's transaction.
   */
  public static int refresh(Connection connection) throws SQLException {
    List<LocalDate> stale = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT coalesce(e.month, t.month) FROM (SELECT "
                    + MONTH
                    + " AS month, count(*) AS n FROM events WHERE id IS NULL AND source_country"
                    + " IS NOT NULL AND target_country IS NOT NULL AND target_country <>"
                    + " source_country GROUP BY ALL) e FULL OUTER JOIN (SELECT month, sum(events)"
                    + " AS n FROM month_tallies WHERE quad_class <= 0 GROUP BY ALL) t"
                    + " ON e.month = t.month"
                    + " WHERE e.n IS DISTINCT FROM t.n ORDER BY 1")) {
      while (rows.next()) {
        stale.add(rows.getObject(1, LocalDate.class));
      }
    }
    if (stale.isEmpty()) {
      return 0;
    }
    for (int from = 0; from < stale.size(); from += MONTHS_PER_REBUILD) {
      rebuild(connection, stale.subList(from, Math.min(stale.size(), from + MONTHS_PER_REBUILD)));
    }
    return stale.size();
  }

  /** Rebuilds both tables' rows of these months from {@code events}. */
  private static void rebuild(Connection connection, List<LocalDate> stale) throws SQLException {
    String months = String.join(", ", Collections.nCopies(stale.size(), "?"));
    for (String table : List.of("month_tallies", "month_codes")) {
      try (PreparedStatement delete =
          connection.prepareStatement(
              "DELETE FROM " + table + " WHERE month IN (" + months + ")")) {
        bind(delete, stale);
        delete.executeUpdate();
      }
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO month_codes " + codes(MONTH + " IN (" + months + ")"))) {
      bind(insert, stale);
      insert.executeUpdate();
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO month_tallies "
                + rebuilt(MONTH + " IN (" + months + ")")
                + " ORDER BY 1, 2, 3")) {
      bind(insert, stale);
      bind(insert, stale, stale.size());
      insert.executeUpdate();
    }
  }

  /**
   * Whether the table is up to date with {@code events}: what {@link #refresh} would leave alone.
   * For tests and checks; it reads every covered row.
   */
  public static boolean current(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT count(*) FROM ((SELECT * FROM month_tallies) EXCEPT ALL ("
                    + rebuilt("true")
                    + ")) UNION ALL SELECT count(*) FROM (("
                    + rebuilt("true")
                    + ") EXCEPT ALL (SELECT * FROM month_tallies)) UNION ALL SELECT count(*) FROM"
                    + " ((SELECT * FROM month_codes) EXCEPT ALL ("
                    + codes("true")
                    + ")) UNION ALL SELECT count(*) FROM (("
                    + codes("true")
                    + ") EXCEPT ALL (SELECT * FROM month_codes))")) {
      boolean same = true;
      while (rows.next()) {
        same &= rows.getLong(1) == 0;
      }
      return same;
    }
  }

  /**
   * The table's rows of the covered and stray rows {@code where} selects (twice: its parameters are
   * bound twice), computed from {@code events}.
   */
  private static String rebuilt(String where) {
    return "SELECT source_country, target_country, "
        + MONTH
        + ", coalesce(quad_class, 0), coalesce(area, ''), count(*),"
        + " sum(CAST(round(goldstein * 10) AS BIGINT)), min(date), max(date), min("
        + CellTallies.oldestKey()
        + ", "
        + IDS
        + "), min_by({'k': "
        + CellTallies.strongestKey()
        + ", 'cameo': cameo, 'quad': quad_class, 'goldstein': goldstein}, "
        + CellTallies.strongestKey()
        + ", "
        + EVIDENCE
        + ") FROM events WHERE "
        + COVERED
        + " AND "
        + where
        + " GROUP BY GROUPING SETS ((source_country, target_country, "
        + MONTH
        + ", quad_class, area), (source_country, target_country, "
        + MONTH
        + ")) UNION ALL SELECT source_country, target_country, "
        + MONTH
        + ", "
        + STRAYS
        + ", '', count(*), 0, min(date), max(date), CAST([] AS BIGINT[]),"
        + " CAST([] AS STRUCT(k BIGINT, cameo VARCHAR, quad TINYINT, goldstein DOUBLE)[])"
        + " FROM events WHERE "
        + STRAY
        + " AND "
        + where
        + " GROUP BY ALL";
  }

  /** The rows of {@code month_codes} of the covered rows {@code where} selects. */
  private static String codes(String where) {
    return "SELECT "
        + MONTH
        + ", cameo, area, count(*) FROM events WHERE "
        + COVERED
        + " AND "
        + where
        + " GROUP BY ALL";
  }

  private static void bind(PreparedStatement statement, List<LocalDate> months)
      throws SQLException {
    bind(statement, months, 0);
  }

  private static void bind(PreparedStatement statement, List<LocalDate> months, int after)
      throws SQLException {
    for (int i = 0; i < months.size(); i++) {
      statement.setObject(after + i + 1, months.get(i));
    }
  }
}
