package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.entente.app.Coders;
import org.entente.app.Dates;
import org.entente.core.EntenteException;
import org.entente.nlp.DocumentCoder;
import org.entente.nlp.read.DocumentSources;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What {@code code} and {@code ingest} share: the inputs and how to code them. */
final class CodingOptions {

  @Mixin CodingThreads coding;

  @Mixin DictionaryOption dictionaries;

  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description =
          "Files (.jsonl, .txt, .html, PETRARCH .xml), directories (read whole), or - (JSON"
              + " Lines on standard input).")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description =
          "Publication date of inputs that carry none (.txt files); without it, they are dated"
              + " on the day of the run (UTC).")
  String date;

  /**
   * Checks the options and inputs before the models load: {@code --threads}, {@code --ner}, {@code
   * --dictionaries} (and its files), {@code --date}, and that at least one input exists (a missing
   * one among others is reported when its turn comes, and skipped).
   */
  void check() {
    coding.check();
    dictionaries.check();
    Dates.parseOption("--date", date, null);
    List<String> missing = new ArrayList<>();
    for (String input : inputs) {
      if (!input.equals(DocumentSources.STANDARD_INPUT) && !exists(input)) {
        missing.add(input);
      }
    }
    if (missing.size() == inputs.size()) {
      throw EntenteException.userError(
          "no such file or directory: %s; check the path%s",
          String.join(", ", missing), missing.size() > 1 ? "s" : "");
    }
  }

  private static boolean exists(String input) {
    try {
      return Files.exists(Path.of(input));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  DocumentSources sources(PrintWriter err) {
    LocalDate defaultDate = Dates.parseOption("--date", date, null);
    return new DocumentSources(
        defaultDate, System.in, problem -> err.println("entente: " + problem));
  }

  /**
   * The date of documents that carry none: {@code --date}, else the day of the run in UTC, read
   * here, once, so that the coder itself reads no clock.
   */
  LocalDate undatedOn() {
    LocalDate given = Dates.parseOption("--date", date, null);
    return given != null ? given : LocalDate.now(ZoneOffset.UTC);
  }

  int threads() {
    return coding.threads();
  }

  DocumentCoder coder(Coders coders) {
    return dictionaries.coder(coders, coding);
  }
}
