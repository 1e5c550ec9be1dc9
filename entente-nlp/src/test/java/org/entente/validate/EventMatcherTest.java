package org.entente.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.validate.Events.event;

import java.util.List;
import java.util.Set;
import org.entente.event.EventActor;
import org.entente.plover.PloverType;
import org.junit.jupiter.api.Test;

class EventMatcherTest {

  private static GoldActor plover(String country, String sector) {
    return new GoldActor(country + sector, Set.of(country), country);
  }

  private static ExpectedEvent agree(List<GoldActor> sources, List<GoldActor> targets) {
    return new ExpectedEvent(
        sources, targets, false, PloverType.AGREE.cameoPrefixes(), "", "AGREE");
  }

  @Test
  void aTripleMatchesItsCodeAtEachLevel() {
    ExpectedEvent gold = ExpectedEvent.triple("ARNGOV", "GON", "064");
    assertThat(EventMatcher.matches(gold, event("ARNGOV", "GON", "064"), Level.STRICT)).isTrue();
    assertThat(EventMatcher.matches(gold, event("ARNGOV", "GON", "061"), Level.STRICT)).isFalse();
    assertThat(EventMatcher.matches(gold, event("ARNGOV", "GON", "061"), Level.COUNTRY_ROOT))
        .isTrue();
    assertThat(EventMatcher.matches(gold, event("ARN", "GON", "064"), Level.STRICT)).isFalse();
    assertThat(EventMatcher.matches(gold, event("ARNMIL", "GON", "064"), Level.COUNTRY_ROOT))
        .isTrue();
    assertThat(EventMatcher.matches(gold, event("GON", "ARN", "064"), Level.COUNTRY_ROOT))
        .as("direction counts")
        .isFalse();
    assertThat(EventMatcher.matches(gold, event("GON", "ARN", "064"), Level.ROOT)).isTrue();
    assertThat(EventMatcher.matches(gold, event("ARNGOV", "GON", "071"), Level.ROOT)).isFalse();
  }

  @Test
  void aPetrarchActorNamedByItsWordsMatchesAnUnresolvedActorWithThoseWords() {
    ExpectedEvent gold = ExpectedEvent.triple("\"THE MINISTRY OF MAGIC\"", "GON", "032");
    EventActor named =
        EventActor.unresolved("THE  MINISTRY OF MAGIC", "the Ministry of Magic", 0, 21);
    for (Level level : List.of(Level.STRICT, Level.COUNTRY_ROOT)) {
      assertThat(EventMatcher.matches(gold, event(named, Events.actor("GON"), "032"), level))
          .isTrue();
      assertThat(
              EventMatcher.matches(
                  gold,
                  event(
                      EventActor.unresolved("THE MINISTRY", "the Ministry", 0, 12),
                      Events.actor("GON"),
                      "032"),
                  level))
          .as("other words")
          .isFalse();
      assertThat(EventMatcher.matches(gold, event("", "GON", "032"), level)).isFalse();
    }
    assertThat(EventMatcher.matches(gold, event("GBRGOV", "GON", "032"), Level.STRICT)).isFalse();
  }

  @Test
  void ploverAgreeCoversRoot03AndCode057ButNot05() {
    ExpectedEvent gold = agree(List.of(plover("PRT", "")), List.of(plover("TUR", "")));
    assertThat(EventMatcher.matches(gold, event("PRT", "TUR", "036"), Level.COUNTRY_ROOT)).isTrue();
    assertThat(EventMatcher.matches(gold, event("PRT", "TUR", "057"), Level.COUNTRY_ROOT)).isTrue();
    assertThat(EventMatcher.matches(gold, event("PRT", "TUR", "051"), Level.COUNTRY_ROOT))
        .isFalse();
    assertThat(EventMatcher.matches(gold, event("PRT", "TUR", "036"), Level.STRICT))
        .as("no sector in the gold: the bare country code")
        .isTrue();
    assertThat(EventMatcher.matches(gold, event("PRTGOV", "TUR", "036"), Level.STRICT)).isFalse();
  }

