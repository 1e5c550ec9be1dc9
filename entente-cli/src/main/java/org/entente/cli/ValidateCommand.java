package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.entente.app.CodingRun;
import org.entente.coder.DictionaryChoice;
import org.entente.core.Document;
import org.entente.core.EntenteException;
import org.entente.event.Event;
import org.entente.nlp.DocumentCoder;
import org.entente.nlp.TreebankParses;
import org.entente.text.ParsedDocument;
import org.entente.validate.CodedRecord;
import org.entente.validate.FileScore;
import org.entente.validate.GoldFile;
import org.entente.validate.GoldFiles;
import org.entente.validate.GoldRecord;
import org.entente.validate.PetrarchEnvironment;
import org.entente.validate.ReportJson;
import org.entente.validate.ReportText;
import org.entente.validate.Tally;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code entente validate FILE…}: codes gold files and scores the result. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Code gold files and score the events against their gold codings: PLOVER gold-standard"
          + " JSON (.json) and PETRARCH validation XML (.xml).",
      "Prints per file records fully right and precision, recall and F1 at the strict (source,"
          + " target, code), country+root and root-only levels, overall and per category. The"
          + " headline level is country+root for PLOVER (whose precision is a lower bound: a"
          + " record names one of its events) and strict for PETRARCH. See docs/validate.md."
    },
    footer = {
      "",
      "Examples:",
      "  entente validate ../shared/reference/plover/PLOVER_GSR_CAMEO.dev.json",
      "  entente validate PETR.UnitTest.records.dev.xml --why",
      "  entente validate gold.json --format json --min-f1 0.3",
      "  entente validate PETR.UnitTest.records.dev.xml --dictionaries petrarch:DIR/PETR.Validate",
      "  entente validate PETR.UnitTest.records.dev.xml --parses",
      "",
      "A PETRARCH file whose <Environment> names dictionaries is coded with them when they are"
          + " beside it and no --dictionaries is given.",
      "",
      "Exit codes: 0 done; 1 a record was skipped or crashed; 2 wrong option; 3 a gold file"
          + " cannot be read (file and line named); 4 a file is below --min-f1 or --min-recall."
    })
final class ValidateCommand implements Callable<Integer> {

  /** Report formats. */
  enum Format {
    text,
    json
  }

  @Spec CommandSpec spec;
  @ParentCommand EntenteCommand parent;

  @Mixin CodingThreads coding;

