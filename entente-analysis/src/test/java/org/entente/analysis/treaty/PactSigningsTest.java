package org.entente.analysis.treaty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.analysis.TestEvents.event;

import org.entente.event.Area;
import org.entente.event.Modality;
import org.junit.jupiter.api.Test;

/** Only a factual, non-negated signing of a defence pact can add an alliance. */
class PactSigningsTest {

  @Test
  void aSignedSecurityTreatyIsOne() {
    assertThat(
            PactSignings.isSigning(
                event("USA", "JPN", "057")
                    .area(Area.SECURITY)
                    .text("Japan and the United States signed a security treaty.")
                    .build()))
        .isTrue();
    assertThat(
            PactSignings.isSigning(
                event("RUS", "PRK", "057")
                    .area(Area.MILITARY)
                    .text("Putin and Kim signed a mutual defence pact in Pyongyang.")
                    .build()))
        .isTrue();
  }

  @Test
  void armsControlAndArmsSalesAreNot() {
    assertThat(
            PactSignings.isSigning(
                event("USA", "RUS", "057")
                    .area(Area.SECURITY)
                    .text("He is a staunch critic of U.S.-Soviet arms control agreements.")
                    .build()))
        .isFalse();
    assertThat(
            PactSignings.isSigning(
                event("RUS", "CHN", "057")
                    .area(Area.MILITARY)
                    .text("Russia signed a military agreement to deliver 24 Su-35 fighters.")
                    .build()))
        .isFalse();
    assertThat(
            PactSignings.isSigning(
                event("RUS", "CHN", "057")
                    .area(Area.MILITARY)
                    .text("Russia and China signed an agreement on military cooperation.")
                    .build()))
        .isFalse();
  }

  @Test
  void aTradeAgreementIsNot() {
    assertThat(
            PactSignings.isSigning(
                event("RUS", "CHN", "057")
                    .area(Area.ENERGY)
                    .text("Russia and China signed a security treaty on gas supplies.")
                    .build()))
        .isFalse();
  }

  @Test
  void aDeniedPlannedOrReportedPactIsNot() {
    String text = "Russia and China signed a military alliance.";
    assertThat(
            PactSignings.isSigning(
                event("RUS", "CHN", "057").area(Area.MILITARY).text(text).negated().build()))
        .isFalse();
    for (Modality modality :
        new Modality[] {Modality.FUTURE, Modality.HYPOTHETICAL, Modality.REPORTED}) {
      assertThat(
              PactSignings.isSigning(
                  event("RUS", "CHN", "057")
                      .area(Area.MILITARY)
                      .text(text)
                      .modality(modality)
                      .build()))
          .as(modality.label())
          .isFalse();
    }
  }
}
