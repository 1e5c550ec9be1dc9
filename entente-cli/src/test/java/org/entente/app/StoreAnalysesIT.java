package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.analysis.dyad.DyadProfile;
import org.entente.analysis.report.Format;
import org.entente.analysis.report.Renderer;
import org.entente.analysis.scope.Dyad;
import org.entente.analysis.scope.Window;
import org.entente.cli.DemoStore;
import org.entente.event.Period;
import org.entente.store.EventStore;
import org.entente.store.query.EventQuery;
import org.entente.store.query.PairCount;
import org.junit.jupiter.api.Test;

/**
 * On the demo store (the example corpus coded by CoreNLP), the relation, leads and triangle read
 * from the store's tallies are, in every format, what they are from every event: the report the CLI
 * and the server gave before they read tallies.
 */
class StoreAnalysesIT {

  @Test
  void onTheDemoStoreTheTalliesGiveWhatTheEventsGive() {
    try (EventStore store = EventStore.open(DemoStore.path())) {
      StoreAnalyses analyses = new StoreAnalyses(store);
      List<PairCount> pairs = store.pairs(EventQuery.all().limit(12));
      assertThat(pairs).hasSize(12);
      Renderer json = Format.JSON.renderer();
      int compared = 0;
      for (PairCount pair : pairs) {
        Dyad dyad = Dyad.of(pair.a(), pair.b());
        for (Window window :
            List.of(Window.ALL, Arguments.window("from", "2018-01-01", "to", "2021-12-31"))) {
          for (Period period : Period.values()) {
            DyadProfile fromTallies = analyses.relation(dyad, window, period);
            DyadProfile fromEvents = analyses.relationFromEvents(dyad, window, period);
            for (Format format : Format.values()) {
              assertThat(format.renderer().profile(fromTallies))
                  .as("%s %s %s %s", dyad, window.label(), period, format)
                  .isEqualTo(format.renderer().profile(fromEvents));
            }
            compared++;
          }
          assertThat(json.leadership(analyses.leads(dyad, window)))
              .isEqualTo(json.leadership(analyses.leadsFromEvents(dyad, window)));
        }
      }
      assertThat(compared).isEqualTo(72);
      for (List<String> three :
          List.of(List.of("USA", "CHN", "RUS"), List.of("RUS", "UKR", "USA"))) {
        assertThat(
                json.triangle(
                    analyses.triangle(three.get(0), three.get(1), three.get(2), Window.ALL)))
            .isEqualTo(
                json.triangle(
                    analyses.triangleFromEvents(
                        three.get(0), three.get(1), three.get(2), Window.ALL)));
      }
    }
  }
}
