package org.entente.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.entente.core.Document;
import org.entente.core.EntenteException;
import org.entente.text.ParsedSentence;
import org.entente.text.Token;
import org.junit.jupiter.api.Test;

/** Penn parses to dependency parses with CoreNLP's converter: no models are loaded. */
class TreebankParsesTest {

  private static Document document(String text) {
    return new Document("DEMO-00", LocalDate.of(1995, 1, 1), text, "", "", "");
  }

  @Test
  void theTreeGivesTokensTagsLemmasAndUniversalDependencies() {
    String text = "Arnor is about to restore full diplomatic ties with Gondor.";
    ParsedSentence sentence =
        TreebankParses.parse(
                document(text),
                """
                (ROOT (S (NP (NNP Arnor)) (VP (VBZ is) (VP (IN about) (S (VP (TO to)
                  (VP (VB restore) (NP (JJ full) (JJ diplomatic) (NNS ties))
                  (PP (IN with) (NP (NNP Gondor)))))))) (. .)))
                """)
            .sentences()
            .get(0);

    assertThat(sentence.words())
        .containsExactly(
            "Arnor",
            "is",
            "about",
            "to",
            "restore",
            "full",
            "diplomatic",
            "ties",
            "with",
            "Gondor",
            ".");
    assertThat(sentence.lemmas().get(7)).isEqualTo("tie");
    assertThat(sentence.token(4).pos()).isEqualTo("VB");
    Token gondor = sentence.token(9);
    assertThat(text.substring(gondor.begin(), gondor.end())).isEqualTo("Gondor");
    assertThat(sentence.dependencies())
        .extracting(d -> d.head() + " " + d.relation() + " " + d.dependent())
        .contains("4 obl:with 9", "4 nsubj:xsubj 0", "4 obj 7", "-1 root 2");
  }

  @Test
  void bracketsAndQuotesWrittenAsTreebankEscapesAlignWithTheText() {
    assertThat(TreebankParses.align("the (EU) said", 3, "-LRB-")).containsExactly(4, 5);
    assertThat(TreebankParses.align("\"Yes\"", 0, "``")).containsExactly(0, 1);
  }

  @Test
  void aLeafTheTextLacksNearbyStaysAnEmptySpanAndTheRestStillAligns() {
    String text = "Arnor - Gondor talks";
    // a dash the parse drops is passed over: within MAX_SKIP characters
    assertThat(TreebankParses.align(text, 5, "Gondor")).containsExactly(8, 14);
    // a word further away than MAX_SKIP is not taken from a later clause
    String far = "Arnor" + " ".repeat(1) + "x".repeat(TreebankParses.MAX_SKIP + 1) + " Gondor";
    assertThat(TreebankParses.align(far, 5, "Gondor")).containsExactly(5, 5);
  }

  @Test
  void unbalancedBracketsAreBadDataNamingTheRecord() {
    assertThatThrownBy(
            () -> TreebankParses.parse(document("Arnor left."), "(ROOT (S (NP (NNP Arnor))"))
        .isInstanceOf(EntenteException.class)
        .hasMessage("DEMO-00: the parse's brackets do not balance (2 ')' missing)");
  }
}
