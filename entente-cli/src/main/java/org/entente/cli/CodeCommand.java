package org.entente.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.entente.app.CodingRun;
import org.entente.core.Document;
import org.entente.core.EntenteException;
import org.entente.event.Assessment;
import org.entente.event.EventJson;
import org.entente.nlp.read.DocumentSources;
import org.entente.plover.PloverJson;
import org.entente.store.Sql;
import org.entente.store.export.GdeltRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code entente code FILES…}: text in, CAMEO-coded events out. */
@Command(
    name = "code",
    mixinStandardHelpOptions = true,
    description = {
      "Code documents into CAMEO events: who did what to whom, when, with the sentence that"
          + " says so.",
      "Reads JSON Lines ({\"id\",\"date\",\"text\",...}), .txt, .html and PETRARCH XML; a"
          + " directory is read whole; - reads JSON Lines from standard input.",
      "Unreadable input is reported on standard error, one line each, and skipped; the rest is"
          + " coded and the exit code is 1."
    },
    footer = {
      "",
      "Examples:",
      "  entente code examples/news.jsonl --out events.jsonl",
      "  entente code op-ed.txt --date 2019-06-05 --assessments assessments.jsonl",
      "  cat docs.jsonl | entente code - --threads 2",
      "  entente code examples/news.jsonl --format plover --out events.plover.jsonl",
      "  echo '{\"id\":\"x\",\"date\":\"1987-04-01\",\"text\":\"Japan pledged to open its market"
          + " to U.S. chips.\"}' | entente code - --why"
    })
final class CodeCommand implements Callable<Integer> {

  /** Output formats of the events. */
  enum Format {
    jsonl,
    gdelt,
    plover,
    why
  }

  @Spec CommandSpec spec;

  @Mixin CodingOptions coding;

  @Option(
      names = "--format",
      defaultValue = "jsonl",
      description =
          "Event format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); plover is PLOVER"
              + " JSON Lines (docs/plover.md), without CAMEO 01 statements; why is readable text:"
              + " each event with its sentence and the rule that made it (also --why).")
  Format format;

  @Option(
      names = "--why",
      description = "Same as --format why: each event, its sentence and why it was coded.")
  boolean why;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write events here (default, or -: standard output).")
  Path out;

  @Option(
      names = "--assessments",
      paramLabel = "FILE",
      description = "Also write the assessments (stated characterisations) here, as JSON Lines.")
  Path assessmentsOut;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    coding.check();
    LocalDateTime dateAdded = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
    // outputs are opened before the models load, so a missing folder is reported at once
    try (Writer events = open(out);
        Writer assessments = assessmentsOut == null ? null : open(assessmentsOut)) {
      DocumentSources sources = coding.sources(err);
      CodingRun run = new CodingRun(coding.coder(), coding.threads(), err);
      try (Stream<Document> documents = sources.documents(coding.inputs)) {
        run.run(
            documents.iterator(),
            result -> {
              try {
                List<String> lines =
                    switch (format) {
                      case plover -> PloverJson.lines(result.coded().events());
                      case gdelt ->
                          result.coded().events().stream()
                              .map(event -> GdeltRow.ofCoded(event, dateAdded).line())
                              .toList();
                      case jsonl ->
                          why
                              ? result.coded().events().stream().map(EventWhy::text).toList()
                              : result.coded().events().stream().map(EventJson::write).toList();
                      case why -> result.coded().events().stream().map(EventWhy::text).toList();
                    };
                for (String line : lines) {
                  events.write(line);
                  events.write('\n');
                }
                if (assessments != null) {
                  for (Assessment assessment : result.coded().assessments()) {
                    assessments.write(EventJson.write(assessment));
                    assessments.write('\n');
                  }
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
      }
      long skipped = sources.skipped() + run.failed();
      err.printf(
          "entente: coded %,d documents, %,d sentences, %,d events%s%n",
          run.documents(),
          run.sentences(),
          run.events(),
          skipped > 0 ? "; " + skipped + " input(s) skipped (see above)" : "");
      return skipped > 0 ? ExitCodes.INPUT_SKIPPED : ExitCodes.OK;
    } catch (UncheckedIOException e) {
      throw new EntenteException(
          EntenteException.Kind.USER_ERROR,
          "cannot write the output: " + e.getCause().getMessage(),
          e);
    }
  }

  /** The file, or the command's standard output for none or {@code -}. */
  private Writer open(Path path) {
    if (path == null || path.toString().equals("-")) {
      PrintWriter standardOutput = spec.commandLine().getOut();
      return new FilterWriter(standardOutput) {
        @Override
        public void close() {
          standardOutput.flush(); // standard output stays open for the caller
        }
      };
    }
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw EntenteException.userError(
          "cannot write %s: the folder %s does not exist (create it, or give another path)",
          path, parent);
    }
    try {
      return Files.newBufferedWriter(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw Sql.writeFailure(e, path);
    }
  }
}
