package org.entente.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Old wire copy capitalises the word after "U.S." ("The U.S. Has offered warships"); the parser is
 * given such common words in lower case, and names keep their capitals.
 */
class WireCapitalsTest {

  private static List<CoreLabel> tokens(String sentence) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (String word : sentence.split(" ")) {
      CoreLabel label = new CoreLabel();
      label.setWord(word);
      label.setValue(word);
      label.setOriginalText(word);
      tokens.add(label);
    }
    return tokens;
  }

  private static String repaired(String sentence) {
    List<CoreLabel> tokens = tokens(sentence);
    CoreNlpSentenceParser.repairWireCapitals(tokens);
    return String.join(" ", tokens.stream().map(CoreLabel::word).toList());
  }

  @Test
  void commonWordsAfterUsAreLowerCased() {
    assertThat(repaired("The U.S. Has offered warships to Kuwait ."))
        .isEqualTo("The U.S. has offered warships to Kuwait .");
    assertThat(repaired("talks with U.S. Officials and the U.K. And France"))
        .isEqualTo("talks with U.S. officials and the U.K. and France");
  }

  @Test
  void namesAndOtherPlacesKeepTheirCapitals() {
    for (String sentence :
        List.of(
            "U.S. Trade Representative Clayton Yeutter said",
            "the U.S. Treasury and the U.S. Navy",
            "Has the U.S. agreed ?",
            "The U.S. HAS agreed .")) {
      assertThat(repaired(sentence)).isEqualTo(sentence);
    }
  }

  @Test
  void theOriginalTextIsKept() {
    List<CoreLabel> tokens = tokens("The U.S. Would impose tariffs");
    CoreNlpSentenceParser.repairWireCapitals(tokens);
    assertThat(tokens.get(2).word()).isEqualTo("would");
    assertThat(tokens.get(2).originalText()).isEqualTo("Would");
  }
}
