package org.entente.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.analysis.TestEvents.all;
import static org.entente.analysis.TestEvents.assessment;
import static org.entente.analysis.TestEvents.event;
import static org.entente.analysis.TestEvents.times;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.analysis.dyad.DyadProfile;
import org.entente.analysis.evidence.Evidence;
import org.entente.analysis.report.Format;
import org.entente.analysis.scope.Dyad;
import org.entente.analysis.scope.ListAggregates;
import org.entente.analysis.scope.Window;
import org.entente.event.Area;
import org.entente.event.Assessment;
import org.entente.event.DatePrecision;
import org.entente.event.Event;
import org.entente.event.Modality;
import org.entente.event.Period;
import org.junit.jupiter.api.Test;

/**
 * The relationship model read from tallies ({@code EventAggregates}) gives, in every format, the
 * profiles, triangles and leaderships it gives from the events themselves: the seed op-ed, a pact
 * signed in the news, claims and negations, dates known to the year, and figures on more events
 * than {@link Evidence#ID_LIMIT}.
 */
class AggregatesTest {

  private static final RelationshipAnalysis ANALYSIS = new RelationshipAnalysis(3);

  private static List<Event> events() {
    List<Event> events = new ArrayList<>(SeedOpEd.load().events());
    events.addAll(
        all(
            times(2, event("USA", "RUS", "061").area(Area.ECONOMIC).on("2012-03-01")),
            times(2, event("RUS", "USA", "042").on("2012-09-01")),
            times(3, event("USA", "RUS", "163").area(Area.ECONOMIC).on("2014-03-17")),
            times(2, event("RUS", "USA", "111").on("2014-04-01")),
            times(
                2,
                event("RUS", "USA", "111")
                    .on("2014-04-02")
                    .modality(Modality.REPORTED)
                    .text("Moscow accused Washington of meddling, officials said.")),
            times(
                1,
                event("RUS", "USA", "042")
                    .on("2014-05-02")
                    .modality(Modality.REPORTED)
                    .text("Officials said the envoy visited Washington.")),
            times(1, event("USA", "RUS", "190").on("2014-06-01").negated()),
            times(
                1,
                event("JPN", "USA", "057")
                    .area(Area.MILITARY)
                    .on("2015-01-20")
                    .text("Japan and the United States signed a mutual defence treaty.")),
            times(4, event("USA", "JPN", "042").on("2015-02-01")),
            times(
                2,
                event("CHN", "RUS", "061")
                    .on("2017-01-01")
                    .precision(DatePrecision.YEAR)
                    .area(Area.ENERGY)),
            // more than a figure names: every one a deed toward a third party, on one day
            times(Evidence.ID_LIMIT + 30, event("CHN", "USA", "163").on("2016-02-01")),
            times(Evidence.ID_LIMIT + 5, event("RUS", "USA", "112").on("2016-02-01")),
            times(12, event("CHN", "RUS", "042").on("2016-03-01")),
            times(Evidence.ID_LIMIT + 1, event("RUS", "CHN", "061").on("2016-04-01"))));
    return events;
  }

  @Test
  void profilesFromTalliesAreProfilesFromEvents() {
    List<Event> events = events();
    ListAggregates aggregates = new ListAggregates(events);
    List<Assessment> assessments =
        List.of(
            assessment("CHN", "RUS", "entente", "2016-05-01"),
            assessment("USA", "RUS", "rivalry", "2014-05-01"));
    int compared = 0;
    for (Dyad dyad :
        List.of(
            Dyad.of("CHN", "RUS"),
            Dyad.of("USA", "RUS"),
            Dyad.of("JPN", "USA"),
            Dyad.of("USA", "CHN"))) {
      for (Window window :
          List.of(
              Window.ALL,
              Window.between(LocalDate.of(2014, 1, 1), null),
              Window.between(LocalDate.of(2013, 1, 1), LocalDate.of(2016, 12, 31)))) {
        for (Period period : Period.values()) {
          DyadProfile fromEvents = ANALYSIS.relation(dyad, window, period, events, assessments);
          DyadProfile fromTallies =
              ANALYSIS.relation(dyad, window, period, aggregates, assessments);
          for (Format format : Format.values()) {
            assertThat(format.renderer().profile(fromTallies))
                .as("%s %s %s %s", dyad, window.label(), period, format)
                .isEqualTo(format.renderer().profile(fromEvents));
          }
          compared++;
        }
        assertThat(Format.JSON.renderer().leadership(ANALYSIS.leads(dyad, window, aggregates)))
            .isEqualTo(Format.JSON.renderer().leadership(ANALYSIS.leads(dyad, window, events)));
      }
    }
    assertThat(compared).isEqualTo(36);
    DyadProfile chinaRussia =
        ANALYSIS.relation(Dyad.of("CHN", "RUS"), Window.ALL, Period.YEAR, aggregates, assessments);
    Evidence beyondTheLimit = chinaRussia.overall().figures().bToA().evidence();
    assertThat(beyondTheLimit.count()).isGreaterThan(Evidence.ID_LIMIT);
    assertThat(beyondTheLimit.eventIds()).hasSize(Evidence.ID_LIMIT);
    // the seed's trade "by 2018" both ways and the two energy deals of 2017, by quarter
    assertThat(
            ANALYSIS
                .relation(Dyad.of("CHN", "RUS"), Window.ALL, Period.QUARTER, aggregates, List.of())
                .coarselyDated())
        .isEqualTo(4);
    assertThat(
            ANALYSIS
                .relation(Dyad.of("JPN", "USA"), Window.ALL, Period.YEAR, aggregates, List.of())
                .overall()
                .pactSignings()
                .count())
        .isEqualTo(1);
  }

  @Test
  void trianglesFromTalliesAreTrianglesFromEvents() {
    List<Event> events = events();
    ListAggregates aggregates = new ListAggregates(events);
    for (Window window : List.of(Window.ALL, Window.between(LocalDate.of(2014, 1, 1), null))) {
      for (Format format : Format.values()) {
        assertThat(
                format
                    .renderer()
                    .triangle(ANALYSIS.triangle("USA", "CHN", "RUS", window, aggregates)))
            .isEqualTo(
                format.renderer().triangle(ANALYSIS.triangle("USA", "CHN", "RUS", window, events)));
        assertThat(
                format
                    .renderer()
                    .triangle(ANALYSIS.triangle("JPN", "USA", "RUS", window, aggregates)))
            .isEqualTo(
                format.renderer().triangle(ANALYSIS.triangle("JPN", "USA", "RUS", window, events)));
      }
    }
  }
}
