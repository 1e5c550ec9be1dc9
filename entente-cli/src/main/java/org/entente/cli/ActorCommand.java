package org.entente.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.app.Dates;
import org.entente.app.Lookups;
import org.entente.core.EntenteException;
import org.entente.dictionary.ActorDictionary;
import org.entente.dictionary.ActorMention;
import org.entente.dictionary.ActorVocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code entente actor PHRASE}: which actors a phrase names on a date, and why. */
@Command(
    name = "actor",
    mixinStandardHelpOptions = true,
    description = {
      "Resolve the actors named in a phrase to CAMEO actor codes, and say which dictionary"
          + " entries decided it.",
      "People resolve by their term of office on --date; outside it they are the country's"
          + " elite (ELI)."
    },
    footer = {
      "",
      "Examples:",
      "  entente actor \"the Kremlin\" --date 2019-06-05",
      "  entente actor \"Chinese State-owned enterprises\"",
      "  entente actor \"Xi Jinping\" --date 2010-01-01 --json",
      "  entente actor --codes        (list the code parts: countries, regions, agents)"
    })
final class ActorCommand implements Callable<Integer> {

  @ParentCommand EntenteCommand parent;
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "PHRASE",
      arity = "0..*",
      description = "Words naming one or more actors.")
  List<String> words = new ArrayList<>();

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "The date the phrase speaks of (default: today).")
  String date;

  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  @Option(names = "--codes", description = "List the actor code parts instead.")
  boolean codes;

  @Override
  public Integer call() {
    ActorDictionary dictionary = parent.dictionary();
    PrintWriter out = spec.commandLine().getOut();
    if (codes) {
      printCodes(dictionary.vocabulary(), out);
      return ExitCodes.OK;
    }
    if (words.isEmpty()) {
      throw EntenteException.userError(
          "name a phrase to resolve, e.g. entente actor \"the Kremlin\" --date 2019-06-05");
    }
    LocalDate on = Dates.parseOption("--date", date, LocalDate.now());
    String phrase = String.join(" ", words);
    List<ActorMention> mentions = Lookups.actors(dictionary, phrase, on);
    if (json) {
      out.println(Json.write(Lookups.toJson(phrase, on, mentions, dictionary.vocabulary())));
    } else if (mentions.isEmpty()) {
      out.printf("\"%s\": no actor known on %s%n", phrase, on);
    } else {
      for (ActorMention mention : mentions) {
        out.printf("%s  %s%n", mention.code(), describe(mention, dictionary.vocabulary()));
        for (String reason : mention.why()) {
          out.printf("    %s%n", reason);
        }
      }
    }
    return mentions.isEmpty() ? ExitCodes.INPUT_SKIPPED : ExitCodes.OK;
  }

  static String describe(ActorMention mention, ActorVocabulary vocabulary) {
    StringBuilder text = new StringBuilder("\"" + mention.text() + "\"");
    if (mention.code().country() != null) {
      text.append(" — ").append(vocabulary.countryName(mention.code().country()));
    }
    if (mention.code().agent() != null) {
      text.append(", ")
          .append(vocabulary.part(mention.code().agent()).map(p -> p.name()).orElse("?"));
    }
    return text.toString();
  }

  private static void printCodes(ActorVocabulary vocabulary, PrintWriter out) {
    for (ActorVocabulary.Part part : vocabulary.parts().values()) {
      out.printf(
          "%s  %-12s %s%n",
          part.code(), part.kind().name().toLowerCase(java.util.Locale.ROOT), part.name());
    }
  }
}
