package org.entente.cli;

import java.util.Locale;
import org.entente.app.Coders;
import org.entente.core.EntenteException;
import org.entente.nlp.CoreNlpSentenceParser;
import org.entente.nlp.DocumentCoder;
import picocli.CommandLine.Option;

/**
 * How to code: threads and named-entity recognition ({@code code}, {@code ingest}, {@code demo}).
 */
final class CodingThreads {

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Documents coded in parallel (default: the number of cores).")
  Integer threads;

  @Option(
      names = "--ner",
      defaultValue = "dates",
      paramLabel = "dates|full",
      description =
          "Named-entity recognition: dates (SUTime dates and numbers; fast, the default) or full"
              + " (also CoreNLP's person/organisation/location taggers; about 3x slower).")
  String ner;

  int threads() {
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (workers < 1) {
      throw EntenteException.userError("--threads must be at least 1, not %d", workers);
    }
    return workers;
  }

  CoreNlpSentenceParser.NerMode nerMode() {
    return switch (ner.strip().toLowerCase(Locale.ROOT)) {
      case "dates" -> CoreNlpSentenceParser.NerMode.DATES;
      case "full" -> CoreNlpSentenceParser.NerMode.FULL;
      default -> throw EntenteException.userError("--ner is dates or full, not '%s'", ner);
    };
  }

  /** Checks the options, so a mistake is reported before the models load. */
  void check() {
    threads();
    nerMode();
  }

  /** The coder; the first call loads CoreNLP's models (seconds, a gigabyte). */
  DocumentCoder coder(Coders coders) {
    return coders.get(nerMode());
  }
}
