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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
  static final String FAST_WEIGHT =
      FAST + " AND abs(goldstein * 10 - round(goldstein * 10)) < 1e-9";

  /**
   * What a GDELT row's evidence needs beyond its cell (direction, status): its key (its id), date,
   * code, quad class, weight and date precision. GDELT rows have no document, sentence or text.
   */
  private static final String GDELT_BRIEF =
      "{'key': event_key, 'date': date, 'cameo': cameo, 'quad': quad_class,"
          + " 'goldstein': goldstein, 'precision': date_precision}";

  private final Connection connection;

  /** Whether the store has {@link MonthTallies}' table to read whole months from. */
  private final boolean months;

  /**
   * Cells of the store behind {@code connection}, read from {@link MonthTallies}' table when {@code
   * months} (the store has it) and from {@code events} otherwise.
   */
  CellTallies(Connection connection, boolean months) {
    this.connection = requireNonNull(connection, "connection is null");
    this.months = months;
  }

  /** Events read in full are fetched by key, this many a statement. */
  private static final int KEYS_PER_READ = 500;

  Tallied cells(CellQuery query) throws SQLException {
    Optional<WholeMonths> whole = months ? WholeMonths.of(query) : Optional.empty();
    Map<CellKey, Partial> cells = new LinkedHashMap<>();
    List<Long> keys = new ArrayList<>();
    try (PreparedStatement statement = prepare(query, whole)) {
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          Partial cell = partial(rows);
          cells.merge(cell.key, cell, Partial::add);
          for (Object key : list(rows.getArray(19))) {
            keys.add(((Number) key).longValue());
          }
        }
      }
    }
    if (whole.isPresent()) {
      try (PreparedStatement statement = prepareMonths(query, whole.get())) {
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            Partial cell = monthPartial(rows, query);
            cells.merge(cell.key, cell, Partial::add);
          }
        }
      }
      keys.addAll(readKeys(query, whole.get()));
    }
    return new Tallied(cells.values().stream().map(Partial::tally).toList(), read(keys));
  }

  /**
   * The statement of {@code query} over the rows of {@code events} not read from {@code whole}
   * months of {@link MonthTallies}' table, its parameters bound; package-private for benchmarks.
   */
  PreparedStatement prepare(CellQuery query, Optional<WholeMonths> whole) throws SQLException {
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
    List<LocalDate> sliced = new ArrayList<>();
    if (whole.isPresent()) {
      sql =
          "WITH slice AS MATERIALIZED ("
              + slices(query, whole.get(), sliced)
              + ") "
              + sql.replace(
                  " FROM events WHERE source_country IN (",
                  " FROM slice WHERE source_country IN (");
    }
    PreparedStatement statement = connection.prepareStatement(sql);
    try {
      int position = 1;
      for (LocalDate day : sliced) {
        statement.setObject(position++, day);
      }
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

  /**
   * The rows of {@code events} that {@link MonthTallies}' table does not hold for {@code whole}
   * months, as a union of scans whose filters DuckDB applies while it reads (an id, a range of
   * dates): events with an id of their own (Entente's and PLOVER's), GDELT rows of the days before
   * and after the whole months, and the stray GDELT rows of the whole months the table counts; the
   * statement's other filters then run on those rows only, not on every row of the store. Adds its
   * dates, the statement's first parameters, to {@code days}.
   */
  private String slices(CellQuery query, WholeMonths whole, List<LocalDate> days)
      throws SQLException {
    String scan = "SELECT " + SLICE_COLUMNS + " FROM events WHERE ";
    String within = "id IS NULL AND date >= ? AND date < ?";
    StringBuilder sql = new StringBuilder(scan + "id IS NOT NULL");
    if (query.from() != null && query.from().isBefore(whole.first())) {
      sql.append(" UNION ALL ").append(scan).append(within);
      days.addAll(List.of(query.from(), whole.first()));
    }
    if (query.to() != null && !query.to().isBefore(whole.end())) {
      sql.append(" UNION ALL ").append(scan).append(within);
      days.addAll(List.of(whole.end(), query.to().plusDays(1)));
    }
    List<String> countries = new ArrayList<>(query.countries());
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT min(month), max(month) FROM month_tallies WHERE quad_class = "
                + MonthTallies.STRAYS
                + " AND source_country IN ("
                + marks(countries.size())
                + ") AND month >= coalesce(?, DATE '0001-01-01')"
                + " AND month < coalesce(?, DATE '9999-12-31')")) {
      int position = 1;
      for (String country : countries) {
        statement.setString(position++, country);
      }
      statement.setObject(position++, whole.first());
      statement.setObject(position, whole.end());
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        LocalDate first = rows.getObject(1, LocalDate.class);
        if (first != null) {
          sql.append(" UNION ALL ")
              .append(scan)
              .append(within)
              .append(" AND ")
              .append(MonthTallies.STRAY);
          days.addAll(List.of(first, rows.getObject(2, LocalDate.class).plusMonths(1)));
        }
      }
    }
    return sql.toString();
  }

  /** What the cells statement reads of a row. */
  private static final String SLICE_COLUMNS =
      "event_key, id, doc_id, sentence, text, date, date_precision, source_country,"
          + " target_country, cameo, quad_class, goldstein, negated, modality, area";

  /** The events read in full: factual, not negated, of the query's codes and areas. */
  private static String readFilter(CellQuery query) {
    if (query.readCodes().isEmpty() || query.readAreas().isEmpty()) {
      return "false";
    }
    return "NOT negated AND modality = 'factual' AND " + codeFilter(query);
  }

  /** The query's areas and codes to read in full; its parameters are areas, then codes. */
  private static String codeFilter(CellQuery query) {
    return "area IN ("
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

  private static Partial partial(ResultSet row) throws SQLException {
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
    return new Partial(
        new CellKey(
            source,
            target,
            row.getObject(3, LocalDate.class),
            negated,
            modality,
            row.getBoolean(6),
            row.getInt(7),
            area == null ? null : Area.parse(area)),
        row.getLong(9),
        sum,
        row.getObject(11, LocalDate.class),
        row.getObject(12, LocalDate.class),
        oldest,
        strongest);
  }

  /**
   * The statement of {@code query} over {@link MonthTallies}' rows of {@code whole} months: toward
   * other countries the rows of all quad classes and areas, among the query's countries the rows of
   * each. A cell adds up its rows; its oldest ids are the oldest of its rows of the months before
   * which it has fewer events than the id limit (the events of later months are all later), and its
   * strongest events the strongest of its rows whose strongest event is among the cell's rows'
   * evidence limit of strongest (any other row has that many stronger events before its own). No
   * window function over the rows: those were several times slower than the joins.
   */
  private PreparedStatement prepareMonths(CellQuery query, WholeMonths whole) throws SQLException {
    List<String> countries = new ArrayList<>(query.countries());
    String among = "target_country IN (" + marks(countries.size()) + ")";
    String period =
        query.period() == null
            ? "DATE '0001-01-01'"
            : "CAST(date_trunc('" + query.period().label() + "', month) AS DATE)";
    String cell = "source_country, target_country, period, quad_class, area";
    int ids = query.idLimit();
    int top = query.evidenceLimit();
    String sql =
        "WITH r AS (SELECT source_country, target_country, "
            + period
            + " AS period, quad_class, area, month, events, goldstein_tenths, first, last, oldest,"
            + " strongest FROM month_tallies WHERE source_country IN ("
            + marks(countries.size())
            + ") AND target_country <> source_country AND month >= coalesce(?, DATE '0001-01-01')"
            + " AND month < coalesce(?, DATE '9999-12-31') AND CASE WHEN "
            + among
            + " THEN quad_class > 0 ELSE quad_class = 0 END),"
            + " c AS (SELECT "
            + cell
            + ", max(month) FILTER (WHERE before < "
            + ids
            + ") AS cutoff FROM (SELECT *, sum(n) OVER (PARTITION BY "
            + cell
            + " ORDER BY month) - n AS before FROM (SELECT "
            + cell
            + ", month, sum(events) AS n FROM r GROUP BY ALL)) GROUP BY ALL),"
            + " b AS (SELECT "
            + cell
            + ", min(strongest[1].k, "
            + top
            + ")[-1] AS threshold FROM r GROUP BY ALL)"
            + " SELECT "
            + cell
            + ", sum(events), sum(goldstein_tenths), min(first), max(last),"
            + " list_sort(flatten(list(oldest) FILTER (WHERE month <= cutoff)))[1:"
            + ids
            + "], list_sort(flatten(list(strongest) FILTER (WHERE strongest[1].k <= threshold)))"
            + "[1:"
            + top
            + "] FROM r JOIN c USING ("
            + cell
            + ") JOIN b USING ("
            + cell
            + ") GROUP BY ALL";
    PreparedStatement statement = connection.prepareStatement(sql);
    try {
      int position = 1;
      for (String country : countries) {
        statement.setString(position++, country);
      }
      statement.setObject(position++, whole.first());
      statement.setObject(position++, whole.end());
      for (String country : countries) {
        statement.setString(position++, country);
      }
    } catch (SQLException | RuntimeException e) {
      statement.close();
      throw e;
    }
    return statement;
  }

  private static Partial monthPartial(ResultSet row, CellQuery query) throws SQLException {
    String source = row.getString(1);
    String target = row.getString(2);
    String area = row.getString(5);
    List<DatedId> oldest = new ArrayList<>();
    for (Object key : list(row.getArray(10))) {
      oldest.add(oldest(((Number) key).longValue()));
    }
    List<EventBrief> strongest = new ArrayList<>();
    for (Object brief : list(row.getArray(11))) {
      Object[] f = ((Struct) brief).getAttributes();
      long key = ((Number) f[0]).longValue();
      long rest = key % DAY_AND_KEY_BITS;
      strongest.add(
          new EventBrief(
              Long.toString(eventKey(rest % KEY_BITS)),
              "",
              -1,
              "",
              LocalDate.EPOCH.plusDays(DAY_OFFSET - 1 - rest / KEY_BITS),
              DatePrecision.DAY,
              source,
              target,
              (String) f[1],
              ((Number) f[2]).intValue(),
              ((Number) f[3]).doubleValue(),
              false,
              Modality.FACTUAL));
    }
    return new Partial(
        new CellKey(
            source,
            target,
            query.period() == null ? null : row.getObject(3, LocalDate.class),
            false,
            Modality.FACTUAL,
            false,
            row.getInt(4),
            area.isEmpty() ? null : Area.parse(area)),
        row.getLong(6),
        BigDecimal.valueOf(row.getLong(7), 1),
        row.getObject(8, LocalDate.class),
        row.getObject(9, LocalDate.class),
        oldest,
        strongest);
  }

  /** The keys of the events to read in full among the rows of {@code whole} months. */
  private List<Long> readKeys(CellQuery query, WholeMonths whole) throws SQLException {
    List<Long> keys = new ArrayList<>();
    if (readFilter(query).equals("false") || !mayRead(query, whole)) {
      return keys;
    }
    List<String> countries = new ArrayList<>(query.countries());
    String sql =
        "SELECT event_key FROM events WHERE source_country IN ("
            + marks(countries.size())
            + ") AND target_country IN ("
            + marks(countries.size())
            + ") AND "
            + MonthTallies.COVERED
            + " AND "
            + WITHIN
            + " AND "
            + readFilter(query);
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      int position = 1;
      for (int twice = 0; twice < 2; twice++) {
        for (String country : countries) {
          statement.setString(position++, country);
        }
      }
      bindMonthsAndCodes(statement, position, whole, query);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          keys.add(rows.getLong(1));
        }
      }
    }
    return keys;
  }

  /**
   * Binds, from {@code position} on, the whole months' first and end and the areas and codes the
   * query reads in full, in the order {@link #codeFilter} writes their marks.
   */
  private static void bindMonthsAndCodes(
      PreparedStatement statement, int position, WholeMonths whole, CellQuery query)
      throws SQLException {
    statement.setObject(position++, whole.first());
    statement.setObject(position++, whole.end());
    for (Area area : new TreeSet<>(query.readAreas())) {
      statement.setString(position++, area.label());
    }
    for (String code : new TreeSet<>(query.readCodes())) {
      statement.setString(position++, code);
    }
  }

  /**
   * Whether some covered rows of {@code whole} months have a code and area the query reads in full
   * ({@link MonthTallies#CODES_TABLE}).
   */
  private boolean mayRead(CellQuery query, WholeMonths whole) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT count(*) FROM month_codes WHERE month >= coalesce(?, DATE '0001-01-01')"
                + " AND month < coalesce(?, DATE '9999-12-31') AND "
                + codeFilter(query))) {
      bindMonthsAndCodes(statement, 1, whole, query);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1) > 0;
      }
    }
  }

  /** The rows of the whole months: from the first ({@code NULL}: open) to before the end. */
  private static final String WITHIN =
      "date >= coalesce(?, DATE '0001-01-01') AND date < coalesce(?, DATE '9999-12-31')";

  /**
   * The whole months of a query's window, from {@code first} to before {@code end} ({@code null}:
   * open), which {@link MonthTallies}' table holds; the days of a month the window cuts are read
   * from {@code events}.
   */
  record WholeMonths(LocalDate first, LocalDate end) {

    /**
     * The whole months of the query's window, when it has any and the table keeps enough ids and
     * events for its limits.
     */
    static Optional<WholeMonths> of(CellQuery query) {
      if (query.idLimit() > MonthTallies.IDS || query.evidenceLimit() > MonthTallies.EVIDENCE) {
        return Optional.empty();
      }
      LocalDate from = query.from();
      LocalDate to = query.to();
      LocalDate first =
          from == null || from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
      LocalDate end =
          to == null
              ? null
              : to.plusDays(1).getDayOfMonth() == 1 ? to.plusDays(1) : to.withDayOfMonth(1);
      if (first != null && end != null && !first.isBefore(end)) {
        return Optional.empty();
      }
      return Optional.of(new WholeMonths(first, end));
    }
  }

  /** What tells one cell from another. */
  private record CellKey(
      String source,
      String target,
      LocalDate period,
      boolean negated,
      Modality modality,
      boolean claimed,
      int quadClass,
      Area area) {}

  /** A cell as one statement tallied it; a cell both statements tallied is added up. */
  private static final class Partial {
    final CellKey key;
    long events;
    BigDecimal goldsteinSum;
    LocalDate first;
    LocalDate last;
    List<DatedId> oldest;
    List<EventBrief> strongest;

    Partial(
        CellKey key,
        long events,
        BigDecimal goldsteinSum,
        LocalDate first,
        LocalDate last,
        List<DatedId> oldest,
        List<EventBrief> strongest) {
      this.key = key;
      this.events = events;
      this.goldsteinSum = goldsteinSum;
      this.first = first;
      this.last = last;
      this.oldest = oldest;
      this.strongest = strongest;
    }

    Partial add(Partial other) {
      events += other.events;
      goldsteinSum = goldsteinSum.add(other.goldsteinSum);
      first = first.isBefore(other.first) ? first : other.first;
      last = last.isAfter(other.last) ? last : other.last;
      // each names its oldest and strongest: together they name the cell's (at least)
      oldest = Stream.concat(oldest.stream(), other.oldest.stream()).toList();
      strongest = Stream.concat(strongest.stream(), other.strongest.stream()).toList();
      return this;
    }

    CellTally tally() {
      return new CellTally(
          key.source(),
          key.target(),
          key.period(),
          key.negated(),
          key.modality(),
          key.claimed(),
          key.quadClass(),
          key.area(),
          events,
          goldsteinSum.doubleValue(),
          first,
          last,
          oldest,
          strongest);
    }
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
    return minByNumber(value, "{" + key + "}", n, which);
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
  static String oldestKey() {
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
  static String strongestKey() {
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
    return new DatedId(LocalDate.EPOCH.plusDays(day), Long.toString(eventKey(key % KEY_BITS)));
  }

  /** 10^0 to 10^{@link #FAST_DIGITS}: a cell may name hundreds of thousands of ids to decode. */
  private static final long[] POWERS_OF_TEN =
      java.util.stream.LongStream.iterate(1, power -> power * 10).limit(FAST_DIGITS + 1).toArray();

  /** The event key of a {@link #paddedKey}. */
  private static long eventKey(long padded) {
    int digits = (int) (padded & 15);
    return (padded >> 4) / POWERS_OF_TEN[FAST_DIGITS - digits];
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
