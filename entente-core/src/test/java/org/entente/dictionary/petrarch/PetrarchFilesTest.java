package org.entente.dictionary.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.core.EntenteException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finds PETRARCH files by directory, prefix and name, and says what is missing. */
class PetrarchFilesTest {

  @TempDir Path dir;

  private void touch(String... names) throws IOException {
    for (String name : names) {
      Files.writeString(dir.resolve(name), "");
    }
  }

  @Test
  void aPrefixPicksItsFilesAndTheCameoTwoVerbsWin() throws IOException {
    touch(
        "PETR.Validate.actors.txt",
        "PETR.Validate.agents.txt",
        "PETR.Validate.discards.txt",
        "PETR.Validate.verbs.txt",
        "PETR.Validate.verbs.2.0.txt",
        "Phoenix.Countries.actors.txt",
        "README.md");

    PetrarchFiles files = PetrarchFiles.locate(dir.resolve("PETR.Validate").toString());

    assertThat(files.verbs().getFileName().toString()).isEqualTo("PETR.Validate.verbs.2.0.txt");
    assertThat(files.actors())
        .extracting(p -> p.getFileName().toString())
        .containsExactly("PETR.Validate.actors.txt");
    assertThat(files.agents()).hasSize(1);
    assertThat(files.discards()).hasSize(1);
  }

  @Test
  void aNamedFileReplacesTheFilesOfItsKind() throws IOException {
    touch("PETR.Validate.actors.txt", "PETR.Validate.verbs.txt", "PETR.Validate.verbs.2.0.txt");

    PetrarchFiles files = PetrarchFiles.locate(dir + "," + dir.resolve("PETR.Validate.verbs.txt"));

    assertThat(files.verbs().getFileName().toString()).isEqualTo("PETR.Validate.verbs.txt");
  }

  @Test
  void missingDirectoriesAndFilesAreUserErrors() throws IOException {
    assertThatThrownBy(() -> PetrarchFiles.locate(dir.resolve("nowhere/x").toString()))
        .isInstanceOf(EntenteException.class)
        .hasMessageContaining("no such directory");
    assertThatThrownBy(() -> PetrarchFiles.locate(dir.resolve("PETR").toString()))
        .hasMessageContaining("no file in")
        .hasMessageContaining("starts with 'PETR'");
    touch("PETR.Validate.actors.txt");
    assertThatThrownBy(() -> PetrarchFiles.locate(dir.toString()))
        .hasMessageContaining("no verb file (*verbs*.txt)");
  }
}
