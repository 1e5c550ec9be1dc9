package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The command line as a user runs it: output, messages and exit codes. */
class MainTest {

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void codebookShowsACodeWithItsSubCodes() {
    Run run = run("codebook", "103");
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("103")
        .contains("root 10, quad 3 verbal conflict")
        .contains("1034");
  }

  @Test
  void codebookJson() {
    Run run = run("codebook", "042", "--json");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("\"code\" : \"042\"").contains("\"quad_class\" : 1");
  }

  @Test
  void unknownCodeIsOneLineAndExitTwo() {
    Run run = run("codebook", "999");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo(
            "entente: '999' is not a CAMEO event code (codes look like 04, 042 or 0211; see"
                + " 'entente codebook')");
  }

  @Test
  void actorExplainsTheKremlin() {
    Run run = run("actor", "the Kremlin", "--date", "2019-06-05");
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .startsWith("RUSGOV")
        .contains("seat of power of Russia")
        .contains("countries.tsv:");
  }

  @Test
  void actorResolvesPeopleByDateAsJson() {
    Run run = run("actor", "Xi Jinping", "--date", "2010-05-01", "--json");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("\"code\" : \"CHNELI\"").contains("not in office");
  }

  @Test
  void badDateNamesTheOptionAndTheFormat() {
    Run run = run("actor", "Moscow", "--date", "5 June 2019");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--date '5 June 2019' is not a date; write it as YYYY-MM-DD");
  }

  @Test
  void unknownPhraseSaysSoAndExitsOne() {
    Run run = run("actor", "the committee", "--date", "2019-06-05");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("no actor known on 2019-06-05");
  }

  @Test
  void unknownOptionIsAUsageError() {
    Run run = run("codebook", "--colour");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option: '--colour'");
  }
}
