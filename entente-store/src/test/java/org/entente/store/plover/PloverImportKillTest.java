package org.entente.store.plover;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Atomic PLOVER import, tested for real: a child JVM ({@link PloverImportLoop}) imports three files
 * and is killed with SIGKILL in the middle of the second, after several batches of it are written
 * in its transaction (a bad record halfway makes the child stop there until killed). The reopened
 * store must hold the first file whole and nothing of the others; a restarted child adds nothing of
 * the first and all of the others.
 */
class PloverImportKillTest {

  private static final int RECORDS = 3 * PloverImporter.BATCH;
  private static final List<String> PREFIXES = List.of("a", "b", "c");

  @TempDir Path folder;

  @Test
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void killedImportLeavesEveryFileWholeOrAbsent() throws Exception {
    Path db = folder.resolve("killed.duckdb");
    List<String> files = new ArrayList<>();
    for (String prefix : PREFIXES) {
      files.add(file(prefix, prefix.equals("b")).toString());
    }

    Process child = start(db, "stall", files);
    List<String> heard = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        heard.add(line);
        if (line.equals("problem 1")) {
          break;
        }
      }
      child.destroyForcibly();
      assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
    }
    assertThat(heard).as(stderr()).containsExactly("imported 0 " + RECORDS, "problem 1");
    assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
    assertThat(eventsPerFile(db)).containsExactly((long) RECORDS, 0L, 0L);

    Process again = start(db, "go", files);
    List<String> lines = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(again.getInputStream(), StandardCharsets.UTF_8))) {
      out.lines().filter(l -> l.startsWith("imported")).forEach(lines::add);
    }
    assertThat(again.waitFor(3, TimeUnit.MINUTES)).isTrue();
    assertThat(again.exitValue()).as(stderr()).isZero();
    assertThat(lines)
        .containsExactly("imported 0 0", "imported 1 " + 2 * RECORDS, "imported 2 " + RECORDS);
    assertThat(eventsPerFile(db)).containsExactly((long) RECORDS, 2L * RECORDS, (long) RECORDS);
  }

  /**
   * {@link #RECORDS} records with ids {@code prefix1…}, each one event on its own day; with {@code
   * broken}, a bad line and as many records again after it.
   */
  private Path file(String prefix, boolean broken) throws IOException {
    List<String> lines = new ArrayList<>();
    int count = broken ? 2 * RECORDS : RECORDS;
    for (int i = 0; i < count; i++) {
      if (broken && i == RECORDS) {
        lines.add("{\"id\":\"" + prefix + "-bad\",\"event_type\":\"AGREE\"}");
      }
      lines.add(
          "{\"id\":\""
              + prefix
              + i
              + "\",\"date\":\""
              + LocalDate.of(1980 + 10 * PREFIXES.indexOf(prefix), 1, 1).plusDays(i)
              + "\",\"event_type\":\"CONSULT\",\"event_mode\":\"visit\","
              + "\"actor\":[{\"code\":\"FRA\",\"entity_text\":\"France\"}],"
              + "\"recipient\":[{\"code\":\"DEU\",\"entity_text\":\"Germany\"}],"
              + "\"text\":\"France visited Germany.\",\"event_text\":\"visited\"}");
    }
    Path file = folder.resolve(prefix + ".jsonl");
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  private Process start(Path db, String mode, List<String> files) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                PloverImportLoop.class.getName(),
                db.toString(),
                mode));
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

  private static List<Long> eventsPerFile(Path db) throws SQLException {
    List<Long> counts = new ArrayList<>();
    try (Connection jdbc = DriverManager.getConnection("jdbc:duckdb:" + db);
        PreparedStatement count =
            jdbc.prepareStatement(
                "SELECT count(*) FROM events JOIN plover_events USING (event_key)"
                    + " WHERE plover_file = ?")) {
      for (String prefix : PREFIXES) {
        count.setString(1, prefix + ".jsonl");
        try (ResultSet result = count.executeQuery()) {
          result.next();
          counts.add(result.getLong(1));
        }
      }
    }
    return counts;
  }
}
