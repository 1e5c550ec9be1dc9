package org.entente.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.store.TestEvents.document;
import static org.entente.store.TestEvents.event;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.entente.core.Document;
import org.entente.event.Assessment;
import org.entente.event.Event;
import org.entente.event.Modality;
import org.entente.store.EventKeys;
import org.entente.store.EventStore;
import org.entente.store.query.EventMention;
import org.entente.store.query.EventQuery;
import org.entente.store.query.StoreCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventStoreIngestTest {

  private static final LocalDate DAY = LocalDate.of(2019, 6, 5);

  @TempDir Path folder;

  @Test
  void storesDocumentEventsMentionsAssessmentsAndActors() {
    try (EventStore store = EventStore.open(EventStore.IN_MEMORY)) {
      Document doc = document("d1", "Xi met Putin. Russia sold gas to China.");
      List<Event> events =
          List.of(
              event("d1", 0, "CHNGOV", "RUSGOV", "040", DAY),
              event("d1", 1, "RUS", "CHN", "061", DAY));
      Assessment entente =
          new Assessment("a1", "d1", 1, "an entente", "", DAY, "CHN", "RUS", "entente", "entente");

      IngestResult result = store.ingest(doc, events, List.of(entente));

      assertThat(result.stored()).isTrue();
      assertThat(result.describe())
          .isEqualTo(
              "d1: stored; 2 new events, 0 merged into known events, 2 mentions, 1 assessments");
      assertThat(store.counts()).isEqualTo(new StoreCounts(1, 2, 2, 0, 2, 1, 4));
      assertThat(store.events(EventQuery.all())).containsExactlyElementsOf(events);
      assertThat(store.assessments("RUS", "CHN", null, null)).containsExactly(entente);
    }
  }

  @Test
  void aDifferentTextUnderAStoredIdIsAConflictAndStoresNothing() {
    try (EventStore store = EventStore.open(EventStore.IN_MEMORY)) {
      Event visit = event("d1", 0, "RUS", "CHN", "042", DAY);
      store.ingest(document("d1", "Putin visited Beijing."), List.of(visit), List.of());
      Document other = document("d1", "Xi visited Moscow.");

      IngestResult conflict =
          store.ingest(other, List.of(event("d1", 0, "CHN", "RUS", "042", DAY)), List.of());

      assertThat(conflict.status()).isEqualTo(IngestResult.Status.ID_CONFLICT);
      assertThat(conflict.stored()).isFalse();
      assertThat(conflict.alreadyStored()).isFalse();
      assertThat(conflict.describe())
          .isEqualTo(
              "d1: a different text is already stored under this id; not stored (give each"
                  + " document its own id)");
      assertThat(store.findStored(other)).contains(conflict);
      assertThat(store.events(EventQuery.all())).containsExactly(visit);
      assertThat(store.unusedId("d1")).isEqualTo("d1#2");
      store.ingest(
          document("d1#2", "Xi visited Moscow."),
          List.of(event("d1#2", 0, "CHN", "RUS", "042", DAY)),
          List.of());
      assertThat(store.unusedId("d1")).isEqualTo("d1#3");
      // the same text again, under the id it was given: already stored
      assertThat(store.findStored(other).orElseThrow().describe())
          .isEqualTo("d1: already stored as d1#2 (same text); nothing added");
    }
  }

  @Test
  void sameIdOrSameTextAddsNothing() {
    try (EventStore store = EventStore.open(EventStore.IN_MEMORY)) {
      Event visit = event("d1", 0, "RUS", "CHN", "042", DAY);
      store.ingest(document("d1", "Putin visited  Beijing."), List.of(visit), List.of());

      IngestResult again =
          store.ingest(document("d1", "Putin visited Beijing."), List.of(visit), List.of());
      IngestResult copy =
          store.ingest(
              document("d2", "Putin visited\nBeijing. "),
              List.of(event("d2", 0, "RUS", "CHN", "042", DAY)),
              List.of());

      assertThat(again.status()).isEqualTo(IngestResult.Status.DUPLICATE_ID);
      assertThat(again.describe()).isEqualTo("d1: already stored (same id); nothing added");
      assertThat(copy.status()).isEqualTo(IngestResult.Status.DUPLICATE_TEXT);
      assertThat(copy.describe()).isEqualTo("d2: already stored as d1 (same text); nothing added");
      assertThat(store.counts()).isEqualTo(new StoreCounts(1, 1, 1, 0, 1, 0, 2));
      assertThat(store.events(EventQuery.all()).get(0)).isEqualTo(visit);
    }
  }

  @Test
  void oneEventReportedByManyDocumentsIsOneRowWithItsCountsAndEvidence() throws Exception {
    Path db = folder.resolve("dedup.duckdb");
    try (EventStore store = EventStore.open(db)) {
      Event first = event("d1", 2, "RUSGOV", "CHNGOV", "0311", DAY);
      store.ingest(document("d1", "one", "tass"), List.of(first), List.of());
      store.ingest(
          document("d2", "two", "xinhua"),
          List.of(
              event("d2", 0, "RUSGOV", "CHNGOV", "0311", DAY),
              event("d2", 4, "RUSGOV", "CHNGOV", "0311", DAY)),
          List.of());
      IngestResult third =
          store.ingest(
              document("d3", "three", "tass"),
              List.of(
                  event("d3", 1, "RUSGOV", "CHNGOV", "0311", DAY),
                  event("d3", 1, "RUSGOV", "CHNGOV", "0311", DAY.plusDays(1))),
              List.of());

      assertThat(third.newEvents()).isEqualTo(1);
      assertThat(third.mergedEvents()).isEqualTo(1);
      List<Event> stored = store.events(EventQuery.all());
      assertThat(stored).hasSize(2);
      assertThat(stored.get(0)).as("the first report stays the row's face").isEqualTo(first);

      List<EventMention> evidence = store.mentions(first);
      assertThat(evidence)
          .extracting(EventMention::docId, EventMention::sentence)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("d1", 2),
              org.assertj.core.groups.Tuple.tuple("d2", 0),
              org.assertj.core.groups.Tuple.tuple("d2", 4),
              org.assertj.core.groups.Tuple.tuple("d3", 1));
      assertThat(evidence.get(1).source()).isEqualTo("xinhua");
    }
    try (Connection jdbc = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement statement = jdbc.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT num_mentions, num_articles, num_sources FROM events WHERE event_key = "
                    + EventKeys.of(event("x", 0, "RUSGOV", "CHNGOV", "0311", DAY)))) {
      assertThat(row.next()).isTrue();
      assertThat(List.of(row.getInt(1), row.getInt(2), row.getInt(3))).containsExactly(4, 3, 2);
    }
  }

  @Test
  void modalityAndNegationKeepEventsApart() {
    try (EventStore store = EventStore.open(EventStore.IN_MEMORY)) {
      store.ingest(
          document("d1", "Russia sold gas to China and will sell more, but will never sell arms."),
          List.of(
              event("d1", 0, "RUS", "CHN", "061", DAY),
              event("d1", 1, "RUS", "CHN", "061", DAY, Modality.FUTURE, false),
              event("d1", 2, "RUS", "CHN", "061", DAY, Modality.FUTURE, true)),
          List.of());

      assertThat(store.counts().events()).isEqualTo(3);
      assertThat(store.events(EventQuery.all().onlyFactual())).hasSize(1);
    }
  }

  @Test
  void ingestTimeComesFromTheClock() throws Exception {
    Path db = folder.resolve("clock.duckdb");
    Clock clock = Clock.fixed(Instant.parse("2024-03-01T10:15:30Z"), ZoneOffset.UTC);
    try (EventStore store = EventStore.open(db, clock)) {
      store.ingest(
          document("d1", "x"), List.of(event("d1", 0, "RUS", "CHN", "042", DAY)), List.of());
    }
    try (Connection jdbc = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement statement = jdbc.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT d.ingested_at, e.date_added FROM documents d, events e")) {
      row.next();
      assertThat(row.getString(1)).startsWith("2024-03-01 10:15:30");
      assertThat(row.getString(2)).startsWith("2024-03-01 10:15:30");
    }
  }

  @Test
  void anEventWithoutUrlTakesTheDocumentUrl() {
    try (EventStore store = EventStore.open(EventStore.IN_MEMORY)) {
      Event bare = event("d1", 0, "RUS", "CHN", "042", DAY);
      Event withoutUrl =
          new Event(
              bare.id(),
              bare.docId(),
              bare.sentence(),
              bare.text(),
              "",
              bare.date(),
              bare.datePrecision(),
              bare.dateFrom(),
              bare.source(),
              bare.target(),
              bare.cameo(),
              bare.quadClass(),
              bare.goldstein(),
              bare.negated(),
              bare.modality(),
              bare.trigger(),
              bare.triggerStart(),
              bare.triggerEnd(),
              bare.area());
      Document doc =
          new Document("d1", DAY, "x", "", "https://news.example/putin-in-beijing", "wire");
      store.ingest(doc, List.of(withoutUrl), List.of());

      assertThat(store.events(EventQuery.all()).get(0).url())
          .isEqualTo("https://news.example/putin-in-beijing");
    }
  }

  @Test
  void eventsOfAnotherDocumentAreRejected() {
    try (EventStore store = EventStore.open(EventStore.IN_MEMORY)) {
      assertThatThrownBy(
              () ->
                  store.ingest(
                      document("d1", "x"),
                      List.of(event("d2", 0, "RUS", "CHN", "042", DAY)),
                      List.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("belongs to d2, not to d1");
      assertThat(store.counts().documents()).isZero();
    }
  }
}
