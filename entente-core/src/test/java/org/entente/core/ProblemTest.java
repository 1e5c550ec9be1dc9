package org.entente.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProblemTest {

  @Test
  void printsFileLineAndMessageOnOneLine() {
    Problem problem =
        new Problem(
            "news.jsonl", 37, "malformed JSON: Unexpected end-of-input", Problem.Kind.MALFORMED);

    assertThat(problem).hasToString("news.jsonl:37: malformed JSON: Unexpected end-of-input");
  }

  @Test
  void aRejectedGdeltRowReadsLikeAnyOtherSkippedLine() {
    Problem row = Problem.ofRow("20150218230000.export.CSV", 12, "EventCode is empty");

    assertThat(row.kind()).isEqualTo(Problem.Kind.REJECTED_ROW);
    assertThat(row).hasToString("20150218230000.export.CSV:12: EventCode is empty");
    assertThat(Problem.ofRow("big.CSV", 3_000_000_000L, "x").line()).isEqualTo(3_000_000_000L);
  }

  @Test
  void leavesOutTheLineWhenThereIsNone() {
    Problem problem =
        Problem.ofFile("empty.txt", Problem.Kind.EMPTY, "empty file; nothing to read");

    assertThat(problem.line()).isZero();
    assertThat(problem).hasToString("empty.txt: empty file; nothing to read");
  }

  @Test
  void rejectsANegativeLine() {
    assertThatThrownBy(() -> new Problem("a.txt", -1, "x", Problem.Kind.EMPTY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line is negative: -1");
  }
}
