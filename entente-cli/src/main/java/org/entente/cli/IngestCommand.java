package org.entente.cli;

import java.io.PrintWriter;
import java.util.Iterator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.entente.core.Document;
import org.entente.store.EventStore;
import org.entente.store.ingest.IngestResult;
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
    long[] counts = new long[4]; // stored, refused, events, assessments
    try (EventStore eventStore = store.open()) {
      var sources = coding.sources(err);
      IngestGate gate = new IngestGate(eventStore, err);
      CodingRun run;
      try (Stream<Document> documents = sources.documents(coding.inputs)) {
        Iterator<Document> admitted = gate.admit(documents.iterator());
        if (!admitted.hasNext()) {
          run = null; // nothing new to code: the models need not load
        } else {
          run =
              new CodingRun(
                  coding.coder(parent.coders()), coding.undatedOn(), coding.threads(), err);
          run.run(
              admitted,
              result -> {
                Document document = result.coded().document();
                IngestResult stored =
                    eventStore.ingest(
                        document, result.coded().events(), result.coded().assessments());
                gate.done(document);
                if (stored.stored()) {
                  counts[0]++;
                  counts[2] += stored.newEvents() + stored.mergedEvents();
                  counts[3] += stored.assessments();
                } else {
                  counts[1]++;
                  err.println("entente: " + stored.describe());
                }
              });
        }
      }
      long skipped = sources.skipped() + (run == null ? 0 : run.failed()) + counts[1];
      out.printf(
          "stored %,d documents (%,d events, %,d assessments) in %s; %,d already stored%s%s%n",
          counts[0],
          counts[2],
          counts[3],
          store.db,
          gate.alreadyStored(),
          gate.conflicts() > 0
              ? "; " + gate.conflicts() + " stored under a new id (id conflict, see standard error)"
              : "",
          skipped > 0 ? "; " + skipped + " input(s) skipped (see standard error)" : "");
      return skipped + gate.conflicts() > 0 ? ExitCodes.INPUT_SKIPPED : ExitCodes.OK;
    }
  }
}
