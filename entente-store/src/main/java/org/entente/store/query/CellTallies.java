package org.entente.store.query;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Struct;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.entente.event.Area;
import org.entente.event.DatePrecision;
import org.entente.event.Event;
import org.entente.event.Modality;

/**
 * Computes {@link CellTally cells} in one statement: counts, exact Goldstein sums and dates per
 * cell, with the oldest ids and the strongest events picked by DuckDB's {@code min_by(…, n)}, so
 * that the rows themselves never leave the database.
 *
 * <p>Order keys are numeric where they can be, for speed: a GDELT row's id is its GLOBALEVENTID
 * written out, and its place among ids as text is that of the number padded with zeros on the right
 * to 19 digits, then its length ({@code "1000000000"} before {@code "999999999"}). Other rows (an
 * Entente or PLOVER event, with an id of its own) are ordered by the id itself.
 */
final class CellTallies {

  /** A GLOBALEVENTID is below 2^60: at most 19 digits. */
  private static final int KEY_DIGITS = 19;

  private final Connection connection;

  CellTallies(Connection connection) {
    this.connection = requireNonNull(connection, "connection is null");
  }

  /** Events read in full are fetched by key, this many a statement. */
  private static final int KEYS_PER_READ = 500;

  Tallied cells(CellQuery query) throws SQLException {
    List<String> countries = new ArrayList<>(query.countries());
    String among = "target_country IN (" + marks(countries.size()) + ")";
    List<String> placed =
        query.period() == null
            ? List.of()
            : Arrays.stream(DatePrecision.values())
                .filter(query.period()::resolves)
                .map(DatePrecision::label)
                .toList();
    String period =
        query.period() == null
            ? "CAST(NULL AS DATE)"
            : "CASE WHEN date_precision IN ("
                + marks(placed.size())
                + ") THEN CAST(date_trunc('"
                + query.period().label()
                + "', date) AS DATE) END";
    String digits = digits();
    String padded = "CAST(event_key AS UBIGINT) * " + multiplier();
    String keyOrder = "'p': " + padded + ", 'l': " + digits;
    String days = "(date - DATE '1970-01-01')";
    String strength = "'m': quad_class NOT IN (2, 4), 'g': -abs(goldstein), 'd': -" + days;
    String brief =
        "{'id': coalesce(id, CAST(event_key AS VARCHAR)), 'doc': coalesce(doc_id, ''),"
            + " 'sentence': coalesce(sentence, -1), 'text': coalesce(text, ''), 'date': date,"
            + " 'precision': date_precision, 'source': source_country, 'target': target_country,"
            + " 'cameo': cameo, 'quad': quad_class, 'goldstein': goldstein, 'negated': negated,"
            + " 'modality': modality}";
    int ids = query.idLimit();
    int top = query.evidenceLimit();
    String sql =
        "SELECT source_country, target_country, "
            + period
            + " AS period, negated, modality,"
            + " CASE WHEN modality = 'reported' THEN regexp_matches(lower(coalesce(text, '')), ?)"
            + " ELSE false END AS claimed,"
            + " CASE WHEN "
            + among
            + " THEN quad_class ELSE 0 END AS quad, CASE WHEN "
            + among
            + " THEN area END AS cell_area,"
            + " count(*), sum(CAST(goldstein AS DECIMAL(18, 4))), min(date), max(date)"
            + minBy(
                "{'date': date, 'id': CAST(event_key AS VARCHAR)}",
                "'d': date, " + keyOrder,
                ids,
                true)
            + minBy("{'date': date, 'id': id}", "'d': date, 'i': id", ids, false)
            + minBy(brief, strength + ", " + keyOrder, top, true)
            + minBy(brief, strength + ", 'i': id", top, false)
            + ", list(event_key) FILTER (WHERE "
            + among
            + " AND "
            + readFilter(query)
            + ")"
            + " FROM events WHERE source_country IN ("
            + marks(countries.size())
            + ") AND target_country IS NOT NULL AND target_country <> source_country"
            + " AND date >= coalesce(?, DATE '0001-01-01') AND date <= coalesce(?, DATE"
            + " '9999-12-31') GROUP BY ALL";
    List<CellTally> cells = new ArrayList<>();
    List<Long> keys = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      int position = 1;
      for (String label : placed) {
        statement.setString(position++, label);
      }
      statement.setString(position++, query.claimCue());
      for (int twice = 0; twice < 3; twice++) {
        for (String country : countries) {
          statement.setString(position++, country);
        }
        if (twice == 2) {
          for (Area area : new TreeSet<>(query.readAreas())) {
            statement.setString(position++, area.label());
          }
          for (String code : new TreeSet<>(query.readCodes())) {
            statement.setString(position++, code);
          }
        }
      }
      for (String country : countries) {
        statement.setString(position++, country);
      }
      statement.setObject(position++, query.from());
      statement.setObject(position, query.to());
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          cells.add(cell(rows));
          for (Object key : list(rows.getArray(17))) {
            keys.add(((Number) key).longValue());
          }
        }
      }
    }
    return new Tallied(cells, read(keys));
  }

  /** The events read in full: factual, not negated, of the query's codes and areas. */
  private static String readFilter(CellQuery query) {
    if (query.readCodes().isEmpty() || query.readAreas().isEmpty()) {
      return "false";
    }
    return "NOT negated AND modality = 'factual' AND area IN ("
        + marks(query.readAreas().size())
        + ") AND ("
        + String.join(
            " OR ", Collections.nCopies(query.readCodes().size(), "starts_with(cameo, ?)"))
        + ")";
  }

  /** The events with these keys, by date then key, through the primary key's index. */
  private List<Event> read(List<Long> unsorted) throws SQLException {
    List<Long> keys = unsorted.stream().sorted().toList();
    List<Event> events = new ArrayList<>();
    for (int from = 0; from < keys.size(); from += KEYS_PER_READ) {
      List<Long> some = keys.subList(from, Math.min(keys.size(), from + KEYS_PER_READ));
      String sql =
          "SELECT * FROM ("
              + EventRows.SELECT.replace(
                  " FROM events", ", date AS read_date, event_key AS read_key FROM events")
              + " WHERE event_key IN ("
              + marks(some.size())
              + ")) ORDER BY read_date, read_key";
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        for (int i = 0; i < some.size(); i++) {
          statement.setLong(i + 1, some.get(i));
        }
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            events.add(EventRows.read(rows));
          }
        }
      }
    }
    events.sort(Comparator.comparing(Event::date));
    return events;
  }

  private static CellTally cell(ResultSet row) throws SQLException {
    String area = row.getString(8);
    BigDecimal sum = row.getBigDecimal(10);
    List<DatedId> oldest = new ArrayList<>();
    for (int column = 13; column <= 14; column++) {
      for (Object ref : list(row.getArray(column))) {
        Object[] fields = ((Struct) ref).getAttributes();
        oldest.add(new DatedId((LocalDate) fields[0], (String) fields[1]));
      }
    }
    List<EventBrief> strongest = new ArrayList<>();
    for (int column = 15; column <= 16; column++) {
      for (Object brief : list(row.getArray(column))) {
        strongest.add(brief((Struct) brief));
      }
    }
    return new CellTally(
        row.getString(1),
        row.getString(2),
        row.getObject(3, LocalDate.class),
        row.getBoolean(4),
        Modality.parse(row.getString(5)),
        row.getBoolean(6),
        row.getInt(7),
        area == null ? null : Area.parse(area),
        row.getLong(9),
        sum.doubleValue(),
        row.getObject(11, LocalDate.class),
        row.getObject(12, LocalDate.class),
        oldest,
        strongest);
  }

  private static EventBrief brief(Struct struct) throws SQLException {
    Object[] f = struct.getAttributes();
    return new EventBrief(
        (String) f[0],
        (String) f[1],
        ((Number) f[2]).intValue(),
        (String) f[3],
        (LocalDate) f[4],
        DatePrecision.parse((String) f[5]),
        (String) f[6],
        (String) f[7],
        (String) f[8],
        ((Number) f[9]).intValue(),
        ((Number) f[10]).doubleValue(),
        (Boolean) f[11],
        Modality.parse((String) f[12]));
  }

  private static Object[] list(Array array) throws SQLException {
    return array == null ? new Object[0] : (Object[]) array.getArray();
  }

  /**
   * {@code min_by(value, {key}, n)} over GDELT rows (no id of their own) or the others; a list,
   * empty or {@code NULL} when the cell has no such rows.
   */
  private static String minBy(String value, String key, int n, boolean gdelt) {
    return ", min_by("
        + value
        + ", {"
        + key
        + "}, "
        + n
        + ") FILTER (WHERE id IS "
        + (gdelt ? "" : "NOT ")
        + "NULL)";
  }

  /** The number of digits of {@code event_key}. */
  private static String digits() {
    StringBuilder sql = new StringBuilder("CASE");
    long bound = 10;
    for (int digits = 1; digits < KEY_DIGITS; digits++, bound *= 10) {
      sql.append(" WHEN event_key < ").append(bound).append(" THEN ").append(digits);
    }
    return sql.append(" ELSE ").append(KEY_DIGITS).append(" END").toString();
  }

  /** What pads {@code event_key} with zeros on the right to 19 digits. */
  private static String multiplier() {
    StringBuilder sql = new StringBuilder("CASE");
    long bound = 10;
    for (int digits = 1; digits < KEY_DIGITS; digits++, bound *= 10) {
      sql.append(" WHEN event_key < ")
          .append(bound)
          .append(" THEN CAST(")
          .append(BigDecimal.TEN.pow(KEY_DIGITS - digits).toPlainString())
          .append(" AS UBIGINT)");
    }
    return sql.append(" ELSE CAST(1 AS UBIGINT) END").toString();
  }

  private static String marks(int count) {
    return Collections.nCopies(count, "?").stream().collect(Collectors.joining(", "));
  }
}
