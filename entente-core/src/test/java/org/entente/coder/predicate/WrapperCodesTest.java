package org.entente.coder.predicate;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.codebook.CameoCode;
import org.entente.codebook.Codebook;
import org.entente.coder.lexicon.WrapperKind;
import org.junit.jupiter.api.Test;

class WrapperCodesTest {

  @Test
  void everyWrappedCodeIsInTheCodebook() {
    Codebook codebook = Codebook.standard();
    for (WrapperKind kind : WrapperKind.values()) {
      for (CameoCode code : codebook.codes()) {
        for (String fallback : new String[] {"020", "100", ""}) {
          String wrapped = WrapperCodes.wrap(kind, code.code(), fallback);
          assertThat(codebook.contains(wrapped)).as("%s of %s", kind, code.code()).isTrue();
        }
      }
    }
  }

  @Test
  void parallelBranches() {
    assertThat(WrapperCodes.wrap(WrapperKind.INTENT, "061", "030")).isEqualTo("0311");
    assertThat(WrapperCodes.wrap(WrapperKind.INTENT, "042", "030")).isEqualTo("036");
    // an offer to mediate is an intent to mediate (039), not to meet
    assertThat(WrapperCodes.wrap(WrapperKind.INTENT, "045", "030")).isEqualTo("039");
    assertThat(WrapperCodes.wrap(WrapperKind.THREAT, "190", "130")).isEqualTo("138");
    assertThat(WrapperCodes.wrap(WrapperKind.THREAT, "163", "130")).isEqualTo("1312");
    assertThat(WrapperCodes.wrap(WrapperKind.REFUSAL, "040", "120")).isEqualTo("125");
    assertThat(WrapperCodes.wrap(WrapperKind.APPEAL, "0874", "020")).isEqualTo("025");
    assertThat(WrapperCodes.wrap(WrapperKind.APPEAL, "042", "100")).isEqualTo("108");
    assertThat(WrapperCodes.wrap(WrapperKind.REPORTED, "190", "010")).isEqualTo("190");
  }
}
