package org.entente.dictionary.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Discard phrases match as PETRARCH matches them: from a word start, stems unless closed by _. */
class PetrarchDiscardsTest {

  private static final PetrarchDiscards DISCARDS =
      new PetrarchDiscards(
          PetrarchDiscardReader.read(
              "test.discards.txt",
              new StringReader("AFRICAN NATIONS CUP\nBASEBALL\nWON_\n+TYPHOON # story\n")));

  @Test
  void matchesPhrasesAndStems() {
    assertThat(DISCARDS.matching("Arnor is to restore the African Nations Cup to Gondor"))
        .isNotNull();
    assertThat(DISCARDS.matching("baseballs were thrown").phrase().spaced()).isEqualTo("BASEBALL");
    assertThat(DISCARDS.matching("Typhoon Haiyan hit").scope())
        .isEqualTo(PetrarchDiscard.Scope.STORY);
  }

  @Test
  void anExactPhraseEndsAtAWordAndNoneStartsInsideOne() {
    assertThat(DISCARDS.matching("Arnor won the vote")).isNotNull();
    assertThat(DISCARDS.matching("Arnor wonders")).isNull();
    assertThat(DISCARDS.matching("pro-baseball")).isNotNull(); // the hyphen ends a word
    assertThat(DISCARDS.matching("minibaseball")).isNull();
  }
}
