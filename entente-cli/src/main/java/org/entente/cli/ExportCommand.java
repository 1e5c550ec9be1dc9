package org.entente.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.entente.core.EntenteException;
import org.entente.store.EventStore;
import org.entente.store.export.ExportFormat;
import org.entente.store.query.EventQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code entente export --format gdelt|parquet|jsonl|plover --out FILE}. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Write stored events as GDELT 2.0 rows, Parquet, JSON Lines in the event contract, or"
          + " PLOVER JSON Lines.",
      "plover writes one record per event (docs/plover.md): an event coded both ways round is one"
          + " record with both parties as actors, CAMEO 01 statements are left out, and events"
          + " read with entente import plover keep their PLOVER type, mode, contexts and location."
    },
    footer = {
      "",
      "Examples:",
      "  entente export --format parquet --out events.parquet --from 2014-01-01",
      "  entente export --format jsonl --out - --source Russia --target CHN",
      "  entente export --format plover --out events.plover.jsonl --root 14,18,19 --factual"
    })
final class ExportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @ParentCommand EntenteCommand parent;
  @Mixin StoreOption store;
  @Mixin EventFilterOptions filter;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "gdelt|parquet|jsonl|plover",
      description = "Output format.")
  String format;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "Output file, or - for standard output (gdelt, jsonl and plover).")
  Path out;

  @Override
  public Integer call() {
    ExportFormat exportFormat;
    try {
      exportFormat = ExportFormat.parse(format);
    } catch (IllegalArgumentException e) {
      throw EntenteException.userError("%s", e.getMessage());
    }
    EventQuery query = filter.query(parent.dictionary());
    boolean toStandardOutput = out.toString().equals("-");
    if (toStandardOutput && exportFormat == ExportFormat.PARQUET) {
      throw EntenteException.userError(
          "Parquet is a binary format; give a file with --out (events.parquet)");
    }
    try (EventStore eventStore = store.openToRead()) {
      if (toStandardOutput) {
        long written = eventStore.export(exportFormat, spec.commandLine().getOut(), query);
        spec.commandLine().getErr().printf("entente: wrote %,d %s%n", written, what(exportFormat));
      } else {
        long written = eventStore.export(exportFormat, out, query);
        spec.commandLine()
            .getOut()
            .printf("wrote %,d %s to %s%n", written, what(exportFormat), out);
      }
    }
    return ExitCodes.OK;
  }

  private static String what(ExportFormat format) {
    return format == ExportFormat.PLOVER ? "PLOVER records" : "events";
  }
}