  @Mixin DictionaryOption dictionaries;

  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description = "PLOVER gold JSON (.json) or PETRARCH validation XML (.xml) files.")
  List<String> files = new ArrayList<>();

  @Option(
      names = "--why",
      description = "List each record not fully right: its sentence, the gold missed, the coded.")
  boolean why;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--min-f1",
      paramLabel = "X",
      description = "Exit with 4 when a file's F1 at its headline level is below X (0..1).")
  Double minF1;

  @Option(
      names = "--min-recall",
      paramLabel = "X",
      description = "Exit with 4 when a file's record recall at its headline level is below X.")
  Double minRecall;

  @Option(
      names = "--parses",
      description =
          "Code from the Penn Treebank parses the gold file carries (PETRARCH's <Parse>),"
              + " converted to dependencies, instead of Entente's own parse; records without"
              + " one are parsed as usual.")
  boolean parses;

  @Override
  public Integer call() {
    checkFloor("--min-f1", minF1);
    checkFloor("--min-recall", minRecall);
    coding.check();
    dictionaries.check();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<GoldFile> golds = new ArrayList<>();
    for (String file : files) {
      golds.add(GoldFiles.read(file));
    }
    List<FileScore> scores = new ArrayList<>();
    int skipped = 0;
    for (GoldFile gold : golds) {
      gold.warnings().forEach(warning -> err.println("entente: " + warning));
      skipped += gold.skipped();
      FileScore score = FileScore.of(gold, code(gold, choice(gold, err), err));
      skipped += (int) score.crashed();
      scores.add(score);
    }
    if (format == Format.json) {
      out.println(Json.write(ReportJson.of(scores, why)));
    } else {
      ReportText.write(scores, why, out);
    }
    out.flush();
    boolean below = false;
    for (FileScore score : scores) {
      Tally headline = score.tally(score.headline());
      below |= below(err, score, "F1", headline.f1(), minF1);
      below |= below(err, score, "record recall", headline.recordRecall(), minRecall);
    }
    if (below) {
      return ExitCodes.BELOW_FLOOR;
    }
    return skipped > 0 ? ExitCodes.INPUT_SKIPPED : ExitCodes.OK;
  }

  /**
   * The dictionaries for {@code gold}: those of {@code --dictionaries} when given, else those a
   * PETRARCH file's {@code <Environment>} names when they are beside it, else Entente's.
   */
  private DictionaryChoice choice(GoldFile gold, PrintWriter err) {
    DictionaryChoice given = dictionaries.check();
    if (gold.format() != GoldFile.Format.PETRARCH
        || spec.commandLine().getParseResult().hasMatchedOption("--dictionaries")) {
      return given;
    }
    PetrarchEnvironment environment = PetrarchEnvironment.read(Path.of(gold.name()));
    if (!environment.namesDictionaries()) {
      return given;
    }
    if (!environment.missing().isEmpty()) {
      err.printf(
          "entente: %s: its <Environment> names %s, not found beside it; coding with %s"
              + " dictionaries (give --dictionaries petrarch:DIR to name them)%n",
          gold.name(), String.join(", ", environment.missing()), given.label());
      return given;
    }
    DictionaryChoice named = DictionaryChoice.parse("petrarch:" + environment.spec());
    err.printf(
        "entente: %s: coding with the dictionaries its <Environment> names: %s%n",
        gold.name(), String.join(", ", environment.named()));
    return named;
  }

  /** Codes every record of {@code gold}; a record whose coding failed has a crash. */
  private List<CodedRecord> code(GoldFile gold, DictionaryChoice choice, PrintWriter err) {
    Map<String, List<Event>> events = new HashMap<>();
    DocumentCoder coder = parent.coders().get(coding.nerMode(), choice);
    List<Document> documents = new ArrayList<>();
    int fromParses = 0;
    for (GoldRecord record : gold.records()) {
      if (!record.parse().isEmpty() && !TreebankParses.balanced(record.parse())) {
        // PETRARCH's bad_input_parse: the record's input is broken, whoever parses the text
        err.printf(
            "entente: %s: not coded: its parse's brackets do not balance, and PETRARCH rejects"
                + " such a record%n",
            record.id());
        events.put(record.id(), List.of());
      } else if (parses && !record.parse().isEmpty()) {
        codeFromParse(coder, record, events, err);
        fromParses++;
      } else {
        documents.add(record.document());
      }
    }
    if (parses) {
      err.printf(
          "entente: %s: %d records coded from the file's parses, %d parsed by Entente%n",
          gold.name(), fromParses, documents.size());
    }
    CodingRun run = new CodingRun(coder, GoldFiles.UNDATED, coding.threads(), err);
    run.run(
        documents.iterator(),
        result -> events.put(result.coded().document().id(), result.coded().events()));
    List<CodedRecord> coded = new ArrayList<>();
    for (GoldRecord record : gold.records()) {
      List<Event> found = events.get(record.id());
      coded.add(
          found == null
              ? new CodedRecord(record, List.of(), "could not be coded (see standard error)")
              : new CodedRecord(record, found, ""));
    }
    return coded;
  }

  /**
   * Codes one record from its Penn parse. A parse that is no tree (PETRARCH's {@code
   * bad_input_parse}) codes no event, as PETRARCH rejects the sentence, with a warning; a failure
   * of the coder is a crash.
   */
  private static void codeFromParse(
      DocumentCoder coder, GoldRecord record, Map<String, List<Event>> events, PrintWriter err) {
    ParsedDocument parsed;
    try {
      parsed = TreebankParses.parse(record.document(), record.parse());
    } catch (EntenteException e) {
      err.printf("entente: %s: not coded: %s%n", record.id(), e.getMessage());
      events.put(record.id(), List.of());
      return;
    }
    try {
      events.put(record.id(), coder.code(parsed, GoldFiles.UNDATED).events());
    } catch (RuntimeException e) {
      err.printf("entente: %s: cannot be coded: %s%n", record.id(), e);
    }
  }

  private static boolean below(
      PrintWriter err, FileScore score, String what, double value, Double floor) {
    if (floor == null || (!Double.isNaN(value) && value >= floor)) {
      return false;
    }
    err.printf(
        Locale.ROOT,
        "entente: %s: %s at %s level is %s, below the floor %.3f%n",
        score.gold().name(),
        what,
        score.headline().label(),
        Double.isNaN(value) ? "undefined" : String.format(Locale.ROOT, "%.3f", value),
        floor);
    return true;
  }

  private static void checkFloor(String option, Double value) {
    if (value != null && (value < 0 || value > 1 || value.isNaN())) {
      throw EntenteException.userError("%s is a share between 0 and 1, not %s", option, value);
    }
  }
}
