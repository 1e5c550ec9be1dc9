package org.entente.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A bare weekday names the last such day on or before the story's date, whatever SUTime made of it
 * after the documents it annotated before; a qualified one ("next Tuesday") or one inside a longer
 * date keeps SUTime's reading.
 */
class WeekdayDatesTest {

  /** A Monday. */
  static final LocalDate STORY = LocalDate.of(2015, 3, 2);

  /** Tokens from "word/NER" pairs. */
  private static List<CoreLabel> tokens(String sentence) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (String pair : sentence.split(" ")) {
      String[] parts = pair.split("/");
      CoreLabel label = new CoreLabel();
      label.setWord(parts[0]);
      label.setNER(parts.length > 1 ? parts[1] : "O");
      tokens.add(label);
    }
    return tokens;
  }

  @Test
  void aBareWeekdayIsTheLastSuchDayOnOrBeforeTheStory() {
    List<CoreLabel> met = tokens("ministers met in Aleppo on Tuesday/DATE .");
    assertThat(CoreNlpSentenceParser.bareWeekday(met, 5, STORY)).isEqualTo("2015-02-24");
    List<CoreLabel> today = tokens("talks opened on Monday/DATE .");
    assertThat(CoreNlpSentenceParser.bareWeekday(today, 3, STORY)).isEqualTo("2015-03-02");
  }

  @Test
  void qualifiedWeekdaysAndLongerDatesAreLeftToSutime() {
    List<CoreLabel> next = tokens("they meet next/DATE Tuesday/DATE .");
    assertThat(CoreNlpSentenceParser.bareWeekday(next, 3, STORY)).isNull();
    List<CoreLabel> dated = tokens("on Tuesday/DATE ,/DATE March/DATE 3/DATE");
    assertThat(CoreNlpSentenceParser.bareWeekday(dated, 1, STORY)).isNull();
    List<CoreLabel> word = tokens("on the Tuesday/DATE");
    assertThat(CoreNlpSentenceParser.bareWeekday(word, 2, null)).isNull();
    assertThat(CoreNlpSentenceParser.bareWeekday(tokens("a Marchday/DATE"), 1, STORY)).isNull();
  }
}
