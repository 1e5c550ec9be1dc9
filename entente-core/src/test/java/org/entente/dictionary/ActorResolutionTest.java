package org.entente.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.entente.core.Tsv;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Resolves the phrases of {@code resolution-cases.tsv} — names, adjectives, prefixes, metonyms,
 * seats of power, country + agent, organisations and people on dates — with Entente's own
 * dictionary.
 */
class ActorResolutionTest {

  private static DictionaryActorMatcher matcher;

  @BeforeAll
  static void load() {
    matcher = new DictionaryActorMatcher(ActorDictionary.standard());
  }

  static Stream<Arguments> cases() {
    InputStream in = ActorResolutionTest.class.getResourceAsStream("resolution-cases.tsv");
    List<Arguments> cases = new ArrayList<>();
    for (Tsv.Row row : Tsv.read("resolution-cases.tsv", in)) {
      cases.add(Arguments.of(row.field(0), LocalDate.parse(row.field(1)), row.field(2)));
    }
    return cases.stream();
  }

  @Test
  void thereAreAtLeast150Cases() {
    assertThat(cases().count()).isGreaterThanOrEqualTo(150);
  }

  @ParameterizedTest(name = "{0} on {1} → {2}")
  @MethodSource("cases")
  void resolves(String phrase, LocalDate date, String expected) {
    List<String> words = List.of(phrase.split("\\s+"));
    List<String> codes = new ArrayList<>();
    for (ActorMention mention : matcher.find(words, null, date)) {
      codes.add(mention.code().code());
    }
    assertThat(String.join(" ", codes)).as(phrase).isEqualTo(expected);
  }

  @Test
  void explainsWhichEntryMatched() {
    ActorMention kremlin =
        matcher.find(List.of("the", "Kremlin"), null, LocalDate.of(2019, 6, 5)).get(0);
    assertThat(kremlin.text()).isEqualTo("Kremlin");
    assertThat(kremlin.why())
        .singleElement()
        .asString()
        .contains("countries.tsv:")
        .contains("RUSGOV");
    ActorMention xi = matcher.find(List.of("Xi", "Jinping"), null, LocalDate.of(2010, 1, 1)).get(0);
    assertThat(xi.why()).singleElement().asString().contains("not in office on 2010-01-01");
  }
}
