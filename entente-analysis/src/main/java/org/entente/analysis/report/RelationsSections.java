package org.entente.analysis.report;

import java.util.ArrayList;
import java.util.List;
import org.entente.analysis.alignment.Alignment;
import org.entente.analysis.alignment.ThirdPartyStance;
import org.entente.analysis.leadership.IssueLead;
import org.entente.analysis.leadership.Leadership;
import org.entente.analysis.level.AlignmentVerdict;
import org.entente.analysis.level.LevelThresholds;
import org.entente.analysis.report.Block.Note;
import org.entente.analysis.report.Block.Table;
import org.entente.analysis.scope.Dyad;
import org.entente.analysis.stated.StatedAssessment;
import org.entente.analysis.stated.StatedVsMeasured;
import org.entente.event.Assessment;

/** The sections on how a dyad stands toward others: alignment, leadership, stated levels. */
final class RelationsSections {
  private RelationsSections() {}

  static Section alignment(Dyad dyad, Alignment alignment) {
    List<List<String>> rows = new ArrayList<>();
    for (ThirdPartyStance stance : alignment.stances()) {
      rows.add(
          List.of(
              stance.thirdParty(),
              Numbers.goldstein(stance.aMean()) + " (" + stance.aEvents() + ")",
              Numbers.goldstein(stance.bMean()) + " (" + stance.bEvents() + ")",
              stance.agree() ? "yes" : "no"));
    }
    List<Block> blocks = new ArrayList<>();
    String counted =
        "a third party counts when each acts on it at least "
            + LevelThresholds.ALIGNMENT_MIN_EVENTS_PER_SIDE
            + " times";
    if (alignment.verdict() == AlignmentVerdict.NOT_MEASURED) {
      blocks.add(
          new Note(
              "not measured: "
                  + alignment.stances().size()
                  + " common third parties, "
                  + LevelThresholds.ALIGNMENT_MIN_THIRD_PARTIES
                  + " needed ("
                  + counted
                  + ")."));
    } else {
      blocks.add(
          new Note(
              alignment.verdict().label()
                  + ": signs agree toward "
                  + alignment.agreeing()
                  + " of "
                  + alignment.stances().size()
                  + " third parties (share "
                  + Numbers.share(alignment.agreementShare())
                  + ", Pearson r "
                  + Numbers.share(alignment.correlation())
                  + "); "
                  + counted
                  + "."));
    }
    blocks.add(
        new Table(
            List.of(
                "third party", dyad.a() + " mean (events)", dyad.b() + " mean (events)", "agree"),
            "lrrl",
            rows));
    if (!alignment.divergent().isEmpty()) {
      blocks.add(
          new Note("Not always with each other: " + String.join(", ", alignment.divergent())));
    }
    return new Section("Alignment toward third parties", blocks);
  }

  static Section leadership(Leadership leadership) {
    Dyad dyad = leadership.dyad();
    List<List<String>> rows = new ArrayList<>();
    for (IssueLead issue : leadership.issues()) {
      rows.add(
          List.of(
              issue.thirdParty(),
              Integer.toString(issue.aEvents()),
              Integer.toString(issue.bEvents()),
              issue.leader().orElse("shared")));
    }
    return Section.of(
        "Issue leadership", new Table(List.of("issue", dyad.a(), dyad.b(), "leads"), "lrrl", rows));
  }

  static Section stated(StatedVsMeasured stated) {
    List<List<String>> rows = new ArrayList<>();
    for (StatedAssessment s : stated.assessments()) {
      Assessment a = s.assessment();
      rows.add(
          List.of(
              a.date().toString(),
              a.label(),
              s.stated().map(level -> level.label()).orElse(Numbers.NONE),
              (s.flagged() ? "⚠ " : "") + s.agreement().label(),
              a.docId() + "#" + a.sentence(),
              a.text()));
    }
    return Section.of(
        "Stated vs measured (measured: " + stated.measured().label() + ")",
        new Table(
            List.of("date", "label", "stated level", "against measured", "source", "sentence"),
            "llllll",
            rows));
  }
}
