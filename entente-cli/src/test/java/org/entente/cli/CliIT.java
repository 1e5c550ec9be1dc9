package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.app.TestCoders;
import org.entente.core.SharedFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands as a user runs them, with real CoreNLP and a real DuckDB file: coding a batch with
 * bad files in it, ingesting twice, querying, exporting, and the seed op-ed's relationships.
 */
class CliIT {

  @TempDir static Path dir;

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), TestCoders.SHARED);
    return new Run(exit, out.toString(), err.toString());
  }

  private static final String GOOD =
      """
      {"id": "a1", "date": "2016-06-25", "text": "Russian President Vladimir Putin visited Beijing on Saturday. Putin and Chinese President Xi Jinping signed an agreement on energy cooperation."}
      {"id": "a2", "date": "2018-07-06", "text": "The United States imposed tariffs on Chinese goods. China accused Washington of starting a trade war."}
      """;

  static Path shared() {
    return SharedFiles.root();
  }

  @BeforeAll
  static void files() throws IOException {
    Path batch = Files.createDirectories(dir.resolve("batch"));
    Files.writeString(batch.resolve("good.jsonl"), GOOD, StandardCharsets.UTF_8);
    StringBuilder broken = new StringBuilder();
    for (int i = 1; i <= 36; i++) {
      broken
          .append("{\"id\": \"b")
          .append(i)
          .append("\", \"date\": \"2019-01-01\", \"text\": \"Japan protested to China.\"}\n");
    }
    broken.append("{\"id\": \"b37\", \"text\": \"no closing brace\"\n");
    Files.writeString(batch.resolve("lines.jsonl"), broken, StandardCharsets.UTF_8);
    Files.writeString(batch.resolve("empty.txt"), "", StandardCharsets.UTF_8);
    Files.write(batch.resolve("binary.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 7});
    Files.writeString(
        batch.resolve("french.txt"),
        "Le président de la République a rencontré les représentants de la Chine et de la Russie"
            + " à Paris pour discuter de la coopération entre les deux pays et de la situation dans"
            + " la région, a indiqué le ministère des affaires étrangères dans un communiqué.",
        StandardCharsets.UTF_8);
  }

  @Test
  void codesABatchAndReportsEachBadFile() throws IOException {
    Path out = dir.resolve("events.jsonl");
    Run run =
        run(
            "code",
            dir.resolve("batch").toString(),
            "--out",
            out.toString(),
            "--threads",
            "2",
            "--date",
            "2019-01-01");
    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    assertThat(run.err())
        .contains("lines.jsonl:37:")
        .contains("empty.txt")
        .contains("binary.txt")
        .contains("french.txt")
        .contains("input(s) skipped");
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    ObjectMapper mapper = new ObjectMapper();
    List<String> codes = new ArrayList<>();
    for (String line : lines) {
      JsonNode event = mapper.readTree(line);
      codes.add(
          event.get("doc_id").asText()
              + " "
              + event.get("source").get("code").asText()
              + ">"
              + event.get("target").get("code").asText()
              + " "
              + event.get("cameo").asText());
    }
    assertThat(codes).contains("a1 RUSGOV>CHN 042", "b36 JPN>CHN 110");
    assertThat(codes).anyMatch(c -> c.startsWith("a2 USA>CHN 16"));
  }

  @Test
  void whySaysWhichRulesAndEntriesMadeEachEvent() throws IOException {
    Path good = dir.resolve("batch/good.jsonl");
    Run run = run("code", good.toString(), "--why");
    assertThat(run.exit()).as(run.err()).isZero();
    // "The United States imposed tariffs on Chinese goods.": the verb entry, then both actors
    assertThat(run.out())
        .contains("a2:0  USA → CHN  163")
        .contains("\"The United States imposed tariffs on Chinese goods.\"")
        .containsPattern("- verb \"impose\" .*\\(verbs\\.tsv:\\d+\\) → 163")
        .containsPattern("- source \"United States\": .*countries\\.tsv:\\d+");

    Path out = dir.resolve("explained.jsonl");
    Run jsonl = run("code", good.toString(), "--out", out.toString());
    assertThat(jsonl.exit()).as(jsonl.err()).isZero();
    assertThat(Files.readAllLines(out, StandardCharsets.UTF_8))
        .isNotEmpty()
        .allSatisfy(line -> assertThat(line).contains("\"rule\":[\""));
  }

  @Test
  void gdeltFormatHas61Columns() throws IOException {
    Path good = dir.resolve("batch/good.jsonl");
    Path out = dir.resolve("events.tsv");
    Run run = run("code", good.toString(), "--format", "gdelt", "--out", out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    List<String> rows = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.split("\t", -1)).hasSize(61));

    // every GDELT tool reads it: so does our own importer, row for row
    String db = dir.resolve("gdelt-roundtrip.duckdb").toString();
    Run imported = run("import", "gdelt", out.toString(), "--db", db);
    assertThat(imported.exit()).as(imported.err()).isZero();
    Run events = run("events", "--limit", "0", "--db", db);
    assertThat(events.out()).contains(rows.size() + " event(s)");
  }

  @Test
  void ingestTwiceAddsNothingAndTheStoreAnswers() throws IOException {
    String db = dir.resolve("twice.duckdb").toString();
    String good = dir.resolve("batch/good.jsonl").toString();
    Run first = run("ingest", good, "--db", db);
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out()).startsWith("stored 2 documents");
    Run second = run("ingest", good, "--db", db);
    assertThat(second.out()).startsWith("stored 0 documents").contains("2 already stored");

    Run events = run("events", "--source", "USA", "--target", "CHN", "--db", db);
    assertThat(events.out()).contains("tariffs on Chinese goods");

    Path parquet = dir.resolve("out.parquet");
    Run export = run("export", "--format", "parquet", "--out", parquet.toString(), "--db", db);
    assertThat(export.exit()).as(export.err()).isZero();
    assertThat(Files.size(parquet)).isPositive();

    Run relation = run("relation", "China", "Russia", "--format", "json", "--db", db);
    assertThat(relation.exit()).as(relation.err()).isZero();
    JsonNode profile = new ObjectMapper().readTree(relation.out());
    assertThat(profile.toString()).contains("CHN").contains("RUS");
    assertThat(profile.at("/overall/level/confidence").asText())
        .isIn("confident", "leaning", "insufficient");
    assertThat(profile.at("/overall/level/conflict_share/high").isNumber()).isTrue();
  }

  @Test
  void theSeedOpEdShowsTheEntente() throws IOException {
    String db = dir.resolve("seed.duckdb").toString();
    Run ingest =
        run("ingest", shared().resolve("seed/china-russia-entente.txt").toString(), "--db", db);
    assertThat(ingest.exit()).as(ingest.err()).isZero();

    Run relation = run("relation", "CHN", "RUS", "--db", db);
    // one op-ed is a lean, not a confident word: "leaning entente", with its interval
    assertThat(relation.out())
        .containsPattern("Level: (leaning )?entente\\n")
        .contains("How sure: ")
        .contains("agrees");

    Run confrontation = run("relation", "USA", "RUS", "--db", db);
    assertThat(confrontation.out()).contains("confrontation");

    Run triangle = run("triangle", "USA", "CHN", "RUS", "--db", db);
    assertThat(triangle.out()).contains("stable marriage: CHN–RUS the pair, USA the outsider");
  }

  @Test
  void unknownCountryIsAOneLineUsageError() {
    Run run = run("relation", "Atlantis", "RUS", "--db", dir.resolve("none.duckdb").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().strip()).startsWith("entente: 'Atlantis' is not a country Entente knows");
  }

  @Test
  void aDocumentThatEndsInANameCostsNoOtherAndIdConflictsKeepBothTexts() throws IOException {
    Path byline =
        Files.writeString(
            dir.resolve("byline.txt"),
            "Russia and China signed a gas deal on Monday. The deal runs for thirty years.\n\n"
                + "Dmitri Trenin");
    Path same =
        Files.writeString(
            dir.resolve("same-id.jsonl"),
            """
            {"id": "s1", "date": "2019-06-05", "text": "Japan protested to China."}
            {"id": "s1", "date": "2019-06-05", "text": "India criticized Pakistan."}
            """);
    String db = dir.resolve("hardened.duckdb").toString();

    Run first =
        run("ingest", byline.toString(), same.toString(), "--date", "2019-06-05", "--db", db);
    Run again =
        run("ingest", byline.toString(), same.toString(), "--date", "2019-06-05", "--db", db);

    assertThat(first.exit()).as(first.err()).isEqualTo(1);
    assertThat(first.err())
        .contains(
            "entente: s1: another text already has this id; stored as s1#2 (give"
                + " each document its own id)");
    assertThat(first.out()).startsWith("stored 3 documents");
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.out()).startsWith("stored 0 documents").contains("3 already stored");
    Run events = run("events", "--source", "India", "--db", db);
    assertThat(events.out()).contains("India criticized Pakistan");
    Run gas = run("events", "--source", "RUS", "--target", "China", "--db", db);
    assertThat(gas.out()).contains("gas deal");
  }

  @Test
  void aClockTimeIsNotAYear() throws IOException {
    Path wire =
        Files.writeString(
            dir.resolve("wire.jsonl"),
            "{\"id\": \"w1\", \"date\": \"2019-06-05\", \"text\": \"Japan protested to China"
                + " at 1100 GMT.\"}\n");

    Run run = run("code", wire.toString(), "--out", "-");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("\"doc_id\":\"w1\"").doesNotContain("\"date\":\"1100");
  }
}
