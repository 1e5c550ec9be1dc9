package org.entente.coder;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.text.ConllU;
import org.entente.text.Dependency;
import org.entente.text.ParsedSentence;
import org.junit.jupiter.api.Test;

/**
 * The parse CoreNLP gives "Beirut again rejected Thursday a United Nations appeal" (as in a PLOVER
 * record), written out by hand: the appeal hangs on "Thursday" as {@code dep}.
 */
class ParseRepairsTest {

  private static final String MISREAD =
      String.join(
          "\n",
          "# text = Beirut again rejected Thursday a United Nations appeal.",
          "1\tBeirut\tBeirut\t_\tNNP\t_\t_\t_\t3:nsubj\t_",
          "2\tagain\tagain\t_\tRB\t_\t_\t_\t3:advmod\t_",
          "3\trejected\treject\t_\tVBD\t_\t_\t_\t0:root\t_",
          "4\tThursday\tThursday\t_\tNNP\t_\t_\t_\t3:obl:tmod\t_",
          "5\ta\ta\t_\tDT\t_\t_\t_\t8:det\t_",
          "6\tUnited\tUnited\t_\tNNP\t_\t_\t_\t7:compound\t_",
          "7\tNations\tNations\t_\tNNPS\t_\t_\t_\t8:compound\t_",
          "8\tappeal\tappeal\t_\tNN\t_\t_\t_\t4:dep\t_",
          "9\t.\t.\t_\t.\t_\t_\t_\t3:punct\t_",
          "",
          "");

  @Test
  void theObjectADayNameTookIsTheVerbsAgain() {
    ParsedSentence read = ConllU.parse("misread.conllu", MISREAD).get(0);
    ParsedSentence repaired = ParseRepairs.repair(read);
    assertThat(repaired.dependencies()).contains(new Dependency(2, 7, "obj"));
    assertThat(repaired.dependencies()).doesNotContain(new Dependency(3, 7, "dep"));
  }

  @Test
  void aSubjectADayNameTookAsItsCompoundIsTheVerbsSubjectAgain() {
    String misread =
        String.join(
            "\n",
            "# text = Israel Friday reimposed blockades.",
            "1\tIsrael\tIsrael\t_\tNNP\t_\t_\t_\t2:compound\t_",
            "2\tFriday\tFriday\t_\tNNP\t_\t_\t_\t3:nsubj\t_",
            "3\treimposed\treimpose\t_\tVBD\t_\t_\t_\t0:root\t_",
            "4\tblockades\tblockade\t_\tNNS\t_\t_\t_\t3:obj\t_",
            "5\t.\t.\t_\t.\t_\t_\t_\t3:punct\t_",
            "",
            "");
    ParsedSentence repaired = ParseRepairs.repair(ConllU.parse("day.conllu", misread).get(0));
    assertThat(repaired.dependencies())
        .contains(new Dependency(2, 0, "nsubj"), new Dependency(2, 1, "obl:tmod"))
        .doesNotContain(new Dependency(1, 0, "compound"));
  }

  @Test
  void aSentenceTheParserReadRightIsLeftAsItIs() {
    String right =
        MISREAD.replace(
            "8\tappeal\tappeal\t_\tNN\t_\t_\t_\t4:dep", "8\tappeal\tappeal\t_\tNN\t_\t_\t_\t3:obj");
    ParsedSentence read = ConllU.parse("right.conllu", right).get(0);
    assertThat(ParseRepairs.repair(read)).isSameAs(read);
    assertThat(read.dependencies()).extracting(Dependency::relation).contains("obj");
  }
}
