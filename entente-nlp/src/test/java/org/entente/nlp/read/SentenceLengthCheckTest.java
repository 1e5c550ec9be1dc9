package org.entente.nlp.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.entente.core.Problem;
import org.junit.jupiter.api.Test;

class SentenceLengthCheckTest {
  private final SentenceLengthCheck check = new SentenceLengthCheck();
  private final List<Problem> problems = new ArrayList<>();

  @Test
  void dropsATwoMegabyteSentenceAndKeepsTheRest() {
    String run = "word ".repeat(400_000).strip();
    String text = "China and Russia met.\nThey talked.\n" + run + ". Then they left.";

    String kept = check.dropLongRuns(text, new TextOrigin("dump.txt", 1, true), problems::add);

    assertThat(kept).isEqualTo("China and Russia met.\nThey talked.\n\n\n Then they left.");
    assertThat(problems)
        .extracting(Problem::toString)
        .containsExactly(
            "dump.txt:3: a single sentence of 1,999,999 characters; split the text or check the"
                + " file (that run is left out, the rest of the document is read)");
    assertThat(problems.get(0).kind()).isEqualTo(Problem.Kind.LONG_SENTENCE);
  }

  @Test
  void namesTheRecordLineWhenTheTextIsOnOneLineOfTheFile() {
    String run = "x".repeat(SentenceLengthCheck.MAX_SENTENCE_CHARS + 1);

    check.dropLongRuns("A.\n\n" + run, new TextOrigin("news.jsonl", 37, false), problems::add);

    assertThat(problems).extracting(Problem::line).containsExactly(37L);
  }

  @Test
  void leavesARunOfExactlyTheLimitAlone() {
    String text = "x".repeat(SentenceLengthCheck.MAX_SENTENCE_CHARS) + ". Short one.";

    assertThat(check.dropLongRuns(text, new TextOrigin("a.txt", 1, true), problems::add))
        .isSameAs(text);
    assertThat(problems).isEmpty();
  }

  @Test
  void lineBreaksEndARunAsSentencePunctuationDoes() {
    String line = "y".repeat(SentenceLengthCheck.MAX_SENTENCE_CHARS - 1);
    String text = String.join("\n", line, line, line);

    assertThat(check.dropLongRuns(text, new TextOrigin("a.txt", 1, true), problems::add))
        .isSameAs(text);
    assertThat(problems).isEmpty();
  }
}
