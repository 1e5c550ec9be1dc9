package org.entente.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EventCodeTest {

  @Test
  void knowsItsRootBaseAndQuadClass() {
    EventCode code = EventCode.of("1631");
    assertThat(code.root()).isEqualTo("16");
    assertThat(code.base()).isEqualTo("163");
    assertThat(code.quadClass()).isEqualTo(QuadClass.MATERIAL_CONFLICT);
    assertThat(code.isRoot()).isFalse();
    assertThat(EventCode.of("04").isRoot()).isTrue();
    assertThat(code).hasToString("1631");
  }

  @Test
  void refusesWhatIsNoCameoCode() {
    for (String bad : new String[] {"", "4", "21", "00", "04a", "04211"}) {
      assertThatThrownBy(() -> EventCode.of(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + bad + "'");
    }
  }

  @Test
  void isTheCodebookEntrysCode() {
    CameoCode visit = Codebook.standard().get("042");
    assertThat(visit.eventCode()).isEqualTo(EventCode.of("042"));
    assertThat(visit.eventCode().quadClass()).isEqualTo(visit.quadClass());
  }
}
