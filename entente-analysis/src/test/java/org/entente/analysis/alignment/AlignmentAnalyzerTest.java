package org.entente.analysis.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.entente.analysis.TestEvents.all;
import static org.entente.analysis.TestEvents.event;
import static org.entente.analysis.TestEvents.times;

import java.util.List;
import org.entente.analysis.level.AlignmentVerdict;
import org.entente.analysis.scope.Dyad;
import org.entente.analysis.scope.DyadEvents;
import org.entente.analysis.scope.Window;
import org.entente.event.Event;
import org.junit.jupiter.api.Test;

class AlignmentAnalyzerTest {

  private static Alignment align(List<Event> events) {
    return AlignmentAnalyzer.analyze(
        DyadEvents.select(Dyad.of("CHN", "RUS"), Window.ALL, events), 2);
  }

  @Test
  void compatibleWorldviewsNotAlwaysWithEachOther() {
    Alignment alignment =
        align(
            all(
                times(3, event("CHN", "USA", "111")), // -2.0
                times(4, event("RUS", "USA", "163")), // -8.0
                times(2, event("CHN", "IRN", "061")), // +6.4
                times(2, event("RUS", "IRN", "042")), // +1.9
                times(2, event("CHN", "UKR", "042")), // +1.9
                times(2, event("RUS", "UKR", "190")))); // -10.0
    assertThat(alignment.verdict()).isEqualTo(AlignmentVerdict.COMPATIBLE);
    assertThat(alignment.stances())
        .extracting(ThirdPartyStance::thirdParty)
        .containsExactly("USA", "IRN", "UKR");
    assertThat(alignment.agreementShare().getAsDouble()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(alignment.divergent()).containsExactly("UKR");
    ThirdPartyStance usa = alignment.stances().get(0);
    assertThat(usa.aMean()).isEqualTo(-2.0);
    assertThat(usa.bMean()).isEqualTo(-8.0);
    assertThat(usa.bEvidence().count()).isEqualTo(4);
    assertThat(usa.bEvidence().top()).hasSize(2);
    // means (-2, 6.4, 1.9) and (-8, 1.9, -10): r = 0.8021 (Python statistics.correlation)
    assertThat(alignment.correlation().getAsDouble()).isCloseTo(0.8021, within(1e-4));
  }

  @Test
  void aThirdPartyOneOfThemBarelyTouchesIsLeftOut() {
    Alignment alignment =
        align(
            all(
                times(2, event("CHN", "USA", "111")),
                times(1, event("RUS", "USA", "111")),
                times(5, event("RUS", "SYR", "062"))));
    assertThat(alignment.stances()).isEmpty();
    assertThat(alignment.verdict()).isEqualTo(AlignmentVerdict.NOT_MEASURED);
    assertThat(alignment.correlation()).isEmpty();
  }

  @Test
  void correlationNeedsThreeThirdPartiesAndVariance() {
    Alignment two =
        align(
            all(
                times(2, event("CHN", "USA", "111")),
                times(2, event("RUS", "USA", "111")),
                times(2, event("CHN", "IRN", "061")),
                times(2, event("RUS", "IRN", "061"))));
    assertThat(two.verdict()).isEqualTo(AlignmentVerdict.COMPATIBLE);
    assertThat(two.correlation()).isEmpty();
  }
}
