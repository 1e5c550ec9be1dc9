package org.entente.analysis.level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.analysis.TestEvents.event;

import org.entente.event.Area;
import org.entente.event.Modality;
import org.junit.jupiter.api.Test;

class AllianceSignalsTest {

  @Test
  void aSignedMilitaryOrSecurityAgreementIsADefencePact() {
    assertThat(AllianceSignals.isSignal(event("USA", "JPN", "057").area(Area.SECURITY).build()))
        .isTrue();
    assertThat(AllianceSignals.isSignal(event("RUS", "BLR", "057").area(Area.MILITARY).build()))
        .isTrue();
  }

  @Test
  void otherAgreementsAndMilitaryCooperationAreNot() {
    assertThat(AllianceSignals.isSignal(event("RUS", "CHN", "057").area(Area.ENERGY).build()))
        .as("a gas deal")
        .isFalse();
    assertThat(AllianceSignals.isSignal(event("RUS", "CHN", "062").area(Area.MILITARY).build()))
        .as("a joint exercise")
        .isFalse();
  }

  @Test
  void aPactOnlyPlannedIsNoSignal() {
    assertThat(
            AllianceSignals.isSignal(
                event("USA", "JPN", "057").area(Area.SECURITY).modality(Modality.FUTURE).build()))
        .isFalse();
  }
}
