package org.entente.dictionary.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.entente.core.EntenteException;
import org.entente.core.SharedFiles;
import org.junit.jupiter.api.Test;

/**
 * Reads the PETRARCH verb dictionaries.
 *
 * <p>The pinned counts were counted once by a separate Python script (after comments are taken out:
 * a line starting {@code ---} is a block, {@code &} a synset, {@code ~} a transformation, {@code +}
 * after a synset a member, {@code -} a pattern, anything else a verb) and cross-checked with grep:
 * {@code grep -c '^---'} gives the blocks (397 and 261), {@code grep -c '^&'} the synsets (40 and
 * 17), {@code grep -cE '^-([^-]|$)'} the patterns (4668 and 474), {@code grep -c '^~'} the
 * transformations (8).
 */
class PetrarchVerbReaderTest {

  private static PetrarchVerbDictionary file(String name) {
    return PetrarchVerbReader.read(SharedFiles.resolve("reference/petrarch/" + name));
  }

  private static PetrarchVerbDictionary read(String text) {
    return PetrarchVerbReader.read("test.verbs.txt", new StringReader(text));
  }

  private static PetrarchVerb verb(PetrarchVerbDictionary dictionary, String name) {
    return dictionary.verbs().stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
  }

  private static PetrarchVerbForm form(PetrarchVerb verb, String text) {
    return verb.forms().stream().filter(f -> f.text().equals(text)).findFirst().orElseThrow();
  }

  /** synsets, members, blocks, verbs, patterns, compound-coded patterns, transformations. */
  private static List<Long> counts(PetrarchVerbDictionary dictionary) {
    return List.of(
        (long) dictionary.synsets().size(),
        dictionary.synsets().stream().mapToLong(s -> s.members().size()).sum(),
        (long) dictionary.verbs().size(),
        dictionary.verbs().stream().mapToLong(v -> v.forms().size()).sum(),
        (long) dictionary.patternCount(),
        dictionary.verbs().stream()
            .flatMap(v -> v.patterns().stream())
            .filter(p -> p.code().isCompound())
            .count(),
        (long) dictionary.transformations().size());
  }

  @Test
  void readsTheCameoVerbs() {
    PetrarchVerbDictionary cameo = file("CAMEO.2.0.txt");
    assertThat(counts(cameo)).containsExactly(40L, 558L, 397L, 1817L, 4668L, 437L, 8L);

    PetrarchSynset currency = cameo.synset("&CURRENCY").orElseThrow();
    assertThat(currency.members()).startsWith("MONEY", "CURRENCY", "CASH_").hasSize(90);

    PetrarchVerb accelerate = cameo.verbs().get(0);
    assertThat(accelerate.name()).isEqualTo("ACCELERATE");
    assertThat(accelerate.code().isNone()).isTrue();
    assertThat(accelerate.origin()).isEqualTo("CAMEO.2.0.txt:709");
    assertThat(accelerate.forms())
        .extracting(PetrarchVerbForm::verb)
        .containsExactly(
            "ACCELERATE", "EXPEDITE", "HASTEN", "HURRY", "QUICKEN", "RACE", "RUSH", "SPEED");
    PetrarchVerbForm hurry = form(accelerate, "HURRY");
    assertThat(hurry.forms()).containsExactly("HURRIES", "HURRYING", "HURRIED");
    assertThat(hurry.regularForms()).isFalse();
    assertThat(form(accelerate, "RUSH").regularForms()).isTrue();

    PetrarchPattern rushTo = accelerate.patterns().get(0);
    assertThat(rushTo.text()).isEqualTo("* (TO)");
    assertThat(rushTo.before()).isEmpty();
    assertThat(rushTo.after()).containsExactly("(", "TO", ")");
    assertThat(rushTo.code().source()).isEqualTo("042");
    assertThat(rushTo.code().target()).isEqualTo("043");
    assertThat(rushTo.comment()).isEqualTo("RUSH");
    assertThat(rushTo.origin()).isEqualTo("CAMEO.2.0.txt:718");
    PetrarchPattern military = accelerate.patterns().get(9);
    assertThat(military.before()).containsExactly("&MILITARY");
    assertThat(military.code().text()).isEqualTo("154");

    PetrarchPattern courtAppearance = verb(cameo, "APPEAR").patterns().get(18);
    assertThat(courtAppearance.after()).containsExactly("(", "BEFORE", "COURT", ")");
    assertThat(courtAppearance.code().source()).isNull();
    assertThat(courtAppearance.code().target()).isEqualTo("173");

    PetrarchVerb ask = verb(cameo, "ASK");
    assertThat(form(ask, "ASK").code().text()).isEqualTo("020");
    assertThat(form(ask, "ENQUIRE").code()).isNull();
    PetrarchVerbForm askFor = form(ask, "+ASK_FOR");
    assertThat(askFor.words()).containsExactly("ASK", "FOR");
    assertThat(askFor.verb()).isEqualTo("ASK");
    assertThat(askFor.forms()).containsExactly("+ASKED_FOR", "+ASKING_FOR", "+ASKS_FOR");

    // "SCRAP {SCRAPPING SCRAPS SCRAPPED };shan   8/30/93": ';' is TABARI's comment.
    assertThat(form(verb(cameo, "SCRAP"), "SCRAP").forms())
        .containsExactly("SCRAPPING", "SCRAPS", "SCRAPPED");
    assertThat(verb(cameo, "DISGRACE").code().text()).isEqualTo("110");

    PetrarchTransformation say = cameo.transformations().get(0);
    assertThat(say.pattern()).containsExactly("a", "(a", "b", "ATTACK)", "SAY");
    assertThat(say.result()).containsExactly("a", "b", "015");
  }

