package org.entente.store.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.event.Assessment;
import org.entente.event.Event;
import org.entente.store.EventStore;
import org.entente.store.TestEvents;

/**
 * The child process of {@link IngestKillTest}: ingests documents {@code doc-00000-n03}, {@code
 * doc-00001-n04}, … into the store at {@code args[0]} until {@code args[1]} are stored, printing
 * {@code stored i} after each commit. Document i has n = 3 + i % 9 events (the number in its id):
 * one shared with every fifth document, so dedup counters are exercised, and n - 1 of its own; and
 * one assessment.
 */
public final class IngestLoop {

  static final List<String> CODES =
      List.of("040", "042", "043", "046", "051", "057", "061", "0311", "036", "071", "081", "111");

  private IngestLoop() {}

  public static void main(String[] args) {
    Path db = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    try (EventStore store = EventStore.open(db)) {
      for (int i = 0; i < count; i++) {
        int n = eventsOf(i);
        String id = String.format("doc-%05d-n%02d", i, n);
        List<Event> events = new ArrayList<>();
        events.add(TestEvents.event(id, 0, "RUSGOV", "CHNGOV", "042", shared(i)));
        for (int k = 1; k < n; k++) {
          events.add(TestEvents.event(id, k, "CHN", "RUS", CODES.get(k), own(i)));
        }
        Assessment assessment =
            new Assessment(
                "a-" + id, id, 0, "an entente", "", own(i), "CHN", "RUS", "entente", "entente");
        IngestResult result =
            store.ingest(TestEvents.document(id, "Document " + i), events, List.of(assessment));
        System.out.println((result.stored() ? "stored " : "skipped ") + i);
        System.out.flush();
      }
    }
  }

  static int eventsOf(int i) {
    return 3 + i % 9;
  }

  static LocalDate shared(int i) {
    return LocalDate.of(2020, 1, 1 + i % 5);
  }

  static LocalDate own(int i) {
    return LocalDate.of(2000, 1, 1).plusDays(i);
  }
}
