package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.entente.app.TestCoders;
import org.entente.core.SharedFiles;
import org.junit.jupiter.api.Test;

/**
 * {@code entente validate --dictionaries petrarch:…} on PETRARCH's unit records with the validation
 * suite's own dictionaries (the PETRARCH 1 verb file the records were coded with): no record
 * crashes, and the records fully right stay at or above the floor reached when the dictionaries
 * were wired in (49 of 178; 14 with Entente's dictionaries, the records that expect no event).
 */
class PetrarchDictionariesIT {

  /** Records fully right at the strict level when this test was written. */
  private static final int FLOOR = 49;

  @Test
  void codesTheUnitRecordsWithTheValidationDictionariesAboveTheFloor() throws IOException {
    String dir = SharedFiles.resolve("reference/petrarch").toString();
    String records =
        SharedFiles.resolve("reference/petrarch/PETR.UnitTest.records.dev.xml").toString();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        Main.run(
            new String[] {
              "validate",
              records,
              "--format",
              "json",
              "--threads",
              "2",
              "--dictionaries",
              "petrarch:" + dir + "/PETR.Validate," + dir + "/PETR.Validate.verbs.txt"
            },
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            TestCoders.SHARED);

    assertThat(exit).as(err.toString()).isZero();
    JsonNode file = new ObjectMapper().readTree(out.toString()).path("files").get(0);
    assertThat(file.path("records").asInt()).isEqualTo(178);
    assertThat(file.path("crashed").asInt()).isZero();
    assertThat(file.path("levels").path("strict").path("fullyRight").asInt())
        .isGreaterThanOrEqualTo(FLOOR);
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
