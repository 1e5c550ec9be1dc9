package org.entente.app;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.entente.core.Document;
import org.entente.core.EntenteException;
import org.entente.nlp.DocumentCoder;

/**
 * Codes documents on a pool of threads and hands the results on in input order, with a bounded
 * number in flight ({@link #IN_FLIGHT_PER_THREAD}; memory stays flat on large corpora). Prints a
 * progress line on standard error every few seconds: documents, sentences per second, events.
 */
public final class CodingRun {

  /**
   * How many documents per thread may be in flight (handed to the pool and not yet handed on). The
   * results go on in input order, so a long document at the head holds the window: with two per
   * thread, the other thread coded the few documents after it and then sat idle until the long one
   * was done. With sixteen it goes on through the short stories that follow, and memory stays
   * bounded all the same (documents over 100,000 characters are coded in parts).
   */
  static final int IN_FLIGHT_PER_THREAD = 16;

  /** How often the progress line is printed, in milliseconds. */
  static final long PROGRESS_EVERY_MS = 5_000;

  private final DocumentCoder coder;
  private final LocalDate undatedOn;
  private final int threads;
  private final PrintWriter progress;

  private long documents;
  private long sentences;
  private long events;
  private long failed;

  /**
   * @param undatedOn the date of documents that carry none: what the caller says it is
   */
  public CodingRun(DocumentCoder coder, LocalDate undatedOn, int threads, PrintWriter progress) {
    this.coder = coder;
    this.undatedOn = requireNonNull(undatedOn, "undatedOn is null");
    this.threads = Math.max(1, threads);
    this.progress = progress;
  }

  /**
   * Codes every document; {@code results} is called in input order on the calling thread. A
   * document whose coding fails is reported on {@code progress} and skipped.
   */
  public void run(Iterator<Document> input, Consumer<DocumentCoder.Result> results) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
    Deque<Pending> inFlight = new ArrayDeque<>();
    long start = System.nanoTime();
    long lastReport = start;
    try {
      while (input.hasNext() || !inFlight.isEmpty()) {
        while (input.hasNext() && inFlight.size() < threads * IN_FLIGHT_PER_THREAD) {
          Document document = input.next();
          inFlight.add(new Pending(document, pool.submit(() -> coder.run(document, undatedOn))));
        }
        Pending next = inFlight.poll();
        if (next != null) {
          take(next, results);
        }
        long now = System.nanoTime();
        if (progress != null && (now - lastReport) / 1_000_000 >= PROGRESS_EVERY_MS) {
          report(now - start);
          lastReport = now;
        }
      }
    } finally {
      pool.shutdownNow();
    }
    if (progress != null && (System.nanoTime() - start) / 1_000_000 >= PROGRESS_EVERY_MS) {
      report(System.nanoTime() - start);
    }
  }

  private void take(Pending pending, Consumer<DocumentCoder.Result> results) {
    try {
      DocumentCoder.Result result = pending.future().get();
      documents++;
      sentences += result.parsed().sentences().size();
      events += result.coded().events().size();
      for (String skipped : result.parsed().skipped()) {
        if (progress != null) {
          progress.printf("entente: %s: %s%n", pending.document().id(), skipped);
        }
      }
      results.accept(result);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EntenteException(EntenteException.Kind.INTERNAL, "interrupted", e);
    } catch (ExecutionException e) {
      failed++;
      if (progress != null) {
        progress.printf(
            "entente: %s: could not be coded (%s); skipped%n",
            pending.document().id(), e.getCause());
      }
    }
  }

  private void report(long nanos) {
    double seconds = nanos / 1e9;
    progress.printf(
        "entente: %,d documents, %,d sentences (%.0f sentences/s), %,d events%n",
        documents, sentences, sentences / Math.max(seconds, 1e-9), events);
    progress.flush();
  }

  public long documents() {
    return documents;
  }

  public long sentences() {
    return sentences;
  }

  public long events() {
    return events;
  }

  public long failed() {
    return failed;
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    return runnable -> {
      Thread thread = new Thread(runnable, "entente-coder");
      thread.setDaemon(true);
      return thread;
    };
  }

  private record Pending(Document document, Future<DocumentCoder.Result> future) {}
}