  @Test
  void compoundActorsMatchAnySourceWithAnyTarget() {
    ExpectedEvent gold =
        agree(
            List.of(plover("USA", ""), plover("GBR", "")),
            List.of(plover("IRQ", ""), plover("SYR", "")));
    assertThat(EventMatcher.matches(gold, event("GBR", "SYR", "030"), Level.COUNTRY_ROOT)).isTrue();
    assertThat(EventMatcher.matches(gold, event("USAGOV", "IRQ", "030"), Level.COUNTRY_ROOT))
        .isTrue();
    assertThat(EventMatcher.matches(gold, event("USA", "GBR", "030"), Level.COUNTRY_ROOT))
        .isFalse();
  }

  @Test
  void aReciprocalEventNeedsTwoDifferentPartiesEitherWayRound() {
    ExpectedEvent gold =
        new ExpectedEvent(
            List.of(plover("HUN", "GOV"), plover("ROM", "GOV")),
            List.of(),
            true,
            PloverType.AGREE.cameoPrefixes(),
            "",
            "AGREE");
    assertThat(EventMatcher.matches(gold, event("HUNGOV", "ROMGOV", "036"), Level.COUNTRY_ROOT))
        .isTrue();
    assertThat(EventMatcher.matches(gold, event("ROM", "HUN", "036"), Level.COUNTRY_ROOT)).isTrue();
    assertThat(EventMatcher.matches(gold, event("HUNGOV", "HUNGOV", "036"), Level.COUNTRY_ROOT))
        .isFalse();
    assertThat(EventMatcher.matches(gold, event("HUN", "SRB", "036"), Level.COUNTRY_ROOT))
        .isFalse();
    assertThat(EventMatcher.matches(gold, event("HUNGOV", "ROMGOV", "036"), Level.STRICT)).isTrue();
  }

  @Test
  void aReciprocalEventOfOneCountryTwiceMatchesThatCountryWithItself() {
    ExpectedEvent gold =
        new ExpectedEvent(
            List.of(plover("PHL", "MIL"), plover("PHL", "REB")),
            List.of(),
            true,
            PloverType.FIGHT.cameoPrefixes(),
            "",
            "FIGHT");
    assertThat(EventMatcher.matches(gold, event("PHLMIL", "PHLREB", "190"), Level.COUNTRY_ROOT))
        .isTrue();
  }

  @Test
  void anEmptyTargetMatchesOnSourceAndRootOnly() {
    ExpectedEvent gold = agree(List.of(plover("JOR", "")), List.of());
    assertThat(EventMatcher.matches(gold, event("JOR", "GBR", "030"), Level.COUNTRY_ROOT)).isTrue();
    assertThat(EventMatcher.matches(gold, event("JOR", "", "030"), Level.COUNTRY_ROOT)).isTrue();
    assertThat(EventMatcher.matches(gold, event("GBR", "JOR", "030"), Level.COUNTRY_ROOT))
        .isFalse();
  }

  @Test
  void unresolvedActorsNeverMatchAndOrganisationsMatchByClass() {
    ExpectedEvent gold =
        agree(List.of(new GoldActor("IGO", Set.of("IGO", "NGO"), "Red Cross")), List.of());
    assertThat(EventMatcher.matches(gold, event("", "", "030"), Level.COUNTRY_ROOT)).isFalse();
    assertThat(EventMatcher.matches(gold, event("NGOHLHIRC", "", "030"), Level.COUNTRY_ROOT))
        .isTrue();
    assertThat(EventMatcher.matches(gold, event("IGOUNO", "", "030"), Level.COUNTRY_ROOT)).isTrue();
    assertThat(EventMatcher.matches(gold, event("USA", "", "030"), Level.COUNTRY_ROOT)).isFalse();
    ExpectedEvent triple = ExpectedEvent.triple("IGOUNO", "", "030");
    assertThat(EventMatcher.matches(triple, event("IGOWSTNAT", "", "030"), Level.COUNTRY_ROOT))
        .as("IGO is the country-level key of both")
        .isTrue();
  }
}
