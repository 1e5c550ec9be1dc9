package org.entente.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Whom a later "he" may stand for: an actor whose words end in a name after a title is a person,
 * even when no dictionary knows the name and the actor has only the country of its adjective
 * ("Ghana Cocoa Board chairman Kofi Mensah said he would visit Brussels").
 */
class TitledNameTest {

  @Test
  void aNameAfterATitleOfStateOrOfABodyIsAPerson() {
    assertThat(ActorFinder.titledName("Ghana Cocoa Board chairman Kofi Mensah")).isTrue();
    assertThat(ActorFinder.titledName("Philippine Coconut Authority chairman Jose Romero"))
        .isTrue();
    assertThat(ActorFinder.titledName("Brazilian Finance Minister Dilson Funaro")).isTrue();
  }

  @Test
  void aCountryOrABodyWithoutATitledNameIsNone() {
    assertThat(ActorFinder.titledName("Ghana Cocoa Board")).isFalse(); // no title before its end
    assertThat(ActorFinder.titledName("the Philippines")).isFalse();
    assertThat(ActorFinder.titledName("the chairman")).isFalse(); // a title, but no name after it
  }
}
