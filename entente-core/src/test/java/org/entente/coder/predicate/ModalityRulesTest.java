package org.entente.coder.predicate;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.event.Modality;
import org.entente.text.Arcs;
import org.entente.text.ConllU;
import org.entente.text.ParsedSentence;
import org.junit.jupiter.api.Test;

/**
 * What "have to" makes of a verb when CoreNLP hangs "have" as the verb's auxiliary and "to" as its
 * mark, as it does with "would have to enact" (the parse below is CoreNLP's, written out by hand).
 */
class ModalityRulesTest {

  private static final String HAVE_AS_AUXILIARY =
      String.join(
          "\n",
          "# text = Brazil would have to enact a program in consultation with the IMF.",
          "1\tBrazil\tBrazil\t_\tNNP\t_\t_\t_\t5:nsubj\t_",
          "2\twould\twould\t_\tMD\t_\t_\t_\t5:aux\t_",
          "3\thave\thave\t_\tVB\t_\t_\t_\t5:aux\t_",
          "4\tto\tto\t_\tTO\t_\t_\t_\t5:mark\t_",
          "5\tenact\tenact\t_\tVB\t_\t_\t_\t0:root\t_",
          "6\ta\ta\t_\tDT\t_\t_\t_\t7:det\t_",
          "7\tprogram\tprogram\t_\tNN\t_\t_\t_\t5:obj\t_",
          "8\tin\tin\t_\tIN\t_\t_\t_\t9:case\t_",
          "9\tconsultation\tconsultation\t_\tNN\t_\t_\t_\t5:obl:in\t_",
          "10\twith\twith\t_\tIN\t_\t_\t_\t12:case\t_",
          "11\tthe\tthe\t_\tDT\t_\t_\t_\t12:det\t_",
          "12\tIMF\tIMF\t_\tNNP\t_\t_\t_\t9:nmod:with\t_",
          "13\t.\t.\t_\t.\t_\t_\t_\t5:punct\t_",
          "",
          "");

  private static final String HAVE_AS_PERFECT =
      String.join(
          "\n",
          "# text = Brazil has enacted a program.",
          "1\tBrazil\tBrazil\t_\tNNP\t_\t_\t_\t3:nsubj\t_",
          "2\thas\thave\t_\tVBZ\t_\t_\t_\t3:aux\t_",
          "3\tenacted\tenact\t_\tVBN\t_\t_\t_\t0:root\t_",
          "4\ta\ta\t_\tDT\t_\t_\t_\t5:det\t_",
          "5\tprogram\tprogram\t_\tNN\t_\t_\t_\t3:obj\t_",
          "6\t.\t.\t_\t.\t_\t_\t_\t3:punct\t_",
          "",
          "");

  private static ModalityRules rules(ParsedSentence sentence) {
    return new ModalityRules(sentence, new Arcs(sentence), verb -> null);
  }

  @Test
  void aVerbOneHasToDoIsAnObligationNotAnAct() {
    ParsedSentence sentence = ConllU.parse("have-to.conllu", HAVE_AS_AUXILIARY).get(0);
    ModalityRules rules = rules(sentence);
    assertThat(rules.isObligation(4)).isTrue();
    assertThat(rules.modality(4, false)).isEqualTo(Modality.HYPOTHETICAL);
  }

  @Test
  void thePerfectsHaveIsNoObligation() {
    ParsedSentence sentence = ConllU.parse("perfect.conllu", HAVE_AS_PERFECT).get(0);
    ModalityRules rules = rules(sentence);
    assertThat(rules.isObligation(2)).isFalse();
    assertThat(rules.modality(2, false)).isEqualTo(Modality.FACTUAL);
  }
}
