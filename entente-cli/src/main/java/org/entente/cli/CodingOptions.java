package org.entente.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.nlp.DocumentCoder;
import org.entente.nlp.read.DocumentSources;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What {@code code} and {@code ingest} share: the inputs and how to code them. */
final class CodingOptions {

  @Mixin CodingThreads coding;

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
      description = "Publication date of inputs that carry none (.txt files).")
  String date;

  DocumentSources sources(PrintWriter err) {
    LocalDate defaultDate = Dates.parseOption("--date", date, null);
    return new DocumentSources(
        defaultDate, System.in, problem -> err.println("entente: " + problem));
  }

  int threads() {
    return coding.threads();
  }

  DocumentCoder coder() {
    return coding.coder();
  }
}
