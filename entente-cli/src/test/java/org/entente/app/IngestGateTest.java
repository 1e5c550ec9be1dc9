package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.core.Document;
import org.entente.store.EventStore;
import org.junit.jupiter.api.Test;

class IngestGateTest {

  private static final LocalDate DAY = LocalDate.of(2019, 6, 5);

  private static Document document(String id, String text) {
    return new Document(id, DAY, text, "", "", "");
  }

  private static List<String> ids(IngestGate gate, List<Document> input) {
    List<String> ids = new ArrayList<>();
    gate.admit(input.iterator()).forEachRemaining(document -> ids.add(document.id()));
    return ids;
  }

  @Test
  void storedDocumentsAreSkippedAndADifferentTextUnderAKnownIdIsKeptUnderANewId() {
    StringWriter err = new StringWriter();
    try (EventStore store = EventStore.open(EventStore.IN_MEMORY)) {
      store.ingest(document("d1", "Putin visited Beijing."), List.of(), List.of());
      IngestGate gate = new IngestGate(store, new PrintWriter(err, true));

      List<String> admitted =
          ids(
              gate,
              List.of(
                  document("d1", "Putin visited Beijing."), // stored
                  document("d9", "Putin visited  Beijing."), // stored, under d1
                  document("d1", "Xi visited Moscow."), // conflict with the store
                  document("d2", "Modi visited Tokyo."),
                  document("d2", "Abe visited Delhi."), // conflict within the run
                  document("d3", "Modi visited Tokyo."))); // same text as d2, in the run

      assertThat(admitted).containsExactly("d1#2", "d2", "d2#2");
      assertThat(gate.alreadyStored()).isEqualTo(3);
      assertThat(gate.conflicts()).isEqualTo(2);
      assertThat(err.toString())
          .contains(
              "entente: d1: another text already has this id; stored as d1#2"
                  + " (give each document its own id)")
          .contains("entente: d2: another text already has this id; stored as d2#2");
    }
  }
}
