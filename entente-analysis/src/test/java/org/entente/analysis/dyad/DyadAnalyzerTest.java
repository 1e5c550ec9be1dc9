package org.entente.analysis.dyad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.entente.analysis.TestEvents.all;
import static org.entente.analysis.TestEvents.event;
import static org.entente.analysis.TestEvents.times;

import java.time.LocalDate;
import java.util.List;
import org.entente.analysis.level.Level;
import org.entente.analysis.scope.Dyad;
import org.entente.analysis.scope.Window;
import org.entente.event.Area;
import org.entente.event.DatePrecision;
import org.entente.event.Event;
import org.entente.event.Period;
import org.junit.jupiter.api.Test;

class DyadAnalyzerTest {

  private final DyadAnalyzer analyzer = new DyadAnalyzer(3);

  /** US–Russia: a reset in 2012, one meeting in 2013, Crimea sanctions in 2014. */
  private static final List<Event> US_RUSSIA =
      all(
          times(2, event("USA", "RUS", "061").area(Area.ECONOMIC).on("2012-03-01")),
          times(2, event("RUS", "USA", "042").on("2012-09-01")),
          times(1, event("USA", "RUS", "042").on("2013-05-01")),
          times(3, event("USA", "RUS", "163").area(Area.ECONOMIC).on("2014-03-17")),
          times(2, event("RUS", "USA", "111").on("2014-04-01")));

  @Test
  void theTrendHasEveryPeriodAndTheTurningPointSkipsThinYears() {
    DyadProfile profile =
        analyzer.profile(Dyad.of("USA", "RUS"), Window.ALL, Period.YEAR, US_RUSSIA, List.of());
    assertThat(profile.trend().periods())
        .extracting(p -> p.span().label(), p -> p.measurement().level().level())
        .containsExactly(
            tuple("2012", Level.PARTNERSHIP),
            tuple("2013", Level.INSUFFICIENT_EVIDENCE),
            tuple("2014", Level.CONFRONTATION));
    assertThat(profile.trend().turningPoints())
        .singleElement()
        .satisfies(
            turn -> {
              assertThat(turn.span().label()).isEqualTo("2014");
              assertThat(turn.since().label()).isEqualTo("2012");
              assertThat(turn.from()).isEqualTo(Level.PARTNERSHIP);
              assertThat(turn.to()).isEqualTo(Level.CONFRONTATION);
            });
    // half the events conflictual, three sanctions in ten: beyond the 85th percentile of real
    // pair-years on both shares
    assertThat(profile.overall().level().level()).isEqualTo(Level.CONFRONTATION);
    assertThat(profile.overall().figures().both().events()).isEqualTo(10);
  }

  @Test
  void aBoundedWindowShowsItsEmptyPeriodsToo() {
    DyadProfile profile =
        analyzer.profile(
            Dyad.of("USA", "RUS"),
            Window.between(LocalDate.of(2013, 1, 1), LocalDate.of(2016, 12, 31)),
            Period.YEAR,
            US_RUSSIA,
            List.of());
    assertThat(profile.trend().periods())
        .extracting(p -> p.span().label(), p -> p.measurement().figures().both().events())
        .containsExactly(tuple("2013", 1), tuple("2014", 5), tuple("2015", 0), tuple("2016", 0));
    assertThat(profile.overall().level().level()).isEqualTo(Level.CONFRONTATION);
  }

  @Test
  void byQuarterAYearDatedEventCountsOnlyOverall() {
    List<Event> events =
        all(
            times(3, event("CHN", "RUS", "042").on("2019-06-05")),
            List.of(
                event("RUS", "CHN", "061").on("2018-01-01").precision(DatePrecision.YEAR).build()));
    DyadProfile profile =
        analyzer.profile(Dyad.of("CHN", "RUS"), Window.ALL, Period.QUARTER, events, List.of());
    assertThat(profile.coarselyDated()).isEqualTo(1);
    assertThat(profile.overall().figures().both().events()).isEqualTo(4);
    assertThat(profile.trend().periods())
        .extracting(p -> p.span().label())
        .containsExactly("2019-Q2");
  }

  @Test
  void noEventsGiveAnEmptyTrendAndInsufficientEvidence() {
    DyadProfile profile =
        analyzer.profile(Dyad.of("CHN", "BRA"), Window.ALL, Period.MONTH, US_RUSSIA, List.of());
    assertThat(profile.trend().periods()).isEmpty();
    assertThat(profile.overall().level().level()).isEqualTo(Level.INSUFFICIENT_EVIDENCE);
    assertThat(profile.overall().level().summary())
        .startsWith("insufficient evidence: 0 counted events");
  }
}
