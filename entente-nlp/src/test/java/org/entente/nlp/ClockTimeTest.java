package org.entente.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Four digits before a time zone are a clock time, which SUTime would take for a year. */
class ClockTimeTest {

  private static List<CoreLabel> tokens(String sentence) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (String word : sentence.split(" ")) {
      CoreLabel label = new CoreLabel();
      label.setWord(word);
      tokens.add(label);
    }
    return tokens;
  }

  private static int index(String sentence, String word) {
    return List.of(sentence.split(" ")).indexOf(word);
  }

  @Test
  void fourDigitsBeforeATimeZoneAreAClockTime() {
    for (String sentence :
        List.of(
            "The talks began at 1100 GMT on Monday .",
            "Troops crossed at 0630 local time .",
            "The statement came at 1800 hrs .",
            "Shelling stopped at 2359 UTC .")) {
      List<CoreLabel> tokens = tokens(sentence);
      int time = index(sentence, sentence.split(" at ")[1].split(" ")[0]);
      assertThat(CoreNlpSentenceParser.isClockTime(tokens, time)).as(sentence).isTrue();
      assertThat(CoreNlpSentenceParser.inClockTime(tokens, time + 1)).as(sentence).isTrue();
    }
  }

  @Test
  void yearsStayYears() {
    for (String sentence :
        List.of(
            "Russia and China signed a treaty in 2001 .",
            "In 2014 local elections were held .",
            "By 1999 GMT was renamed .",
            "The 2100 target was set .")) {
      List<CoreLabel> tokens = tokens(sentence);
      for (int i = 0; i < tokens.size(); i++) {
        assertThat(CoreNlpSentenceParser.inClockTime(tokens, i)).as(sentence + " " + i).isFalse();
      }
    }
  }
}
