package org.entente.dictionary.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.entente.core.EntenteException;
import org.entente.core.SharedFiles;
import org.junit.jupiter.api.Test;

/**
 * Reads the PETRARCH discard lists. Counted with grep: {@code grep -v '^\s*#' FILE | grep -c '\S'}
 * gives the discards (506 and 9), {@code grep -v '^\s*#' FILE | grep -c '^+'} the story-level ones
 * (64 and 4).
 */
class PetrarchDiscardReaderTest {

  private static List<PetrarchDiscard> file(String name) {
    return PetrarchDiscardReader.read(SharedFiles.resolve("reference/petrarch/" + name));
  }

  private static long stories(List<PetrarchDiscard> discards) {
    return discards.stream().filter(d -> d.scope() == PetrarchDiscard.Scope.STORY).count();
  }

  @Test
  void readsTheValidationDiscards() {
    List<PetrarchDiscard> discards = file("PETR.Validate.discards.txt");
    assertThat(discards).hasSize(9);
    assertThat(stories(discards)).isEqualTo(4);
    assertThat(discards.get(0))
        .isEqualTo(
            new PetrarchDiscard(
                PetrarchPhrase.parse("MONTHS LATER"),
                PetrarchDiscard.Scope.SENTENCE,
                "PETR.Validate.discards.txt:3"));
    assertThat(discards.get(2).phrase().words()).containsExactly("World", "Golf", "Championships");
    assertThat(discards.get(2).scope()).isEqualTo(PetrarchDiscard.Scope.STORY);
  }

  @Test
  void readsThePhoenixDiscards() {
    List<PetrarchDiscard> discards = file("Phoenix.discards.txt");
    assertThat(discards).hasSize(506);
    assertThat(stories(discards)).isEqualTo(64);
    assertThat(discards.get(0).phrase().text()).isEqualTo("1914");
    // "+ World Golf Championships": the space after '+' is ignored.
    assertThat(discards)
        .filteredOn(d -> d.phrase().text().equals("World Golf Championships"))
        .extracting(PetrarchDiscard::scope)
        .containsExactly(PetrarchDiscard.Scope.STORY);
    PetrarchDiscard groupA =
        discards.stream()
            .filter(d -> d.phrase().text().equals("GROUP A_"))
            .findFirst()
            .orElseThrow();
    assertThat(groupA.phrase().exact()).isTrue();
    assertThat(groupA.phrase().words()).containsExactly("GROUP", "A");
  }

  @Test
  void reportsBadLinesWithFileAndLine() {
    assertError("MONTHS LATER\n+  # nothing\n", "x.txt:2: story-level discard '+' has no phrase");
    assertError(
        "BASEBALL [---]\n",
        "x.txt:1: discard 'BASEBALL [---]' has a code; discards are phrases alone");
    assertError("+___\n", "x.txt:1: discard '___' has no words");
  }

  private static void assertError(String text, String message) {
    assertThatThrownBy(() -> PetrarchDiscardReader.read("x.txt", new StringReader(text)))
        .isInstanceOf(EntenteException.class)
        .hasMessage(message);
  }
}
