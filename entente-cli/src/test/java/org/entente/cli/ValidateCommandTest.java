package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The error paths of {@code entente validate}, which stop before any coding. */
class ValidateCommandTest {

  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void aBadGoldRecordIsOneLineNamingFileAndLineAndExitThree() throws IOException {
    Path gold = dir.resolve("gold.json");
    Files.writeString(
        gold,
        "[\n  {\"id\": \"X-1\", \"event\": \"AGREE\", \"text\": \"Arnor agreed.\"},\n"
            + "  {\"id\": \"X-2\", \"event\": \"HUG\", \"text\": \"Arnor hugged Gondor.\"}\n]\n",
        StandardCharsets.UTF_8);
    Run run = run("validate", gold.toString());
    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.err().strip())
        .startsWith("entente: " + gold + ":3: record X-2: unknown PLOVER event type 'HUG'");
  }

  @Test
  void anUnknownFormatOrMissingFileOrBadFloorIsAUsageError() throws IOException {
    Path csv = Files.writeString(dir.resolve("gold.csv"), "a,b\n", StandardCharsets.UTF_8);
    assertThat(run("validate", csv.toString()).err())
        .contains("unknown gold format; entente validate reads PLOVER gold JSON (.json)");
    Run missing = run("validate", dir.resolve("none.json").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("none.json: no such file");
    Run floor = run("validate", csv.toString(), "--min-f1", "1.5");
    assertThat(floor.exit()).isEqualTo(2);
    assertThat(floor.err()).contains("--min-f1 is a share between 0 and 1, not 1.5");
  }

  @Test
  void malformedPetrarchXmlNamesTheLine() throws IOException {
    Path xml = dir.resolve("records.xml");
    Files.writeString(
        xml,
        "<Validation><Sentences>\n<Sentence id=\"A-1\" date=\"19950101\">\n<Text>Arnor met"
            + " Gondor.</Text>\n</Sentence>\n<Sentence id=\"A-2\">\n</Sentences>",
        StandardCharsets.UTF_8);
    Run run = run("validate", xml.toString());
    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.err()).contains(xml + ":6: malformed XML");
  }
}
