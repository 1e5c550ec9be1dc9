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
      description = "The DuckDB store (default: ./${DEFAULT-VALUE}; created if absent).")
  Path db;

  EventStore open() {
    return EventStore.open(db);
  }
}
