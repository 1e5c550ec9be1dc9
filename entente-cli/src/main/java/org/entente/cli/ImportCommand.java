package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.core.EntenteException;
import org.entente.store.EventStore;
import org.entente.store.gdelt.GdeltImportResult;
import org.entente.store.gdelt.GdeltProblem;
import org.entente.store.gdelt.ImportListener;
import org.entente.store.plover.PloverImportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code entente import gdelt|plover FILES…}. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = "Import events coded elsewhere into the store.",
    subcommands = {ImportCommand.Gdelt.class, ImportCommand.Plover.class})
final class ImportCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "gdelt",
      mixinStandardHelpOptions = true,
      description = {
        "Stream GDELT event files into the store: GDELT 1.0 files (57 or 58 columns, each row"
            + " its own) and GDELT 2.0 event exports (61 columns), plain, .zip or .gz.",
        "A malformed row is reported with its file:line and skipped; importing a file twice adds"
            + " nothing (GLOBALEVENTID is the key)."
      },
      footer = {"", "Example:", "  entente import gdelt 20190605.export.CSV.zip --db gdelt.duckdb"})
  static final class Gdelt implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin StoreOption store;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "GDELT event files.")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      long problems = 0;
      for (Path file : files) {
        if (!Files.isRegularFile(file)) {
          throw EntenteException.userError(
              "%s: no such file (give the path of a GDELT event file, .CSV, .zip or .gz);"
                  + " nothing was imported",
              file);
        }
      }
      try (EventStore eventStore = store.open()) {
        for (Path file : files) {
          GdeltImportResult result =
              eventStore.importGdelt(
                  file,
                  new ImportListener() {
                    @Override
                    public void progress(String name, long done, long total) {
                      if (done > 0) {
                        err.printf("entente: %s: %,d rows%n", name, done);
                      }
                    }

                    @Override
                    public void problem(GdeltProblem problem) {
                      err.println("entente: " + problem);
                    }
                  });
          out.println(result.describe());
          problems += result.rejected();
        }
      }
      return problems > 0 ? ExitCodes.INPUT_SKIPPED : ExitCodes.OK;
    }
  }

  @Command(
      name = "plover",
      mixinStandardHelpOptions = true,
      description = {
        "Read PLOVER event records into the store: JSON Lines (entente export --format plover,"
            + " other PLOVER coders) or a JSON array of records (the PLOVER gold-standard files),"
            + " plain or .gz.",
        "Each type is mapped back to a CAMEO code (CONSULT with mode visit is 042, AGREE 03;"
            + " docs/plover.md); the PLOVER type, mode, contexts and location are kept beside it."
            + " A record with parties but no recipient makes an event for each ordered pair.",
        "A record that cannot be read is reported with its file:line and skipped (exit 1);"
            + " importing a file twice adds nothing; each file is imported whole or not at all."
      },
      footer = {
        "",
        "Examples:",
        "  entente import plover events.plover.jsonl --db other.duckdb",
        "  entente import plover ../shared/reference/plover/PLOVER_GSR_CAMEO.dev.json"
      })
  static final class Plover implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin StoreOption store;

    @Parameters(
        paramLabel = "FILE",
        arity = "1..*",
        description = "PLOVER files: .jsonl or .json, plain or .gz.")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      for (Path file : files) {
        if (!Files.isRegularFile(file)) {
          throw EntenteException.userError(
              "%s: no such file (give the path of a PLOVER file, .jsonl or .json); nothing was"
                  + " imported",
              file);
        }
      }
      long problems = 0;
      try (EventStore eventStore = store.open()) {
        for (Path file : files) {
          PloverImportResult result =
              eventStore.importPlover(file, problem -> err.println("entente: " + problem));
          out.println(result.describe());
          problems += result.rejected();
        }
      }
      return problems > 0 ? ExitCodes.INPUT_SKIPPED : ExitCodes.OK;
    }
  }
}
