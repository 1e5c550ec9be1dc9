package org.entente.store.query;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.entente.event.Assessment;
import org.entente.event.Event;
import org.entente.event.Period;
import org.entente.store.export.GdeltRow;

/**
 * The reads the analysis and the CLI need: events by filter (streamed or listed), per-period
 * tallies for a relation, assessments of a dyad, the evidence of an event, and counts.
 *
 * <pre>{@code
 * queries.tally(EventQuery.between("CHN", "RUS").onlyFactual(), Period.MONTH)
 * }</pre>
 */
public final class EventQueries {

  private final Connection connection;
  private final boolean monthTallies;

  /** The reads of a store without {@link MonthTallies}' table (or whose cells are not read). */
  public EventQueries(Connection connection) {
    this(connection, false);
  }

  /** The reads of a store that has {@link MonthTallies}' table when {@code monthTallies}. */
  public EventQueries(Connection connection, boolean monthTallies) {
    this.connection = requireNonNull(connection, "connection is null");
    this.monthTallies = monthTallies;
  }

  /** The events the query selects, by date then key. */
  public List<Event> list(EventQuery query) throws SQLException {
    List<Event> events = new ArrayList<>();
    forEach(query, events::add);
    return events;
  }

  /** Streams the events the query selects, by date then key; returns how many. */
  public long forEach(EventQuery query, Consumer<Event> action) throws SQLException {
    return forEachRow(query, EventRows.SELECT, row -> action.accept(EventRows.read(row)));
  }

  /** Streams the events the query selects as GDELT rows, by date then key; returns how many. */
  public long forEachGdeltRow(EventQuery query, Consumer<GdeltRow> action) throws SQLException {
    return forEachRow(
        query, EventRows.SELECT_WITH_GDELT, row -> action.accept(EventRows.readGdelt(row)));
  }

  /** What is done with each row of a result. */
  private interface RowAction {
    void accept(ResultSet row) throws SQLException;
  }

