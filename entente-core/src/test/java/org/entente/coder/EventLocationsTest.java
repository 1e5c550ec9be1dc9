package org.entente.coder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.dictionary.ActorDictionary;
import org.entente.dictionary.DictionaryActorMatcher;
import org.entente.event.EventLocation;
import org.entente.place.Place;
import org.entente.text.ParsedSentence;
import org.entente.text.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The story's dateline as the fallback location (the place an event's word governs is tested on
 * stored parses: {@code golden/places.*}).
 */
class EventLocationsTest {

  private static EventLocations locations;
  private static ActorDictionary dictionary;
  private static final LocalDate DATE = LocalDate.of(2015, 3, 2);

  @BeforeAll
  static void load() {
    dictionary = ActorDictionary.standard();
    locations = new EventLocations(dictionary.places(), new DictionaryActorMatcher(dictionary));
  }

  private static ParsedSentence sentence(String text) {
    List<Token> tokens = new ArrayList<>();
    int offset = 0;
    for (String word : text.split(" ")) {
      tokens.add(new Token(tokens.size(), word, word, "", "", "", offset, offset + word.length()));
      offset += word.length() + 1;
    }
    return new ParsedSentence(0, 0, text, tokens, List.of());
  }

  private static EventLocation dateline(String text) {
    EventLocations.Located found = locations.dateline(sentence(text), DATE);
    return found == null ? null : found.location();
  }

  @Test
  void aCityInCapitalsBeforeADashIsTheDateline() {
    EventLocation tokyo = dateline("TOKYO , March 3 - Japan 's exports rose .");
    assertThat(tokyo.name()).isEqualTo("Tokyo");
    assertThat(tokyo.country()).isEqualTo("JPN");
    assertThat(tokyo.from()).isEqualTo("dateline");
    assertThat(tokyo.kind()).isEqualTo("PPLC");
    EventLocation mingora = dateline("MINGORA , Pakistan ( Reuters ) - Gunmen shot a girl .");
    assertThat(mingora.name()).isEqualTo("Mingora");
    assertThat(mingora.country()).isEqualTo("PAK");
    assertThat(mingora.geonamesId()).isEqualTo(1170395L);
    assertThat(dateline("PARIS - France said .").name()).isEqualTo("Paris");
  }

  @Test
  void theCountryAfterTheCommaPicksAmongPlacesOfOneName() {
    // Hamilton alone is ambiguous (Ontario, New Zealand); the dateline says which
    assertThat(dateline("HAMILTON , New Zealand ( Reuters ) - Police said .").country())
        .isEqualTo("NZL");
    assertThat(dateline("HAMILTON , Canada - Police said .").country()).isEqualTo("CAN");
    assertThat(dateline("HAMILTON - Police said .")).isNull();
    // a country that has no place of that name: no dateline city
    assertThat(dateline("MINGORA , India - Police said .")).isNull();
  }

  @Test
  void aCapitalTheDictionaryKnowsIsItsCountrysCity() {
    // the gazetteer's "Washington" is a town in England; the dictionary's is the United States
    EventLocation washington = dateline("WASHINGTON , March 3 - The U.S. said .");
    assertThat(washington.name()).isEqualTo("Washington, D.C.");
    assertThat(washington.country()).isEqualTo("USA");
    // Tripoli is Libya's in the dictionary, though Lebanon has one too
    assertThat(dateline("TRIPOLI - Libya said .").country()).isEqualTo("LBY");
  }

  @Test
  void aDatelineGivenApartFromTheTextIsReadWithOrWithoutItsDash() {
    EventLocations.Located cairo = locations.dateline("CAIRO, March 16 -", DATE);
    assertThat(cairo.location().name()).isEqualTo("Cairo");
    assertThat(cairo.location().country()).isEqualTo("EGY");
    assertThat(cairo.location().from()).isEqualTo("dateline");
    assertThat(locations.dateline("TOKYO, March 3", DATE).location().country()).isEqualTo("JPN");
    // news mean the city by "New York" (GeoNames' "New York City", Gazetteer.NEWS_NAMES), not the
    // state, and not York in England
    EventLocations.Located newYork = locations.dateline("NEW YORK, March 3 -", DATE);
    assertThat(newYork.location().geonamesId()).isEqualTo(5128581L);
    assertThat(newYork.location().country()).isEqualTo("USA");
    assertThat(locations.dateline("MINGORA, Pakistan (Reuters) -", DATE).location().geonamesId())
        .isEqualTo(1170395L);
    // an agency or a blank dateline names no place
    assertThat(locations.dateline("(Reuters) -", DATE)).isNull();
    assertThat(locations.dateline("", DATE)).isNull();
  }

  @Test
  void aCityInASentenceIsNoDateline() {
    assertThat(dateline("Tokyo said on Monday that exports rose .")).isNull();
    assertThat(dateline("ALEPPO FALLS TO REBELS")).isNull();
    assertThat(dateline("In Aleppo , rebels - who fled - regrouped .")).isNull();
  }

  @Test
  void theRuleTrailNamesTheDatelineAndTheGazetteer() {
    EventLocations.Located found =
        locations.dateline(sentence("MINGORA , Pakistan ( Reuters ) - Gunmen shot a girl ."), DATE);
    assertThat(found.step())
        .isEqualTo(
            "location: the dateline \"MINGORA\" → Mingora (PK, PAK, GeoNames 1170395, places.tsv)");
  }

  @Test
  void withoutAGazetteerNothingIsLocated() {
    EventLocations none = new EventLocations(null, null);
    assertThat(none.dateline(sentence("TOKYO - Japan said ."), DATE)).isNull();
    Place tokyo = dictionary.places().lookup("Tokyo");
    assertThat(tokyo).isNotNull();
  }
}
