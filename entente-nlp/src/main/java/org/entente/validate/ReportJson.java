package org.entente.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.coder.petrarch.PetrarchEventCodes;
import org.entente.event.Event;

/**
 * The report of {@code entente validate --format json} as plain maps and lists, for any JSON
 * writer: {@code {"files": [{"file", "format", "headline", "records", "skipped", "crashed",
 * "levels": {"strict": {...}, ...}, "categories": {"AGREE": {"strict": {...}, ...}}, "why":
 * [...]}], "overall": {...}}}. Figures that are undefined (no coded event, no gold) are {@code
 * null}.
 */
public final class ReportJson {

  private ReportJson() {}

  public static Map<String, Object> of(List<FileScore> files, boolean why) {
    List<Object> fileMaps = new ArrayList<>();
    for (FileScore file : files) {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("file", file.gold().name());
      map.put("format", file.gold().format().name().toLowerCase(java.util.Locale.ROOT));
      map.put("headline", file.headline().label());
      map.put("records", file.records().size());
      map.put("skipped", file.gold().skipped());
      map.put("crashed", file.crashed());
      map.put("warnings", file.gold().warnings());
      map.put("levels", levels(file.tallies()));
      Map<String, Object> categories = new LinkedHashMap<>();
      file.categories().forEach((category, tallies) -> categories.put(category, levels(tallies)));
      map.put("categories", categories);
      if (why) {
        map.put("why", why(file));
      }
      fileMaps.add(map);
    }
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("files", fileMaps);
    report.put("overall", levels(Validation.overall(files)));
    return report;
  }

  private static Map<String, Object> levels(Map<Level, Tally> tallies) {
    Map<String, Object> levels = new LinkedHashMap<>();
    tallies.forEach((level, tally) -> levels.put(level.label(), tally(tally)));
    return levels;
  }

  static Map<String, Object> tally(Tally tally) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("precision", number(tally.precision()));
    map.put("recall", number(tally.recall()));
    map.put("f1", number(tally.f1()));
    map.put("recordRecall", number(tally.recordRecall()));
    map.put("records", tally.records());
    map.put("fullyRight", tally.fullyRight());
    map.put("recordsWithGold", tally.recordsWithGold());
    map.put("recordsFound", tally.recordsFound());
    map.put("gold", tally.gold());
    map.put("found", tally.found());
    map.put("coded", tally.coded());
    map.put("right", tally.right());
    return map;
  }

  private static List<Object> why(FileScore file) {
    List<Object> records = new ArrayList<>();
    for (RecordScore score : file.records()) {
      if (score.tally(file.headline()).fullyRight() == 1) {
        continue;
      }
      GoldRecord record = score.coded().record();
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("id", record.id());
      map.put("category", record.category());
      map.put("line", record.line());
      map.put("text", record.document().text());
      map.put("crash", score.coded().crash());
      map.put("gold", record.expected().stream().map(ExpectedEvent::toString).toList());
      map.put("missed", score.missed().stream().map(ExpectedEvent::toString).toList());
      map.put("unmatched", score.wrong().stream().map(ReportJson::event).toList());
      map.put("coded", score.coded().events().stream().map(ReportJson::event).toList());
      records.add(map);
    }
    return records;
  }

  private static Map<String, Object> event(Event event) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("source", event.source().code());
    map.put("sourceText", event.source().text());
    map.put("target", event.target().code());
    map.put("targetText", event.target().text());
    map.put("cameo", event.cameo().code());
    map.put("code", PetrarchEventCodes.written(event));
    map.put("trigger", event.trigger());
    map.put("modality", event.modality().label());
    map.put("negated", event.negated());
    return map;
  }

  private static Double number(double value) {
    return Double.isNaN(value) ? null : Math.round(value * 10_000) / 10_000.0;
  }
}
