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
              } else if (code.startsWith("19")) {
                // the current manual's ASSAULT; the gold records' FIGHT covers it
                assertThat(PloverType.of(code)).as(code).contains(PloverType.ASSAULT);
                assertThat(PloverType.FIGHT.covers(code)).as(code).isTrue();
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
    assertThat(PloverType.of("024")).contains(PloverType.REQUEST);
    assertThat(PloverType.of("1041")).contains(PloverType.REQUEST);
    assertThat(PloverType.of("091")).contains(PloverType.ACCUSE);
    assertThat(PloverType.of("112")).contains(PloverType.ACCUSE);
    assertThat(PloverType.of("202")).contains(PloverType.ASSAULT);
    assertThat(PloverType.of("193")).contains(PloverType.ASSAULT);
  }

  @Test
  void theFourPloverHalfTypesAreReadAsTheirCurrentForms() {
    assertThat(PloverType.parse("DEMAND").current()).isEqualTo(PloverType.REQUEST);
    assertThat(PloverType.parse("DISAPPROVE").current()).isEqualTo(PloverType.ACCUSE);
    assertThat(PloverType.parse("INVESTIGATE").current()).isEqualTo(PloverType.ACCUSE);
    assertThat(PloverType.parse("FIGHT").current()).isEqualTo(PloverType.ASSAULT);
    assertThat(PloverType.values()).filteredOn(PloverType::isCurrent).hasSize(16);
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
