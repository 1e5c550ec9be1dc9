package org.entente.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.entente.app.Ingestion;
import org.entente.core.Document;
import org.entente.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code entente ingest FILES…}: code documents and store them, once each. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Code documents and store their events and assessments in the DuckDB store.",
      "Idempotent: a document already stored (same id and text, or same text) is skipped before"
          + " it is parsed. Atomic per document: an interrupted run leaves each document either"
          + " fully stored or absent.",
      "A different text under a stored id is an id conflict: reported, and stored under the id"
          + " with #2 appended (exit code 1).",
      "The same event reported by several documents is stored once, with its number of"
          + " mentions and documents and every sentence as evidence."
    },
    footer = {
      "",
      "Examples:",
      "  entente ingest examples/news.jsonl",
      "  entente ingest op-ed.txt --date 2019-06-05 --db research.duckdb"
    })
final class IngestCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @ParentCommand EntenteCommand parent;
  @Mixin CodingOptions coding;
  @Mixin StoreOption store;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    coding.check();
    try (EventStore eventStore = store.open()) {
      var sources = coding.sources(err);
      Ingestion.Summary summary;
      try (Stream<Document> documents = sources.documents(coding.inputs)) {
        summary =
            new Ingestion(
                    eventStore,
                    () -> coding.coder(parent.coders()),
                    coding.undatedOn(),
                    coding.threads(),
                    err)
                .ingest(documents.iterator());
      }
      long skipped = sources.skipped() + summary.failed() + summary.refused();
      out.printf(
          "stored %,d documents (%,d events, %,d assessments) in %s; %,d already stored%s%s%n",
          summary.stored(),
          summary.events(),
          summary.assessments(),
          store.db,
          summary.alreadyStored(),
          summary.conflicts() > 0
              ? "; "
                  + summary.conflicts()
                  + " stored under a new id (id conflict, see standard error)"
              : "",
          skipped > 0 ? "; " + skipped + " input(s) skipped (see standard error)" : "");
      return skipped + summary.conflicts() > 0 ? ExitCodes.INPUT_SKIPPED : ExitCodes.OK;
    }
  }
}
