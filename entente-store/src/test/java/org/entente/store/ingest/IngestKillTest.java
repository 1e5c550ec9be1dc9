package org.entente.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Atomic ingest, tested for real: a child JVM ({@link IngestLoop}) ingests documents in a loop and
 * is killed with SIGKILL ({@code destroyForcibly}) while it works; the reopened store must hold
 * every document either whole (all its events, mentions and its assessment, with consistent dedup
 * counts) or not at all. Then a restarted child ingests everything again: documents already there
 * are skipped, the rest complete the store.
 */
class IngestKillTest {

  private static final int DOCUMENTS = 120;

  @TempDir Path folder;

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void killedIngestLeavesEveryDocumentWholeOrAbsent() throws Exception {
    Path db = folder.resolve("killed.duckdb");

    int seen = runAndKill(db, 25);
    int stored = checkStore(db);
    assertThat(stored).as("documents committed before the kill").isGreaterThanOrEqualTo(seen);
    assertThat(stored).as("the child was killed before it finished").isLessThan(DOCUMENTS);

    int seenAgain = runAndKill(db, 25);
    int storedAgain = checkStore(db);
    assertThat(storedAgain).isGreaterThanOrEqualTo(stored + seenAgain).isLessThan(DOCUMENTS);

    Process last = start(db);
    assertThat(last.waitFor(4, TimeUnit.MINUTES)).isTrue();
    assertThat(last.exitValue()).as(stderr()).isZero();
    assertThat(checkStore(db)).isEqualTo(DOCUMENTS);
  }

  /** Starts the child, waits until it has newly stored {@code newDocuments}, kills it. */
  private int runAndKill(Path db, int newDocuments) throws Exception {
    Process child = start(db);
    int stored = 0;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while (stored < newDocuments && (line = out.readLine()) != null) {
        if (line.startsWith("stored ")) {
          stored++;
        }
      }
      child.destroyForcibly();
      assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
    }
    assertThat(stored)
        .as("the child stored documents before the kill; " + stderr())
        .isEqualTo(newDocuments);
    assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
    return stored;
  }

  private Process start(Path db) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            IngestLoop.class.getName(),
            db.toString(),
            Integer.toString(DOCUMENTS))
        .redirectError(folder.resolve("child.err").toFile())
        .start();
  }

  private String stderr() {
    try {
      Path err = folder.resolve("child.err");
      return Files.exists(err) ? "child stderr: " + Files.readString(err) : "";
    } catch (IOException e) {
      return "child stderr unreadable: " + e;
    }
  }

  /** Checks the invariants of a store left by the child; returns its number of documents. */
  private static int checkStore(Path db) throws SQLException {
    try (Connection jdbc = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement sql = jdbc.createStatement()) {
      List<String> ids = new ArrayList<>();
      try (ResultSet rows = sql.executeQuery("SELECT id FROM documents ORDER BY id")) {
        while (rows.next()) {
          ids.add(rows.getString(1));
        }
      }
      for (int i = 0; i < ids.size(); i++) {
        assertThat(ids.get(i))
            .as("documents are stored in order, none missing")
            .isEqualTo(String.format("doc-%05d-n%02d", i, IngestLoop.eventsOf(i)));
      }
      assertThat(
              count(
                  sql,
                  "SELECT count(*) FROM documents d WHERE CAST(substr(d.id, 12, 2) AS INTEGER)"
                      + " <> (SELECT count(*) FROM event_mentions m WHERE m.doc_id = d.id)"))
          .as("documents whose mentions are not all there")
          .isZero();
      assertThat(
              count(
                  sql,
                  "SELECT count(*) FROM documents d"
                      + " WHERE (SELECT count(*) FROM assessments a WHERE a.doc_id = d.id) <> 1"))
          .as("documents without their one assessment")
          .isZero();
      assertThat(
              count(
                  sql,
                  "SELECT (SELECT count(*) FROM event_mentions WHERE doc_id NOT IN"
                      + " (SELECT id FROM documents)) + (SELECT count(*) FROM assessments WHERE"
                      + " doc_id NOT IN (SELECT id FROM documents)) + (SELECT count(*) FROM events"
                      + " WHERE doc_id NOT IN (SELECT id FROM documents))"))
          .as("rows of documents that are not stored")
          .isZero();
      assertThat(
              count(
                  sql,
                  "SELECT count(*) FROM events e LEFT JOIN (SELECT event_key, count(*) AS n,"
                      + " count(DISTINCT doc_id) AS docs FROM event_mentions GROUP BY event_key) m"
                      + " USING (event_key) WHERE e.num_mentions <> coalesce(m.n, 0)"
                      + " OR e.num_articles <> coalesce(m.docs, 0)"))
          .as("events whose counts disagree with their mentions")
          .isZero();
      long expectedEvents = 0;
      for (int i = 0; i < ids.size(); i++) {
        expectedEvents += IngestLoop.eventsOf(i) - 1;
      }
      expectedEvents += Math.min(ids.size(), 5);
      assertThat(count(sql, "SELECT count(*) FROM events")).isEqualTo(expectedEvents);
      assertThat(
              count(
                  sql,
                  "SELECT coalesce(sum(num_articles), 0) FROM events WHERE source_code = 'RUSGOV'"))
          .as("the shared events count every document")
          .isEqualTo(ids.size());
      return ids.size();
    }
  }

  private static long count(Statement sql, String query) throws SQLException {
    try (ResultSet rows = sql.executeQuery(query)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
