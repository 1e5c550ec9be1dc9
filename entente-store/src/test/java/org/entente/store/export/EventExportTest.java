package org.entente.store.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.store.TestEvents.document;
import static org.entente.store.TestEvents.event;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.entente.core.EntenteException;
import org.entente.core.SharedFiles;
import org.entente.event.Event;
import org.entente.event.EventJson;
import org.entente.event.EventLocation;
import org.entente.store.EventKeys;
import org.entente.store.EventStore;
import org.entente.store.gdelt.GdeltImportResult;
import org.entente.store.gdelt.ImportListener;
import org.entente.store.query.EventQuery;
import org.entente.store.query.Origin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventExportTest {

  private static final Path SAMPLE =
      SharedFiles.resolve("reference/gdelt/gdelt1.events.sample.tsv");

  @TempDir Path folder;

  @Test
  void theCodedGdeltRowAndTheStoredExportAgreeFieldByField() {
    Instant ingested = Instant.parse("2019-06-05T10:15:30Z");
    LocalDate day = LocalDate.of(2019, 6, 5);
    EventLocation moscow =
        new EventLocation("Moscow", "RUS", "RU", 55.75222, 37.61556, "PPLC", 524901, "text");
    List<Event> events =
        List.of(
            event("d1", 0, "CHNGOV", "RUSGOV", "040", day).withLocation(moscow, "location"),
            event("d1", 1, "RUS", "CHN", "0211", day));
    StringWriter exported = new StringWriter();
    try (EventStore store =
        EventStore.open(EventStore.IN_MEMORY, Clock.fixed(ingested, ZoneOffset.UTC))) {
      store.ingest(document("d1", "Xi met Putin. Russia sold gas to China."), events, List.of());
      assertThat(store.export(ExportFormat.GDELT, exported, EventQuery.all())).isEqualTo(2);
    }
    List<String> lines = exported.toString().lines().toList();
    assertThat(lines).hasSize(2);
    for (int i = 0; i < events.size(); i++) {
      List<String> coded =
          GdeltRow.ofCoded(events.get(i), LocalDateTime.ofInstant(ingested, ZoneOffset.UTC))
              .fields();
      List<String> stored = List.of(lines.get(i).split("\t", -1));
      assertThat(stored).hasSize(GdeltRow.COLUMNS);
      for (int column = 0; column < GdeltRow.COLUMNS; column++) {
        assertThat(stored.get(column))
            .as("event %d, column %d", i, column + 1)
            .isEqualTo(coded.get(column));
      }
    }
    // IsRootEvent (column 26): the event of the first sentence only, in both
    assertThat(lines.get(0).split("\t", -1)[25]).isEqualTo("1");
    // ActionGeo (columns 52-59): a city outside the US, its name, no FIPS codes, its coordinates
    // and GeoNames id; blank for the event without a location
    assertThat(List.of(lines.get(0).split("\t", -1)).subList(51, 59))
        .containsExactly("4", "Moscow", "", "", "", "55.75222", "37.61556", "524901");
    assertThat(List.of(lines.get(1).split("\t", -1)).subList(51, 59)).allMatch(String::isEmpty);
    assertThat(lines.get(1).split("\t", -1)[25]).isEqualTo("0");
  }

  @Test
  void aRegionIsAGdeltStateAndAListedRegionHasNoFeatureId() {
    LocalDate day = LocalDate.of(2019, 6, 5);
    LocalDateTime added = LocalDateTime.of(2019, 6, 5, 10, 0);
    EventLocation texas =
        new EventLocation("Texas", "USA", "US", 30.26715, -97.74306, "ADM1", 4736286, "text");
    EventLocation helmand =
        new EventLocation("Helmand", "AFG", "AF", 31.59382, 64.37161, "ADM1", 1140043, "text");
    EventLocation darfur = new EventLocation("Darfur", "SDN", "SD", 13.5, 24.5, "RGN", 0, "text");
    EventLocation houston =
        new EventLocation("Houston", "USA", "US", 29.76328, -95.36327, "PPLA2", 4699066, "text");
    List<List<String>> geo = new ArrayList<>();
    for (EventLocation place : List.of(texas, helmand, darfur, houston)) {
      Event located = event("d1", 0, "USA", "MEX", "040", day).withLocation(place, "location");
      geo.add(GdeltRow.ofCoded(located, added).fields().subList(51, 59));
    }
    // GDELT's ActionGeo_Type: 2 a US state, 5 a division elsewhere, 3 a US city
    assertThat(geo.get(0))
        .containsExactly("2", "Texas", "", "", "", "30.26715", "-97.74306", "4736286");
    assertThat(geo.get(1).get(0)).isEqualTo("5");
    assertThat(geo.get(2)).containsExactly("5", "Darfur", "", "", "", "13.5", "24.5", "");
    assertThat(geo.get(3).get(0)).isEqualTo("3");
  }

  @Test
  void gdeltImportExportImportGivesTheSameRows() throws Exception {
    Path first = folder.resolve("first.duckdb");
    Path second = folder.resolve("second.duckdb");
    Path exported = folder.resolve("export.CSV");
    try (EventStore store = EventStore.open(first)) {
      store.importGdelt(SAMPLE, ImportListener.NONE);
      assertThat(store.export(ExportFormat.GDELT, exported, EventQuery.all())).isEqualTo(61);
    }
    assertThat(Files.readAllLines(exported))
        .hasSize(61)
        .allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(61));
    try (EventStore store = EventStore.open(second)) {
      GdeltImportResult again = store.importGdelt(exported, ImportListener.NONE);
      assertThat(again.imported()).isEqualTo(61);
      assertThat(again.rejected()).isZero();
    }
    assertThat(rows(second)).isEqualTo(rows(first)).hasSize(61);
  }

  @Test
  void gdeltExportWritesGdeltsColumns() throws Exception {
    Path exported = folder.resolve("export.CSV");
    try (EventStore store = EventStore.open(EventStore.IN_MEMORY)) {
      store.importGdelt(SAMPLE, ImportListener.NONE);
      store.export(ExportFormat.GDELT, exported, EventQuery.all().source("CAN").target("USA"));
    }
    String row =
        Files.readAllLines(exported).stream()
            .filter(line -> line.startsWith("564111684\t"))
            .findFirst()
            .orElseThrow();
    String[] fields = row.split("\t", -1);
    assertThat(List.of(fields).subList(0, 8))
        .containsExactly(
            "564111684", "20160721", "201607", "2016", "2016.5507", "CAN", "VANCOUVER", "CAN");
    assertThat(List.of(fields).subList(26, 34))
        .containsExactly("172", "172", "17", "4", "-5.0", "12", "2", "12");
    assertThat(fields[35]).as("geography is not kept").isEmpty();
    assertThat(fields[59]).isEqualTo("20160728000000");
    assertThat(fields[60]).startsWith("http");
  }

  @Test
  void ententeEventsExportWithTheirKeyCountsAndIngestTime() throws Exception {
    Path exported = folder.resolve("ours.CSV");
    Clock clock = Clock.fixed(Instant.parse("2024-03-01T10:15:30Z"), ZoneOffset.UTC);
    Event visit = event("d1", 0, "RUSGOV", "CHN", "042", LocalDate.of(2014, 5, 20));
    try (EventStore store = EventStore.open(EventStore.IN_MEMORY, clock)) {
      store.ingest(document("d1", "one", "tass"), List.of(visit), List.of());
      store.ingest(
          document("d2", "two", "xinhua"),
          List.of(event("d2", 3, "RUSGOV", "CHN", "042", LocalDate.of(2014, 5, 20))),
          List.of());
      store.export(ExportFormat.GDELT, exported, EventQuery.all());
    }
    String[] fields = Files.readAllLines(exported).get(0).split("\t", -1);
    assertThat(fields).hasSize(61);
    assertThat(Long.parseLong(fields[0])).isEqualTo(EventKeys.of(visit));
    assertThat(fields[5]).isEqualTo("RUSGOV");
    assertThat(fields[7]).isEqualTo("RUS");
    assertThat(fields[12]).isEqualTo("GOV");
    assertThat(fields[15]).isEqualTo("CHN");
    assertThat(fields[25]).as("IsRootEvent: the lead sentence").isEqualTo("1");
    assertThat(List.of(fields).subList(31, 35)).containsExactly("2", "2", "2", "");
    assertThat(fields[59]).isEqualTo("20240301101530");
    assertThat(fields[60]).isEqualTo("https://x/d1");

    try (EventStore other = EventStore.open(EventStore.IN_MEMORY)) {
      assertThat(other.importGdelt(exported, ImportListener.NONE).imported()).isEqualTo(1);
      assertThat(other.events(EventQuery.all().origin(Origin.GDELT)).get(0).id())
          .isEqualTo(Long.toString(EventKeys.of(visit)));
    }
  }

  @Test
  void parquetHoldsTheSelectedRows() throws Exception {
    Path parquet = folder.resolve("events.parquet");
    try (EventStore store = EventStore.open(EventStore.IN_MEMORY)) {
      store.importGdelt(SAMPLE, ImportListener.NONE);
      long written =
          store.export(ExportFormat.PARQUET, parquet, EventQuery.all().roots("01", "04"));
      long expected = store.events(EventQuery.all().roots("01", "04")).size();
      assertThat(written).isEqualTo(expected).isPositive();
    }
    try (Connection jdbc = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = jdbc.createStatement();
        ResultSet rows =
            sql.executeQuery(
                "SELECT count(*), count(*) FILTER (WHERE root NOT IN ('01', '04')),"
                    + " min(origin), max(num_mentions) FROM read_parquet('"
                    + parquet
                    + "')")) {
      rows.next();
      assertThat(rows.getLong(2)).isZero();
      assertThat(rows.getString(3)).isEqualTo("gdelt");
      assertThat(rows.getInt(4)).isPositive();
    }
  }

  @Test
  void jsonLinesReadBackAsTheSameEvents() throws Exception {
    Path jsonl = folder.resolve("events.jsonl");
    List<Event> expected;
    try (EventStore store = EventStore.open(EventStore.IN_MEMORY)) {
      store.importGdelt(SAMPLE, ImportListener.NONE);
      store.ingest(
          document("d1", "x"),
          List.of(event("d1", 0, "RUSGOV", "CHN", "042", LocalDate.of(2014, 5, 20))),
          List.of());
      assertThat(store.export(ExportFormat.JSONL, jsonl, EventQuery.all())).isEqualTo(62);
      expected = store.events(EventQuery.all());
    }
    List<Event> read = new ArrayList<>();
    List<String> lines = Files.readAllLines(jsonl);
    for (int i = 0; i < lines.size(); i++) {
      read.add(EventJson.readEvent(lines.get(i), "events.jsonl:" + (i + 1)));
    }
    assertThat(read).containsExactlyElementsOf(expected);
  }

  @Test
  void unknownFormatIsAUserError() {
    assertThatThrownBy(() -> ExportFormat.parse("csv"))
        .isInstanceOf(EntenteException.class)
        .hasMessage("'csv' is not an export format; use gdelt, parquet, jsonl or plover");
    assertThat(ExportFormat.parse(" Parquet ")).isEqualTo(ExportFormat.PARQUET);
  }

  private static List<String> rows(Path db) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection jdbc = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement sql = jdbc.createStatement();
        ResultSet result = sql.executeQuery("SELECT * FROM events ORDER BY event_key")) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          row.append(result.getMetaData().getColumnName(i)).append('=');
          row.append(result.getString(i)).append(' ');
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }
}
