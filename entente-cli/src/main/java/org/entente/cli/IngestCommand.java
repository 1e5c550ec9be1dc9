package org.entente.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.entente.core.Document;
import org.entente.store.EventStore;
import org.entente.store.ingest.IngestResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code entente ingest FILES…}: code documents and store them, once each. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Code documents and store their events and assessments in the DuckDB store.",
      "Idempotent: a document already stored (same id, or same text) adds nothing. Atomic per"
          + " document: an interrupted run leaves each document either fully stored or absent.",
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
  @Mixin CodingOptions coding;
  @Mixin StoreOption store;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    var sources = coding.sources(err);
    int[] counts = new int[4]; // stored, duplicates, events, assessments
    try (EventStore eventStore = store.open();
        Stream<Document> documents = sources.documents(coding.inputs)) {
      CodingRun run = new CodingRun(coding.coder(), coding.threads(), err);
      run.run(
          documents.iterator(),
          result -> {
            IngestResult stored =
                eventStore.ingest(
                    result.coded().document(),
                    result.coded().events(),
                    result.coded().assessments());
            if (stored.stored()) {
              counts[0]++;
              counts[2] += stored.newEvents() + stored.mergedEvents();
              counts[3] += stored.assessments();
            } else {
              counts[1]++;
            }
          });
      int skipped = sources.skipped() + (int) run.failed();
      out.printf(
          "stored %,d documents (%,d events, %,d assessments) in %s; %,d already stored%s%n",
          counts[0],
          counts[2],
          counts[3],
          store.db,
          counts[1],
          skipped > 0 ? "; " + skipped + " input(s) skipped (see standard error)" : "");
      return skipped > 0 ? ExitCodes.INPUT_SKIPPED : ExitCodes.OK;
    }
  }
}
