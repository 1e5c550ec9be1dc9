package org.entente.analysis.level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShareIntervalTest {

  @Test
  void noneInTenIsStillConsistentWithAboutOneInFour() {
    ShareInterval interval = ShareInterval.wilson(0, 10, 1.96);
    assertThat(interval.share()).isZero();
    assertThat(interval.low()).isZero();
    assertThat(interval.high()).isCloseTo(0.278, within(0.001));
  }

  @Test
  void halfOfTwentyIsTheTextbookCase() {
    ShareInterval interval = ShareInterval.wilson(10, 20, 1.96);
    assertThat(interval.low()).isCloseTo(0.299, within(0.001));
    assertThat(interval.high()).isCloseTo(0.701, within(0.001));
  }

  @Test
  void manyEventsNarrowTheInterval() {
    ShareInterval interval = ShareInterval.wilson(50, 5000, 1.96);
    assertThat(interval.high() - interval.low()).isLessThan(0.006);
    assertThat(interval.describe()).isEqualTo("0.01 (0.01–0.01)");
  }

  @Test
  void noEventsSayNothing() {
    ShareInterval interval = ShareInterval.wilson(0, 0, 1.96);
    assertThat(interval.low()).isZero();
    assertThat(interval.high()).isEqualTo(1);
  }

  @Test
  void aCountAboveTheTotalIsRejected() {
    assertThatThrownBy(() -> ShareInterval.wilson(3, 2, 1.96))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 of 2");
  }
}
