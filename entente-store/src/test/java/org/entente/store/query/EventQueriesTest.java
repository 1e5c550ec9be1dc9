package org.entente.store.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.store.TestEvents.document;
import static org.entente.store.TestEvents.event;

import java.time.LocalDate;
import java.util.List;
import org.entente.core.SharedFiles;
import org.entente.event.Assessment;
import org.entente.event.Event;
import org.entente.event.Modality;
import org.entente.event.Period;
import org.entente.store.EventStore;
import org.entente.store.gdelt.ImportListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventQueriesTest {

  private static final LocalDate MAY_2014 = LocalDate.of(2014, 5, 20);

  private EventStore store;
  private Event gasDeal;
  private Event tooEarly;
  private Event backwards;
  private Event visit;
  private Event arms;
  private Event domestic;
  private Event atTheUn;
  private Event future;
  private Assessment entente;
  private Assessment confrontation;

  @BeforeEach
  void fill() {
    store = EventStore.open(EventStore.IN_MEMORY);
    gasDeal = event("d1", 0, "RUSGOV", "CHNGOV", "061", MAY_2014);
    tooEarly = event("d1", 1, "RUS", "CHN", "061", LocalDate.of(2013, 12, 31));
    backwards = event("d1", 2, "CHN", "RUS", "061", LocalDate.of(2014, 6, 1));
    visit = event("d1", 3, "RUS", "CHN", "042", LocalDate.of(2014, 6, 1));
    arms = event("d1", 4, "RUSMIL", "CHN", "062", LocalDate.of(2015, 1, 1));
    domestic = event("d1", 5, "CHNGOV", "CHNOPP", "111", LocalDate.of(2015, 2, 1));
    atTheUn = event("d1", 6, "CHN", "IGOUNO", "043", LocalDate.of(2015, 3, 1));
    future = event("d1", 7, "CHN", "USA", "0311", LocalDate.of(2015, 4, 1), Modality.FUTURE, false);
    entente =
        new Assessment("a1", "d1", 0, "an entente", "", MAY_2014, "CHN", "RUS", "entente", "x");
    confrontation =
        new Assessment(
            "a2",
            "d1",
            1,
            "a confrontation",
            "",
            LocalDate.of(2016, 1, 1),
            "CHN",
            "RUS",
            "confrontation",
            "y");
    store.ingest(
        document("d1", "All of it."),
        List.of(gasDeal, tooEarly, backwards, visit, arms, domestic, atTheUn, future),
        List.of(entente, confrontation));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void bySourceTargetDateAndRoot() {
    EventQuery query =
        EventQuery.all().source("RUS").target("CHN").from(LocalDate.of(2014, 1, 1)).roots("06");
    assertThat(store.events(query)).containsExactly(gasDeal, arms);
  }

  @Test
  void longerCodesMatchByPrefix() {
    assertThat(store.events(EventQuery.all().source("RUSGOV"))).containsExactly(gasDeal);
    assertThat(store.events(EventQuery.all().target("IGO"))).isEmpty();
    assertThat(store.events(EventQuery.all().target("IGOUNO"))).containsExactly(atTheUn);
  }

  @Test
  void betweenTwoCountriesInEitherDirectionByQuadClassAndWindow() {
    EventQuery dyad = EventQuery.between("CHN", "RUS");
    assertThat(store.events(dyad)).containsExactly(tooEarly, gasDeal, backwards, visit, arms);
    assertThat(store.events(dyad.quadClasses(2).window(MAY_2014, LocalDate.of(2014, 12, 31))))
        .containsExactly(gasDeal, backwards);
    assertThat(store.events(dyad.limit(2))).containsExactly(tooEarly, gasDeal);
  }

  @Test
  void involvingACountryMeansFacingAnotherCountry() {
    assertThat(store.events(EventQuery.involving("CHN")))
        .containsExactly(tooEarly, gasDeal, backwards, visit, arms, future);
    assertThat(store.events(EventQuery.involving("CHN").onlyFactual()))
        .doesNotContain(future)
        .hasSize(5);
  }

  @Test
  void byOrigin() {
    store.importGdelt(
        SharedFiles.resolve("reference/gdelt/gdelt1.events.sample.tsv"), ImportListener.NONE);
    assertThat(store.events(EventQuery.all().origin(Origin.ENTENTE))).hasSize(8);
    assertThat(store.events(EventQuery.all().origin(Origin.GDELT))).hasSize(61);
    assertThat(store.counts().events()).isEqualTo(69);
  }

  @Test
  void tallyCountsAndSumsPerPeriodAndDirection() {
    List<PeriodTally> byMonth = store.tally(EventQuery.between("CHN", "RUS"), Period.MONTH);
    assertThat(byMonth)
        .containsExactly(
            new PeriodTally(LocalDate.of(2013, 12, 1), "RUS", "CHN", 2, 1, 6.4, 1),
            new PeriodTally(LocalDate.of(2014, 5, 1), "RUS", "CHN", 2, 1, 6.4, 1),
            new PeriodTally(LocalDate.of(2014, 6, 1), "CHN", "RUS", 2, 1, 6.4, 1),
            new PeriodTally(LocalDate.of(2014, 6, 1), "RUS", "CHN", 1, 1, 1.9, 1),
            new PeriodTally(LocalDate.of(2015, 1, 1), "RUS", "CHN", 2, 1, 7.4, 1));
    List<PeriodTally> byYear = store.tally(EventQuery.between("CHN", "RUS"), Period.YEAR);
    assertThat(byYear)
        .extracting(PeriodTally::period, PeriodTally::sourceCountry, PeriodTally::events)
        .contains(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2014, 1, 1), "RUS", 1L));
    assertThat(byYear.stream().mapToLong(PeriodTally::events).sum()).isEqualTo(5);
  }

  @Test
  void pagesFollowOneAnotherWithoutGapsOrRepeatsEvenWhenEventsAreAddedMeanwhile() {
    EventQuery dyad = EventQuery.between("CHN", "RUS");
    EventPage first = store.eventPage(dyad, null, 2);
    assertThat(first.events()).containsExactly(tooEarly, gasDeal);
    assertThat(first.next()).isNotNull();

    // an event stored before the page already read does not shift the next one
    Event earlier = event("d2", 0, "RUS", "CHN", "042", LocalDate.of(2012, 1, 1));
    store.ingest(document("d2", "Later news of earlier times."), List.of(earlier), List.of());
    EventCursor resumed = EventCursor.parse(first.next().text());
    EventPage second = store.eventPage(dyad, resumed, 2);
    EventPage third = store.eventPage(dyad, second.next(), 2);

    assertThat(resumed).isEqualTo(first.next());
    assertThat(second.events()).containsExactlyInAnyOrder(backwards, visit);
    assertThat(third.events()).containsExactly(arms);
    assertThat(third.next()).isNull();
  }

  @Test
  void aCursorNotMadeByAPageIsRejectedWithAMessage() {
    assertThatThrownBy(() -> EventCursor.parse("not-a-cursor"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "'not-a-cursor' is not a cursor given by an earlier page; start again without one");
  }

  @Test
  void countriesAndPairsWithTheirEventsBetweenTwoCountries() {
    // 5 CHN–RUS events, 1 CHN–USA; the domestic and the UN events have no second country
    assertThat(store.countries(EventQuery.all()))
        .containsExactly(
            new CountryCount("CHN", 6), new CountryCount("RUS", 5), new CountryCount("USA", 1));
    assertThat(store.pairs(EventQuery.all()))
        .containsExactly(new PairCount("CHN", "RUS", 5), new PairCount("CHN", "USA", 1));
    assertThat(store.pairs(EventQuery.all().onlyFactual().limit(1)))
        .containsExactly(new PairCount("CHN", "RUS", 5));
    assertThat(store.countries(EventQuery.all().from(LocalDate.of(2015, 1, 1))))
        .containsExactly(
            new CountryCount("CHN", 2), new CountryCount("RUS", 1), new CountryCount("USA", 1));
  }

  @Test
  void assessmentsOfADyadInAnyOrderAndWindow() {
    assertThat(store.assessments("RUS", "CHN", null, null)).containsExactly(entente, confrontation);
    assertThat(store.assessments("CHN", "RUS", LocalDate.of(2015, 1, 1), null))
        .containsExactly(confrontation);
    assertThat(store.assessments("CHN", "USA", null, null)).isEmpty();
  }

  @Test
  void badQueriesAreRejectedWhenBuilt() {
    assertThatThrownBy(() -> EventQuery.all().roots("6"))
        .hasMessage("CAMEO roots are two digits from 01 to 20, not '6'");
    assertThatThrownBy(() -> EventQuery.all().quadClasses(5))
        .hasMessage("quad classes run from 1 to 4, not 5");
    assertThatThrownBy(
            () -> EventQuery.all().window(LocalDate.of(2015, 1, 1), LocalDate.of(2014, 1, 1)))
        .hasMessage("the window starts 2015-01-01, after its end 2014-01-01");
  }
}
