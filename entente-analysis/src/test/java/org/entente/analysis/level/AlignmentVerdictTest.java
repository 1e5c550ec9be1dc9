package org.entente.analysis.level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The boundaries of {@code ALIGNMENT_MIN_THIRD_PARTIES}, {@code ALIGNMENT_COMPATIBLE_MIN_AGREEMENT}
 * and {@code ALIGNMENT_OPPOSED_MAX_AGREEMENT}.
 */
class AlignmentVerdictTest {

  @Test
  void agreementOnASingleThirdPartyIsACoincidence() {
    assertThat(AlignmentVerdict.of(1, 1)).isEqualTo(AlignmentVerdict.NOT_MEASURED);
    assertThat(AlignmentVerdict.of(0, 0)).isEqualTo(AlignmentVerdict.NOT_MEASURED);
    assertThat(AlignmentVerdict.of(2, 2)).isEqualTo(AlignmentVerdict.COMPATIBLE);
  }

  @Test
  void twoInThreeIsCompatibleAndThreeInFiveIsNot() {
    assertThat(AlignmentVerdict.of(3, 2)).isEqualTo(AlignmentVerdict.COMPATIBLE);
    assertThat(AlignmentVerdict.of(5, 3)).isEqualTo(AlignmentVerdict.PARTIAL);
    assertThat(AlignmentVerdict.of(2, 1)).isEqualTo(AlignmentVerdict.PARTIAL);
  }

  @Test
  void oneInThreeIsOpposedAndTwoInFiveIsNot() {
    assertThat(AlignmentVerdict.of(3, 1)).isEqualTo(AlignmentVerdict.OPPOSED);
    assertThat(AlignmentVerdict.of(5, 2)).isEqualTo(AlignmentVerdict.PARTIAL);
    assertThat(AlignmentVerdict.of(2, 0)).isEqualTo(AlignmentVerdict.OPPOSED);
  }

  @Test
  void moreAgreementsThanThirdPartiesIsABug() {
    assertThatThrownBy(() -> AlignmentVerdict.of(2, 3))
        .hasMessage("3 agreements among 2 third parties");
  }
}
