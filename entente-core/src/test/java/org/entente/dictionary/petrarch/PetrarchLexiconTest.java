package org.entente.dictionary.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.entente.codebook.Codebook;
import org.entente.coder.lexicon.Lexicon;
import org.entente.coder.lexicon.VerbEntry;
import org.entente.dictionary.petrarch.PetrarchLexicon.Skip;
import org.junit.jupiter.api.Test;

/**
 * Maps PETRARCH verb patterns onto Entente's verb entries and looks them up the way the coder does:
 * a lemma (with particle), the prepositions of the frame's targets and the lemmas of its object.
 */
class PetrarchLexiconTest {

  private static final Codebook CODEBOOK = Codebook.standard();

  private static PetrarchLexicon.Mapping map(String verbs) {
    return PetrarchLexicon.map(
        PetrarchVerbReader.read("test.verbs.txt", new StringReader(verbs)), CODEBOOK::contains);
  }

  private static Lexicon lexicon(String verbs) {
    return Lexicon.standard(CODEBOOK).replaceVerbs(map(verbs).entries());
  }

  private static String code(Lexicon lexicon, String verb, Set<String> preps, Set<String> words) {
    VerbEntry entry = lexicon.verb(verb, preps, words);
    return entry == null ? null : entry.code();
  }

  @Test
  void aBareVerbHasTheBlockCodeAndANounPhraseNeedsAllItsWordsAsLemmas() {
    Lexicon lexicon =
        lexicon(
            "--- RESTORE [050] ---\n"
                + "RESTORE\n"
                + "- * {DIPLOMATIC TIES} [064]\n"
                + "- * RELATIONS [0311]\n");

    // "restored full diplomatic ties with Gondor": obj "ties" with its modifiers and nmod
    assertThat(code(lexicon, "restore", Set.of("with"), Set.of("full", "diplomatic", "tie")))
        .isEqualTo("064");
    assertThat(code(lexicon, "restore", Set.of(), Set.of("relation"))).isEqualTo("0311");
    assertThat(code(lexicon, "restore", Set.of(), Set.of("order"))).isEqualTo("050");
    assertThat(code(lexicon, "restore", Set.of(), Set.of("tie"))).isEqualTo("050");
  }

