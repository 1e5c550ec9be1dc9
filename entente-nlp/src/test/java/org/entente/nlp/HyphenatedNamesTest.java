package org.entente.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tokenizer splits "Moon Jae-in" at its hyphen, and the parser then reads "in" as a preposition
 * inside the name; such a given name is joined again into one token. Hyphenated compounds of
 * English ("United States-led", "Iran-backed") stay split, as the coder reads their parts.
 */
class HyphenatedNamesTest {

  /** Tokens as the tokenizer gives them: a hyphen inside a word is cut out with no space around. */
  private static List<CoreLabel> split(String... parts) {
    List<CoreLabel> tokens = new ArrayList<>();
    int at = 0;
    for (String part : parts) {
      boolean attached = part.startsWith("~");
      String word = attached ? part.substring(1) : part;
      if (attached && at > 0) {
        at--; // no space before it
      }
      CoreLabel label = new CoreLabel();
      label.setWord(word);
      label.setValue(word);
      label.setOriginalText(word);
      label.setBeginPosition(at);
      label.setEndPosition(at + word.length());
      tokens.add(label);
      at += word.length() + 1;
    }
    return tokens;
  }

  private static List<String> words(List<CoreLabel> tokens) {
    return tokens.stream().map(CoreLabel::word).toList();
  }

  @Test
  void aKoreanGivenNameIsOneToken() {
    List<CoreLabel> joined =
        CoreNlpSentenceParser.joinHyphenatedNames(
            split("President", "Moon", "Jae", "~-", "~in", "met", "Abe"));
    assertThat(words(joined)).containsExactly("President", "Moon", "Jae-in", "met", "Abe");
    assertThat(joined.get(2).beginPosition()).isEqualTo(15);
    assertThat(joined.get(2).endPosition()).isEqualTo(21);
    assertThat(joined.get(3).index()).isEqualTo(4);
  }

  @Test
  void compoundsOfEnglishStaySplit() {
    for (List<CoreLabel> tokens :
        List.of(
            split("the", "United", "States", "~-", "~led", "coalition"),
            split("Iran", "~-", "~backed", "militias"),
            split("the", "Seoul", "~-", "~based", "firm"),
            // a hyphen with spaces around it is no name's
            split("Ban", "Ki", "-", "moon"))) {
      List<String> before = words(tokens);
      assertThat(words(CoreNlpSentenceParser.joinHyphenatedNames(tokens))).isEqualTo(before);
    }
  }
}
