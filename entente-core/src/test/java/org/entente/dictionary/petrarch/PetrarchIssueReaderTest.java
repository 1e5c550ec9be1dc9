package org.entente.dictionary.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.entente.core.EntenteException;
import org.entente.core.SharedFiles;
import org.junit.jupiter.api.Test;

/**
 * Reads the Phoenix issue list. Counted once by a separate Python script: lines outside comments
 * and tags are phrases (3170); those starting {@code ~} are exclusions ({@code grep -c '^~'} =
 * 181); 13 others have no code; 52 sections, of which {@code ELECTIONS} is empty.
 */
class PetrarchIssueReaderTest {

  private static List<PetrarchIssue> read(String text) {
    return PetrarchIssueReader.read("issues.txt", new StringReader(text));
  }

  @Test
  void readsThePhoenixIssues() {
    List<PetrarchIssue> issues =
        PetrarchIssueReader.read(SharedFiles.resolve("reference/petrarch/Phoenix.IssueCoding.txt"));
    assertThat(issues).hasSize(3170);
    assertThat(issues).filteredOn(PetrarchIssue::exclusion).hasSize(181);
    assertThat(issues).filteredOn(i -> !i.exclusion() && i.code() == null).hasSize(13);
    assertThat(issues.stream().map(PetrarchIssue::category).distinct()).hasSize(51);

    PetrarchIssue preschool = issues.get(1);
    assertThat(preschool)
        .isEqualTo(
            new PetrarchIssue(
                "EDUCATION",
                "ALL",
                List.of("pre+n:school"),
                "EARLY_CHILDHOOD_EDUCATION",
                false,
                "Phoenix.IssueCoding.txt:7"));
    assertThat(issues)
        .filteredOn(i -> i.phrase().equals("olive oil"))
        .singleElement()
        .satisfies(
            olive -> {
              assertThat(olive.exclusion()).isTrue();
              assertThat(olive.category()).isEqualTo("ENERGY");
            });
    assertThat(issues)
        .filteredOn(i -> i.phrase().equals("n:refugee"))
        .extracting(PetrarchIssue::type)
        .containsExactly("COUNTEVENT");
    // "aqim [NAMED_TERROR_GROUP] [NAMED_TERROR_GROUP]": the second code is ignored.
    assertThat(issues)
        .filteredOn(i -> i.phrase().equals("aqim"))
        .extracting(PetrarchIssue::code)
        .containsExactly("NAMED_TERROR_GROUP");
  }

  @Test
  void reportsBadLinesWithFileAndLine() {
    assertError("oil [OIL]\n", "issues.txt:1: 'oil [OIL]' is outside an <ISSUE> section");
    assertError(
        "<ISSUE CATEGORY=\"A\" TYPE=\"ALL\">\n<ISSUE CATEGORY=\"B\" TYPE=\"ALL\">\n",
        "issues.txt:2: section opens inside section A (close that with </ISSUE>)");
    assertError(
        "<ISSUE TYPE=\"ALL\">\n",
        "issues.txt:1: section '<ISSUE TYPE=\"ALL\">' has no CATEGORY=\"...\"");
    assertError(
        "<TOPIC>\n",
        "issues.txt:1: unknown tag '<TOPIC>' (expected <ISSUE CATEGORY=\"...\" TYPE=\"...\">)");
    assertError(
        "<ISSUE CATEGORY=\"A\" TYPE=\"ALL\">\n~olive oil [OIL]\n",
        "issues.txt:2: exclusion '~olive oil [OIL]' has a code; exclusions are phrases alone");
    assertError(
        "<ISSUE CATEGORY=\"A\" TYPE=\"ALL\">\noil [OIL\n",
        "issues.txt:2: code '[OIL' is not closed");
    assertError(
        "<ISSUE CATEGORY=\"A\" TYPE=\"ALL\">\n[OIL]\n",
        "issues.txt:2: issue line '[OIL]' has no phrase");
  }

  private static void assertError(String text, String message) {
    assertThatThrownBy(() -> read(text)).isInstanceOf(EntenteException.class).hasMessage(message);
  }
}
