package org.entente.analysis.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.entente.analysis.dyad.DyadProfile;
import org.entente.analysis.dyad.Measurement;
import org.entente.analysis.dyad.PeriodProfile;
import org.entente.analysis.dyad.TurningPoint;
import org.entente.analysis.figures.AreaFigures;
import org.entente.analysis.figures.DirectedFigures;
import org.entente.analysis.figures.Figures;
import org.entente.analysis.level.Criterion;
import org.entente.analysis.level.Level;
import org.entente.analysis.level.LevelAssessment;
import org.entente.analysis.report.Block.Note;
import org.entente.analysis.report.Block.Table;
import org.entente.analysis.scope.Dyad;
import org.entente.analysis.treaty.DefenceCommitment;

/**
 * Lays a {@link DyadProfile} out as sections: level and reasons, figures, trend, areas, then
 * alignment, leadership and stated levels ({@link RelationsSections}), then evidence and context.
 */
final class ProfileReport {
  private ProfileReport() {}

  static Report of(DyadProfile profile) {
    Dyad dyad = profile.dyad();
    Measurement overall = profile.overall();
    List<Section> sections = new ArrayList<>();
    sections.add(level(overall.level()));
    sections.add(figures(dyad, overall.figures()));
    sections.add(trend(profile));
    sections.add(areas(overall.figures().both()));
    sections.add(RelationsSections.alignment(dyad, overall.alignment()));
    sections.add(RelationsSections.leadership(profile.leadership()));
    sections.add(RelationsSections.stated(profile.stated()));
    sections.add(
        Section.of(
            "Evidence, strongest first (" + overall.figures().both().events() + " events)",
            EvidenceTables.of(overall.figures().both().evidence())));
    sections.add(
        Section.of(
            "Context, not counted ("
                + overall.context().count()
                + " negated, future, hypothetical or claimed)",
            EvidenceTables.of(overall.context())));
    sections.add(
        Section.of(
            "Defence pacts signed in the news (" + overall.pactSignings().count() + ")",
            EvidenceTables.of(overall.pactSignings())));
    String title =
        dyad.label()
            + " relationship, "
            + profile.window().label()
            + ", by "
            + profile.period().label()
            + ": "
            + overall.level().reading();
    return new Report(title, sections);
  }

  static Section level(LevelAssessment level) {
    List<List<String>> rows = new ArrayList<>();
    for (Criterion criterion : level.criteria()) {
      rows.add(
          List.of(
              criterion.outcome().symbol(),
              criterion.appliesTo(),
              criterion.name(),
              criterion.observed(),
              criterion.required()));
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Note(level.summary()));
    for (DefenceCommitment commitment : level.commitments()) {
      blocks.add(
          new Note(
              "Treaty: "
                  + commitment.describe()
                  + " (source: "
                  + commitment.treaty().source()
                  + ")"));
    }
    blocks.add(
        new Note(
            "How sure: "
                + (level.level() == Level.ALLIANCE
                    ? "a treaty in force; the events' reading is " + level.eventConfidence().label()
                    : level.confidence().label())
                + "; "
                + level.events()
                + " counted events ("
                + level.reported()
                + " of them reported; "
                + level.notCounted()
                + " more not counted); conflict share "
                + level.conflictShare().describe()
                + ", material-conflict share "
                + level.materialConflictShare().describe()
                + " (95 % Wilson intervals)."));
    blocks.add(new Table(List.of("", "for", "criterion", "observed", "required"), "lllll", rows));
    return new Section("Level: " + level.reading(), blocks);
  }

