package org.entente.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SovereigntyTest {

  @Test
  void aPlaceBelongsToThePredecessorBeforeIndependence() {
    assertThat(Sovereignty.on("SSD", LocalDate.of(2000, 1, 5))).isEqualTo("SDN");
    assertThat(Sovereignty.on("SSD", LocalDate.of(2011, 7, 9))).isEqualTo("SSD");
    assertThat(Sovereignty.on("UKR", LocalDate.of(1987, 4, 26))).isEqualTo("RUS");
    assertThat(Sovereignty.on("UKR", LocalDate.of(1992, 1, 1))).isEqualTo("UKR");
    assertThat(Sovereignty.on("HRV", LocalDate.of(1987, 3, 1))).isEqualTo("SRB");
  }

  @Test
  void successionsAreFollowedBackAndOtherCountriesKeepTheirCode() {
    // Pristina: Kosovo's since 2008, Serbia's (Yugoslavia's) before
    assertThat(Sovereignty.on("XKX", LocalDate.of(1999, 6, 1))).isEqualTo("SRB");
    assertThat(Sovereignty.on("FRA", LocalDate.of(1900, 1, 1))).isEqualTo("FRA");
  }
}
