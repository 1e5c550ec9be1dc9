package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.entente.analysis.RelationshipAnalysis;
import org.entente.analysis.report.Format;
import org.entente.analysis.report.Renderer;
import org.entente.analysis.scope.Dyad;
import org.entente.analysis.scope.Window;
import org.entente.event.Event;
import org.entente.event.Period;
import org.entente.server.TestStore;
import org.entente.store.EventStore;
import org.entente.store.query.EventQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading only the events the countries initiate gives the analyses of every event in the store:
 * what third countries do to A or B never enters a profile, a triangle or a leadership.
 */
class StoreAnalysesTest {

  @TempDir Path folder;

  @Test
  void theEventsReadGiveWhatAllEventsGive() {
    RelationshipAnalysis analysis = RelationshipAnalysis.standard();
    Renderer json = Format.JSON.renderer();
    try (EventStore store = EventStore.open(TestStore.create(folder))) {
      StoreAnalyses analyses = new StoreAnalyses(store);
      List<Event> all = store.events(EventQuery.all());
      Window window = Window.ALL;
      Window since2015 = Arguments.window("from", "2015-01-01", "to", null);
      for (Dyad dyad :
          List.of(Dyad.of("CHN", "RUS"), Dyad.of("USA", "RUS"), Dyad.of("CHN", "USA"))) {
        for (Window w : List.of(window, since2015)) {
          assertThat(json.profile(analyses.relation(dyad, w, Period.QUARTER)))
              .isEqualTo(
                  json.profile(
                      analysis.relation(
                          dyad,
                          w,
                          Period.QUARTER,
                          all,
                          store.assessments(dyad.a(), dyad.b(), w.from(), w.to()))));
          assertThat(json.leadership(analyses.leads(dyad, w)))
              .isEqualTo(json.leadership(analysis.leads(dyad, w, all)));
        }
      }
      assertThat(json.triangle(analyses.triangle("USA", "CHN", "RUS", window)))
          .isEqualTo(json.triangle(analysis.triangle("USA", "CHN", "RUS", window, all)));
      assertThat(analyses.events(List.of("CHN", "RUS"), window))
          .hasSize(9)
          .allMatch(e -> List.of("CHN", "RUS").contains(e.source().country()));
    }
  }
}
