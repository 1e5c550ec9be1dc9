package org.entente.coder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CapitalisedSentenceTest {

  @Test
  void anAgendaInCapitalsIsNoReportButADatelineBeforeASentenceIs() {
    assertThat(
            EventCoder.isCapitalised(
                "TODAY IN LIMA FOR MONDAY MAY 5 ... PRESIDENT MEETS CHILE-PERU TRADE GROUP (1000)"))
        .isTrue();
    assertThat(
            EventCoder.isCapitalised(
                "LIMA, May 5 - Peru and Chile agreed on Monday to reopen their border crossings."))
        .isFalse();
    // too short to tell a headline from an acronym-heavy line
    assertThat(EventCoder.isCapitalised("U.S., USSR AGREE")).isFalse();
  }
}
