package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.entente.core.EntenteException;
import org.junit.jupiter.api.Test;

/** DuckDB's and the file system's failures, in the user's words and with the right kind. */
class SqlTest {

  @Test
  void aStoreThatMayNotBeWrittenIsAUserError() {
    EntenteException e =
        Sql.failure(
            new SQLException(
                "IO Error: Cannot open file \"/data/entente.duckdb\": Permission denied"),
            "opening the store /data/entente.duckdb");

    assertThat(e.kind()).isEqualTo(EntenteException.Kind.USER_ERROR);
    assertThat(e.getMessage())
        .startsWith("opening the store /data/entente.duckdb: not allowed to write there")
        .endsWith(
            "queries can still read a read-only store, or copy it somewhere writable and give"
                + " that --db");
  }

  @Test
  void aFullDiskIsAUserError() {
    EntenteException copy =
        Sql.failure(
            new SQLException(
                "IO Error: Could not write file \"e.parquet\": No space left on device"),
            "exporting parquet to e.parquet");
    EntenteException write =
        Sql.writeFailure(
            new FileSystemException("e.tsv", null, "No space left on device"), Path.of("e.tsv"));

    assertThat(copy.kind()).isEqualTo(EntenteException.Kind.USER_ERROR);
    assertThat(copy.getMessage()).contains("the disk is full; free some space");
    assertThat(write.kind()).isEqualTo(EntenteException.Kind.USER_ERROR);
    assertThat(write.getMessage())
        .isEqualTo(
            "cannot write e.tsv: No space left on device; free some space or write somewhere"
                + " else");
  }

  @Test
  void anUnexpectedFailureStaysInternal() {
    assertThat(Sql.failure(new SQLException("Binder Error: no such column"), "x").kind())
        .isEqualTo(EntenteException.Kind.INTERNAL);
  }
}
