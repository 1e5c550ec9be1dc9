package org.entente.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A bare weekday names the last such day on or before the story's date when told in the past, the
 * next on or after it otherwise, whatever SUTime made of it after the documents it annotated
 * before; a qualified one ("next Tuesday") or one inside a longer date keeps SUTime's reading.
 */
class WeekdayDatesTest {

  /** A Monday. */
  static final LocalDate STORY = LocalDate.of(2015, 3, 2);

  /** Tokens from "word/TAG/NER" triples (NER O when left out). */
  private static List<CoreLabel> tokens(String sentence) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (String triple : sentence.split(" ")) {
      String[] parts = triple.split("/");
      CoreLabel label = new CoreLabel();
      label.setWord(parts[0]);
      label.setTag(parts[1]);
      label.setNER(parts.length > 2 ? parts[2] : "O");
      tokens.add(label);
    }
    return tokens;
  }

  @Test
  void aBareWeekdayToldInThePastIsTheLastSuchDayOnOrBeforeTheStory() {
    List<CoreLabel> met =
        tokens("ministers/NNS met/VBD in/IN Aleppo/NNP on/IN Tuesday/NNP/DATE ./.");
    assertThat(CoreNlpSentenceParser.bareWeekday(met, 5, STORY)).isEqualTo("2015-02-24");
    List<CoreLabel> today = tokens("talks/NNS opened/VBD on/IN Monday/NNP/DATE ./.");
    assertThat(CoreNlpSentenceParser.bareWeekday(today, 3, STORY)).isEqualTo("2015-03-02");
    List<CoreLabel> before = tokens("On/IN Tuesday/NNP/DATE ,/, the/DT ministers/NNS met/VBD");
    assertThat(CoreNlpSentenceParser.bareWeekday(before, 1, STORY)).isEqualTo("2015-02-24");
    List<CoreLabel> tried =
        tokens("rebels/NNS tried/VBD to/TO assassinate/VB him/PRP on/IN Friday/NNP/DATE");
    assertThat(CoreNlpSentenceParser.bareWeekday(tried, 6, STORY)).isEqualTo("2015-02-27");
  }

  @Test
  void aBareWeekdayToComeIsTheNextSuchDay() {
    List<CoreLabel> meet = tokens("they/PRP will/MD meet/VB on/IN Tuesday/NNP/DATE ./.");
    assertThat(CoreNlpSentenceParser.bareWeekday(meet, 4, STORY)).isEqualTo("2015-03-03");
    List<CoreLabel> arrives = tokens("Shultz/NNP arrives/VBZ on/IN Friday/NNP/DATE");
    assertThat(CoreNlpSentenceParser.bareWeekday(arrives, 3, STORY)).isEqualTo("2015-03-06");
    // a present or future passive is no past: "are scheduled to sign … on Sunday"
    List<CoreLabel> scheduled =
        tokens("they/PRP are/VBP scheduled/VBN to/TO sign/VB it/PRP on/IN Sunday/NNP/DATE");
    assertThat(CoreNlpSentenceParser.bareWeekday(scheduled, 7, STORY)).isEqualTo("2015-03-08");
    List<CoreLabel> held = tokens("talks/NNS will/MD be/VB held/VBN on/IN Friday/NNP/DATE");
    assertThat(CoreNlpSentenceParser.bareWeekday(held, 5, STORY)).isEqualTo("2015-03-06");
    // a perfect passive is: "has been killed on Friday"
    List<CoreLabel> killed = tokens("he/PRP has/VBZ been/VBN killed/VBN on/IN Friday/NNP/DATE");
    assertThat(CoreNlpSentenceParser.bareWeekday(killed, 5, STORY)).isEqualTo("2015-02-27");
  }

  @Test
  void qualifiedWeekdaysAndLongerDatesAreLeftToSutime() {
    List<CoreLabel> next = tokens("they/PRP meet/VBP next/JJ/DATE Tuesday/NNP/DATE ./.");
    assertThat(CoreNlpSentenceParser.bareWeekday(next, 3, STORY)).isNull();
    List<CoreLabel> dated = tokens("on/IN Tuesday/NNP/DATE ,/,/DATE March/NNP/DATE 3/CD/DATE");
    assertThat(CoreNlpSentenceParser.bareWeekday(dated, 1, STORY)).isNull();
    List<CoreLabel> undated = tokens("on/IN the/DT Tuesday/NNP/DATE");
    assertThat(CoreNlpSentenceParser.bareWeekday(undated, 2, null)).isNull();
    assertThat(CoreNlpSentenceParser.bareWeekday(tokens("a/DT Marchday/NNP/DATE"), 1, STORY))
        .isNull();
  }
}