  @Test
  void aPrepositionalPhraseNeedsItsPrepositionAndPrefersItsWordsInTheObject() {
    Lexicon lexicon =
        lexicon(
            "--- ACT [100] ---\n"
                + "ACT\n"
                + "- * (ON RESOLUTION) [057]\n"
                + "- * (AGAINST) [111]\n");

    // "acted on a resolution with Libya": the phrase hangs from the verb, its words are unseen
    assertThat(code(lexicon, "act", Set.of("on", "with"), Set.of())).isEqualTo("057");
    assertThat(code(lexicon, "act", Set.of("against"), Set.of())).isEqualTo("111");
    assertThat(code(lexicon, "act", Set.of("with"), Set.of())).isEqualTo("100");
    assertThat(map("--- ACT [100] ---\nACT\n- * (ON RESOLUTION) [057]\n").entries())
        .extracting(VerbEntry::prep, e -> e.objectGroups().size())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("", 0),
            org.assertj.core.groups.Tuple.tuple("on", 1),
            org.assertj.core.groups.Tuple.tuple("on", 0));
  }

  @Test
  void petrarchOnePatternsWithoutBracketsOpenAPhraseAtTheirPreposition() {
    Lexicon lexicon =
        lexicon(
            "&ECONSANCT\n+ECONOMIC SANCTIONS\n+EMBARGO\n\n"
                + "--- CALL [010] ---\n"
                + "CALL\n"
                + "- * FOR_CEASEFIRE [014]\n"
                + "- * FOR &ECONSANCT [172]\n"
                + "- *_UPON [092]\n");

    assertThat(code(lexicon, "call", Set.of("for"), Set.of())).isEqualTo("014");
    // "*_UPON": "called upon Gondor" parses with obl:upon
    assertThat(code(lexicon, "call", Set.of("upon"), Set.of())).isEqualTo("092");
    List<VerbEntry> entries =
        map("&ECONSANCT\n+ECONOMIC SANCTIONS\n+EMBARGO\n\n"
                + "--- CALL [010] ---\nCALL\n- * FOR &ECONSANCT [172]\n")
            .entries();
    assertThat(entries.get(1).prep()).isEqualTo("for");
    assertThat(entries.get(1).objectGroups()).hasSize(1);
    assertThat(entries.get(1).objectGroups().get(0)).contains("sanction", "embargo");
  }

  @Test
  void synsetsExpandWithTheirNestedSetsAndSingulars() {
    Lexicon lexicon =
        lexicon(
            "&HYPERCURR\n+BITCOIN\n+AUSTRIAN GOLD FLORIN\n\n"
                + "&CURRENCY\n+MONEY\n+DOLLARS\n+&HYPERCURR\n\n"
                + "--- CONTRIBUTE [070] ---\n"
                + "CONTRIBUTE\n"
                + "- * &CURRENCY [071]\n");

    assertThat(code(lexicon, "contribute", Set.of("to"), Set.of("million", "dollar")))
        .isEqualTo("071");
    assertThat(code(lexicon, "contribute", Set.of(), Set.of("florin"))).isEqualTo("071");
    assertThat(code(lexicon, "contribute", Set.of(), Set.of("bitcoin"))).isEqualTo("071");
    assertThat(code(lexicon, "contribute", Set.of(), Set.of("troops"))).isEqualTo("070");
  }

  @Test
  void particlesMakeParticleVerbsAsTheParseDoes() {
    Lexicon lexicon =
        lexicon(
            "--- BURN [---] ---\n"
                + "BURN\n"
                + "- * (DOWN) [181]\n"
                + "--- EXCLUDE [144] ---\n"
                + "EXCLUDE\n"
                + "+CORDON_OFF {+CORDONED_OFF +CORDONS_OFF +CORDONING_OFF }\n");

    assertThat(code(lexicon, "burn down", Set.of(), Set.of("embassy"))).isEqualTo("181");
    assertThat(code(lexicon, "burn", Set.of(), Set.of("embassy"))).isNull();
    assertThat(code(lexicon, "cordon off", Set.of(), Set.of("road"))).isEqualTo("144");
  }

  @Test
  void skipsWhatDependencyFramesCannotHoldAndCodesOutsideCameo() {
    PetrarchLexicon.Mapping mapping =
        map(
            "--- ABANDON [345] ---\n"
                + "ABANDON\n"
                + "KLM_NOP_+RST [002]\n"
                + "- * EFFORT [080]\n"
                + "- NOT * RELATIONS [112]\n"
                + "- % HAVE * [191]\n"
                + "- * TREATY [---]\n"
                + "- * DIPLXMATIC [###]\n");

    assertThat(mapping.skipped(Skip.NOT_CAMEO)).isEqualTo(2); // 345, ###
    assertThat(mapping.skipped(Skip.WORDS_BEFORE_VERB)).isEqualTo(2); // KLM NOP, NOT
    assertThat(mapping.skipped(Skip.NO_CODE)).isEqualTo(1); // ---
    // the auxiliary before the verb is passed over: tense is the coder's to read
    assertThat(mapping.entries())
        .extracting(VerbEntry::verb, VerbEntry::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("abandon", "080"),
            org.assertj.core.groups.Tuple.tuple("abandon", "191"));
  }

  @Test
  void compoundCodesKeepTheSourcePartAndRememberTheReverse() {
    PetrarchLexicon.Mapping mapping =
        map("--- ARRIVE [032:033] ---\nARRIVE\n--- HOST [043:042] ---\nHOST\n- * (BY) [:042]\n");

    assertThat(mapping.entries())
        .extracting(VerbEntry::verb, VerbEntry::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("arrive", "032"),
            org.assertj.core.groups.Tuple.tuple("host", "043"));
    assertThat(mapping.reverseCodes()).containsValues("033", "042").hasSize(2);
    assertThat(mapping.skipped(Skip.NO_CODE)).isEqualTo(1); // [:042] has no source part
  }

  @Test
  void ofSeveralPhrasesTheOneHoldingTheTargetGivesThePreposition() {
    Lexicon lexicon =
        lexicon(
            "&PREPOSIT1_\n+AGAINST\n+ON\n+NEAR\n\n"
                + "--- CELEBRATE [181] ---\n"
                + "CELEBRATE\n"
                + "- * EID AT ^ WITH +  [043]\n"
                + "--- ACT [100] ---\n"
                + "ACT\n"
                + "- * &PREPOSIT1 RESOLUTION  [102]\n");

    // "celebrated Eid at Osgiliath with Gondor": Gondor, in the with-phrase, is the target
    assertThat(code(lexicon, "celebrate", Set.of("with", "at"), Set.of("eid"))).isEqualTo("043");
    assertThat(code(lexicon, "celebrate", Set.of("at"), Set.of("eid"))).isEqualTo("181");
    // a set of prepositions is each of them
    assertThat(code(lexicon, "act", Set.of("against"), Set.of())).isEqualTo("102");
    assertThat(code(lexicon, "act", Set.of("near"), Set.of())).isEqualTo("102");
  }

  @Test
  void aTargetBeforeTheVerbAndASourceAfterItTurnTheEventRound() {
    PetrarchLexicon.Mapping mapping =
        map("--- RECEIVE [033] ---\nRECEIVE\n- + * MONEY $  [071]\n- * CARD [033]\n");

    assertThat(mapping.swapped()).containsExactly("test.verbs.txt:3");
  }

  @Test
  void singularsAreLemmasOfRegularPlurals() {
    assertThat(PetrarchPatternWords.singular("ties")).isEqualTo("tie");
    assertThat(PetrarchPatternWords.singular("parties")).isEqualTo("party");
    assertThat(PetrarchPatternWords.singular("marches")).isEqualTo("march");
    assertThat(PetrarchPatternWords.singular("talks")).isEqualTo("talk");
    assertThat(PetrarchPatternWords.singular("crisis")).isEqualTo("crisis");
    assertThat(PetrarchPatternWords.singular("pass")).isEqualTo("pass");
  }
}
