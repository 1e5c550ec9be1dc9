package org.entente.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tagger takes some nouns of recent news for verbs ("a massive drone and missile attack" tags
 * "drone" VB); after a determiner or a possessive, with only adjectives between, no verb's base
 * form can stand, so the word is given to the parser as a noun.
 */
class VerbTagsTest {

  /** Tokens from "word/TAG" pairs. */
  private static List<CoreLabel> tagged(String sentence) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (String pair : sentence.split(" ")) {
      String[] parts = pair.split("/");
      CoreLabel label = new CoreLabel();
      label.setWord(parts[0]);
      label.setValue(parts[0]);
      label.setTag(parts[1]);
      tokens.add(label);
    }
    return tokens;
  }

  private static String tags(String sentence) {
    List<CoreLabel> tokens = tagged(sentence);
    CoreNlpSentenceParser.repairVerbTags(tokens);
    return String.join(" ", tokens.stream().map(CoreLabel::tag).toList());
  }

  @Test
  void aVerbTagAfterADeterminerIsANoun() {
    assertThat(tags("Russia/NNP launched/VBD a/DT massive/JJ drone/VB and/CC missile/NN attack/NN"))
        .isEqualTo("NNP VBD DT JJ NN CC NN NN");
    assertThat(tags("the/DT economy/NN is/VBZ on/IN the/DT mend/VB")).endsWith("DT NN");
    assertThat(tags("delaying/VBG their/PRP$ pull/VB out/RP")).isEqualTo("VBG PRP$ NN RP");
  }

  @Test
  void verbsAfterPeopleOrElsewhereStayVerbs() {
    for (String sentence :
        List.of(
            "The/DT Japanese/JJ seem/VBP to/TO be/VB",
            "A/DT few/JJ have/VBP reached/VBN agreement/NN",
            "the/DT two/CD companies/NNS each/DT have/VBP a/DT stake/NN",
            "Iran/NNP and/CC Iraq/NNP agree/VBP")) {
      List<CoreLabel> tokens = tagged(sentence);
      String before = String.join(" ", tokens.stream().map(CoreLabel::tag).toList());
      assertThat(tags(sentence)).isEqualTo(before);
    }
  }
}
