package org.entente.app;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.function.Supplier;
import org.entente.core.Document;
import org.entente.nlp.DocumentCoder;
import org.entente.store.EventStore;
import org.entente.store.ingest.IngestResult;

/**
 * Codes documents and stores them, once each ({@code ingest}, {@code demo}, {@code POST
 * /api/ingest}): documents already stored are skipped before they are parsed ({@link IngestGate}),
 * the rest are coded on a few threads ({@link CodingRun}) and stored one transaction each. The
 * coder is asked for only when a document needs coding, so a run that adds nothing loads no models.
 */
public final class Ingestion {

  private final EventStore store;
  private final Supplier<DocumentCoder> coder;
  private final LocalDate undatedOn;
  private final int threads;
  private final PrintWriter err;

  /**
   * @param undatedOn the date of documents that carry none ({@link CodingRun})
   * @param err where skipped documents, id conflicts and progress are reported
   */
  public Ingestion(
      EventStore store,
      Supplier<DocumentCoder> coder,
      LocalDate undatedOn,
      int threads,
      PrintWriter err) {
    this.store = requireNonNull(store, "store is null");
    this.coder = requireNonNull(coder, "coder is null");
    this.undatedOn = requireNonNull(undatedOn, "undatedOn is null");
    this.threads = threads;
    this.err = requireNonNull(err, "err is null");
  }

  /** What a run did. */
  public record Summary(
      long stored,
      long refused,
      long events,
      long assessments,
      long alreadyStored,
      long conflicts,
      long failed,
      long sentences,
      long codedEvents) {}

  public Summary ingest(Iterator<Document> documents) {
    long[] counts = new long[4]; // stored, refused, events, assessments
    IngestGate gate = new IngestGate(store, err);
    Iterator<Document> admitted = gate.admit(documents);
    CodingRun run = null;
    if (admitted.hasNext()) {
      run = new CodingRun(coder.get(), undatedOn, threads, err);
      run.run(
          admitted,
          result -> {
            Document document = result.coded().document();
            IngestResult stored =
                store.ingest(document, result.coded().events(), result.coded().assessments());
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
    return new Summary(
        counts[0],
        counts[1],
        counts[2],
        counts[3],
        gate.alreadyStored(),
        gate.conflicts(),
        run == null ? 0 : run.failed(),
        run == null ? 0 : run.sentences(),
        run == null ? 0 : run.events());
  }
}
