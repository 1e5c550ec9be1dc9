package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriteTokenTest {

  @TempDir Path folder;

  @Test
  void aTokenIsMadeOnceBesideTheStoreReadableOnlyByItsOwner() throws Exception {
    Path file = WriteToken.fileFor(folder.resolve("research.duckdb"));

    WriteToken.Loaded first = WriteToken.load(null, file);
    WriteToken.Loaded second = WriteToken.load("", file);

    assertThat(file.getFileName().toString()).isEqualTo("research.duckdb.token");
    assertThat(first.created()).isTrue();
    assertThat(second.created()).isFalse();
    assertThat(second.token().value()).isEqualTo(first.token().value());
    assertThat(first.token().value()).hasSizeGreaterThanOrEqualTo(43); // 32 random bytes
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }

  @Test
  void theEnvironmentVariableWinsAndNoFileIsMade() {
    Path file = WriteToken.fileFor(folder.resolve("entente.duckdb"));

    WriteToken.Loaded loaded = WriteToken.load("from-the-environment", file);

    assertThat(loaded.token().value()).isEqualTo("from-the-environment");
    assertThat(loaded.file()).isNull();
    assertThat(file).doesNotExist();
  }

  @Test
  void twoStartsMakeTwoDifferentTokensForTwoStores() {
    String a = WriteToken.load(null, folder.resolve("a.token")).token().value();
    String b = WriteToken.load(null, folder.resolve("b.token")).token().value();

    assertThat(a).isNotEqualTo(b);
  }
}