  private long forEachRow(EventQuery query, String select, RowAction action) throws SQLException {
    SqlFilter filter = SqlFilter.of(query);
    String sql =
        select
            + " WHERE "
            + filter.sql()
            + " ORDER BY date, event_key"
            + (query.limit() > 0 ? " LIMIT " + query.limit() : "");
    long count = 0;
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      filter.bind(statement, 1);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          action.accept(rows);
          count++;
        }
      }
    }
    return count;
  }

  /**
   * The page of at most {@code size} events the query selects after {@code after} (from the first
   * when {@code null}), by date then key; its {@code next} is where the following page starts. The
   * query's own limit is ignored.
   */
  public EventPage page(EventQuery query, EventCursor after, int size) throws SQLException {
    if (size < 1) {
      throw new IllegalArgumentException("a page holds at least one event, not " + size);
    }
    SqlFilter filter = SqlFilter.of(query);
    String sql =
        EventRows.SELECT.replace(" FROM events", ", date, event_key FROM events")
            + " WHERE "
            + filter.sql()
            + (after == null ? "" : " AND (date > ? OR (date = ? AND event_key > ?))")
            + " ORDER BY date, event_key LIMIT ?";
    List<Event> events = new ArrayList<>();
    EventCursor last = null;
    boolean more = false;
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      int position = filter.bind(statement, 1);
      if (after != null) {
        statement.setObject(position++, after.date());
        statement.setObject(position++, after.date());
        statement.setLong(position++, after.key());
      }
      statement.setInt(position, size + 1);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          if (events.size() == size) {
            more = true;
            break;
          }
          events.add(EventRows.read(rows));
          last =
              new EventCursor(
                  rows.getObject(EventRows.COLUMNS + 1, LocalDate.class),
                  rows.getLong(EventRows.COLUMNS + 2));
        }
      }
    }
    return new EventPage(events, more ? last : null);
  }

  /**
   * The countries of the events the query selects that have a country on both sides (two different
   * ones), with how many such events each is in, most first; the query's limit applies.
   */
  public List<CountryCount> countries(EventQuery query) throws SQLException {
    SqlFilter filter = SqlFilter.of(query);
    String dyadic = " FROM events WHERE " + filter.sql() + " AND source_country <> target_country";
    String sql =
        "SELECT country, count(*) AS n FROM (SELECT source_country AS country"
            + dyadic
            + " UNION ALL SELECT target_country"
            + dyadic
            + ") GROUP BY country ORDER BY n DESC, country"
            + (query.limit() > 0 ? " LIMIT " + query.limit() : "");
    List<CountryCount> countries = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      filter.bind(statement, filter.bind(statement, 1));
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          countries.add(new CountryCount(rows.getString(1), rows.getLong(2)));
        }
      }
    }
    return countries;
  }

  /**
   * The pairs of countries of the events the query selects, with their events in both directions,
   * most first; the query's limit applies.
   */
  public List<PairCount> pairs(EventQuery query) throws SQLException {
    SqlFilter filter = SqlFilter.of(query);
    String sql =
        "SELECT least(source_country, target_country) AS a,"
            + " greatest(source_country, target_country) AS b, count(*) AS n FROM events WHERE "
            + filter.sql()
            + " AND source_country <> target_country GROUP BY a, b ORDER BY n DESC, a, b"
            + (query.limit() > 0 ? " LIMIT " + query.limit() : "");
    List<PairCount> pairs = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      filter.bind(statement, 1);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          pairs.add(new PairCount(rows.getString(1), rows.getString(2), rows.getLong(3)));
        }
      }
    }
    return pairs;
  }

  /** Counts and Goldstein sums per period, direction (source and target country) and quad class. */
  public List<PeriodTally> tally(EventQuery query, Period period) throws SQLException {
    SqlFilter filter = SqlFilter.of(query);
    String sql =
        "SELECT CAST(date_trunc('"
            + period.label()
            + "', date) AS DATE) AS period, source_country, target_country, quad_class,"
            + " count(*), sum(goldstein), sum(coalesce(num_mentions, 1))"
            + " FROM events WHERE "
            + filter.sql()
            + " GROUP BY ALL ORDER BY ALL";
    List<PeriodTally> tallies = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      filter.bind(statement, 1);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          tallies.add(
              new PeriodTally(
                  rows.getObject(1, LocalDate.class),
                  rows.getString(2),
                  rows.getString(3),
                  rows.getInt(4),
                  rows.getLong(5),
                  rows.getDouble(6),
                  rows.getLong(7)));
        }
      }
    }
    return tallies;
  }

  /** The cells of the query ({@link CellTally}). */
  public Tallied cells(CellQuery query) throws SQLException {
    return new CellTallies(connection, monthTallies).cells(query);
  }

  /** Assessments of the dyad {a, b} (in any order) within the window; null ends are open. */
  public List<Assessment> assessments(String a, String b, LocalDate from, LocalDate to)
      throws SQLException {
    String first = a.compareTo(b) <= 0 ? a : b;
    String second = a.compareTo(b) <= 0 ? b : a;
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT id, doc_id, sentence, text, url, date, country_a, country_b, label, phrase"
                + " FROM assessments WHERE country_a = ? AND country_b = ?"
                + " AND date >= coalesce(?, DATE '0001-01-01')"
                + " AND date <= coalesce(?, DATE '9999-12-31') ORDER BY date, id")) {
      statement.setString(1, first);
      statement.setString(2, second);
      statement.setObject(3, from);
      statement.setObject(4, to);
      List<Assessment> assessments = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          assessments.add(
              new Assessment(
                  rows.getString(1),
                  rows.getString(2),
                  rows.getInt(3),
                  rows.getString(4),
                  rows.getString(5),
                  rows.getObject(6, LocalDate.class),
                  rows.getString(7),
                  rows.getString(8),
                  rows.getString(9),
                  rows.getString(10)));
        }
      }
      return assessments;
    }
  }

  /** The sentences that reported the event with this key, oldest document first. */
  public List<EventMention> mentions(long eventKey) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT m.event_id, m.doc_id, m.sentence, m.text, d.url, d.source, d.date"
                + " FROM event_mentions m LEFT JOIN documents d ON d.id = m.doc_id"
                + " WHERE m.event_key = ? ORDER BY d.date, m.doc_id, m.sentence")) {
      statement.setLong(1, eventKey);
      List<EventMention> mentions = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          mentions.add(
              new EventMention(
                  rows.getString(1),
                  rows.getString(2),
                  rows.getInt(3),
                  rows.getString(4),
                  rows.getString(5),
                  rows.getString(6),
                  rows.getObject(7, LocalDate.class)));
        }
      }
      return mentions;
    }
  }

  public StoreCounts counts() throws SQLException {
    String sql =
        "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events),"
            + " (SELECT count(*) FROM events WHERE origin = 'entente'),"
            + " (SELECT count(*) FROM events WHERE origin = 'gdelt'),"
            + " (SELECT count(*) FROM event_mentions), (SELECT count(*) FROM assessments),"
            + " (SELECT count(*) FROM actors_seen)";
    try (PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return new StoreCounts(
          rows.getLong(1),
          rows.getLong(2),
          rows.getLong(3),
          rows.getLong(4),
          rows.getLong(5),
          rows.getLong(6),
          rows.getLong(7));
    }
  }
}
