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
import org.entente.analysis.treaty.DefenceTreaties;
import org.entente.event.Area;
import org.entente.event.Event;
import org.entente.event.Period;
import org.junit.jupiter.api.Test;

/** An alliance comes from a treaty in force at the end of the window, or a pact signed in it. */
class AllianceTest {

  private final DyadAnalyzer analyzer = new DyadAnalyzer(3);

  @Test
  void aTreatyMakesTheAllianceFromTheYearItIsInForce() {
    // Russia and North Korea: close in 2023, a treaty signed on 19 June 2024
    List<Event> events =
        all(
            times(4, event("RUS", "PRK", "062").area(Area.MILITARY).on("2023-09-13")),
            times(4, event("PRK", "RUS", "061").area(Area.MILITARY).on("2024-03-01")));
    DyadProfile profile =
        analyzer.profile(Dyad.of("RUS", "PRK"), Window.ALL, Period.YEAR, events, List.of());
    assertThat(profile.trend().periods())
        .extracting(p -> p.span().label(), p -> p.measurement().level().level())
        .containsExactly(tuple("2023", Level.PARTNERSHIP), tuple("2024", Level.ALLIANCE));
    assertThat(profile.trend().turningPoints()).singleElement();
    // the open window ends with its last event, 2024-03-01, before the treaty: no alliance yet
    assertThat(profile.overall().level().level()).isNotEqualTo(Level.ALLIANCE);
  }

  @Test
  void aWindowAfterTheTreatyEndedIsNoAlliance() {
    List<Event> events = times(5, event("RUS", "POL", "042").on("1987-06-30"));
    assertThat(level("RUS", "POL", events, new Window(null, LocalDate.of(1987, 12, 31))))
        .isEqualTo(Level.ALLIANCE);
    assertThat(level("RUS", "POL", events, new Window(null, LocalDate.of(1995, 12, 31))))
        .isNotEqualTo(Level.ALLIANCE);
  }

  @Test
  void aTreatyNeedsNoEventsInABoundedWindow() {
    DyadProfile profile =
        analyzer.profile(
            Dyad.of("USA", "JPN"),
            new Window(LocalDate.of(2014, 1, 1), LocalDate.of(2014, 12, 31)),
            Period.YEAR,
            List.of(),
            List.of());
    assertThat(profile.overall().level().level()).isEqualTo(Level.ALLIANCE);
    assertThat(profile.overall().level().eventLevel()).isEqualTo(Level.INSUFFICIENT_EVIDENCE);
  }

  @Test
  void aPactSignedInTheNewsCountsFromItsSigning() {
    Event signing =
        event("RUS", "CHN", "057")
            .area(Area.MILITARY)
            .text("Russia and China signed a mutual defence treaty in Moscow.")
            .on("2030-05-09")
            .build();
    List<Event> events =
        all(times(4, event("RUS", "CHN", "061").on("2030-01-10")), List.of(signing));
    Measurement measured =
        analyzer.measure(
            org.entente.analysis.scope.DyadEvents.select(
                Dyad.of("CHN", "RUS"), Window.ALL, events));
    assertThat(measured.level().level()).isEqualTo(Level.ALLIANCE);
    assertThat(measured.level().commitments())
        .singleElement()
        .satisfies(c -> assertThat(c.from()).isEqualTo(LocalDate.of(2030, 5, 9)));
    assertThat(measured.pactSignings().count()).isEqualTo(1);
  }

  @Test
  void armsDealsAndArmsControlNeverMakeAnAlliance() {
    List<Event> events =
        all(
            List.of(
                event("RUS", "CHN", "057")
                    .area(Area.MILITARY)
                    .text("Russia signed a contract to sell China 24 Su-35 fighters.")
                    .build(),
                event("USA", "RUS", "057")
                    .area(Area.SECURITY)
                    .text("Washington and Moscow signed an arms control treaty.")
                    .build()),
            times(4, event("RUS", "CHN", "061").area(Area.MILITARY)));
    assertThat(level("CHN", "RUS", events, Window.ALL)).isNotEqualTo(Level.ALLIANCE);
    assertThat(level("USA", "RUS", events, Window.ALL)).isEqualTo(Level.INSUFFICIENT_EVIDENCE);
  }

  @Test
  void withoutATreatyTableNothingIsAnAlliance() {
    DyadAnalyzer bare = new DyadAnalyzer(3, DefenceTreaties.none());
    List<Event> events = times(5, event("USA", "JPN", "042").on("2014-06-30"));
    assertThat(
            bare.profile(Dyad.of("USA", "JPN"), Window.ALL, Period.YEAR, events, List.of())
                .overall()
                .level()
                .level())
        .isNotEqualTo(Level.ALLIANCE);
  }

  @Test
  void attentionIsTheDyadsShareOfItsCountriesEvents() {
    List<Event> events =
        all(
            times(2, event("USA", "CHN", "042")),
            times(6, event("USA", "GBR", "042")),
            times(2, event("CHN", "RUS", "042")));
    Measurement measured =
        analyzer.measure(
            org.entente.analysis.scope.DyadEvents.select(
                Dyad.of("USA", "CHN"), Window.ALL, events));
    assertThat(measured.volume()).isEqualTo(10);
    assertThat(measured.attention()).hasValue(0.2);
  }

  private Level level(String a, String b, List<Event> events, Window window) {
    return analyzer
        .measure(org.entente.analysis.scope.DyadEvents.select(Dyad.of(a, b), window, events))
        .level()
        .level();
  }
}
