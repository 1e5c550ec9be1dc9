package org.entente.store.plover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.store.TestEvents.document;
import static org.entente.store.TestEvents.event;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.core.Problem;
import org.entente.core.SharedFiles;
import org.entente.event.Event;
import org.entente.event.EventActor;
import org.entente.event.Modality;
import org.entente.store.EventStore;
import org.entente.store.export.ExportFormat;
import org.entente.store.query.EventQuery;
import org.entente.store.query.Origin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PloverImportTest {

  private static final Path GOLD =
      SharedFiles.resolve("reference/plover/PLOVER_GSR_CAMEO.dev.json");
  private static final LocalDate DAY = LocalDate.of(2019, 6, 5);

  @TempDir Path folder;

  private final List<Problem> problems = new ArrayList<>();

  /** Entente's events of two documents: one-way, both ways, a statement, future and negated. */
  private static List<Event> codedEvents() {
    return List.of(
        event("d1", 0, "CHNGOV", "RUSGOV", "042", DAY),
        event("d1", 1, "ISR", "LBN", "046", DAY), // negotiations, coded both ways
        event("d1", 1, "LBN", "ISR", "046", DAY),
        event("d1", 2, "USAGOV", "IGOUNO", "044", DAY), // a meeting, coded one way
        event("d1", 3, "HUN", "ROM", "057", DAY), // an agreement, both ways
        event("d1", 3, "ROM", "HUN", "057", DAY),
        event("d2", 0, "RUS", "UKR", "193", DAY.plusDays(1)),
        event("d2", 1, "RUS", "CHN", "0311", DAY.plusDays(2), Modality.FUTURE, false),
        event("d2", 2, "USA", "IRN", "163", DAY.plusDays(3), Modality.FACTUAL, true),
        event("d2", 3, "FRA", "DEU", "010", DAY.plusDays(4))); // no PLOVER type
  }

  @Test
  void exportThenImportIntoAFreshStoreGivesTheSameEvents() throws Exception {
    Path first = folder.resolve("first.duckdb");
    Path exported = folder.resolve("events.plover.jsonl");
    List<Event> stored;
    try (EventStore store = EventStore.open(first)) {
      List<Event> events = codedEvents();
      store.ingest(document("d1", "first"), events.subList(0, 6), List.of());
      store.ingest(document("d2", "second"), events.subList(6, 10), List.of());
      assertThat(store.export(ExportFormat.PLOVER, exported, EventQuery.all()))
          .as("records: the two pairs written once, the statement not at all")
          .isEqualTo(7);
      stored = store.events(EventQuery.all());
    }
    Path second = folder.resolve("second.duckdb");
    String again;
    try (EventStore store = EventStore.open(second)) {
      PloverImportResult result = store.importPlover(exported, problems::add);
      assertThat(problems).isEmpty();
      assertThat(result.describe())
          .isEqualTo(
              "events.plover.jsonl (PLOVER): 7 records, 9 events, 9 imported, 0 already present,"
                  + " 0 records rejected");
      List<Event> imported = store.events(EventQuery.all());
      List<Event> expected = stored.stream().filter(e -> !e.root().equals("01")).toList();
      assertThat(imported).hasSize(expected.size());
      for (Event want : expected) {
        Event got =
            imported.stream().filter(e -> e.id().equals(want.id())).findFirst().orElseThrow();
        assertThat(withoutOffsets(got)).as(want.id()).isEqualTo(withoutOffsets(want));
      }
      assertThat(store.events(EventQuery.all().origin(Origin.PLOVER))).hasSize(9);
      StringWriter out = new StringWriter();
      store.export(ExportFormat.PLOVER, out, EventQuery.all());
      again = out.toString();
    }
    assertThat(again)
        .as("the imported events export as the same records")
        .isEqualTo(Files.readString(exported, StandardCharsets.UTF_8));
  }

  /** The event without the character offsets, which PLOVER does not carry. */
  private static Event withoutOffsets(Event e) {
    return new Event(
        e.id(),
        e.docId(),
        e.sentence(),
        e.text(),
        e.url(),
        e.date(),
        e.datePrecision(),
        e.dateFrom(),
        actor(e.source()),
        actor(e.target()),
        e.cameo(),
        e.quadClass(),
        e.goldstein(),
        e.negated(),
        e.modality(),
        e.trigger(),
        0,
        0,
        e.area());
  }

  private static EventActor actor(EventActor a) {
    return a.isResolved()
        ? new EventActor(a.code(), a.country(), a.agent(), a.name(), a.text(), 0, 0)
        : EventActor.unresolved(a.name(), a.text(), 0, 0);
  }

  @Test
  void theGoldStandardRecordsImportOnceAndKeepTheirPloverType() throws Exception {
    Path db = folder.resolve("gold.duckdb");
    try (EventStore store = EventStore.open(db)) {
      PloverImportResult first = store.importPlover(GOLD, problems::add);
      assertThat(problems).isEmpty();
      assertThat(first.records()).isEqualTo(213);
      assertThat(first.rejected()).isZero();
      assertThat(first.imported()).isPositive().isLessThanOrEqualTo(first.events());
      PloverImportResult second = store.importPlover(GOLD, problems::add);
      assertThat(second.imported()).isZero();
      assertThat(second.alreadyPresent()).isEqualTo(second.events());
      List<Event> fights =
          store.events(EventQuery.all().origin(Origin.PLOVER).roots("19").source("ISR"));
      assertThat(fights).isNotEmpty();
      // "(SRC/TAR: Hungarian) and (SRC/TAR: Romanian) officials agreed": two events, one record
      StringWriter out = new StringWriter();
      long records = store.export(ExportFormat.PLOVER, out, EventQuery.all());
      List<String> agreed =
          out.toString().lines().filter(l -> l.contains("PLOVER-GSR01-AGREE-0001")).toList();
      assertThat(agreed).hasSize(1);
      assertThat(agreed.get(0))
          .contains(
              "\"recipient\":[]",
              "\"reciprocal\":true",
              "\"event_ids\":[\"PLOVER-GSR01-AGREE-0001\",\"PLOVER-GSR01-AGREE-0001/2\"]");
      assertThat(records).isEqualTo(out.toString().lines().count());
    }
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT plover_type, plover_mode, plover_contexts, plover_location, cameo"
                    + " FROM plover_events JOIN events USING (event_key)"
                    + " WHERE plover_record = 'PLOVER-GSR01-CONSULT-0007'")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo("CONSULT");
      assertThat(rows.getString(2)).isEqualTo("third-party");
      assertThat(rows.getString(3)).isEqualTo("[\"military\"]");
      assertThat(rows.getString(4)).contains("Geneva");
      assertThat(rows.getString(5)).isEqualTo("044");
    }
  }

  @Test
  void badRecordsAreReportedAndSkippedAndTheRestIsImported() throws Exception {
    Path file = folder.resolve("theirs.jsonl");
    String good =
        "{\"id\":\"p1\",\"date\":\"2020-02-03\",\"event_type\":\"PROTEST\",\"event_mode\":\"riot\","
            + "\"actor\":[{\"code\":\"FRA\",\"sector\":\"CVL\",\"entity_text\":\"farmers\"}],"
            + "\"recipient\":[{\"code\":\"FRA\",\"sector\":\"GOV\",\"entity_text\":\"Paris\"}],"
            + "\"text\":\"Farmers rioted against Paris.\",\"event_text\":\"rioted\"}";
    Files.writeString(
        file,
        String.join(
            "\n", good, "not json", good.replace("p1", "p2").replace("2020-02-03", "yesterday")),
        StandardCharsets.UTF_8);
    try (EventStore store = EventStore.open(EventStore.IN_MEMORY)) {
      PloverImportResult result = store.importPlover(file, problems::add);
      assertThat(result.rejected()).isEqualTo(2);
      assertThat(result.imported()).isEqualTo(1);
      assertThat(problems)
          .extracting(p -> p.file() + ":" + p.line())
          .containsExactly("theirs.jsonl:2", "theirs.jsonl:3");
      Event riot = store.events(EventQuery.all()).get(0);
      assertThat(riot.cameo().code()).isEqualTo("145");
      assertThat(riot.source().code()).isEqualTo("FRACVL");
      assertThat(riot.target().code()).isEqualTo("FRAGOV");
    }
  }

  @Test
  void aVersionOneStoreIsReadAsItIsAndUpgradedWhenOpenedForWriting() throws Exception {
    Path db = folder.resolve("old.duckdb");
    try (EventStore store = EventStore.open(db)) {
      store.ingest(document("d1", "first"), codedEvents().subList(0, 1), List.of());
    }
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE plover_events");
      statement.execute("DROP TABLE month_tallies");
      statement.execute("DROP TABLE month_codes");
      statement.execute("DELETE FROM schema_version");
      statement.execute("INSERT INTO schema_version VALUES (1, current_localtimestamp())");
    }
    try (EventStore store = EventStore.openReadOnly(db)) {
      StringWriter out = new StringWriter();
      assertThat(store.export(ExportFormat.PLOVER, out, EventQuery.all())).isEqualTo(1);
      assertThat(out.toString()).contains("\"event_type\":\"CONSULT\",\"event_mode\":\"visit\"");
    }
    try (EventStore store = EventStore.open(db)) {
      assertThat(store.importPlover(GOLD, problems::add).imported()).isPositive();
      assertThat(store.events(EventQuery.all().origin(Origin.ENTENTE))).hasSize(1);
    }
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT max(version) FROM schema_version")) {
      rows.next();
      assertThat(rows.getInt(1)).as("upgraded through version 2 to 3").isEqualTo(3);
    }
  }
}
