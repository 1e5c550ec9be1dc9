package org.entente.analysis.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.entente.core.EntenteException;
import org.entente.event.DatePrecision;
import org.entente.event.Period;
import org.junit.jupiter.api.Test;

class PeriodTest {

  private static final LocalDate XI_IN_MOSCOW = LocalDate.of(2019, 6, 5);

  @Test
  void spansAreLabelledAndBounded() {
    PeriodSpan month = PeriodSpan.of(Period.MONTH, XI_IN_MOSCOW);
    PeriodSpan quarter = PeriodSpan.of(Period.QUARTER, XI_IN_MOSCOW);
    PeriodSpan year = PeriodSpan.of(Period.YEAR, XI_IN_MOSCOW);
    assertThat(month.label()).isEqualTo("2019-06");
    assertThat(month.end()).isEqualTo(LocalDate.of(2019, 6, 30));
    assertThat(quarter.label()).isEqualTo("2019-Q2");
    assertThat(quarter.start()).isEqualTo(LocalDate.of(2019, 4, 1));
    assertThat(quarter.end()).isEqualTo(LocalDate.of(2019, 6, 30));
    assertThat(year.label()).isEqualTo("2019");
    assertThat(year.end()).isEqualTo(LocalDate.of(2019, 12, 31));
    assertThat(PeriodSpan.of(Period.QUARTER, LocalDate.of(2019, 12, 31)).next().label())
        .isEqualTo("2020-Q1");
  }

  @Test
  void aDateKnownToTheYearFitsOnlyAYear() {
    assertThat(Period.YEAR.resolves(DatePrecision.YEAR)).isTrue();
    assertThat(Period.QUARTER.resolves(DatePrecision.YEAR)).isFalse();
    assertThat(Period.MONTH.resolves(DatePrecision.YEAR)).isFalse();
    assertThat(Period.QUARTER.resolves(DatePrecision.MONTH)).isTrue();
  }

  @Test
  void aSpanStartsOnTheFirstDayOfItsPeriod() {
    assertThatThrownBy(() -> new PeriodSpan(Period.QUARTER, LocalDate.of(2019, 5, 1)))
        .hasMessage("2019-05-01 is not the first day of a quarter");
  }

  @Test
  void parsesLabelsAndNamesTheChoicesWhenWrong() {
    assertThat(Period.parse(" Quarter ")).isEqualTo(Period.QUARTER);
    assertThatThrownBy(() -> Period.parse("week"))
        .isInstanceOf(EntenteException.class)
        .hasMessage("'week' is not a period; use month, quarter or year")
        .extracting(e -> ((EntenteException) e).kind())
        .isEqualTo(EntenteException.Kind.USER_ERROR);
  }

  @Test
  void windowsIncludeTheirEndsAndRejectReversedOnes() {
    Window window = Window.between(LocalDate.of(2014, 1, 1), LocalDate.of(2019, 12, 31));
    assertThat(window.contains(LocalDate.of(2014, 1, 1))).isTrue();
    assertThat(window.contains(LocalDate.of(2019, 12, 31))).isTrue();
    assertThat(window.contains(LocalDate.of(2020, 1, 1))).isFalse();
    assertThat(Window.ALL.label()).isEqualTo("all dates");
    assertThat(new Window(LocalDate.of(2014, 1, 1), null).label()).isEqualTo("from 2014-01-01");
    assertThatThrownBy(() -> Window.between(LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1)))
        .hasMessage("the window starts after it ends: from 2020-01-01 is later than to 2019-01-01");
  }

  @Test
  void aDyadHasTwoDifferentCountries() {
    assertThat(Dyad.of("CHN", "RUS").matches("RUS", "CHN")).isTrue();
    assertThat(Dyad.of("CHN", "RUS").aToBLabel()).isEqualTo("CHN→RUS");
    assertThatThrownBy(() -> Dyad.of("CHN", "CHN"))
        .hasMessage("a dyad needs two different countries, not CHN twice");
  }
}
