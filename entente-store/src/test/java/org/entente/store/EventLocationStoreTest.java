package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.store.TestEvents.document;
import static org.entente.store.TestEvents.event;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.entente.event.Event;
import org.entente.event.EventLocation;
import org.entente.store.query.EventQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An event's location is stored beside it, and a store written before locations still reads. */
class EventLocationStoreTest {

  private static final LocalDate DAY = LocalDate.of(2019, 6, 5);
  private static final EventLocation ALEPPO =
      new EventLocation("Aleppo", "SYR", "SY", 36.20124, 37.16117, "PPLA", 170063, "text");

  @TempDir Path folder;

  @Test
  void aLocatedEventComesBackWithItsLocation() {
    Event located = event("d1", 0, "RUSMIL", "SYRREB", "190", DAY).withLocation(ALEPPO, "step");
    Event plain = event("d1", 1, "RUS", "TUR", "040", DAY);
    try (EventStore store = EventStore.open(EventStore.IN_MEMORY)) {
      store.ingest(document("d1", "Two sentences."), List.of(located, plain), List.of());
      List<Event> back = store.events(EventQuery.all());
      assertThat(back).hasSize(2);
      assertThat(back)
          .filteredOn(e -> e.sentence() == 0)
          .singleElement()
          .extracting(Event::location)
          .isEqualTo(ALEPPO);
      assertThat(back)
          .filteredOn(e -> e.sentence() == 1)
          .singleElement()
          .matches(e -> e.location() == null);
    }
  }

  @Test
  void aStoreWithoutTheLocationsTableReadsAndGetsItWhenWritten() throws Exception {
    Path db = folder.resolve("old.duckdb");
    try (EventStore store = EventStore.open(db)) {
      store.ingest(
          document("d1", "Russia met Turkey."),
          List.of(event("d1", 0, "RUS", "TUR", "040", DAY)),
          List.of());
    }
    // a store written before event locations existed
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE event_locations");
    }
    try (EventStore store = EventStore.openReadOnly(db)) {
      assertThat(store.events(EventQuery.all())).singleElement().matches(e -> e.location() == null);
    }
    try (EventStore store = EventStore.open(db)) {
      store.ingest(
          document("d2", "Russian troops attacked rebels in Aleppo."),
          List.of(event("d2", 0, "RUSMIL", "SYRREB", "190", DAY).withLocation(ALEPPO, "step")),
          List.of());
      assertThat(store.events(EventQuery.all()))
          .extracting(Event::location)
          .containsExactlyInAnyOrder(null, ALEPPO);
    }
  }
}
