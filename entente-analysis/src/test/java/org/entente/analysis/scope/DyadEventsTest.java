package org.entente.analysis.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.analysis.TestEvents.event;

import java.time.LocalDate;
import java.util.List;
import org.entente.codebook.EventCode;
import org.entente.codebook.QuadClass;
import org.entente.event.DatePrecision;
import org.entente.event.Event;
import org.entente.event.EventActor;
import org.entente.event.Modality;
import org.entente.event.Period;
import org.junit.jupiter.api.Test;

class DyadEventsTest {

  private static final Dyad CHN_RUS = Dyad.of("CHN", "RUS");

  @Test
  void sortsEventsByDirectionFactualityAndThirdParty() {
    Event visit = event("CHN", "RUS", "042").build();
    Event oil = event("RUS", "CHN", "061").build();
    Event never = event("RUS", "CHN", "190").negated().build();
    Event gas = event("RUS", "CHN", "061").modality(Modality.FUTURE).build();
    Event syria = event("RUS", "SYR", "062").build();
    Event korea = event("CHN", "PRK", "036").build();
    Event reportedKorea = event("CHN", "PRK", "036").modality(Modality.REPORTED).build();
    Event domestic = event("RUS", "RUS", "042").build();
    Event unrelated = event("USA", "JPN", "042").build();
    Event sanction = event("USA", "RUS", "163").build();

    DyadEvents selected =
        DyadEvents.select(
            CHN_RUS,
            Window.ALL,
            List.of(
                visit,
                oil,
                never,
                gas,
                syria,
                korea,
                reportedKorea,
                domestic,
                unrelated,
                sanction));

    assertThat(selected.aToB()).containsExactly(visit);
    assertThat(selected.bToA()).containsExactly(oil);
    assertThat(selected.context()).containsExactly(never, gas);
    assertThat(selected.aToThird()).containsOnlyKeys("PRK");
    // a report of a fact is evidence (Counting): the reported visit to North Korea counts too
    assertThat(selected.aToThird().get("PRK")).containsExactly(korea, reportedKorea);
    assertThat(selected.bToThird()).containsOnlyKeys("SYR");
    assertThat(selected.both()).containsExactly(visit, oil);
  }

  @Test
  void actorsWithoutACountryAreNoOnesDyad() {
    Event base = event("CHN", "RUS", "042").build();
    Event toUn =
        new Event(
            "un",
            base.docId(),
            0,
            base.text(),
            "",
            base.date(),
            base.datePrecision(),
            "document",
            base.source(),
            new EventActor("IGOUNO", null, null, "UN", "UN", 0, 2),
            EventCode.of("042"),
            QuadClass.ofNumber(1),
            1.9,
            false,
            Modality.FACTUAL,
            "met",
            0,
            3,
            base.area());
    DyadEvents selected = DyadEvents.select(CHN_RUS, Window.ALL, List.of(toUn));
    assertThat(selected.both()).isEmpty();
    assertThat(selected.aToThird()).isEmpty();
  }

  @Test
  void anIdSeenTwiceCountsOnce() {
    Event first = event("CHN", "RUS", "042").id("same").build();
    Event again = event("CHN", "RUS", "042").id("same").build();
    assertThat(DyadEvents.select(CHN_RUS, Window.ALL, List.of(first, again)).aToB()).hasSize(1);
  }

  @Test
  void theWindowAndThePeriodCutTheEvents() {
    Event in2014 = event("CHN", "RUS", "042").on("2014-05-20").build();
    Event in2019 = event("CHN", "RUS", "042").on("2019-06-05").build();
    Event by2018 =
        event("CHN", "RUS", "061").on("2018-01-01").precision(DatePrecision.YEAR).build();
    DyadEvents window =
        DyadEvents.select(
            CHN_RUS,
            Window.between(LocalDate.of(2015, 1, 1), LocalDate.of(2019, 12, 31)),
            List.of(in2014, in2019, by2018));
    assertThat(window.aToB()).containsExactly(in2019, by2018);
    assertThat(window.within(PeriodSpan.of(Period.YEAR, LocalDate.of(2018, 3, 1))).aToB())
        .containsExactly(by2018);
    assertThat(window.within(PeriodSpan.of(Period.QUARTER, LocalDate.of(2018, 1, 1))).aToB())
        .isEmpty();
    assertThat(window.coarselyDated(Period.QUARTER)).isEqualTo(1);
    assertThat(window.coarselyDated(Period.YEAR)).isZero();
    assertThat(window.firstDate(Period.MONTH)).contains(LocalDate.of(2019, 6, 5));
    assertThat(window.firstDate(Period.YEAR)).contains(LocalDate.of(2018, 1, 1));
  }
}
