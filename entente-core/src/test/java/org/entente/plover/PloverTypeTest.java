package org.entente.plover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.entente.codebook.Codebook;
import org.entente.core.EntenteException;
import org.junit.jupiter.api.Test;

class PloverTypeTest {

  @Test
  void everyCameoCodeButStatementsHasATypeThatCoversIt() {
    Codebook codebook = Codebook.standard();
    codebook
        .codes()
        .forEach(
            cameo -> {
              String code = cameo.code();
              if (code.startsWith("01")) {
                assertThat(PloverType.of(code)).as(code).isEmpty();
              } else {
                assertThat(PloverType.of(code))
                    .as(code)
                    .hasValueSatisfying(
                        type -> assertThat(type.covers(code)).as(code + " " + type).isTrue());
              }
            });
  }

  @Test
  void theExceptionsOfTheRootLevelMapping() {
    assertThat(PloverType.of("057")).contains(PloverType.AGREE);
    assertThat(PloverType.of("051")).contains(PloverType.SUPPORT);
    assertThat(PloverType.of("0871")).contains(PloverType.RETREAT);
    assertThat(PloverType.of("081")).contains(PloverType.CONCEDE);
    assertThat(PloverType.of("024")).contains(PloverType.DEMAND);
    assertThat(PloverType.of("202")).contains(PloverType.ASSAULT);
  }

  @Test
  void parsesLabelsAndRejectsOthers() {
    assertThat(PloverType.parse(" agree ")).isEqualTo(PloverType.AGREE);
    assertThatThrownBy(() -> PloverType.parse("HUG"))
        .isInstanceOf(EntenteException.class)
        .hasMessageStartingWith("unknown PLOVER event type 'HUG'");
  }

  @Test
  void countryCodesBetweenIsoAndCameo() {
    assertThat(PloverCountries.toCameo("ROU")).isEqualTo("ROM");
    assertThat(PloverCountries.toCameo("jap")).isEqualTo("JPN");
    assertThat(PloverCountries.toCameo("ITL")).isEqualTo("ITA");
    assertThat(PloverCountries.toCameo("VTN")).isEqualTo("VNM");
    assertThat(PloverCountries.toCameo("USA")).isEqualTo("USA");
    assertThat(PloverCountries.toIso("ROM")).isEqualTo("ROU");
  }
}
