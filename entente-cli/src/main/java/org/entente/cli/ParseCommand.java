package org.entente.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.entente.core.Document;
import org.entente.text.ConllU;
import org.entente.text.ParsedDocument;
import org.entente.text.ParsedSentence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code entente parse FILES…}: the parse the coder sees, as CoNLL-U. */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = {
      "Print the parse the coder works on, as CoNLL-U: tokens, lemmas, tags, SUTime dates and"
          + " the enhanced dependencies (DEPS column). For finding out why a sentence was coded"
          + " as it was, and for writing golden tests."
    },
    footer = {
      "",
      "Example:",
      "  echo '{\"id\":\"x\",\"date\":\"2019-06-05\",\"text\":\"Russia sold oil to China.\"}' | entente parse -"
    })
final class ParseCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @ParentCommand EntenteCommand parent;
  @Mixin CodingOptions coding;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    coding.check();
    var sources = coding.sources(err);
    var coder = coding.coder(parent.coders());
    long[] failed = {0};
    try (Stream<Document> documents = sources.documents(coding.inputs)) {
      documents.forEach(
          document -> {
            ParsedDocument parsed;
            try {
              parsed = coder.parse(document);
            } catch (RuntimeException | StackOverflowError e) {
              failed[0]++;
              err.printf("entente: %s: could not be parsed (%s); skipped%n", document.id(), e);
              return;
            }
            out.printf("# doc_id = %s%n# date = %s%n", document.id(), document.date());
            if (!document.dateline().isEmpty()) {
              out.printf("# dateline = %s%n", document.dateline());
            }
            for (ParsedSentence sentence : parsed.sentences()) {
              out.print(ConllU.write(sentence));
            }
            parsed.skipped().forEach(s -> err.println("entente: " + document.id() + ": " + s));
          });
    }
    return sources.skipped() + failed[0] > 0 ? ExitCodes.INPUT_SKIPPED : ExitCodes.OK;
  }
}
