package org.entente.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EventActorTest {

  @Test
  void anUnresolvedActorIsOneCase() {
    EventActor someone = EventActor.unresolved("Dilson Funaro", 4, 17);
    assertThat(someone.isResolved()).isFalse();
    assertThat(someone.code()).isEmpty();
    assertThat(someone.country()).isNull();
    assertThat(someone.name()).isEqualTo("Dilson Funaro");
    assertThat(EventActor.unresolved(null, "him", 0, 3).name()).isEqualTo("him");
    assertThat(new EventActor("CHN", "CHN", null, null, "China", 0, 5).isResolved()).isTrue();
  }

  @Test
  void anActorWithoutACodeHasNoCountry() {
    assertThatThrownBy(() -> new EventActor("", "CHN", null, "China", "China", 0, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'China'");
  }
}
