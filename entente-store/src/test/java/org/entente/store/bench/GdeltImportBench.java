package org.entente.store.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.event.Period;
import org.entente.store.EventStore;
import org.entente.store.gdelt.GdeltImportResult;
import org.entente.store.gdelt.ImportListener;
import org.entente.store.query.EventQuery;
import org.entente.store.query.PeriodTally;

/**
 * The GDELT import benchmark ({@code bench/gdelt-import/run.sh}): generates a GDELT 2.0 file of N
 * rows, imports it with Entente and reads it with DuckDB's own {@code read_csv} into a table, and
 * prints the ratio; then times a relation query (quad-class counts and Goldstein sums per month for
 * CHN–RUS, both directions) through the store's API and as hand-written SQL, and prints that ratio;
 * and the peak memory. Times are the best of {@code --repeat} runs, each pair run back to back so
 * both see the same machine load.
 *
 * <pre>{@code
 * GdeltImportBench [ROWS=10000000] [--repeat N=1] [--out DIR=bench/out]
 * }</pre>
 */
public final class GdeltImportBench {

  private static final String HAND_WRITTEN =
      "SELECT CAST(date_trunc('month', date) AS DATE) AS period, source_country, target_country,"
          + " quad_class, count(*), sum(goldstein), sum(coalesce(num_mentions, 1)) FROM events"
          + " WHERE (source_country = 'CHN' AND target_country = 'RUS')"
          + " OR (source_country = 'RUS' AND target_country = 'CHN')"
          + " GROUP BY ALL ORDER BY ALL";
  private static final int QUERY_RUNS = 15;

  private GdeltImportBench() {}

