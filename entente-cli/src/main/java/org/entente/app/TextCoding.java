package org.entente.app;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.entente.core.Document;
import org.entente.event.Assessment;
import org.entente.event.Event;
import org.entente.nlp.DocumentCoder;

/**
 * Text in, events out, nothing stored ({@code POST /api/code}): the documents coded in input order,
 * a document whose coding fails reported on {@code err} and left out.
 */
public final class TextCoding {

  private final Supplier<DocumentCoder> coder;
  private final int threads;

  public TextCoding(Supplier<DocumentCoder> coder, int threads) {
    this.coder = requireNonNull(coder, "coder is null");
    this.threads = threads;
  }

  /** The events and assessments of some documents, with how many sentences were read. */
  public record Coded(
      List<Event> events, List<Assessment> assessments, long documents, long sentences) {}

  /**
   * @param undatedOn the date of documents that carry none ({@link CodingRun})
   */
  public Coded code(List<Document> documents, LocalDate undatedOn, PrintWriter err) {
    List<Event> events = new ArrayList<>();
    List<Assessment> assessments = new ArrayList<>();
    if (documents.isEmpty()) {
      return new Coded(events, assessments, 0, 0);
    }
    CodingRun run = new CodingRun(coder.get(), undatedOn, threads, err);
    run.run(
        documents.iterator(),
        result -> {
          events.addAll(result.coded().events());
          assessments.addAll(result.coded().assessments());
        });
    return new Coded(events, assessments, run.documents(), run.sentences());
  }
}
