package org.entente.cli;

import java.nio.file.Path;
import org.entente.store.EventStore;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by the commands that use the store. */
final class StoreOption {

  static final String DEFAULT = "entente.duckdb";

  @Option(
      names = "--db",
      paramLabel = "PATH",
      defaultValue = DEFAULT,
      description =
          "The DuckDB store (default: ./${DEFAULT-VALUE}; ingest and import create it if absent).")
  Path db;

  /** Opens the store to write it, creating it if absent (ingest, import, demo). */
  EventStore open() {
    return EventStore.open(db);
  }

  /** Opens an existing store to read it only (queries): a mistyped path is an error. */
  EventStore openToRead() {
    return EventStore.openReadOnly(db);
  }
}
