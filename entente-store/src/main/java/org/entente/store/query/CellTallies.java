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
import java.util.stream.Stream;
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

  /** The digits of the keys the numeric order keys take: below 10^10 (GDELT's are near 10^9). */
  private static final int FAST_DIGITS = 10;

  /** 2^38: the padded key and its number of digits take the low 38 bits of an order key. */
  private static final long KEY_BITS = 1L << 38;

  /** 2^54: the day and the padded key take the low 54 bits of {@link #strongestKey}. */
  private static final long DAY_AND_KEY_BITS = 1L << 54;

  /** Days from 1970 in 16 bits: from −2^15 to 2^15 − 1. */
  private static final int DAY_OFFSET = 1 << 15;

  /**
   * The GDELT rows whose order keys are one BIGINT ({@link #oldestKey}): keys below 10^10, days
   * within 16 bits of 1970 (1880 to 2059). Other GDELT rows take a struct key, several times
   * slower.
   */
  private static final String FAST =
      "event_key >= 0 AND event_key < "
          + BigDecimal.TEN.pow(FAST_DIGITS).toPlainString()
          + " AND date BETWEEN DATE '"
          + LocalDate.EPOCH.minusDays(DAY_OFFSET)
          + "' AND DATE '"
          + LocalDate.EPOCH.plusDays(DAY_OFFSET - 1)
          + "'";

  /** Of the {@link #FAST} rows, those whose weight has one decimal, as GDELT's and CAMEO's do. */
  private static final String FAST_WEIGHT =
      FAST + " AND abs(goldstein * 10 - round(goldstein * 10)) < 1e-9";

  /**
   * What a GDELT row's evidence needs beyond its cell (direction, status): its key (its id), date,
   * code, quad class, weight and date precision. GDELT rows have no document, sentence or text.
   */
  private static final String GDELT_BRIEF =
      "{'key': event_key, 'date': date, 'cameo': cameo, 'quad': quad_class,"
          + " 'goldstein': goldstein, 'precision': date_precision}";

  private final Connection connection;

  CellTallies(Connection connection) {
    this.connection = requireNonNull(connection, "connection is null");
  }

  /** Events read in full are fetched by key, this many a statement. */
  private static final int KEYS_PER_READ = 500;

  Tallied cells(CellQuery query) throws SQLException {
    List<CellTally> cells = new ArrayList<>();
    List<Long> keys = new ArrayList<>();
    try (PreparedStatement statement = prepare(query)) {
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          cells.add(cell(rows));
          for (Object key : list(rows.getArray(19))) {
            keys.add(((Number) key).longValue());
          }
        }
      }
    }
    return new Tallied(cells, read(keys));
  }

  /** The statement of {@code query}, its parameters bound; package-private for benchmarks. */
  PreparedStatement prepare(CellQuery query) throws SQLException {
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
            + ", min(CASE WHEN id IS NULL AND "
            + FAST
            + " THEN "
            + oldestKey()
            + " END, "
            + ids
            + ") FILTER (WHERE id IS NULL AND "
            + FAST
            + ")"
            + minBy(
                "{'date': date, 'id': CAST(event_key AS VARCHAR)}",
                "'d': date, " + keyOrder,
                ids,
                "id IS NULL AND NOT (" + FAST + ")")
            + minBy("{'date': date, 'id': id}", "'d': date, 'i': id", ids, "id IS NOT NULL")
            + minByNumber(GDELT_BRIEF, strongestKey(), top, "id IS NULL AND " + FAST_WEIGHT)
            + minBy(
                GDELT_BRIEF,
                strength + ", " + keyOrder,
                top,
                "id IS NULL AND NOT (" + FAST_WEIGHT + ")")
            + minBy(brief, strength + ", 'i': id", top, "id IS NOT NULL")
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
    PreparedStatement statement = connection.prepareStatement(sql);
    try {
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
    } catch (SQLException | RuntimeException e) {
      statement.close();
      throw e;
    }
    return statement;
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
    for (Object key : list(row.getArray(13))) {
      oldest.add(oldest(((Number) key).longValue()));
    }
    for (int column = 14; column <= 15; column++) {
      for (Object ref : list(row.getArray(column))) {
        Object[] fields = ((Struct) ref).getAttributes();
        oldest.add(new DatedId((LocalDate) fields[0], (String) fields[1]));
      }
    }
    String source = row.getString(1);
    String target = row.getString(2);
    boolean negated = row.getBoolean(4);
    Modality modality = Modality.parse(row.getString(5));
    List<EventBrief> strongest = new ArrayList<>();
    for (Object brief :
        Stream.concat(Arrays.stream(list(row.getArray(16))), Arrays.stream(list(row.getArray(17))))
            .toList()) {
      Object[] f = ((Struct) brief).getAttributes();
      strongest.add(
          new EventBrief(
              f[0].toString(),
              "",
              -1,
              "",
              (LocalDate) f[1],
              DatePrecision.parse((String) f[5]),
              source,
              target,
              (String) f[2],
              ((Number) f[3]).intValue(),
              ((Number) f[4]).doubleValue(),
              negated,
              modality));
    }
    for (Object brief : list(row.getArray(18))) {
      strongest.add(brief((Struct) brief));
    }
    return new CellTally(
        source,
        target,
        row.getObject(3, LocalDate.class),
        negated,
        modality,
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
   * {@code min_by(value, {key}, n)} over the rows {@code which} selects; a list, empty or {@code
   * NULL} when the cell has no such rows. The value and key are computed for those rows only
   * (CASE), and the aggregate sees only them (FILTER): each halves the cost of a path few rows
   * take.
   */
  private static String minBy(String value, String key, int n, String which) {
    return ", min_by(CASE WHEN "
        + which
        + " THEN "
        + value
        + " END, CASE WHEN "
        + which
        + " THEN {"
        + key
        + "} END, "
        + n
        + ") FILTER (WHERE "
        + which
        + ")";
  }

  /** {@link #minBy} with a number for a key, which DuckDB compares several times faster. */
  private static String minByNumber(String value, String key, int n, String which) {
    return ", min_by(CASE WHEN "
        + which
        + " THEN "
        + value
        + " END, CASE WHEN "
        + which
        + " THEN "
        + key
        + " END, "
        + n
        + ") FILTER (WHERE "
        + which
        + ")";
  }

  /**
   * One BIGINT that orders the {@link #FAST} GDELT rows as {@link CellTally#oldest} does: the day
   * (16 bits), then the key padded with zeros on the right to 10 digits and its number of digits
   * (38 bits), so that ids compare as text: {@code "1000000000"} before {@code "999999999"}.
   */
  private static String oldestKey() {
    return "(date - DATE '1970-01-01' + " + DAY_OFFSET + ") * " + KEY_BITS + " + " + paddedKey();
  }

  /** The key padded with zeros on the right to 10 digits, then its number of digits (4 bits). */
  private static String paddedKey() {
    StringBuilder padded = new StringBuilder("CASE");
    long bound = 10;
    for (int digits = 1; digits < FAST_DIGITS; digits++, bound *= 10) {
      padded
          .append(" WHEN event_key < ")
          .append(bound)
          .append(" THEN event_key * ")
          .append(BigDecimal.TEN.pow(FAST_DIGITS - digits).toPlainString())
          .append(" * 16 + ")
          .append(digits);
    }
    return padded.append(" ELSE event_key * 16 + ").append(FAST_DIGITS).append(" END").toString();
  }

  /**
   * One BIGINT that orders the {@link #FAST_WEIGHT} GDELT rows strongest first, as {@link
   * CellTally#strongest} does: material (quad classes 2 and 4) first and the largest |Goldstein| (8
   * bits: 100 less ten times the weight, plus 128 for the others), then the latest day (16 bits,
   * counted back), then the id as text as in {@link #oldestKey} (38 bits).
   */
  private static String strongestKey() {
    return "((CASE WHEN quad_class IN (2, 4) THEN 0 ELSE 128 END + 100 - CAST(round(abs(goldstein)"
        + " * 10) AS BIGINT)) * "
        + DAY_AND_KEY_BITS
        + " + ("
        + (DAY_OFFSET - 1)
        + " - (date - DATE '1970-01-01')) * "
        + KEY_BITS
        + " + "
        + paddedKey()
        + ")";
  }

  /** The GDELT row of an {@link #oldestKey}. */
  static DatedId oldest(long key) {
    long day = key / KEY_BITS - DAY_OFFSET;
    long rest = key % KEY_BITS;
    int digits = (int) (rest & 15);
    long eventKey = (rest >> 4) / BigDecimal.TEN.pow(FAST_DIGITS - digits).longValueExact();
    return new DatedId(LocalDate.EPOCH.plusDays(day), Long.toString(eventKey));
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
