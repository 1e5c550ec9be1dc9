package org.entente.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.dictionary.ActorCode;
import org.junit.jupiter.api.Test;

/**
 * The dateline an input gives apart from the text ("CAIRO, March 16 -") is a cue to an official's
 * country only once the story has named that country: wire services file much foreign news from a
 * few hubs.
 */
class FiledFromTest {

  private static Actor named(String country) {
    return new Actor(0, 1, country, new ActorCode(country, country, null), List.of("test"));
  }

  @Test
  void theCountryAStoryWasFiledFromCountsOnceTheStoryNamesIt() {
    PronounContext story = new PronounContext("EGY");
    assertThat(story.filedFrom()).isNull();
    story.rememberActors(0, List.of(named("SDN")));
    assertThat(story.filedFrom()).isNull(); // filed from Cairo about Sudan: nothing of Egypt
    story.rememberActors(1, List.of(named("EGY")));
    assertThat(story.filedFrom()).isEqualTo("EGY");
    // a dateline that opens the text itself is another matter, and none was found here
    assertThat(story.dateline()).isNull();
  }

  @Test
  void withoutADatelineNothingWasFiledFromAnywhere() {
    PronounContext story = new PronounContext();
    story.rememberActors(0, List.of(named("EGY")));
    assertThat(story.filedFrom()).isNull();
  }
}
