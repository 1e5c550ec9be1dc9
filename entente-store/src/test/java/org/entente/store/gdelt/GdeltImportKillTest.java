package org.entente.store.gdelt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.entente.store.bench.GdeltFileGenerator;
import org.entente.store.query.MonthTallies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Atomic GDELT import, tested for real: a child JVM ({@link ImportLoop}) imports three gzipped
 * GDELT 2.0 files and is killed with SIGKILL while DuckDB is inside the second; the reopened store
 * must hold every file whole or not at all. A restarted child then imports all three: the first is
 * already present, the others complete the store. The store's tallies by month ({@code
 * month_tallies}, kept in the same transaction) are each time what its events give.
 */
class GdeltImportKillTest {

  private static final int FILES = 3;
  private static final int ROWS = 100_000;
  private static final long FILE_IDS = 1_000_000;

  @TempDir Path folder;

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void killedImportLeavesEveryFileWholeOrAbsent() throws Exception {
    Path db = folder.resolve("killed.duckdb");
    List<String> files = files();

    Process child = start(db, files);
    boolean killedInside = false;
    List<String> heard = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        heard.add(line);
        String[] parts = line.split(" ");
        // the first progress call of the second file comes as DuckDB's statement starts
        if (parts[0].equals("progress")
            && parts[1].equals("1")
            && Long.parseLong(parts[2]) < Long.parseLong(parts[3])) {
          killedInside = true;
          break;
        }
      }
      child.destroyForcibly();
      assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
    }
    assertThat(killedInside)
        .as("the child was killed inside the second file; heard " + heard + "; " + stderr())
        .isTrue();
    assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);

    List<Long> rows = rowsPerFile(db);
    assertThat(rows.get(0)).as("the first file, committed before the kill").isEqualTo(ROWS);
    assertThat(rows.get(1)).as("the file being imported at the kill").isZero();
    assertThat(rows.get(2)).isZero();
    assertThat(tallied(db)).as("month_tallies holds the first file, as events do").isTrue();

    Process again = start(db, files);
    List<String> lines = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(again.getInputStream(), StandardCharsets.UTF_8))) {
      out.lines().filter(l -> l.startsWith("imported")).forEach(lines::add);
    }
    assertThat(again.waitFor(4, TimeUnit.MINUTES)).isTrue();
    assertThat(again.exitValue()).as(stderr()).isZero();
    assertThat(lines).containsExactly("imported 0 0", "imported 1 " + ROWS, "imported 2 " + ROWS);
    assertThat(rowsPerFile(db)).containsExactly((long) ROWS, (long) ROWS, (long) ROWS);
    assertThat(tallied(db)).as("month_tallies holds the three files once each").isTrue();
  }

  /** Whether the store's tallies by month are what its events give ({@link MonthTallies}). */
  private static boolean tallied(Path db) throws SQLException {
    try (Connection jdbc = DriverManager.getConnection("jdbc:duckdb:" + db)) {
      return MonthTallies.current(jdbc);
    }
  }

  /** Three gzipped files of {@link #ROWS} rows, file i with GLOBALEVENTIDs from i million up. */
  private List<String> files() throws IOException {
    Path generated = folder.resolve("generated.CSV");
    new GdeltFileGenerator(7).write(generated, ROWS);
    List<String> files = new ArrayList<>();
    for (int i = 0; i < FILES; i++) {
      Path file = folder.resolve("2015021823000" + i + ".export.CSV.gz");
      try (BufferedReader lines = Files.newBufferedReader(generated, StandardCharsets.UTF_8);
          OutputStream gzip = new GZIPOutputStream(Files.newOutputStream(file));
          Writer writer = new OutputStreamWriter(gzip, StandardCharsets.UTF_8)) {
        String line;
        for (int row = 0; (line = lines.readLine()) != null; row++) {
          writer.write(Long.toString(id(i, row)));
          writer.write(line, line.indexOf('\t'), line.length() - line.indexOf('\t'));
          writer.write('\n');
        }
      }
      files.add(file.toString());
    }
    Files.delete(generated);
    return files;
  }

  private static long id(int file, int row) {
    return (file + 1) * FILE_IDS + row;
  }

  private Process start(Path db, List<String> files) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                ImportLoop.class.getName(),
                db.toString()));
    command.addAll(files);
    return new ProcessBuilder(command).redirectError(folder.resolve("child.err").toFile()).start();
  }

  private String stderr() {
    try {
      Path err = folder.resolve("child.err");
      return Files.exists(err) ? "child stderr: " + Files.readString(err) : "";
    } catch (IOException e) {
      return "child stderr unreadable: " + e;
    }
  }

  private static List<Long> rowsPerFile(Path db) throws SQLException {
    List<Long> rows = new ArrayList<>();
    try (Connection jdbc = DriverManager.getConnection("jdbc:duckdb:" + db);
        PreparedStatement count =
            jdbc.prepareStatement("SELECT count(*) FROM events WHERE event_key BETWEEN ? AND ?")) {
      for (int i = 0; i < FILES; i++) {
        count.setLong(1, id(i, 0));
        count.setLong(2, id(i, ROWS - 1));
        try (ResultSet result = count.executeQuery()) {
          result.next();
          rows.add(result.getLong(1));
        }
      }
    }
    return rows;
  }
}
