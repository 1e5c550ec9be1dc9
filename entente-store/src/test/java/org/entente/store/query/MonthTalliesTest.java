package org.entente.store.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.entente.event.Area;
import org.entente.event.Event;
import org.entente.event.Modality;
import org.entente.event.Period;
import org.entente.store.EventStore;
import org.entente.store.TestEvents;
import org.entente.store.bench.GdeltFileGenerator;
import org.entente.store.gdelt.ImportListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's tallies by month ({@link MonthTallies}) give the cells that counting the events gives
 * ({@link CellTallies} without them), whatever the window cuts; they stay what the events give
 * after an import of the same file, of a file that overlaps, and after the upgrade of a store made
 * before them.
 */
class MonthTalliesTest {

  /** Rows of the generated file: about 15 GDELT rows a day between CHN and RUS and others. */
  private static final int ROWS = 20_000;

  @TempDir Path folder;

  @Test
  void theTalliesByMonthGiveWhatCountingTheEventsGives() throws Exception {
    Path db = folder.resolve("gdelt.duckdb");
    try (EventStore store = EventStore.open(db)) {
      assertThat(store.importGdelt(gdelt("a.CSV", 0, ROWS), ImportListener.NONE).imported())
          .isEqualTo(ROWS);
      // a second file, half of it the first file's rows again: those add nothing
      assertThat(
              store
                  .importGdelt(gdelt("b.CSV", ROWS / 2, ROWS + ROWS / 2), ImportListener.NONE)
                  .imported())
          .isEqualTo(ROWS / 2);
      // Entente's own events in the same months, one reported with the claim cue
      LocalDate day = LocalDate.of(2014, 5, 20);
      List<Event> events =
          List.of(
              TestEvents.event("d1", 0, "CHNGOV", "RUSGOV", "057", day),
              TestEvents.event("d1", 1, "RUSGOV", "USAGOV", "111", day.plusDays(3)),
              TestEvents.event("d1", 2, "CHNGOV", "RUSGOV", "042", day, Modality.REPORTED, false));
      store.ingest(TestEvents.document("d1", "claimed ties"), events, List.of());
    }
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + db)) {
      assertThat(MonthTallies.current(connection)).isTrue();
      assertThat(count(connection, "quad_class = " + MonthTallies.STRAYS))
          .as("the rows of long ids and weights of two decimals are counted as strays")
          .isPositive();
      CellTallies months = new CellTallies(connection, true);
      CellTallies events = new CellTallies(connection, false);
      int compared = 0;
      int read = 0;
      for (Set<String> countries :
          List.of(Set.of("CHN", "RUS"), Set.of("CHN", "RUS", "USA"), Set.of("JPN"))) {
        for (int w = 0; w < WINDOWS.length; w++) {
          LocalDate[] window = WINDOWS[w];
          for (int p = 0; p < PERIODS.length; p++) {
            Period period = PERIODS[p];
            // the model's limits, and limits most cells exceed, in turn
            int[] limits = (w + p) % 2 == 0 ? new int[] {200, 5} : new int[] {3, 1};
            CellQuery query =
                new CellQuery(
                    countries,
                    window[0],
                    window[1],
                    period,
                    "claim",
                    limits[0],
                    limits[1],
                    Set.of("04", "057"),
                    Set.of(Area.values()));
            Tallied fromMonths = months.cells(query);
            Tallied fromEvents = events.cells(query);
            assertThat(normal(fromMonths, query))
                .as("%s %s..%s %s %s", countries, window[0], window[1], period, limits[0])
                .isEqualTo(normal(fromEvents, query));
            assertThat(fromMonths.read()).isEqualTo(fromEvents.read());
            compared += fromEvents.cells().size();
            read += fromEvents.read().size();
          }
        }
      }
      assertThat(compared).isGreaterThan(5_000);
      assertThat(read).as("events read in full, from the months too").isGreaterThan(100);
    }
  }

  @Test
  void importingAFileAgainChangesNoTally() throws Exception {
    Path db = folder.resolve("again.duckdb");
    Path file = gdelt("a.CSV", 0, ROWS);
    try (EventStore store = EventStore.open(db)) {
      store.importGdelt(file, ImportListener.NONE);
    }
    List<String> before = snapshot(db);
    try (EventStore store = EventStore.open(db)) {
      assertThat(store.importGdelt(file, ImportListener.NONE).imported()).isZero();
    }
    assertThat(snapshot(db)).isEqualTo(before);
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + db)) {
      assertThat(MonthTallies.current(connection)).isTrue();
      assertThat(count(connection, "quad_class = 0"))
          .as("the rows of all quad classes and areas add up as those of each")
          .isEqualTo(count(connection, "quad_class > 0"));
    }
  }

  @Test
  void aStoreMadeBeforeTheTalliesIsReadFromItsEventsAndGetsThemWhenOpenedForWriting()
      throws Exception {
    Path db = folder.resolve("old.duckdb");
    try (EventStore store = EventStore.open(db)) {
      store.importGdelt(gdelt("a.CSV", 0, ROWS), ImportListener.NONE);
    }
    List<String> made = snapshot(db);
    CellQuery query =
        new CellQuery(
            Set.of("CHN", "RUS"),
            LocalDate.of(2014, 2, 11),
            null,
            Period.QUARTER,
            "claim",
            200,
            5,
            Set.of("04"),
            Set.of(Area.values()));
    Tallied fromTallies;
    try (EventStore store = EventStore.openReadOnly(db)) {
      fromTallies = store.cells(query);
    }
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE month_tallies");
      statement.execute("DROP TABLE month_codes");
      statement.execute("DELETE FROM schema_version");
      statement.execute("INSERT INTO schema_version VALUES (2, current_localtimestamp())");
    }
    try (EventStore store = EventStore.openReadOnly(db)) {
      assertThat(normal(store.cells(query), query)).isEqualTo(normal(fromTallies, query));
    }
    try (EventStore store = EventStore.open(db)) {
      assertThat(normal(store.cells(query), query)).isEqualTo(normal(fromTallies, query));
    }
    assertThat(snapshot(db)).isEqualTo(made);
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT max(version) FROM schema_version")) {
      rows.next();
      assertThat(rows.getInt(1)).isEqualTo(3);
    }
  }

  private static final LocalDate[][] WINDOWS = {
    {null, null},
    {LocalDate.of(2014, 1, 1), LocalDate.of(2016, 12, 31)},
    {LocalDate.of(2014, 3, 15), LocalDate.of(2016, 11, 20)},
    {LocalDate.of(2015, 5, 3), LocalDate.of(2015, 5, 20)},
    {null, LocalDate.of(2014, 2, 10)},
    {LocalDate.of(2020, 2, 1), null}
  };

  private static final Period[] PERIODS = {null, Period.MONTH, Period.QUARTER, Period.YEAR};

  /**
   * The generator's rows {@code from} to before {@code to} (each row's id is 400,000,000 + its
   * number, so two files share the rows of the numbers they share), with strays: every 97th row has
   * an id of 14 digits and every 89th a weight of two decimals.
   */
  private Path gdelt(String name, int from, int to) throws IOException {
    Path all = folder.resolve("all.CSV");
    if (!Files.exists(all)) {
      new GdeltFileGenerator(5).write(all, 2L * ROWS);
    }
    List<String> lines = Files.readAllLines(all, StandardCharsets.US_ASCII).subList(from, to);
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String[] fields = lines.get(i).split("\t", -1);
      int number = from + i;
      if (number % 97 == 0) {
        fields[0] = Long.toString(10_000_000_000_000L + number);
      }
      if (number % 89 == 0) {
        fields[30] = fields[30].startsWith("-") ? "-1.25" : "2.75";
      }
      rows.add(String.join("\t", fields));
    }
    Path file = folder.resolve(name);
    Files.write(file, rows, StandardCharsets.US_ASCII);
    return file;
  }

  /**
   * The cells by key, each with its count, sum, dates, and the query's limits of its oldest ids and
   * strongest events (a cell names at least those).
   */
  private static Map<String, String> normal(Tallied tallied, CellQuery query) {
    Map<String, String> cells = new TreeMap<>();
    for (CellTally cell : tallied.cells()) {
      String key =
          String.join(
              " ",
              cell.source(),
              cell.target(),
              String.valueOf(cell.period()),
              String.valueOf(cell.negated()),
              cell.modality().label(),
              String.valueOf(cell.claimed()),
              String.valueOf(cell.quadClass()),
              String.valueOf(cell.area()));
      List<DatedId> oldest =
          cell.oldest().stream()
              .sorted(Comparator.comparing(DatedId::date).thenComparing(DatedId::id))
              .limit(query.idLimit())
              .toList();
      List<EventBrief> strongest =
          cell.strongest().stream()
              .sorted(
                  Comparator.comparing(
                          (EventBrief brief) -> brief.quadClass() != 2 && brief.quadClass() != 4)
                      .thenComparing(brief -> -Math.abs(brief.goldstein()))
                      .thenComparing(EventBrief::date, Comparator.reverseOrder())
                      .thenComparing(EventBrief::id))
              .limit(query.evidenceLimit())
              .toList();
      assertThat(
              cells.put(
                  key,
                  cell.events()
                      + " "
                      + cell.goldsteinSum()
                      + " "
                      + cell.first()
                      + " "
                      + cell.last()
                      + " "
                      + oldest
                      + " "
                      + strongest))
          .as("one cell of %s", key)
          .isNull();
    }
    return cells;
  }

  private static long count(Connection connection, String where) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery("SELECT sum(events) FROM month_tallies WHERE " + where)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** The rows of both tables, in order. */
  private static List<String> snapshot(Path db) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement statement = connection.createStatement()) {
      for (String table : List.of("month_tallies", "month_codes")) {
        try (ResultSet result =
            statement.executeQuery("SELECT * FROM " + table + " ORDER BY ALL")) {
          int columns = result.getMetaData().getColumnCount();
          while (result.next()) {
            String[] row = new String[columns];
            for (int i = 0; i < columns; i++) {
              row[i] = result.getString(i + 1);
            }
            rows.add(table + " " + Arrays.toString(row));
          }
        }
      }
    }
    assertThat(rows).hasSizeGreaterThan(1000);
    return rows;
  }
}
