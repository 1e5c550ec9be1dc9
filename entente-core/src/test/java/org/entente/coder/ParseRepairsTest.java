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
  void aParticipleAfterAnOpeningPhraseQualifiesItsNounAndTheClauseIsTheRoot() {
    // CoreNLP's parse of a wire sentence of the modern development set 4, shortened
    String misread =
        String.join(
            "\n",
            "# text = Under the deal, brokered by France, troops are to withdraw.",
            "1\tUnder\tunder\t_\tIN\t_\t_\t_\t3:case\t_",
            "2\tthe\tthe\t_\tDT\t_\t_\t_\t3:det\t_",
            "3\tdeal\tdeal\t_\tNN\t_\t_\t_\t5:obl:under\t_",
            "4\t,\t,\t_\t,\t_\t_\t_\t5:punct\t_",
            "5\tbrokered\tbroker\t_\tVBN\t_\t_\t_\t0:root\t_",
            "6\tby\tby\t_\tIN\t_\t_\t_\t7:case\t_",
            "7\tFrance\tFrance\t_\tNNP\t_\t_\t_\t12:obl:agent\t_",
            "8\t,\t,\t_\t,\t_\t_\t_\t5:punct\t_",
            "9\ttroops\ttroops\t_\tNNS\t_\t_\t_\t12:nsubj\t_",
            "10\tare\tbe\t_\tVBP\t_\t_\t_\t12:aux\t_",
            "11\tto\tto\t_\tTO\t_\t_\t_\t12:mark\t_",
            "12\twithdraw\twithdraw\t_\tVB\t_\t_\t_\t5:parataxis\t_",
            "13\t.\t.\t_\t.\t_\t_\t_\t5:punct\t_",
            "",
            "");
    ParsedSentence repaired = ParseRepairs.repair(ConllU.parse("deal.conllu", misread).get(0));
    assertThat(repaired.dependencies())
        .contains(
            new Dependency(-1, 11, "root"),
            new Dependency(11, 2, "obl:under"),
            new Dependency(2, 4, "acl"),
            new Dependency(4, 6, "obl:by"))
        .doesNotContain(new Dependency(-1, 4, "root"), new Dependency(11, 6, "obl:agent"));
  }

  @Test
  void namesTheParserMadeAppositionsOfTheFirstAreAListThatSharesItsRole() {
    // CoreNLP's parse of a wire sentence of the modern development set 6, shortened
    String misread =
        String.join(
            "\n",
            "# text = Egypt, Jordan and Bahrain cut ties with Qatar.",
            "1\tEgypt\tEgypt\t_\tNNP\t_\t_\t_\t6:nsubj\t_",
            "2\t,\t,\t_\t,\t_\t_\t_\t1:punct\t_",
            "3\tJordan\tJordan\t_\tNNP\t_\t_\t_\t1:appos\t_",
            "4\tand\tand\t_\tCC\t_\t_\t_\t5:cc\t_",
            "5\tBahrain\tBahrain\t_\tNNP\t_\t_\t_\t1:appos\t_",
            "6\tcut\tcut\t_\tVBD\t_\t_\t_\t0:root\t_",
            "7\tties\ttie\t_\tNNS\t_\t_\t_\t6:obj\t_",
            "8\twith\twith\t_\tIN\t_\t_\t_\t9:case\t_",
            "9\tQatar\tQatar\t_\tNNP\t_\t_\t_\t7:nmod:with\t_",
            "10\t.\t.\t_\t.\t_\t_\t_\t6:punct\t_",
            "",
            "");
    ParsedSentence repaired = ParseRepairs.repair(ConllU.parse("list.conllu", misread).get(0));
    assertThat(repaired.dependencies())
        .contains(
            new Dependency(0, 2, "conj:and"),
            new Dependency(0, 4, "conj:and"),
            new Dependency(5, 2, "nsubj"),
            new Dependency(5, 4, "nsubj"))
        .doesNotContain(new Dependency(0, 2, "appos"));
  }

  @Test
  void aFiniteVerbAfterAndHungOnANounIsAConjunctOfTheMainVerb() {
    // CoreNLP's parse of a wire sentence of the modern development set 9, shortened
    String misread =
        String.join(
            "\n",
            "# text = Petro said it with dignity, and had announced tariffs.",
            "1\tPetro\tPetro\t_\tNNP\t_\t_\t_\t2:nsubj\t_",
            "2\tsaid\tsay\t_\tVBD\t_\t_\t_\t0:root\t_",
            "3\tit\tit\t_\tPRP\t_\t_\t_\t2:obj\t_",
            "4\twith\twith\t_\tIN\t_\t_\t_\t5:case\t_",
            "5\tdignity\tdignity\t_\tNN\t_\t_\t_\t2:obl:with\t_",
            "6\t,\t,\t_\t,\t_\t_\t_\t5:punct\t_",
            "7\tand\tand\t_\tCC\t_\t_\t_\t9:cc\t_",
            "8\thad\thave\t_\tVBD\t_\t_\t_\t9:aux\t_",
            "9\tannounced\tannounce\t_\tVBN\t_\t_\t_\t5:conj:and\t_",
            "10\ttariffs\ttariff\t_\tNNS\t_\t_\t_\t9:obj\t_",
            "11\t.\t.\t_\t.\t_\t_\t_\t2:punct\t_",
            "",
            "");
    ParsedSentence repaired = ParseRepairs.repair(ConllU.parse("and.conllu", misread).get(0));
    assertThat(repaired.dependencies())
        .contains(new Dependency(1, 8, "conj:and"), new Dependency(8, 0, "nsubj"))
        .doesNotContain(new Dependency(4, 8, "conj:and"));
  }

  @Test
  void aNameWithAnAppositionThatIsNoListKeepsIt() {
    String read =
        String.join(
            "\n",
            "# text = Egypt, Cairo, protested.",
            "1\tEgypt\tEgypt\t_\tNNP\t_\t_\t_\t5:nsubj\t_",
            "2\t,\t,\t_\t,\t_\t_\t_\t1:punct\t_",
            "3\tCairo\tCairo\t_\tNNP\t_\t_\t_\t1:appos\t_",
            "4\t,\t,\t_\t,\t_\t_\t_\t1:punct\t_",
            "5\tprotested\tprotest\t_\tVBD\t_\t_\t_\t0:root\t_",
            "6\t.\t.\t_\t.\t_\t_\t_\t5:punct\t_",
            "",
            "");
    ParsedSentence sentence = ConllU.parse("appos.conllu", read).get(0);
    assertThat(ParseRepairs.repair(sentence).dependencies())
        .contains(new Dependency(0, 2, "appos"));
  }

  @Test
  void aParticipleWithItsOwnSubjectIsLeftTheRoot() {
    String read =
        String.join(
            "\n",
            "# text = Under the deal, troops withdrawn by France, they left.",
            "1\tUnder\tunder\t_\tIN\t_\t_\t_\t3:case\t_",
            "2\tthe\tthe\t_\tDT\t_\t_\t_\t3:det\t_",
            "3\tdeal\tdeal\t_\tNN\t_\t_\t_\t6:obl:under\t_",
            "4\t,\t,\t_\t,\t_\t_\t_\t6:punct\t_",
            "5\ttroops\ttroops\t_\tNNS\t_\t_\t_\t6:nsubj:pass\t_",
            "6\twithdrawn\twithdraw\t_\tVBN\t_\t_\t_\t0:root\t_",
            "7\tby\tby\t_\tIN\t_\t_\t_\t8:case\t_",
            "8\tFrance\tFrance\t_\tNNP\t_\t_\t_\t6:obl:by\t_",
            "9\t,\t,\t_\t,\t_\t_\t_\t6:punct\t_",
            "10\tthey\tthey\t_\tPRP\t_\t_\t_\t11:nsubj\t_",
            "11\tleft\tleave\t_\tVBD\t_\t_\t_\t6:parataxis\t_",
            "12\t.\t.\t_\t.\t_\t_\t_\t6:punct\t_",
            "",
            "");
    ParsedSentence sentence = ConllU.parse("own.conllu", read).get(0);
    assertThat(ParseRepairs.repair(sentence).dependencies())
        .contains(new Dependency(-1, 5, "root"));
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
  void aReportedClausesSubjectTakenForTheObjectOfSaidIsItsSubjectAgain() {
    // CoreNLP's parse of "He said France was continuing negotiations with Iran." (Reuters, 1987)
    String misread =
        String.join(
            "\n",
            "# text = He said France was continuing negotiations.",
            "1\tHe\the\t_\tPRP\t_\t_\t_\t2:nsubj\t_",
            "2\tsaid\tsay\t_\tVBD\t_\t_\t_\t0:root\t_",
            "3\tFrance\tFrance\t_\tNNP\t_\t_\t_\t2:obj\t_",
            "4\twas\tbe\t_\tVBD\t_\t_\t_\t5:aux\t_",
            "5\tcontinuing\tcontinue\t_\tVBG\t_\t_\t_\t2:dep\t_",
            "6\tnegotiations\tnegotiation\t_\tNNS\t_\t_\t_\t5:obj\t_",
            "7\t.\t.\t_\t.\t_\t_\t_\t2:punct\t_",
            "",
            "");
    ParsedSentence repaired = ParseRepairs.repair(ConllU.parse("said.conllu", misread).get(0));
    assertThat(repaired.dependencies())
        .contains(new Dependency(1, 4, "ccomp"), new Dependency(4, 2, "nsubj"))
        .doesNotContain(new Dependency(1, 2, "obj"), new Dependency(1, 4, "dep"));
  }

  @Test
  void aModalComplementOfSaidWithItsSubjectTakenForTheObjectIsWhatIsSaid() {
    // CoreNLP's parse of "He said Italy eventually would have to abandon its higher margin…"
    // (Reuters, 1987): the clause's subject the object of "said", its verb an xcomp it controls
    String misread =
        String.join(
            "\n",
            "# text = He said Italy would have to abandon its margin.",
            "1\tHe\the\t_\tPRP\t_\t_\t_\t2:nsubj\t_",
            "2\tsaid\tsay\t_\tVBD\t_\t_\t_\t0:root\t_",
            "3\tItaly\tItaly\t_\tNNP\t_\t_\t_\t2:obj|7:nsubj:xsubj\t_",
            "4\twould\twould\t_\tMD\t_\t_\t_\t7:aux\t_",
            "5\thave\thave\t_\tVB\t_\t_\t_\t7:aux\t_",
            "6\tto\tto\t_\tTO\t_\t_\t_\t7:mark\t_",
            "7\tabandon\tabandon\t_\tVB\t_\t_\t_\t2:xcomp\t_",
            "8\tits\tits\t_\tPRP$\t_\t_\t_\t9:nmod:poss\t_",
            "9\tmargin\tmargin\t_\tNN\t_\t_\t_\t7:obj\t_",
            "10\t.\t.\t_\t.\t_\t_\t_\t2:punct\t_",
            "",
            "");
    ParsedSentence repaired = ParseRepairs.repair(ConllU.parse("modal.conllu", misread).get(0));
    assertThat(repaired.dependencies())
        .contains(new Dependency(1, 6, "ccomp"), new Dependency(6, 2, "nsubj"))
        .doesNotContain(
            new Dependency(1, 2, "obj"),
            new Dependency(1, 6, "xcomp"),
            new Dependency(6, 2, "nsubj:xsubj"));
  }

  @Test
  void aControlledComplementOfAnotherVerbStays() {
    // "He asked Italy to abandon its margin": an object and the infinitive it is asked to do
    String read =
        String.join(
            "\n",
            "# text = He asked Italy to abandon its margin.",
            "1\tHe\the\t_\tPRP\t_\t_\t_\t2:nsubj\t_",
            "2\tasked\task\t_\tVBD\t_\t_\t_\t0:root\t_",
            "3\tItaly\tItaly\t_\tNNP\t_\t_\t_\t2:obj|5:nsubj:xsubj\t_",
            "4\tto\tto\t_\tTO\t_\t_\t_\t5:mark\t_",
            "5\tabandon\tabandon\t_\tVB\t_\t_\t_\t2:xcomp\t_",
            "6\tits\tits\t_\tPRP$\t_\t_\t_\t7:nmod:poss\t_",
            "7\tmargin\tmargin\t_\tNN\t_\t_\t_\t5:obj\t_",
            "8\t.\t.\t_\t.\t_\t_\t_\t2:punct\t_",
            "",
            "");
    ParsedSentence sentence = ConllU.parse("asked.conllu", read).get(0);
    assertThat(ParseRepairs.repair(sentence).dependencies())
        .containsExactlyInAnyOrderElementsOf(sentence.dependencies());
  }

  @Test
  void aReportedClausesVerbMadeTheRootIsUnderSaidAgain() {
    // CoreNLP's parse of "One official said Egypt would propose a new exchange rate…" (Reuters)
    String misread =
        String.join(
            "\n",
            "# text = One official said Egypt would propose a rate.",
            "1\tOne\tone\t_\tCD\t_\t_\t_\t2:nummod\t_",
            "2\tofficial\tofficial\t_\tNN\t_\t_\t_\t3:nsubj\t_",
            "3\tsaid\tsay\t_\tVBD\t_\t_\t_\t6:csubj\t_",
            "4\tEgypt\tEgypt\t_\tNNP\t_\t_\t_\t3:obj\t_",
            "5\twould\twould\t_\tMD\t_\t_\t_\t6:aux\t_",
            "6\tpropose\tpropose\t_\tVB\t_\t_\t_\t0:root\t_",
            "7\ta\ta\t_\tDT\t_\t_\t_\t8:det\t_",
            "8\trate\trate\t_\tNN\t_\t_\t_\t6:obj\t_",
            "9\t.\t.\t_\t.\t_\t_\t_\t6:punct\t_",
            "",
            "");
    ParsedSentence repaired = ParseRepairs.repair(ConllU.parse("csubj.conllu", misread).get(0));
    assertThat(repaired.dependencies())
        .contains(
            new Dependency(-1, 2, "root"),
            new Dependency(2, 5, "ccomp"),
            new Dependency(5, 3, "nsubj"))
        .doesNotContain(new Dependency(5, 2, "csubj"), new Dependency(2, 3, "obj"));
  }

  @Test
  void anObjectOfSaidThatIsNoClausesSubjectStays() {
    // "said the report, adding …": the verb after the object does not follow it at once
    String read =
        String.join(
            "\n",
            "# text = Officials said the report was wrong.",
            "1\tOfficials\tofficial\t_\tNNS\t_\t_\t_\t2:nsubj\t_",
            "2\tsaid\tsay\t_\tVBD\t_\t_\t_\t0:root\t_",
            "3\tthe\tthe\t_\tDT\t_\t_\t_\t4:det\t_",
            "4\treport\treport\t_\tNN\t_\t_\t_\t6:nsubj\t_",
            "5\twas\tbe\t_\tVBD\t_\t_\t_\t6:cop\t_",
            "6\twrong\twrong\t_\tJJ\t_\t_\t_\t2:ccomp\t_",
            "7\t.\t.\t_\t.\t_\t_\t_\t2:punct\t_",
            "",
            "");
    ParsedSentence sentence = ConllU.parse("read.conllu", read).get(0);
    assertThat(ParseRepairs.repair(sentence)).isSameAs(sentence);
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

  @Test
  void aHangingRelativeClauseIsTheNounsWithTheNounForItsSubject() {
    // CoreNLP's parse of "Funaro, who spoke today to the IMF's interim committee, was referring to
    // talks…" (Reuters, 1987): "spoke" hangs on Funaro as a dep with "who" for its subject
    String misread =
        String.join(
            "\n",
            "# text = Funaro, who spoke to the IMF, was speaking.",
            "1\tFunaro\tFunaro\t_\tNNP\t_\t_\t_\t9:nsubj\t_",
            "2\t,\t,\t_\t,\t_\t_\t_\t1:punct\t_",
            "3\twho\twho\t_\tWP\t_\t_\t_\t4:nsubj\t_",
            "4\tspoke\tspeak\t_\tVBD\t_\t_\t_\t1:dep\t_",
            "5\tto\tto\t_\tIN\t_\t_\t_\t7:case\t_",
            "6\tthe\tthe\t_\tDT\t_\t_\t_\t7:det\t_",
            "7\tIMF\tIMF\t_\tNNP\t_\t_\t_\t4:obl:to\t_",
            "8\twas\tbe\t_\tVBD\t_\t_\t_\t9:aux\t_",
            "9\tspeaking\tspeak\t_\tVBG\t_\t_\t_\t0:root\t_",
            "10\t.\t.\t_\t.\t_\t_\t_\t9:punct\t_",
            "",
            "");
    ParsedSentence repaired = ParseRepairs.repair(ConllU.parse("who.conllu", misread).get(0));
    assertThat(repaired.dependencies())
        .contains(
            new Dependency(3, 0, "nsubj"),
            new Dependency(0, 2, "ref"),
            new Dependency(0, 3, "acl:relcl"))
        .doesNotContain(new Dependency(3, 2, "nsubj"), new Dependency(0, 3, "dep"));
    // a clause the parser read as the noun's already is left alone
    ParsedSentence read =
        ConllU.parse(
                "relcl.conllu",
                misread
                    .replace("4:nsubj\t", "1:ref\t")
                    .replace("1:dep\t", "1:acl:relcl\t")
                    .replace(
                        "1\tFunaro\tFunaro\t_\tNNP\t_\t_\t_\t9:nsubj",
                        "1\tFunaro\tFunaro\t_\tNNP\t_\t_\t_\t9:nsubj|4:nsubj"))
            .get(0);
    assertThat(ParseRepairs.repair(read)).isSameAs(read);
  }

  @Test
  void visitingBeforeATitledGuestIsAnAdjectiveOfTheGuest() {
    // CoreNLP's parse of "Tamura told visiting U.S. Trade Representative Clayton Yeutter that…"
    // (Reuters, 1987): "visiting" an xcomp of "told", taking Yeutter as its object
    String misread =
        String.join(
            "\n",
            "# text = Tamura told visiting U.S. envoy Clayton Yeutter.",
            "1\tTamura\tTamura\t_\tNNP\t_\t_\t_\t2:nsubj\t_",
            "2\ttold\ttell\t_\tVBD\t_\t_\t_\t0:root\t_",
            "3\tvisiting\tvisit\t_\tVBG\t_\t_\t_\t2:xcomp\t_",
            "4\tU.S.\tU.S.\t_\tNNP\t_\t_\t_\t7:compound\t_",
            "5\tenvoy\tenvoy\t_\tNN\t_\t_\t_\t7:compound\t_",
            "6\tClayton\tClayton\t_\tNNP\t_\t_\t_\t7:compound\t_",
            "7\tYeutter\tYeutter\t_\tNNP\t_\t_\t_\t3:obj\t_",
            "8\t.\t.\t_\t.\t_\t_\t_\t2:punct\t_",
            "",
            "");
    ParsedSentence repaired = ParseRepairs.repair(ConllU.parse("guest.conllu", misread).get(0));
    assertThat(repaired.dependencies())
        .contains(new Dependency(1, 6, "obj"), new Dependency(6, 2, "amod"))
        .doesNotContain(new Dependency(2, 6, "obj"), new Dependency(1, 2, "xcomp"));
    // "visiting" a country is a visit, left alone ("Kohl, visiting Japan, said…")
    String visit =
        misread
            .replace("Tamura told visiting U.S. envoy", "Tamura said visiting the envoy")
            .replace("told\ttell", "said\tsay")
            .replace("U.S.\tU.S.\t_\tNNP", "the\tthe\t_\tDT");
    ParsedSentence said = ConllU.parse("visit.conllu", visit).get(0);
    assertThat(ParseRepairs.repair(said)).isSameAs(said);
  }

  /**
   * CoreNLP's parse of "Kabila called on the population to resist the rebels and accused Rwanda".
   */
  private static final String PAST_AFTER_INFINITIVE =
      String.join(
          "\n",
          "# text = Kabila called on the population to resist the rebels and accused Rwanda.",
          "1\tKabila\tKabila\t_\tNNP\t_\t_\t_\t2:nsubj\t_",
          "2\tcalled\tcall\t_\tVBD\t_\t_\t_\t0:root\t_",
          "3\ton\ton\t_\tIN\t_\t_\t_\t7:mark\t_",
          "4\tthe\tthe\t_\tDT\t_\t_\t_\t5:det\t_",
          "5\tpopulation\tpopulation\t_\tNN\t_\t_\t_\t7:nsubj|11:nsubj\t_",
          "6\tto\tto\t_\tTO\t_\t_\t_\t7:mark\t_",
          "7\tresist\tresist\t_\tVB\t_\t_\t_\t2:advcl:to\t_",
          "8\tthe\tthe\t_\tDT\t_\t_\t_\t9:det\t_",
          "9\trebels\trebel\t_\tNNS\t_\t_\t_\t7:obj\t_",
          "10\tand\tand\t_\tCC\t_\t_\t_\t11:cc\t_",
          "11\taccused\taccuse\t_\tVBN\t_\t_\t_\t2:advcl:to|7:conj:and\t_",
          "12\tRwanda\tRwanda\t_\tNNP\t_\t_\t_\t11:obj\t_",
          "13\t.\t.\t_\t.\t_\t_\t_\t2:punct\t_",
          "",
          "");

  @Test
  void aPastVerbJoinedToAnInfinitiveIsTheCallersWithoutTheCopiedSubject() {
    ParsedSentence repaired =
        ParseRepairs.repair(ConllU.parse("past.conllu", PAST_AFTER_INFINITIVE).get(0));
    // one cannot "resist and accused": "accused" is the caller's, and the population accuses no one
    assertThat(repaired.dependencies())
        .contains(new Dependency(1, 10, "conj:and"))
        .doesNotContain(
            new Dependency(6, 10, "conj:and"),
            new Dependency(1, 10, "advcl:to"),
            new Dependency(10, 4, "nsubj"));
  }

  @Test
  void anInfinitiveJoinedToAnInfinitiveStaysWhereItIs() {
    String infinitives =
        PAST_AFTER_INFINITIVE
            .replace("accused\taccuse\t_\tVBN", "accuse\taccuse\t_\tVB")
            .replace("and accused Rwanda", "and accuse Rwanda");
    ParsedSentence read = ConllU.parse("infinitives.conllu", infinitives).get(0);
    assertThat(ParseRepairs.repair(read).dependencies())
        .contains(new Dependency(6, 10, "conj:and"), new Dependency(10, 4, "nsubj"));
  }

  @Test
  void aDeterminerTakenForTheObjectGivesItBackToTheSum() {
    String misread =
        String.join(
            "\n",
            "# text = China pledged another $60 billion in loans to Kenya.",
            "1\tChina\tChina\t_\tNNP\t_\t_\t_\t2:nsubj\t_",
            "2\tpledged\tpledge\t_\tVBD\t_\t_\t_\t0:root\t_",
            "3\tanother\tanother\t_\tDT\t_\t_\t_\t2:obj\t_",
            "4\t$\t$\t_\tNN\t_\t_\t_\t3:dep\t_",
            "5\t60\t60\t_\tCD\t_\t_\t_\t6:compound\t_",
            "6\tbillion\tbillion\t_\tCD\t_\t_\t_\t4:nummod\t_",
            "7\tin\tin\t_\tIN\t_\t_\t_\t8:case\t_",
            "8\tloans\tloan\t_\tNNS\t_\t_\t_\t4:nmod:in\t_",
            "9\tto\tto\t_\tIN\t_\t_\t_\t10:case\t_",
            "10\tKenya\tKenya\t_\tNNP\t_\t_\t_\t4:nmod:to\t_",
            "11\t.\t.\t_\t.\t_\t_\t_\t2:punct\t_",
            "",
            "");
    ParsedSentence repaired = ParseRepairs.repair(ConllU.parse("sum.conllu", misread).get(0));
    assertThat(repaired.dependencies())
        .contains(new Dependency(1, 3, "obj"), new Dependency(3, 2, "det"))
        .doesNotContain(new Dependency(1, 2, "obj"), new Dependency(2, 3, "dep"));
  }

  @Test
  void aCallMadeToOfferSomethingIsTheCallersNotAnAppeal() {
    String call =
        String.join(
            "\n",
            "# text = Mitsotakis called Erdogan to offer his condolences.",
            "1\tMitsotakis\tMitsotakis\t_\tNNP\t_\t_\t_\t2:nsubj\t_",
            "2\tcalled\tcall\t_\tVBD\t_\t_\t_\t0:root\t_",
            "3\tErdogan\tErdogan\t_\tNNP\t_\t_\t_\t2:obj|5:nsubj:xsubj\t_",
            "4\tto\tto\t_\tTO\t_\t_\t_\t5:mark\t_",
            "5\toffer\toffer\t_\tVB\t_\t_\t_\t2:xcomp\t_",
            "6\this\the\t_\tPRP$\t_\t_\t_\t7:nmod:poss\t_",
            "7\tcondolences\tcondolence\t_\tNNS\t_\t_\t_\t5:obj\t_",
            "8\t.\t.\t_\t.\t_\t_\t_\t2:punct\t_",
            "",
            "");
    ParsedSentence repaired = ParseRepairs.repair(ConllU.parse("call.conllu", call).get(0));
    assertThat(repaired.dependencies())
        .contains(new Dependency(1, 4, "advcl:to"), new Dependency(1, 2, "obj"))
        .doesNotContain(new Dependency(1, 4, "xcomp"), new Dependency(4, 2, "nsubj:xsubj"));
    // "urged Erdogan to offer…" stays an appeal: only verbs of calling
    ParsedSentence urged =
        ParseRepairs.repair(
            ConllU.parse(
                    "urge.conllu",
                    call.replace("called\tcall", "urged\turge")
                        .replace("Mitsotakis called", "Mitsotakis urged"))
                .get(0));
    assertThat(urged.dependencies()).contains(new Dependency(1, 4, "xcomp"));
  }

  @Test
  void aGerundTakenForAnAdjectiveOfItsObjectIsAVerbAgain() {
    // CoreNLP's parse of a sentence written for this test: "expelling" an amod of "diplomats"
    String misread =
        String.join(
            "\n",
            "# text = Moscow retaliated by expelling 10 Polish diplomats.",
            "1\tMoscow\tMoscow\t_\tNNP\t_\t_\t_\t2:nsubj\t_",
            "2\tretaliated\tretaliate\t_\tVBN\t_\t_\t_\t0:root\t_",
            "3\tby\tby\t_\tIN\t_\t_\t_\t7:case\t_",
            "4\texpelling\texpel\t_\tVBG\t_\t_\t_\t7:amod\t_",
            "5\t10\t10\t_\tCD\t_\t_\t_\t7:nummod\t_",
            "6\tPolish\tPolish\t_\tJJ\t_\t_\t_\t7:amod\t_",
            "7\tdiplomats\tdiplomat\t_\tNNS\t_\t_\t_\t2:obl:by\t_",
            "8\t.\t.\t_\t.\t_\t_\t_\t2:punct\t_",
            "",
            "");
    ParsedSentence repaired = ParseRepairs.repair(ConllU.parse("gerund.conllu", misread).get(0));
    assertThat(repaired.dependencies())
        .contains(
            new Dependency(1, 3, "advcl:by"),
            new Dependency(3, 2, "mark"),
            new Dependency(3, 6, "obj"))
        .doesNotContain(new Dependency(6, 3, "amod"), new Dependency(1, 6, "obl:by"));
    // no determiner, number or possessive between: an adjective ("in developing countries")
    String adjective =
        String.join(
            "\n",
            "# text = Aid rose in developing countries.",
            "1\tAid\taid\t_\tNN\t_\t_\t_\t2:nsubj\t_",
            "2\trose\trise\t_\tVBD\t_\t_\t_\t0:root\t_",
            "3\tin\tin\t_\tIN\t_\t_\t_\t5:case\t_",
            "4\tdeveloping\tdevelop\t_\tVBG\t_\t_\t_\t5:amod\t_",
            "5\tcountries\tcountry\t_\tNNS\t_\t_\t_\t2:obl:in\t_",
            "6\t.\t.\t_\t.\t_\t_\t_\t2:punct\t_",
            "",
            "");
    ParsedSentence kept = ConllU.parse("adjective.conllu", adjective).get(0);
    assertThat(ParseRepairs.repair(kept).dependencies()).isEqualTo(kept.dependencies());
  }
}
