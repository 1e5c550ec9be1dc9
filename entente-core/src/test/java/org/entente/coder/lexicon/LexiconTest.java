package org.entente.coder.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.entente.codebook.CameoCode;
import org.entente.codebook.Codebook;
import org.entente.core.Tsv;
import org.entente.event.Area;
import org.junit.jupiter.api.Test;

class LexiconTest {

  private static final Codebook CODEBOOK = Codebook.standard();
  private static final Lexicon LEXICON = Lexicon.standard(CODEBOOK);

  private static List<Tsv.Row> rows(String file, String text) {
    return Tsv.read(file, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void isLargeEnough() {
    assertThat(LEXICON.verbCount()).isGreaterThanOrEqualTo(1500);
    assertThat(LEXICON.nounCount()).isGreaterThanOrEqualTo(200);
  }

  @Test
  void everyThreeDigitCodeIsReachable() {
    Set<String> reached = LEXICON.codes();
    for (CameoCode code : CODEBOOK.codes()) {
      if (code.code().length() == 3) {
        assertThat(reached)
            .as("an entry yielding %s %s", code.code(), code.name())
            .contains(code.code());
      }
    }
  }

  @Test
  void mostSpecificEntryWins() {
    assertThat(LEXICON.verb("provide", Set.of("to"), List.of("military", "technology")).code())
        .isEqualTo("062");
    assertThat(LEXICON.verb("provide", Set.of("to"), List.of("humanitarian", "aid")).code())
        .startsWith("07");
    assertThat(LEXICON.verb("sell", Set.of("to"), List.of("oil")).code()).isEqualTo("061");
    assertThat(LEXICON.verb("impose", Set.of("on"), List.of("economic", "sanction")).code())
        .isEqualTo("163");
  }

  @Test
  void areaComesFromWordsThenCode() {
    assertThat(LEXICON.area("061", List.of("oil"))).isEqualTo(Area.ENERGY);
    assertThat(LEXICON.area("062", List.of())).isEqualTo(Area.MILITARY);
    assertThat(LEXICON.area("163", List.of("economic", "sanction"))).isEqualTo(Area.ECONOMIC);
  }

  @Test
  void badLinesNameFileAndLine() {
    List<Tsv.Row> none = List.of();
    assertThatThrownBy(
            () ->
                Lexicon.load(
                    CODEBOOK,
                    none,
                    rows("verbs.tsv", "sell\tto\t-\t061\nbuy\tfrom\t-\t999\n"),
                    none,
                    none,
                    none))
        .hasMessage("verbs.tsv:2: '999' is not a CAMEO event code");
    assertThatThrownBy(
            () ->
                Lexicon.load(
                    CODEBOOK, none, rows("verbs.tsv", "sell\tto\t@arms\t062\n"), none, none, none))
        .hasMessage("verbs.tsv:1: unknown word class @arms (define it in classes.tsv)");
    assertThatThrownBy(
            () ->
                Lexicon.load(
                    CODEBOOK, none, none, none, rows("wrappers.tsv", "vow\tpromise\t030\n"), none))
        .hasMessage("wrappers.tsv:1: unknown wrapper kind 'promise'");
    assertThatThrownBy(
            () ->
                Lexicon.load(
                    CODEBOOK,
                    none,
                    none,
                    none,
                    none,
                    rows("areas.tsv", "energy\t06\nmilitary\t06\n")))
        .hasMessage("areas.tsv:2: code 06 is already in area energy");
  }
}
