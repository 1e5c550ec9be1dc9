package org.entente.coder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.entente.codebook.Codebook;
import org.entente.coder.lexicon.Lexicon;
import org.entente.core.Document;
import org.entente.dictionary.ActorDictionary;
import org.entente.dictionary.DictionaryActorMatcher;
import org.entente.text.ConllU;
import org.entente.text.ParsedDocument;
import org.entente.text.ParsedSentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A statement about a relationship is one only when the sentence asserts it about that pair: not
 * denied, not hypothetical, not about another pair, and one per phrase. Runs the coder on stored
 * CoreNLP parses of {@code statements/statements.txt} (made with {@code entente parse}) and looks
 * at the assessments only, so the event coder may change without touching this test.
 */
class AssessmentFinderTest {

  private static List<String> found;

  @BeforeAll
  static void code() throws IOException {
    Codebook codebook = Codebook.standard();
    ActorDictionary dictionary = ActorDictionary.standard();
    EventCoder coder =
        new EventCoder(
            codebook,
            Lexicon.standard(codebook),
            new DictionaryActorMatcher(dictionary),
            dictionary.vocabulary());
    String conllu;
    try (InputStream in =
        AssessmentFinderTest.class.getResourceAsStream("statements/statements.conllu")) {
      conllu = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<ParsedSentence> sentences = ConllU.parse("statements.conllu", conllu);
    Document document =
        new Document("statements", LocalDate.of(2019, 6, 5), "", "", "", "statements");
    found =
        coder
            .code(new ParsedDocument(document, sentences, List.of()), document.date())
            .assessments()
            .stream()
            .map(
                a -> "S" + a.sentence() + " " + a.countryA() + "-" + a.countryB() + " " + a.label())
            .toList();
  }

  private static List<String> in(int sentence) {
    return found.stream().filter(line -> line.startsWith("S" + sentence + " ")).toList();
  }

  @Test
  void aDeniedAllianceIsNoStatement() {
    // Putin says there is no need for a Russia-China military alliance.
    assertThat(in(0)).isEmpty();
    // Beijing and Moscow rejected any talk of a Sino-Russian alliance.
    assertThat(in(1)).isEmpty();
    // Russia and China deny that they are building a military alliance.
    assertThat(in(7)).isEmpty();
    // Russia and China are not allies, Lavrov said.
    assertThat(in(8)).isEmpty();
  }

  @Test
  void aHypotheticalAllianceIsNoStatement() {
    // China and Russia would form an alliance if the United States attacked them.
    assertThat(in(2)).isEmpty();
    // Russia and China could one day become allies.
    assertThat(in(9)).isEmpty();
  }

  @Test
  void aLabelBelongsToThePairItNames() {
    // President Xi Jinping visited Moscow on Tuesday as the US-China trade war deepened.
    assertThat(in(3)).containsExactly("S3 CHN-USA trade war");
    // Washington's confrontation with Moscow deepened after the sanctions.
    assertThat(in(6)).containsExactly("S6 RUS-USA confrontation");
  }

  @Test
  void oneStatementPerPhrase() {
    // China and Russia have a comprehensive strategic partnership of coordination.
    assertThat(in(4)).containsExactly("S4 CHN-RUS strategic partnership");
  }

  @Test
  void anAssertedEntenteStands() {
    // The Sino-Russian relationship has reached the level of an entente.
    assertThat(in(5)).containsExactly("S5 CHN-RUS entente");
  }
}
