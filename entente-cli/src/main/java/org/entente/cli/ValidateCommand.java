package org.entente.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.entente.app.CodingRun;
import org.entente.core.Document;
import org.entente.core.EntenteException;
import org.entente.event.Event;
import org.entente.validate.CodedRecord;
import org.entente.validate.FileScore;
import org.entente.validate.GoldFile;
import org.entente.validate.GoldFiles;
import org.entente.validate.GoldRecord;
import org.entente.validate.ReportJson;
import org.entente.validate.ReportText;
import org.entente.validate.Tally;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
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
      "",
      "Exit codes: 0 done; 1 a record was skipped or crashed; 2 wrong option; 3 a gold file"
          + " cannot be read (file and line named); 4 a file is below --min-f1 or --min-recall."
    })
final class ValidateCommand implements Callable<Integer> {

  /** A file's headline F1 or record recall is below the floor asked for. */
  static final int BELOW_FLOOR = 4;

  /** Report formats. */
  enum Format {
    text,
    json
  }

  @Spec CommandSpec spec;

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
      FileScore score = FileScore.of(gold, code(gold, err));
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
      return BELOW_FLOOR;
    }
    return skipped > 0 ? ExitCodes.INPUT_SKIPPED : ExitCodes.OK;
  }

  /** Codes every record of {@code gold}; a record whose coding failed has a crash. */
  private List<CodedRecord> code(GoldFile gold, PrintWriter err) {
    Map<String, List<Event>> events = new HashMap<>();
    CodingRun run = new CodingRun(dictionaries.coder(coding), coding.threads(), err);
    List<Document> documents = gold.records().stream().map(GoldRecord::document).toList();
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
