package org.entente.analysis.report;

import java.util.ArrayList;
import java.util.List;
import org.entente.analysis.leadership.IssueLead;
import org.entente.analysis.leadership.Leadership;
import org.entente.analysis.report.Block.Note;
import org.entente.analysis.report.Block.Table;
import org.entente.analysis.triangle.Triangle;
import org.entente.analysis.triangle.TriangleSide;

/** The triangle and leadership reports. */
final class OtherReports {
  private OtherReports() {}

  static Report triangle(Triangle triangle) {
    List<List<String>> rows = new ArrayList<>();
    for (TriangleSide side : triangle.sides()) {
      rows.add(
          List.of(
              side.dyad().label(),
              side.sign().label(),
              side.level().reading(),
              Integer.toString(side.events()),
              Numbers.goldstein(side.goldsteinMean()),
              side.level().summary()));
    }
    Section shape =
        Section.of(
            "Shape: " + triangle.shape().name(),
            new Note(triangle.shape().description()),
            new Table(List.of("side", "sign", "level", "events", "mean", "why"), "lllrrl", rows));
    return new Report(
        String.join("–", triangle.countries()) + " strategic triangle: " + triangle.shape().name(),
        List.of(shape));
  }

  static Report leadership(Leadership leadership) {
    List<Section> sections = new ArrayList<>();
    sections.add(RelationsSections.leadership(leadership));
    for (IssueLead issue : leadership.issues()) {
      sections.add(
          Section.of(
              issue.thirdParty() + ": " + issue.leader().map(l -> l + " leads").orElse("shared"),
              EvidenceTables.of(issue.evidence())));
    }
    return new Report(
        leadership.dyad().label() + " issue leadership, " + leadership.window().label(), sections);
  }
}
