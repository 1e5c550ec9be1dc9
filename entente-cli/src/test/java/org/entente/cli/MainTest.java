package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.entente.app.Coders;
import org.entente.core.Document;
import org.entente.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: output, messages and exit codes. */
class MainTest {

  private record Run(int exit, String out, String err) {}

  /** The coders of this test's runs: none of them needs CoreNLP. */
  private final Coders coders = new Coders();

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), coders);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void codebookShowsACodeWithItsSubCodes() {
    Run run = run("codebook", "103");
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("103")
        .contains("root 10, quad 3 verbal conflict")
        .contains("1034");
  }

  @Test
  void codebookJson() {
    Run run = run("codebook", "042", "--json");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("\"code\" : \"042\"").contains("\"quad_class\" : 1");
  }

  @Test
  void unknownCodeIsOneLineAndExitTwo() {
    Run run = run("codebook", "999");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo(
            "entente: '999' is not a CAMEO event code (codes look like 04, 042 or 0211; see"
                + " 'entente codebook')");
  }

  @Test
  void actorExplainsTheKremlin() {
    Run run = run("actor", "the Kremlin", "--date", "2019-06-05");
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .startsWith("RUSGOV")
        .contains("seat of power of Russia")
        .contains("countries.tsv:");
  }

  @Test
  void actorResolvesPeopleByDateAsJson() {
    Run run = run("actor", "Xi Jinping", "--date", "2010-05-01", "--json");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("\"code\" : \"CHNELI\"").contains("not in office");
  }

  @Test
  void badDateNamesTheOptionAndTheFormat() {
    Run run = run("actor", "Moscow", "--date", "5 June 2019");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--date '5 June 2019' is not a date; write it as YYYY-MM-DD");
  }

  @Test
  void unknownPhraseSaysSoAndExitsOne() {
    Run run = run("actor", "the committee", "--date", "2019-06-05");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("no actor known on 2019-06-05");
  }

  @Test
  void unknownOptionIsAUsageError() {
    Run run = run("codebook", "--colour");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option: '--colour'");
  }

  @TempDir Path folder;

  private Path storeWith(String id, String text) {
    Path db = folder.resolve("store.duckdb");
    try (EventStore store = EventStore.open(db)) {
      store.ingest(
          new Document(id, LocalDate.of(2019, 6, 5), text, "", "", ""), List.of(), List.of());
    }
    return db;
  }

  @Test
  void serveChecksItsPortHostAndStoreBeforeListening() {
    String db = storeWith("d1", "Russia sold gas to China.").toString();
    Path typo = folder.resolve("entnte.duckdb");

    Run port = run("serve", "--db", db, "--port", "70000");
    Run host = run("serve", "--db", db, "--host", "no-such-host.invalid");
    Run body = run("serve", "--db", db, "--max-body", "0");
    Run store = run("serve", "--db", typo.toString());

    assertThat(port.exit()).isEqualTo(2);
    assertThat(port.err().strip()).isEqualTo("entente: --port is 0 to 65535, not 70000");
    assertThat(host.exit()).isEqualTo(2);
    assertThat(host.err().strip())
        .isEqualTo("entente: --host 'no-such-host.invalid' is not an address of this machine");
    assertThat(body.exit()).isEqualTo(2);
    assertThat(body.err().strip()).isEqualTo("entente: --max-body is at least 1 byte, not 0");
    assertThat(store.exit()).isEqualTo(2);
    assertThat(store.err()).startsWith("entente: there is no store at " + typo);
    assertThat(typo).doesNotExist();
    assertThat(Path.of(db + ".token"))
        .as("no token is made for a server that did not start")
        .doesNotExist();
  }

  @Test
  void aMistypedStoreIsNotCreatedByAQuery() {
    Path typo = folder.resolve("entnte.duckdb");

    Run run = run("events", "--db", typo.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo(
            "entente: there is no store at "
                + typo
                + "; check --db (entente ingest or entente import gdelt creates one)");
    assertThat(typo).doesNotExist();
  }

  @Test
  void eventsAndExportCheckSourceAndTargetLikeRelation() {
    String db = storeWith("d1", "Russia sold gas to China.").toString();

    Run unknown = run("events", "--source", "XQZ", "--db", db);
    Run name = run("events", "--source", "Russia", "--target", "China", "--db", db);
    Run prefix = run("export", "--format", "jsonl", "--out", "-", "--target", "RUSGOV", "--db", db);
    Run badTarget =
        run("export", "--format", "jsonl", "--out", "-", "--target", "Atlantis", "--db", db);

    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err())
        .startsWith("entente: --source 'XQZ' is neither an actor code Entente knows");
    assertThat(name.exit()).as(name.err()).isZero();
    assertThat(name.out()).contains("0 event(s)");
    assertThat(prefix.exit()).as(prefix.err()).isZero();
    assertThat(badTarget.exit()).isEqualTo(2);
  }

  @Test
  void exportWritesToStandardOutputAndSaysWhenTheFolderIsMissing() {
    String db = storeWith("d1", "Russia sold gas to China.").toString();
    Path missing = folder.resolve("no/such/folder/events.tsv");

    Run stdout = run("export", "--format", "gdelt", "--out", "-", "--db", db);
    Run intoMissing = run("export", "--format", "gdelt", "--out", missing.toString(), "--db", db);
    Run parquet = run("export", "--format", "parquet", "--out", "-", "--db", db);

    assertThat(stdout.exit()).as(stdout.err()).isZero();
    assertThat(stdout.err()).contains("wrote 0 events");
    assertThat(intoMissing.exit()).isEqualTo(2);
    assertThat(intoMissing.err()).contains("the folder " + missing.getParent() + " does not exist");
    assertThat(parquet.exit()).isEqualTo(2);
  }

  @Test
  void importPloverReportsBadLinesWithFileAndLineAndExportsTheRestAsPlover() throws IOException {
    Path file =
        Files.writeString(
            folder.resolve("theirs.jsonl"),
            String.join(
                "\n",
                "{\"id\":\"p1\",\"date\":\"2020-02-03\",\"event_type\":\"CONSULT\","
                    + "\"event_mode\":\"phone\",\"actor\":[{\"code\":\"ROU\",\"sector\":\"GOV\","
                    + "\"entity_text\":\"Bucharest\"}],\"recipient\":[{\"code\":\"HUN\","
                    + "\"entity_text\":\"Budapest\"}],\"text\":\"Bucharest phoned Budapest.\"}",
                "{\"id\":\"p2\",\"date\":\"2020-02-03\",\"event_type\":\"CALL\"}"));
    String db = folder.resolve("plover.duckdb").toString();

    Run imported = run("import", "plover", file.toString(), "--db", db);
    Run again = run("import", "plover", file.toString(), "--db", db);
    Run exported = run("export", "--format", "plover", "--out", "-", "--db", db);
    Run missing = run("import", "plover", folder.resolve("nope.jsonl").toString(), "--db", db);

    assertThat(imported.exit()).isEqualTo(1);
    assertThat(imported.err())
        .contains("entente: theirs.jsonl:2: record p2: unknown PLOVER event type 'CALL'");
    assertThat(imported.out())
        .contains("theirs.jsonl (PLOVER): 1 records, 1 events, 1 imported, 0 already present");
    assertThat(again.out()).contains("1 events, 0 imported, 1 already present");
    assertThat(exported.exit()).as(exported.err()).isZero();
    assertThat(exported.err()).contains("wrote 1 PLOVER records");
    assertThat(exported.out())
        .startsWith(
            "{\"id\":\"p1\",\"date\":\"2020-02-03\",\"event_type\":\"CONSULT\","
                + "\"event_mode\":\"phone\"")
        .contains("\"code\":\"ROU\",\"sector\":\"GOV\"", "\"cameo\":\"041\"");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.jsonl: no such file");
  }

  @Test
  void aFileThatIsNotAStoreIsExitThree() throws IOException {
    Path notes = Files.writeString(folder.resolve("notes.duckdb"), "my notes\n".repeat(500));

    Run query = run("events", "--db", notes.toString());
    Run ingest = run("import", "gdelt", notes.toString(), "--db", notes.toString());

    assertThat(query.exit()).isEqualTo(3);
    assertThat(query.err()).contains("the file is not a DuckDB database");
    assertThat(ingest.exit()).isEqualTo(3);
    assertThat(Files.readString(notes)).startsWith("my notes");
  }

  @Test
  void codingArgumentsAreCheckedBeforeTheModelsLoad() throws IOException {
    Path text = Files.writeString(folder.resolve("a.txt"), "Russia sold gas to China.");

    Run threads = run("code", text.toString(), "--threads", "0");
    Run missing = run("code", folder.resolve("nope.jsonl").toString());
    Run noFolder = run("code", text.toString(), "--out", folder.resolve("no/out.jsonl").toString());
    Run ner =
        run(
            "ingest",
            text.toString(),
            "--ner",
            "some",
            "--db",
            folder.resolve("x.duckdb").toString());

    assertThat(threads.exit()).isEqualTo(2);
    assertThat(threads.err()).contains("--threads must be at least 1, not 0");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err())
        .contains("no such file or directory: " + folder.resolve("nope.jsonl"));
    assertThat(noFolder.exit()).isEqualTo(2);
    assertThat(noFolder.err()).contains("does not exist");
    assertThat(ner.exit()).isEqualTo(2);
    assertThat(coders.loaded()).as("CoreNLP was not loaded").isFalse();
  }

  @Test
  void reIngestingStoredDocumentsDoesNotParseThem() throws IOException {
    String text = "Russia sold gas to China.";
    Path db = storeWith("d1", text);
    Path input =
        Files.writeString(
            folder.resolve("again.jsonl"),
            "{\"id\": \"d1\", \"date\": \"2019-06-05\", \"text\": \"" + text + "\"}\n");

    Run run = run("ingest", input.toString(), "--db", db.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("stored 0 documents").contains("1 already stored");
    assertThat(coders.loaded()).as("CoreNLP was not loaded").isFalse();
  }
}
