package org.entente.dictionary.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PetrarchCodeTest {

  @Test
  void parsesPlainNoneAndCompoundCodes() {
    PetrarchCode plain = new PetrarchCode("USAGOV");
    assertThat(plain.isNone()).isFalse();
    assertThat(plain.isCompound()).isFalse();
    assertThat(plain.source()).isEqualTo("USAGOV");
    assertThat(plain.target()).isNull();

    PetrarchCode none = new PetrarchCode("---");
    assertThat(none.isNone()).isTrue();
    assertThat(none.source()).isNull();

    PetrarchCode visit = new PetrarchCode("042:043");
    assertThat(visit.isCompound()).isTrue();
    assertThat(visit.source()).isEqualTo("042");
    assertThat(visit.target()).isEqualTo("043");

    PetrarchCode targetOnly = new PetrarchCode(":173");
    assertThat(targetOnly.source()).isNull();
    assertThat(targetOnly.target()).isEqualTo("173");
  }

  @Test
  void rejectsCodesWithSpacesOrBrackets() {
    assertThatThrownBy(() -> new PetrarchCode(" ")).hasMessage("empty code");
    assertThatThrownBy(() -> new PetrarchCode("USA GOV")).hasMessage("code 'USA GOV' contains ' '");
    assertThatThrownBy(() -> new PetrarchCode("[USA")).hasMessage("code '[USA' contains '['");
  }

  @Test
  void splitsPhrasesAtUnderscoresAndSpaces() {
    PetrarchPhrase phrase = PetrarchPhrase.parse(" RADAGAST THE_BROWN_ ");
    assertThat(phrase.text()).isEqualTo("RADAGAST THE_BROWN_");
    assertThat(phrase.words()).containsExactly("RADAGAST", "THE", "BROWN");
    assertThat(phrase.exact()).isTrue();
    assertThat(phrase.spaced()).isEqualTo("RADAGAST THE BROWN");
    assertThat(PetrarchPhrase.parse("ARGENTIN").exact()).isFalse();
    assertThatThrownBy(() -> PetrarchPhrase.parse("_ _"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
