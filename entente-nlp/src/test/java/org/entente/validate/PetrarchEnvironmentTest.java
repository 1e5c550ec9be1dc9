package org.entente.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.core.SharedFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PetrarchEnvironmentTest {

  @TempDir Path dir;

  @Test
  void theUnitRecordsNameTheValidationDictionariesWhichStandBesideThem() {
    Path records = SharedFiles.resolve("reference/petrarch/PETR.UnitTest.records.dev.xml");
    PetrarchEnvironment environment = PetrarchEnvironment.read(records);

    assertThat(environment.named())
        .containsExactly(
            "PETR.Validate.verbs.txt",
            "PETR.Validate.actors.txt",
            "PETR.Validate.agents.txt",
            "PETR.Validate.discards.txt");
    assertThat(environment.missing()).isEmpty();
    assertThat(environment.spec())
        .contains(records.getParent().resolve("PETR.Validate.verbs.txt").toString());
  }

  @Test
  void filesNotBesideTheGoldFileAreMissingAndOtherElementsAreNotDictionaries() throws IOException {
    Files.writeString(dir.resolve("Mine.verbs.txt"), "");
    Path gold = dir.resolve("gold.xml");
    Files.writeString(
        gold,
        """
        <Validation>
        <Environment>
          <Verbfile>Mine.verbs.txt</Verbfile>
          <Actorfile>Gone.actors.txt</Actorfile>
          <Errorfile>Errors.txt</Errorfile>
        </Environment>
        <Sentences><Sentence id="A-1"><Verbfile>Not.read.txt</Verbfile></Sentence></Sentences>
        </Validation>
        """);
    PetrarchEnvironment environment = PetrarchEnvironment.read(gold);

    assertThat(environment.named()).containsExactly("Mine.verbs.txt", "Gone.actors.txt");
    assertThat(environment.found()).containsExactly(dir.resolve("Mine.verbs.txt"));
    assertThat(environment.missing()).containsExactly("Gone.actors.txt");
  }

  @Test
  void aFileWithoutAnEnvironmentNamesNothing() throws IOException {
    Path gold = dir.resolve("plain.xml");
    Files.writeString(gold, "<Validation><Sentences></Sentences></Validation>");
    assertThat(PetrarchEnvironment.read(gold).namesDictionaries()).isFalse();
  }
}