  static Section figures(Dyad dyad, DirectedFigures figures) {
    List<List<String>> rows =
        List.of(
            figureRow(dyad.aToBLabel(), figures.aToB()),
            figureRow(dyad.bToALabel(), figures.bToA()),
            figureRow("both", figures.both()));
    return Section.of(
        "Figures",
        new Table(
            List.of(
                "direction",
                "events",
                "v.coop",
                "m.coop",
                "v.conf",
                "m.conf",
                "Goldstein",
                "mean",
                "coop",
                "m.conf",
                "breadth"),
            "lrrrrrrrrrr",
            rows),
        new Note(
            "v./m. = verbal/material cooperation (coop) and conflict (conf), by quad class;"
                + " Goldstein = sum; coop and m.conf = cooperation and material-conflict shares."),
        new Note(
            "Symmetry: events "
                + Numbers.share(figures.symmetry().events())
                + ", Goldstein "
                + Numbers.share(figures.symmetry().goldstein())
                + " (1 = balanced, 0 = one-way)"));
  }

  private static List<String> figureRow(String label, Figures f) {
    return List.of(
        label,
        Integer.toString(f.events()),
        Integer.toString(f.quads().verbalCooperation()),
        Integer.toString(f.quads().materialCooperation()),
        Integer.toString(f.quads().verbalConflict()),
        Integer.toString(f.quads().materialConflict()),
        Numbers.goldstein(f.goldsteinSum()),
        Numbers.goldstein(f.goldsteinMean()),
        Numbers.share(f.cooperationShare()),
        Numbers.share(f.materialConflictShare()),
        Integer.toString(f.breadth()));
  }

  static Section trend(DyadProfile profile) {
    Dyad dyad = profile.dyad();
    List<List<String>> rows = new ArrayList<>();
    int empty = 0;
    for (PeriodProfile period : profile.trend().periods()) {
      Measurement m = period.measurement();
      Figures both = m.figures().both();
      if (both.events() == 0 && m.context().count() == 0) {
        empty++;
        continue;
      }
      rows.add(
          List.of(
              period.span().label(),
              m.level().reading(),
              Integer.toString(both.events()),
              Numbers.share(m.attention()),
              Integer.toString(m.figures().aToB().events()),
              Integer.toString(m.figures().bToA().events()),
              Numbers.share(both.cooperationShare()),
              Numbers.share(both.materialConflictShare()),
              Numbers.goldstein(both.goldsteinMean()),
              Integer.toString(both.breadth())));
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        new Table(
            List.of(
                "period",
                "level",
                "events",
                "attention",
                dyad.aToBLabel(),
                dyad.bToALabel(),
                "coop",
                "m.conf",
                "mean",
                "breadth"),
            "llrrrrrrrr",
            rows));
    blocks.add(
        new Note(
            "attention = the dyad's events over all that "
                + dyad.a()
                + " and "
                + dyad.b()
                + " initiate: comparable across periods as the news supply changes."));
    if (empty > 0) {
      blocks.add(new Note(empty + " periods without events not shown."));
    }
    if (profile.coarselyDated() > 0) {
      blocks.add(
          new Note(
              profile.coarselyDated()
                  + " events dated too coarsely for a "
                  + profile.period().label()
                  + " count in the whole window only."));
    }
    List<TurningPoint> turns = profile.trend().turningPoints();
    blocks.add(
        new Note(
            "Turning points: "
                + (turns.isEmpty()
                    ? "none"
                    : turns.stream()
                        .map(
                            t ->
                                t.span().label()
                                    + " "
                                    + t.from().label()
                                    + " → "
                                    + t.to().label()
                                    + " (since "
                                    + t.since().label()
                                    + ")")
                        .collect(Collectors.joining("; ")))));
    return new Section("Trend by " + profile.period().label(), blocks);
  }

  static Section areas(Figures both) {
    List<List<String>> rows = new ArrayList<>();
    for (AreaFigures area : both.areas()) {
      rows.add(
          List.of(
              area.area().label(),
              Integer.toString(area.counts().total()),
              Integer.toString(area.counts().cooperation()),
              Integer.toString(area.counts().materialCooperation()),
              Integer.toString(area.counts().conflict()),
              area.realCooperation() ? "yes" : "no"));
    }
    return Section.of(
        "Areas (breadth " + both.breadth() + ")",
        new Table(
            List.of("area", "events", "coop", "material coop", "conflict", "real cooperation"),
            "lrrrrl",
            rows));
  }
}
