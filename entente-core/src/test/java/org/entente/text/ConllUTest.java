package org.entente.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.entente.core.EntenteException;
import org.junit.jupiter.api.Test;

/** Reading CoNLL-U: each token is found in the sentence text, at the nearest place it is. */
class ConllUTest {

  private static String conllu(String text, String... forms) {
    StringBuilder out = new StringBuilder("# text = " + text + "\n");
    for (int i = 0; i < forms.length; i++) {
      out.append(i + 1).append('\t').append(forms[i]).append("\t_\t_\tNN\t_\t_\t_\t_\t_\n");
    }
    return out.append('\n').toString();
  }

  @Test
  void aFormInAnotherCaseIsFoundWhereItIsWritten() {
    // the parser saw "banks" and "has" where the wire wrote "U.S. Banks have…" and "Has"
    String text = "U.S. Banks have loans to banks.";
    List<ParsedSentence> sentences =
        ConllU.parse(
            "x.conllu", conllu(text, "U.S.", "banks", "have", "loans", "to", "banks", "."));
    List<Token> tokens = sentences.get(0).tokens();
    assertThat(tokens.get(1).begin()).isEqualTo(5);
    assertThat(tokens.get(2).begin()).isEqualTo(11);
    assertThat(tokens.get(5).begin()).isEqualTo(text.lastIndexOf("banks"));
  }

  @Test
  void aTokenNotInTheTextIsAnErrorNamingTheLine() {
    assertThatThrownBy(
            () -> ConllU.parse("x.conllu", conllu("Russia sold oil.", "Russia", "bought", "oil")))
        .isInstanceOf(EntenteException.class)
        .hasMessageContaining("x.conllu:3")
        .hasMessageContaining("'bought'");
  }
}
