package org.entente.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.entente.core.Document;
import org.entente.core.EntenteException;
import org.entente.event.Assessment;
import org.entente.event.EventJson;
import org.entente.nlp.read.DocumentSources;
import org.entente.plover.PloverJson;
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
      "  cat docs.jsonl | entente code - --threads 2"
    })
final class CodeCommand implements Callable<Integer> {

  /** Output formats of the events. */
  enum Format {
    jsonl,
    gdelt,
    plover
  }

  @Spec CommandSpec spec;

  @Mixin CodingOptions coding;

  @Option(
      names = "--format",
      defaultValue = "jsonl",
      description =
          "Event format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); plover is PLOVER"
              + " JSON Lines (docs/plover.md), without CAMEO 01 statements.")
  Format format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write events here (default: standard output).")
  Path out;

  @Option(
      names = "--assessments",
      paramLabel = "FILE",
      description = "Also write the assessments (stated characterisations) here, as JSON Lines.")
  Path assessmentsOut;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    DocumentSources sources = coding.sources(err);
    CodingRun run = new CodingRun(coding.coder(), coding.threads(), err);
    String dateAdded =
        LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
    try (Writer events = open(out);
        Writer assessments = assessmentsOut == null ? null : open(assessmentsOut);
        Stream<Document> documents = sources.documents(coding.inputs)) {
      run.run(
          documents.iterator(),
          result -> {
            try {
              List<String> lines =
                  switch (format) {
                    case plover -> PloverJson.lines(result.coded().events());
                    case gdelt ->
                        result.coded().events().stream()
                            .map(event -> GdeltOutput.row(event, dateAdded))
                            .toList();
                    case jsonl -> result.coded().events().stream().map(EventJson::write).toList();
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
    err.printf(
        "entente: coded %,d documents, %,d sentences, %,d events%s%n",
        run.documents(),
        run.sentences(),
        run.events(),
        sources.skipped() + run.failed() > 0
            ? "; " + (sources.skipped() + run.failed()) + " input(s) skipped (see above)"
            : "");
    return sources.skipped() + run.failed() > 0 ? ExitCodes.INPUT_SKIPPED : ExitCodes.OK;
  }

  private Writer open(Path path) throws IOException {
    if (path == null) {
      return new BufferedWriter(
          new OutputStreamWriter(System.out, StandardCharsets.UTF_8) {
            @Override
            public void close() throws IOException {
              flush();
            }
          });
    }
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw EntenteException.userError("cannot write %s: folder %s does not exist", path, parent);
    }
    return Files.newBufferedWriter(path, StandardCharsets.UTF_8);
  }
}
