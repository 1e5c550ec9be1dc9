package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.entente.app.TestCoders;
import org.entente.core.SharedFiles;
import org.junit.jupiter.api.Test;

/**
 * {@code entente validate} on PETRARCH's unit records with the validation suite's own dictionaries,
 * which the file's {@code <Environment>} names (the PETRARCH 1 verb file the records were coded
 * with): no record crashes, and the records fully right stay at or above the floors reached by the
 * PETRARCH coder, with Entente's parse and with the file's Penn parses ({@code --parses}). 49 of
 * 178 were right when the dictionaries drove Entente's own coder; 15 with Entente's dictionaries
 * (the records that expect no event).
 */
class PetrarchDictionariesIT {

  /** Records fully right at the strict level with Entente's parse, less a margin of two. */
  private static final int FLOOR = 157;

  /** Records fully right at the strict level with the file's parses, less a margin of two. */
  private static final int PARSES_FLOOR = 159;

  private static JsonNode validate(StringWriter err, String... options) throws IOException {
    String records =
        SharedFiles.resolve("reference/petrarch/PETR.UnitTest.records.dev.xml").toString();
    List<String> args = new ArrayList<>(List.of("validate", records, "--format", "json"));
    args.addAll(List.of(options));
    StringWriter out = new StringWriter();
    int exit =
        Main.run(
            args.toArray(String[]::new),
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            TestCoders.SHARED);
    assertThat(exit).as(err.toString()).isZero();
    return new ObjectMapper().readTree(out.toString()).path("files").get(0);
  }

  @Test
  void codesTheUnitRecordsWithTheDictionariesTheirEnvironmentNamesAboveTheFloor()
      throws IOException {
    StringWriter err = new StringWriter();
    JsonNode file = validate(err, "--threads", "2");

    assertThat(err.toString())
        .contains(
            "coding with the dictionaries its <Environment> names: PETR.Validate.verbs.txt,"
                + " PETR.Validate.actors.txt, PETR.Validate.agents.txt,"
                + " PETR.Validate.discards.txt");
    assertThat(file.path("records").asInt()).isEqualTo(178);
    assertThat(file.path("crashed").asInt()).isZero();
    assertThat(file.path("levels").path("strict").path("fullyRight").asInt())
        .isGreaterThanOrEqualTo(FLOOR);
  }

  @Test
  void codesTheUnitRecordsFromTheirOwnParsesAboveTheFloor() throws IOException {
    StringWriter err = new StringWriter();
    JsonNode file = validate(err, "--parses");

    assertThat(err.toString())
        .contains("176 records coded from the file's parses, 0 parsed by Entente");
    // ERROR-02 and ERROR-03 carry unbalanced parses, which PETRARCH rejects: no event, no crash
    assertThat(err.toString()).contains("ERROR-03: not coded: its parse's brackets do not balance");
    assertThat(file.path("crashed").asInt()).isZero();
    assertThat(file.path("levels").path("strict").path("fullyRight").asInt())
        .isGreaterThanOrEqualTo(PARSES_FLOOR);
  }

  @Test
  void aMissingDictionaryDirectoryIsAUserErrorBeforeAnythingIsCoded() {
    String records =
        SharedFiles.resolve("reference/petrarch/PETR.UnitTest.records.dev.xml").toString();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        Main.run(
            new String[] {"validate", records, "--dictionaries", "petrarch:no-such-dir/PETR"},
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            TestCoders.SHARED);

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .contains("PETRARCH dictionaries: no such directory: no-such-dir/PETR; check the path");
    assertThat(out.toString()).isEmpty();
  }
}
