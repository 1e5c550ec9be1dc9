package org.entente.store.gdelt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.entente.codebook.QuadClass;
import org.entente.core.EntenteException;
import org.entente.core.Problem;
import org.entente.core.SharedFiles;
import org.entente.event.Area;
import org.entente.event.Event;
import org.entente.event.Modality;
import org.entente.store.EventStore;
import org.entente.store.query.EventQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GdeltImportTest {

  private static final String SAMPLE = "reference/gdelt/gdelt1.events.sample.tsv";

  @TempDir Path folder;

  @Test
  void importsRealGdelt1RowsAsEvents() throws Exception {
    Path db = folder.resolve("gdelt1.duckdb");
    try (EventStore store = EventStore.open(db)) {
      GdeltImportResult result =
          store.importGdelt(SharedFiles.resolve(SAMPLE), ImportListener.NONE);

      assertThat(result.format()).isEqualTo(GdeltFormat.V1_DAILY);
      assertThat(result.describe())
          .isEqualTo(
              "gdelt1.events.sample.tsv (GDELT 1.0 daily, 58 columns): 61 rows, 61 imported,"
                  + " 0 already present, 0 rejected");
      List<Event> events = store.events(EventQuery.all().source("CAN").target("USA"));
      assertThat(events).extracting(Event::id).contains("564111684");
      Event protest = events.stream().filter(e -> e.id().equals("564111684")).findFirst().get();
      assertThat(protest.date()).isEqualTo(LocalDate.of(2016, 7, 21));
      assertThat(protest.source().code()).isEqualTo("CAN");
      assertThat(protest.source().name()).isEqualTo("VANCOUVER");
      assertThat(protest.target().country()).isEqualTo("USA");
      assertThat(protest.cameo().code()).isEqualTo("172");
      assertThat(protest.root()).isEqualTo("17");
      assertThat(protest.quadClass()).isEqualTo(QuadClass.MATERIAL_CONFLICT);
      assertThat(protest.goldstein()).isEqualTo(-5.0);
      assertThat(protest.area()).as("172 is political in areas.tsv").isEqualTo(Area.POLITICAL);
      assertThat(protest.modality()).isEqualTo(Modality.FACTUAL);
      assertThat(protest.text()).isEmpty();
      assertThat(protest.sentence()).isEqualTo(-1);
      assertThat(protest.url()).startsWith("http");
    }
    try (Connection jdbc = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement sql = jdbc.createStatement();
        ResultSet row =
            sql.executeQuery(
                "SELECT num_mentions, num_sources, num_articles, avg_tone, is_root_event,"
                    + " date_added, origin FROM events WHERE event_key = 564111644")) {
      assertThat(row.next()).isTrue();
      assertThat(row.getInt(1)).isEqualTo(2);
      assertThat(row.getInt(2)).isEqualTo(1);
      assertThat(row.getInt(3)).isEqualTo(2);
      assertThat(row.getDouble(4)).isEqualTo(-0.34188034188034);
      assertThat(row.getBoolean(5)).isTrue();
      assertThat(row.getString(6)).startsWith("2016-07-28 00:00:00");
      assertThat(row.getString(7)).isEqualTo("gdelt");
    }
  }

  @Test
  void importingTheSameFileTwiceAddsNothing() {
    try (EventStore store = EventStore.open(EventStore.IN_MEMORY)) {
      store.importGdelt(SharedFiles.resolve(SAMPLE), ImportListener.NONE);
      GdeltImportResult again = store.importGdelt(SharedFiles.resolve(SAMPLE), ImportListener.NONE);

      assertThat(again.imported()).isZero();
      assertThat(again.alreadyPresent()).isEqualTo(61);
      assertThat(store.counts().gdeltEvents()).isEqualTo(61);
    }
  }

  @Test
  void readsGdelt1HistoricalFilesWithoutSourceUrl() throws Exception {
    List<String> lines =
        Files.readAllLines(SharedFiles.resolve(SAMPLE)).stream()
            .map(line -> GdeltFiles.dropLast(line, 1))
            .collect(Collectors.toList());
    Path file = GdeltFiles.write(folder.resolve("1979.csv"), lines);
    try (EventStore store = EventStore.open(EventStore.IN_MEMORY)) {
      GdeltImportResult result = store.importGdelt(file, ImportListener.NONE);

      assertThat(result.format()).isEqualTo(GdeltFormat.V1_HISTORICAL);
      assertThat(result.imported()).isEqualTo(61);
      assertThat(store.events(EventQuery.all())).allSatisfy(e -> assertThat(e.url()).isEmpty());
    }
  }

  @Test
  void decidesTheWidthOfEachGdelt1RowItself() throws Exception {
    // real collections concatenate back-file rows (57 columns, before April 2013) and daily rows
    // (58, + SOURCEURL): every other row here loses its SOURCEURL, the first one among them
    List<String> daily = Files.readAllLines(SharedFiles.resolve(SAMPLE));
    List<String> mixed = new ArrayList<>();
    for (int i = 0; i < daily.size(); i++) {
      mixed.add(i % 2 == 0 ? GdeltFiles.dropLast(daily.get(i), 1) : daily.get(i));
    }
    Path file = GdeltFiles.write(folder.resolve("mixed.tsv"), mixed);
    try (EventStore store = EventStore.open(EventStore.IN_MEMORY)) {
      GdeltImportResult result = store.importGdelt(file, ImportListener.NONE);

      assertThat(result.problems()).isEmpty();
      assertThat(result.imported()).isEqualTo(61);
      List<Event> events = store.events(EventQuery.all());
      assertThat(events).hasSize(61);
      assertThat(events.stream().filter(e -> e.url().isEmpty())).hasSize(31);
      assertThat(events.stream().filter(e -> e.url().startsWith("http"))).hasSize(30);
    }
  }

  @Test
  void gdelt1RowsOfOtherWidthsAreRejected() throws Exception {
    List<String> lines = Files.readAllLines(SharedFiles.resolve(SAMPLE)).subList(0, 6);
    lines = new ArrayList<>(lines);
    lines.set(1, GdeltFiles.dropLast(lines.get(1), 2));
    lines.set(3, lines.get(3) + "\textra");
    Path file = GdeltFiles.write(folder.resolve("widths.tsv"), lines);
    try (EventStore store = EventStore.open(EventStore.IN_MEMORY)) {
      GdeltImportResult result = store.importGdelt(file, ImportListener.NONE);

      assertThat(result.problems())
          .extracting(Problem::toString)
          .containsExactly(
              "widths.tsv:2: expected 57 or 58 tab-separated columns (GDELT 1.0), found 56",
              "widths.tsv:4: expected 57 or 58 tab-separated columns (GDELT 1.0), found 59");
      assertThat(result.imported()).isEqualTo(4);
    }
  }

  @Test
  void goldsteinValuesThatAreNotFromMinus10To10AreRejected() throws Exception {
    List<String> lines = GdeltFiles.generated(folder, 8);
    int goldstein = GdeltFormat.V2.columns().indexOf("GoldsteinScale");
    lines.set(1, GdeltFiles.with(lines.get(1), goldstein, "NaN"));
    lines.set(3, GdeltFiles.with(lines.get(3), goldstein, "1e999"));
    lines.set(5, GdeltFiles.with(lines.get(5), goldstein, "12.5"));
    lines.set(6, GdeltFiles.with(lines.get(6), goldstein, "-10"));
    Path file = GdeltFiles.write(folder.resolve("goldstein.CSV"), lines);
    try (EventStore store = EventStore.open(EventStore.IN_MEMORY)) {
      GdeltImportResult result = store.importGdelt(file, ImportListener.NONE);

      assertThat(result.problems())
          .extracting(Problem::toString)
          .containsExactly(
              "goldstein.CSV:2: GoldsteinScale 'NaN' is not a number from -10 to 10",
              "goldstein.CSV:4: GoldsteinScale '1e999' is not a number from -10 to 10",
              "goldstein.CSV:6: GoldsteinScale '12.5' is not a number from -10 to 10");
      assertThat(result.imported()).isEqualTo(5);
      assertThat(store.events(EventQuery.all()))
          .allSatisfy(e -> assertThat(e.goldstein()).isBetween(-10.0, 10.0));
    }
  }

  @Test
  void readsGdelt2PlainZippedAndGzipped() throws Exception {
    List<String> lines = GdeltFiles.generated(folder, 500);
    Path plain = GdeltFiles.write(folder.resolve("20150218230000.export.CSV"), lines);
    Path zip = GdeltFiles.zip(folder.resolve("20150218230000.export.CSV.zip"), plain);
    Path gzip = folder.resolve("20150218230000.export.CSV.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzip))) {
      Files.copy(plain, out);
    }
    try (EventStore store = EventStore.open(EventStore.IN_MEMORY)) {
      GdeltImportResult zipped = store.importGdelt(zip, ImportListener.NONE);
      GdeltImportResult again = store.importGdelt(plain, ImportListener.NONE);
      GdeltImportResult gzipped = store.importGdelt(gzip, ImportListener.NONE);

      assertThat(zipped.file()).isEqualTo("20150218230000.export.CSV.zip");
      assertThat(zipped.format()).isEqualTo(GdeltFormat.V2);
      assertThat(zipped.imported()).isEqualTo(500);
      assertThat(again.alreadyPresent()).isEqualTo(500);
      assertThat(gzipped.rows()).isEqualTo(500);
      assertThat(gzipped.alreadyPresent()).isEqualTo(500);
      assertThat(store.counts().gdeltEvents()).isEqualTo(500);
    }
  }

  @Test
  void malformedRowsAreReportedWithFileAndLineAndSkipped() throws Exception {
    List<String> lines = GdeltFiles.generated(folder, 20);
    lines.set(2, GdeltFiles.dropLast(lines.get(2), 1));
    lines.set(4, GdeltFiles.with(lines.get(4), 1, "20150230"));
    lines.set(7, GdeltFiles.with(lines.get(7), 26, "999"));
    lines.set(10, GdeltFiles.with(lines.get(10), 26, ""));
    lines.set(12, GdeltFiles.with(lines.get(12), 34, "n/a"));
    lines.set(14, GdeltFiles.with(lines.get(14), 29, "5"));
    lines.set(16, lines.get(16) + "\textra");
    lines.set(18, GdeltFiles.with(GdeltFiles.with(lines.get(18), 26, ""), 1, "2015"));
    Path file = GdeltFiles.write(folder.resolve("broken.export.CSV"), lines);
    List<Problem> heard = Collections.synchronizedList(new ArrayList<>());

    try (EventStore store = EventStore.open(EventStore.IN_MEMORY)) {
      GdeltImportResult result =
          store.importGdelt(
              file,
              new ImportListener() {
                @Override
                public void problem(Problem problem) {
                  heard.add(problem);
                }
              });

      assertThat(result.problems())
          .extracting(Problem::toString)
          .containsExactly(
              "broken.export.CSV:3: expected 61 tab-separated columns (GDELT 2.0 event export),"
                  + " found 60",
              "broken.export.CSV:5: SQLDATE '20150230' is not a date (YYYYMMDD)",
              "broken.export.CSV:8: EventCode '999' is not a CAMEO event code (see 'entente"
                  + " codebook')",
              "broken.export.CSV:11: EventCode is empty",
              "broken.export.CSV:13: AvgTone 'n/a' is not a number",
              "broken.export.CSV:15: QuadClass '5' is not a GDELT quad class (1 to 4)",
              "broken.export.CSV:17: expected 61 tab-separated columns (GDELT 2.0 event export),"
                  + " found 62",
              "broken.export.CSV:19: EventCode is empty");
      assertThat(heard).containsExactlyElementsOf(result.problems());
      assertThat(heard).extracting(Problem::kind).containsOnly(Problem.Kind.REJECTED_ROW);
      assertThat(result.rejected()).isEqualTo(8);
      assertThat(result.imported()).isEqualTo(12);
      assertThat(result.alreadyPresent()).isZero();
      assertThat(store.counts().gdeltEvents()).isEqualTo(12);
    }
  }

  @Test
  void progressIsReportedUpToTheLastRow() throws IOException {
    Path file = GdeltFiles.write(folder.resolve("p.CSV"), GdeltFiles.generated(folder, 3000));
    List<long[]> calls = Collections.synchronizedList(new ArrayList<>());
    try (EventStore store = EventStore.open(EventStore.IN_MEMORY)) {
      store.importGdelt(
          file,
          new ImportListener() {
            @Override
            public long progressEvery() {
              return 1000;
            }

            @Override
            public void progress(String name, long done, long total) {
              calls.add(new long[] {done, total});
            }
          });
    }
    assertThat(calls).isNotEmpty();
    assertThat(calls.get(calls.size() - 1)).containsExactly(3000, 3000);
    assertThat(calls).allSatisfy(call -> assertThat(call[0]).isBetween(0L, 3000L));
  }

  @Test
  void aFileThatIsNotGdeltIsBadData() throws IOException {
    Path mentions =
        GdeltFiles.write(
            folder.resolve("20150218230000.mentions.CSV"),
            List.of(String.join("\t", Collections.nCopies(16, "x"))));
    try (EventStore store = EventStore.open(EventStore.IN_MEMORY)) {
      assertThatThrownBy(() -> store.importGdelt(mentions, ImportListener.NONE))
          .isInstanceOf(EntenteException.class)
          .hasMessageStartingWith(
              "20150218230000.mentions.CSV:1: not a GDELT event file: its lines have 16"
                  + " tab-separated columns")
          .extracting(e -> ((EntenteException) e).kind())
          .isEqualTo(EntenteException.Kind.BAD_DATA);
      assertThatThrownBy(() -> store.importGdelt(folder.resolve("nope.CSV"), ImportListener.NONE))
          .hasMessageContaining("nope.CSV: no such file")
          .extracting(e -> ((EntenteException) e).kind())
          .isEqualTo(EntenteException.Kind.USER_ERROR);
    }
  }
}
