package org.entente.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SUTime runs only on sentences that may hold a date; these show which do. */
class DateCuesTest {

  private static List<CoreLabel> tokens(String sentence) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (String word : sentence.split(" ")) {
      CoreLabel label = new CoreLabel();
      label.setWord(word);
      tokens.add(label);
    }
    return tokens;
  }

  @Test
  void sentencesWithDatesAreTagged() {
    for (String sentence :
        List.of(
            "By 2018 , trade exceeded $ 100 billion .",
            "Putin visited Beijing on Tuesday .",
            "The talks ended last year .",
            "This year marks the anniversary .",
            "Relations were normalized 30 years ago .",
            "They met in June .")) {
      assertThat(CoreNlpSentenceParser.hasDateCue(tokens(sentence))).as(sentence).isTrue();
    }
  }

  @Test
  void sentencesWithoutAreNot() {
    for (String sentence :
        List.of(
            "Russia has been selling increasing volumes of oil to China .",
            "Chinese and Russian representatives cooperate closely .",
            "It now provides more sophisticated military technology to China .")) {
      assertThat(CoreNlpSentenceParser.hasDateCue(tokens(sentence))).as(sentence).isFalse();
    }
  }
}
