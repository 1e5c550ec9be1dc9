package org.entente.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.analysis.RelationshipAnalysis;
import org.entente.analysis.dyad.DyadProfile;
import org.entente.analysis.evidence.Evidence;
import org.entente.analysis.report.Format;
import org.entente.analysis.report.Renderer;
import org.entente.analysis.scope.Dyad;
import org.entente.analysis.scope.Window;
import org.entente.core.SharedFiles;
import org.entente.event.Event;
import org.entente.event.Period;
import org.entente.server.TestStore;
import org.entente.store.EventStore;
import org.entente.store.gdelt.ImportListener;
import org.entente.store.query.EventQuery;
import org.entente.store.query.PairCount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analyses of a store, read from its tallies ({@link StoreAnalyses#relation} and the others),
 * give in every format what the analyses of every event in the store give: on hand-made events, on
 * GDELT's sample rows, and on GDELT rows with more events behind a figure than it names.
 */
class StoreAnalysesTest {

  private static final String GDELT_SAMPLE = "reference/gdelt/gdelt1.events.sample.tsv";

  @TempDir Path folder;

  @Test
  void theTalliesGiveWhatAllEventsGive() {
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

  @Test
  void theWarmUpRunsTheBusiestPairAndNothingOnAnEmptyStore() {
    try (EventStore store = EventStore.open(TestStore.create(folder))) {
      PairCount busiest = store.pairs(EventQuery.all()).get(0);
      assertThat(new StoreAnalyses(store).warmUp()).contains(Dyad.of(busiest.a(), busiest.b()));
    }
    try (EventStore empty = EventStore.open(folder.resolve("empty.duckdb"))) {
      assertThat(new StoreAnalyses(empty).warmUp()).isEmpty();
    }
  }

  @Test
  void onGdeltsSampleTheTalliesGiveWhatTheEventsGive() {
    try (EventStore store = EventStore.open(folder.resolve("gdelt.duckdb"))) {
      store.importGdelt(SharedFiles.resolve(GDELT_SAMPLE), ImportListener.NONE);
      List<PairCount> pairs = store.pairs(EventQuery.all());
      assertThat(pairs).hasSizeGreaterThan(3);
      assertSame(
          new StoreAnalyses(store),
          pairs,
          List.of(Window.ALL, Arguments.window("from", "2016-07-28", "to", null)));
    }
  }

  @Test
  void whereAFigureHasMoreEventsThanItNamesTheTalliesNameTheSameOldestOnes() throws IOException {
    // GDELT rows of two days whose ids cross from 9 to 10 digits: as text, "1000000000" comes
    // before "999999700", and the oldest 200 of a figure are chosen by date, then id as text
    Path file = folder.resolve("crossing.export.CSV");
    List<String> templates =
        Files.readAllLines(SharedFiles.resolve(GDELT_SAMPLE), StandardCharsets.UTF_8);
    List<String> rows = new ArrayList<>();
    String[][] directions = {{"CHN", "RUS"}, {"RUS", "CHN"}, {"CHN", "USA"}, {"RUS", "USA"}};
    for (int i = 0; i < 5 * Evidence.ID_LIMIT; i++) {
      String[] fields = templates.get(i % templates.size()).split("\t", -1);
      String[] direction = directions[i % directions.length];
      // and a few ids of 14 digits, which the store orders another way than the rest
      fields[0] =
          Long.toString(i % 50 == 1 ? 10_000_000_000_000L * (1 + i % 3) + i : 999_999_700L + i);
      String day = i % 5 == 0 ? "20160727" : "20160728";
      fields[1] = day;
      fields[2] = day.substring(0, 6);
      fields[3] = day.substring(0, 4);
      fields[5] = direction[0];
      fields[7] = direction[0];
      fields[15] = direction[1];
      fields[17] = direction[1];
      rows.add(String.join("\t", fields));
    }
    Files.write(file, rows, StandardCharsets.UTF_8);
    try (EventStore store = EventStore.open(folder.resolve("crossing.duckdb"))) {
      store.importGdelt(file, ImportListener.NONE);
      StoreAnalyses analyses = new StoreAnalyses(store);
      assertSame(analyses, store.pairs(EventQuery.all()), List.of(Window.ALL));
      DyadProfile profile = analyses.relation(Dyad.of("CHN", "RUS"), Window.ALL, Period.YEAR);
      Evidence all = profile.overall().figures().both().evidence();
      assertThat(all.count()).isGreaterThan(Evidence.ID_LIMIT);
      assertThat(all.eventIds()).hasSize(Evidence.ID_LIMIT).contains("1000000000");
      assertThat(all.eventIds().get(0)).isEqualTo("1000000000");
      // a third party's cell alone holds more than a figure names (250 CHN→USA events)
      assertThat(profile.leadership().issues().get(0).evidence().count())
          .isGreaterThan(2 * Evidence.ID_LIMIT);
    }
  }

  /** Every pair's profile (each period and window), leadership, and a triangle, both ways. */
  private static void assertSame(
      StoreAnalyses analyses, List<PairCount> pairs, List<Window> windows) {
    for (PairCount pair : pairs) {
      Dyad dyad = Dyad.of(pair.a(), pair.b());
      for (Window window : windows) {
        for (Period period : Period.values()) {
          DyadProfile fromTallies = analyses.relation(dyad, window, period);
          DyadProfile fromEvents = analyses.relationFromEvents(dyad, window, period);
          for (Format format : Format.values()) {
            assertThat(format.renderer().profile(fromTallies))
                .as("%s %s %s %s", dyad, window.label(), period, format)
                .isEqualTo(format.renderer().profile(fromEvents));
          }
        }
        Renderer json = Format.JSON.renderer();
        assertThat(json.leadership(analyses.leads(dyad, window)))
            .isEqualTo(json.leadership(analyses.leadsFromEvents(dyad, window)));
        String third = pairs.get(0).a().equals(pair.a()) ? pairs.get(0).b() : pairs.get(0).a();
        if (!dyad.contains(third)) {
          assertThat(json.triangle(analyses.triangle(pair.a(), pair.b(), third, window)))
              .isEqualTo(
                  json.triangle(analyses.triangleFromEvents(pair.a(), pair.b(), third, window)));
        }
      }
    }
  }
}