  @Test
  void readsTheValidationVerbs() {
    PetrarchVerbDictionary validation = file("PETR.Validate.verbs.txt");
    assertThat(counts(validation)).containsExactly(17L, 56L, 261L, 269L, 474L, 9L, 0L);

    PetrarchVerb abandon = verb(validation, "ABANDON");
    assertThat(abandon.code().text()).isEqualTo("345");
    PetrarchVerbForm klm = form(abandon, "KLM_NOP_+RST");
    assertThat(klm.words()).containsExactly("KLM", "NOP", "RST");
    assertThat(klm.verb()).isEqualTo("RST");
    assertThat(klm.code().text()).isEqualTo("002");

    assertThat(validation.synset("&ACCORDSYN").orElseThrow().members())
        .containsExactly("&TIETYPES", "CLOSER", "NEARER", "&CURRENCY");
    assertThat(validation.synset("&CURRENCY").orElseThrow().members()).contains("YUM YENNYEN");

    List<PetrarchPattern> acknowledge = verb(validation, "ACKNOWLEDGE").patterns();
    assertThat(acknowledge.get(0).before()).containsExactly("SO", "IN_AND_");
    assertThat(acknowledge.get(0).after()).containsExactly("_OUT_AGAIN", "NOW");
    assertThat(acknowledge.get(1).before()).containsExactly("IN_");
    assertThat(acknowledge.get(1).comment())
        .isEqualTo("pas 17 Feb 2002 #   pattern CONNECT-6  7/14/03");

    // "[###]": '#' inside brackets is not a comment.
    assertThat(validation.verbs().stream().flatMap(v -> v.patterns().stream()))
        .anyMatch(p -> p.code().text().equals("###") && p.after().equals(List.of("DIPLXMATIC")));
    // "--- DELAY [120]  [031:031]  ---": the first code is the block's.
    assertThat(verb(validation, "DELAY").code().text()).isEqualTo("120");
  }

  @Test
  void reportsBadLinesWithFileAndLine() {
    assertError(
        "- * FOO [010]\n",
        "test.verbs.txt:1: pattern '- * FOO [010]' is outside a verb block (start one with ---"
            + " VERB [code] ---)");
    assertError(
        "FOO\n",
        "test.verbs.txt:1: verb 'FOO' is outside a verb block (start one with --- VERB [code] ---)");
    assertError(
        "--- FOO [010] ---\n- FOO [010]\n",
        "test.verbs.txt:2: pattern '- FOO [010]' has no '*' for the verb");
    assertError(
        "--- FOO [010] ---\n- * FOO * [010]\n",
        "test.verbs.txt:2: pattern '- * FOO * [010]' has more than one '*'; one marks the verb");
    assertError(
        "--- FOO [010] ---\n- * BAR\n",
        "test.verbs.txt:2: pattern '- * BAR' has no code (end it with [code])");
    assertError("--- FOO [010] ---\n- * BAR [011\n", "test.verbs.txt:2: code '[011' is not closed");
    assertError(
        "--- FOO [010] ---\n- * BAR [011] BAZ\n",
        "test.verbs.txt:2: unexpected 'BAZ' after the pattern's code");
    assertError(
        "--- HURRY [010] ---\nHURRY {HURRIES\n",
        "test.verbs.txt:2: forms '{HURRIES' is not closed");
    assertError(
        "--- FOO [010] ---\n+CALL_+OFF\n",
        "test.verbs.txt:2: verb '+CALL_+OFF' marks more than one word with '+'; mark the verb only");
    assertError(
        "--- [010] ---\n", "test.verbs.txt:1: verb block header '--- [010] ---' has no verb");
    assertError(
        "&EMPTY\n\n--- FOO [010] ---\n",
        "test.verbs.txt:1: synset &EMPTY has no members (list them below it, one a line, starting"
            + " with +)");
    assertError(
        "&CURRENCY\n+DOLLAR\nEURO\n",
        "test.verbs.txt:3: 'EURO' follows synset &CURRENCY but does not start with '+' (start a"
            + " verb block with --- VERB [code] ---)");
    assertError("&MY SET\n", "test.verbs.txt:1: synset name '&MY SET' has a space");
    assertError(
        "~ a (a b ATTACK) SAY\n",
        "test.verbs.txt:1: transformation '~ a (a b ATTACK) SAY' has no '=' before its result");
  }

  private static void assertError(String text, String message) {
    assertThatThrownBy(() -> read(text)).isInstanceOf(EntenteException.class).hasMessage(message);
  }
}
