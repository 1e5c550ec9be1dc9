package org.entente.validate;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.coder.petrarch.PetrarchEventCodes;
import org.entente.event.Event;
import org.entente.event.EventActor;
import org.entente.event.Modality;

/**
 * The plain-text report of {@code entente validate}: per file the figures at each level and per
 * category, then the overall figures when there are several files; with {@code why}, each record
 * that is not fully right at the file's headline level, with its sentence, the gold events missed
 * and the coded events that match none.
 */
public final class ReportText {

  private ReportText() {}

  public static void write(List<FileScore> files, boolean why, PrintWriter out) {
    for (FileScore file : files) {
      GoldFile gold = file.gold();
      Tally headline = file.tally(file.headline());
      out.printf(
          Locale.ROOT,
          "%s: %s gold, %d records scored, %d skipped, %d crashed; headline level %s%n",
          gold.name(),
          gold.format().name(),
          file.records().size(),
          gold.skipped(),
          file.crashed(),
          file.headline().label());
      out.printf(
          Locale.ROOT,
          "  record recall %s, precision %s%s, records fully right %d/%d (%s)%n",
          number(headline.recordRecall()),
          number(headline.precision()),
          gold.format() == GoldFile.Format.PLOVER ? " (lower bound)" : "",
          headline.fullyRight(),
          headline.records(),
          number(headline.fullyRightShare()));
      table("level", levelRows(file.tallies()), out);
      out.printf("  per category, %s:%n", file.headline().label());
      Map<String, Map<Level, Tally>> categories = file.categories();
      table(
          "category",
          categories.entrySet().stream()
              .map(e -> Map.entry(e.getKey(), e.getValue().get(file.headline())))
              .toList(),
          out);
      out.println();
    }
    if (files.size() > 1) {
      Map<Level, Tally> overall = Validation.overall(files);
      out.println("overall:");
      table("level", levelRows(overall), out);
      out.println();
    }
    if (why) {
      for (FileScore file : files) {
        why(file, out);
      }
    }
  }

  private static List<Map.Entry<String, Tally>> levelRows(Map<Level, Tally> tallies) {
    return tallies.entrySet().stream()
        .map(e -> Map.entry(e.getKey().label(), e.getValue()))
        .toList();
  }

  private static void table(String head, List<Map.Entry<String, Tally>> rows, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "  %-14s %7s %7s %7s %7s %9s %9s %11s%n",
        head,
        "P",
        "R",
        "F1",
        "rec.R",
        "found",
        "right",
        "fully right");
    for (Map.Entry<String, Tally> row : rows) {
      Tally t = row.getValue();
      out.printf(
          Locale.ROOT,
          "  %-14s %7s %7s %7s %7s %9s %9s %11s%n",
          row.getKey(),
          number(t.precision()),
          number(t.recall()),
          number(t.f1()),
          number(t.recordRecall()),
          t.found() + "/" + t.gold(),
          t.right() + "/" + t.coded(),
          t.fullyRight() + "/" + t.records());
    }
  }

  private static void why(FileScore file, PrintWriter out) {
    Level level = file.headline();
    boolean plover = file.gold().format() == GoldFile.Format.PLOVER;
    out.printf("%s: records not fully right at %s level:%n", file.gold().name(), level.label());
    for (RecordScore score : file.records()) {
      if (score.tally(level).fullyRight() == 1) {
        continue;
      }
      GoldRecord record = score.coded().record();
      out.printf(
          "%n%s [%s] %s:%d%n  text:  %s%n",
          record.id(),
          record.category(),
          file.gold().name(),
          record.line(),
          record.document().text());
      if (score.coded().crashed()) {
        out.printf("  crash: %s%n", score.coded().crash());
      }
      if (record.expected().isEmpty()) {
        out.println("  gold:  no events");
      }
      for (ExpectedEvent missed : score.missed()) {
        out.printf("  miss:  %s%n", missed);
      }
      for (Event wrong : score.wrong()) {
        out.printf("  %s %s%n", plover ? "other:" : "wrong:", event(wrong));
      }
      for (Event event : score.coded().events()) {
        if (!score.wrong().contains(event)) {
          out.printf("  right: %s%n", event(event));
        }
      }
    }
    out.println();
  }

  /** {@code HUNGOV -> ROMGOV 036 "agreed" (reported)}. */
  static String event(Event event) {
    StringBuilder text =
        new StringBuilder()
            .append(actor(event.source()))
            .append(" -> ")
            .append(actor(event.target()))
            .append(' ')
            .append(PetrarchEventCodes.written(event))
            .append(" \"")
            .append(event.trigger())
            .append('"');
    if (!event.isFactual()) {
      text.append(" (")
          .append(event.negated() ? "negated" : "")
          .append(event.negated() && event.modality() != Modality.FACTUAL ? ", " : "")
          .append(event.modality() != Modality.FACTUAL ? event.modality().label() : "")
          .append(')');
    }
    return text.toString();
  }

  static String actor(EventActor actor) {
    return actor.isResolved() ? actor.code() : "?\"" + actor.text() + "\"";
  }

  static String number(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
  }
}