  public static void main(String[] args) throws Exception {
    long rows = 10_000_000;
    int repeat = 1;
    Path out = Path.of("bench/out");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--repeat" -> repeat = Integer.parseInt(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        default -> rows = Long.parseLong(args[i].replace("_", ""));
      }
    }
    Files.createDirectories(out);
    Path file = out.resolve("gdelt2-" + rows + ".export.CSV");
    if (!Files.exists(file)) {
      long start = System.nanoTime();
      new GdeltFileGenerator(42).write(file, rows);
      print(
          "generated %s (%,d rows, %.1f GB) in %.1f s",
          file, rows, Files.size(file) / 1e9, seconds(start));
    } else {
      print("reusing %s (%,d rows, %.1f GB)", file, rows, Files.size(file) / 1e9);
    }
    Path entente = out.resolve("entente-bench.duckdb");
    Path plain = out.resolve("duckdb-bench.duckdb");

    double bestEntente = Double.MAX_VALUE;
    double bestDuckdb = Double.MAX_VALUE;
    for (int run = 1; run <= repeat; run++) {
      boolean duckdbFirst = run % 2 == 0;
      double duckdb = duckdbFirst ? timeReadCsv(file, plain) : 0;
      double ours = timeImport(file, entente);
      if (run == 1) {
        print("peak process RSS after the Entente import alone: %s", PeakMemory.residentSet());
      }
      duckdb = duckdbFirst ? duckdb : timeReadCsv(file, plain);
      print(
          "run %d: DuckDB read_csv %.2f s, Entente import %.2f s, ratio %.2f (%s first)",
          run, duckdb, ours, ours / duckdb, duckdbFirst ? "DuckDB" : "Entente");
      bestDuckdb = Math.min(bestDuckdb, duckdb);
      bestEntente = Math.min(bestEntente, ours);
    }
    print(
        "IMPORT  %,d rows: Entente %.2f s / DuckDB read_csv %.2f s = ratio %.2f (target <= 1.5)",
        rows, bestEntente, bestDuckdb, bestEntente / bestDuckdb);
    delete(plain);

    double[] query = timeQueries(entente, EventQuery.between("CHN", "RUS"));
    print(
        "QUERY   CHN-RUS by month: store API %.1f ms / hand-written SQL %.1f ms = ratio %.2f"
            + " (target <= 1.2)",
        query[0] * 1000, query[1] * 1000, query[0] / query[1]);
    double[] factual = timeQueries(entente, EventQuery.between("CHN", "RUS").onlyFactual());
    print(
        "        the same through the API with onlyFactual(): %.1f ms, ratio %.2f",
        factual[0] * 1000, factual[0] / factual[1]);
    print(
        "MEMORY  peak Java heap %.0f MB; peak process RSS (Java + DuckDB) %s",
        PeakMemory.heapBytes() / 1e6, PeakMemory.residentSet());
  }

  private static double timeReadCsv(Path file, Path db) throws SQLException, IOException {
    delete(db);
    long start = System.nanoTime();
    try (Connection jdbc = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement sql = jdbc.createStatement()) {
      sql.execute(
          "CREATE TABLE gdelt AS SELECT * FROM read_csv('"
              + file
              + "', delim = '\\t',"
              + " header = false)");
    }
    return seconds(start);
  }

  private static double timeImport(Path file, Path db) throws IOException {
    delete(db);
    long start = System.nanoTime();
    GdeltImportResult result;
    try (EventStore store = EventStore.open(db)) {
      result = store.importGdelt(file, ImportListener.NONE);
    }
    double elapsed = seconds(start);
    if (result.rejected() > 0 || result.imported() != result.rows()) {
      throw new IllegalStateException("the import lost rows: " + result.describe());
    }
    return elapsed;
  }

  /**
   * Median times of the relation query through the store's API and as hand-written SQL on a second
   * connection to the same database, run alternately; checks both give the same tallies.
   */
  private static double[] timeQueries(Path db, EventQuery dyad) throws SQLException {
    try (EventStore store = EventStore.open(db);
        Connection jdbc = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement sql = jdbc.createStatement()) {
      List<PeriodTally> api = store.tally(dyad, Period.MONTH);
      List<PeriodTally> hand = handWritten(sql);
      if (!same(api, hand)) {
        throw new IllegalStateException("the store API and the hand-written SQL disagree");
      }
      List<Double> apiTimes = new ArrayList<>();
      List<Double> handTimes = new ArrayList<>();
      for (int i = 0; i < QUERY_RUNS; i++) {
        long start = System.nanoTime();
        store.tally(dyad, Period.MONTH);
        apiTimes.add(seconds(start));
        start = System.nanoTime();
        handWritten(sql);
        handTimes.add(seconds(start));
      }
      print(
          "relation query: %d rows of (month, direction, quad class), %,d events",
          api.size(), api.stream().mapToLong(PeriodTally::events).sum());
      return new double[] {median(apiTimes), median(handTimes)};
    }
  }

  /** Equal, but for the last bits of the Goldstein sums, whose order of addition varies. */
  private static boolean same(List<PeriodTally> a, List<PeriodTally> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      PeriodTally x = a.get(i);
      PeriodTally y = b.get(i);
      boolean sameSum = Math.abs(x.goldsteinSum() - y.goldsteinSum()) < 1e-6;
      PeriodTally yWithSum =
          new PeriodTally(
              y.period(),
              y.sourceCountry(),
              y.targetCountry(),
              y.quadClass(),
              y.events(),
              x.goldsteinSum(),
              y.mentions());
      if (!sameSum || !x.equals(yWithSum)) {
        return false;
      }
    }
    return true;
  }

  private static List<PeriodTally> handWritten(Statement sql) throws SQLException {
    List<PeriodTally> tallies = new ArrayList<>();
    try (ResultSet rows = sql.executeQuery(HAND_WRITTEN)) {
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
    return tallies;
  }

  private static double median(List<Double> times) {
    List<Double> sorted = new ArrayList<>(times);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
  }

  private static void delete(Path db) throws IOException {
    Files.deleteIfExists(db);
    Files.deleteIfExists(Path.of(db + ".wal"));
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static void print(String format, Object... args) {
    System.out.println(String.format(Locale.ROOT, format, args));
  }
}
