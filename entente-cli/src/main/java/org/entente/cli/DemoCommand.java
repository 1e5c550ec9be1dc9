package org.entente.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.codebook.CameoCode;
import org.entente.codebook.Codebook;
import org.entente.dictionary.ActorDictionary;
import org.entente.dictionary.ActorMention;
import org.entente.dictionary.DictionaryActorMatcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code entente demo}: the README's main job. At this stage it shows what Entente knows — the
 * codebook and the actor dictionary at work on sample sentences of our own.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Show Entente at work on bundled examples: the CAMEO codebook and actor resolution.")
final class DemoCommand implements Callable<Integer> {

  /** Sample sentences written for this demo, with the date they speak of. */
  private static final List<Sample> SAMPLES =
      List.of(
          new Sample(
              "2019-06-05",
              "President Xi Jinping arrived in Moscow, where the Kremlin welcomed Chinese and"
                  + " Russian representatives."),
          new Sample(
              "2014-03-17",
              "The White House imposed sanctions on Russian State-owned enterprises and the"
                  + " Russian Central Bank."),
          new Sample(
              "2010-05-01",
              "Xi Jinping, then vice-president, met People's Liberation Army units near Beijing."));

  private record Sample(String date, String text) {}

  @ParentCommand EntenteCommand parent;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Codebook codebook = parent.codebook();
    ActorDictionary dictionary = parent.dictionary();
    long roots = codebook.codes().stream().filter(CameoCode::isRoot).count();
    out.printf(
        "Entente knows %d CAMEO event codes in %d roots and %d actor phrases.%n%n",
        codebook.size(), roots, dictionary.phraseCount());
    out.println("The quad classes, with an example code from each:");
    for (String code : List.of("042", "061", "111", "163")) {
      CameoCode cameo = codebook.get(code);
      out.printf(
          "  %d %-22s %s %s (Goldstein %+.1f)%n",
          cameo.quadClass().number(),
          cameo.quadClass().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
          cameo.code(),
          cameo.name(),
          cameo.goldstein());
    }
    DictionaryActorMatcher matcher = new DictionaryActorMatcher(dictionary);
    for (Sample sample : SAMPLES) {
      out.printf("%n[%s] %s%n", sample.date(), sample.text());
      List<String> words = List.of(sample.text().replaceAll("([,.])", " $1").split("\\s+"));
      for (ActorMention mention : matcher.find(words, null, LocalDate.parse(sample.date()))) {
        out.printf(
            "  %-10s %s%n",
            mention.code(), ActorCommand.describe(mention, dictionary.vocabulary()));
      }
    }
    out.printf(
        "%nNext: entente codebook 04 · entente actor \"the Kremlin\" --date 2019-06-05 ·"
            + " entente --help%n");
    return ExitCodes.OK;
  }
}
