package org.entente.analysis.level;

import static org.entente.analysis.level.LevelThresholds.CONFIDENT_MIN_EVENTS;
import static org.entente.analysis.level.LevelThresholds.CONFRONTATION_MATERIAL_CONFLICT_PERCENTILE;
import static org.entente.analysis.level.LevelThresholds.CONFRONTATION_MIN_MATERIAL_CONFLICT_SHARE;
import static org.entente.analysis.level.LevelThresholds.ENTENTE_CONFLICT_PERCENTILE;
import static org.entente.analysis.level.LevelThresholds.ENTENTE_MAX_CONFLICT_SHARE;
import static org.entente.analysis.level.LevelThresholds.ENTENTE_MIN_BREADTH;
import static org.entente.analysis.level.LevelThresholds.MIN_EVENTS;
import static org.entente.analysis.level.LevelThresholds.PARTNERSHIP_CONFLICT_PERCENTILE;
import static org.entente.analysis.level.LevelThresholds.PARTNERSHIP_MAX_CONFLICT_SHARE;
import static org.entente.analysis.level.LevelThresholds.RIVALRY_CONFLICT_PERCENTILE;
import static org.entente.analysis.level.LevelThresholds.RIVALRY_MIN_CONFLICT_SHARE;
import static org.entente.analysis.level.LevelThresholds.atLeast;
import static org.entente.analysis.level.LevelThresholds.atMost;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.entente.analysis.treaty.DefenceCommitment;

/**
 * Decides a dyad's {@link Level} from {@link LevelInputs} and {@link LevelThresholds}, says how
 * sure it is, and why.
 *
 * <p>Example: 10 counted events, all cooperative, in 4 areas, alignment not measured, no treaty →
 * {@code leaning entente: conflict share 0.00 ≤ 0.028 (40th percentile), breadth 4 ≥ 3, alignment
 * not measured; leaning: 10 events (30 for a confident level), conflict share 0.00 (0.00–0.28)}.
 *
 * <p>Order: a treaty in force → alliance, and the events say how it is doing; too few events →
 * insufficient evidence; conflict share within the partnership bound → entente if within the
 * entente bound, broad and aligned (alignment and breadth may be unmeasured, not failed), else
 * partnership; conflict share at least the rivalry bound → confrontation with enough material
 * conflict, else rivalry; otherwise mixed. The level is read from the shares; the confidence from
 * whether their Wilson intervals stay inside the level's band.
 */
public final class LevelClassifier {
  private LevelClassifier() {}

  public static LevelAssessment classify(LevelInputs in) {
    ShareInterval conflict = in.conflictShare();
    ShareInterval material = in.materialConflictShare();
    double c = conflict.share();
    double m = material.share();
    Criterion treaty = treaty(in.commitments());
    Criterion enough =
        new Criterion(
            "any level",
            "counted events",
            in.events() + " (" + directions(in) + reportedNote(in) + ")",
            "≥ " + MIN_EVENTS,
            Outcome.of(in.events() >= MIN_EVENTS));
    Criterion ententeConflict =
        bound(
            "entente",
            "conflict share",
            c,
            "≤",
            ENTENTE_MAX_CONFLICT_SHARE,
            ENTENTE_CONFLICT_PERCENTILE,
            atMost(c, ENTENTE_MAX_CONFLICT_SHARE));
    Criterion ententeBreadth =
        new Criterion(
            "entente",
            "breadth",
            in.breadth().isPresent() ? Integer.toString(in.breadth().getAsInt()) : "not coded",
            "≥ " + ENTENTE_MIN_BREADTH,
            in.breadth().isPresent()
                ? Outcome.of(in.breadth().getAsInt() >= ENTENTE_MIN_BREADTH)
                : Outcome.NOT_MEASURED);
    Criterion ententeAlignment = alignment(in);
    Criterion partnerConflict =
        bound(
            "partnership",
            "conflict share",
            c,
            "≤",
            PARTNERSHIP_MAX_CONFLICT_SHARE,
            PARTNERSHIP_CONFLICT_PERCENTILE,
            atMost(c, PARTNERSHIP_MAX_CONFLICT_SHARE));
    Criterion rivalConflict =
        bound(
            "rivalry",
            "conflict share",
            c,
            "≥",
            RIVALRY_MIN_CONFLICT_SHARE,
            RIVALRY_CONFLICT_PERCENTILE,
            atLeast(c, RIVALRY_MIN_CONFLICT_SHARE));
    Criterion confrontMaterial =
        bound(
            "confrontation",
            "material-conflict share",
            m,
            "≥",
            CONFRONTATION_MIN_MATERIAL_CONFLICT_SHARE,
            CONFRONTATION_MATERIAL_CONFLICT_PERCENTILE,
            atLeast(m, CONFRONTATION_MIN_MATERIAL_CONFLICT_SHARE));
    List<Criterion> entente = List.of(ententeConflict, ententeBreadth, ententeAlignment);

    Level eventLevel;
    List<Criterion> because;
    String notHigher = "";
    List<Criterion> higher = List.of();
    if (!enough.met()) {
      eventLevel = Level.INSUFFICIENT_EVIDENCE;
      because = List.of();
    } else if (partnerConflict.met()) {
      if (entente.stream().allMatch(x -> x.outcome() != Outcome.NOT_MET)) {
        eventLevel = Level.ENTENTE;
        because = entente;
      } else {
        eventLevel = Level.PARTNERSHIP;
        because = List.of(partnerConflict);
        notHigher = "not an entente";
        higher = entente;
      }
    } else if (rivalConflict.met()) {
      eventLevel = confrontMaterial.met() ? Level.CONFRONTATION : Level.RIVALRY;
      because =
          confrontMaterial.met()
              ? List.of(rivalConflict, confrontMaterial)
              : List.of(rivalConflict);
      if (!confrontMaterial.met()) {
        notHigher = "not a confrontation";
        higher = List.of(confrontMaterial);
      }
    } else {
      eventLevel = Level.MIXED;
      because = List.of();
      notHigher = "neither a partnership nor a rivalry";
      higher = List.of(partnerConflict, rivalConflict);
    }
    String lean =
        eventLevel.isMeasured()
            ? LevelConfidence.lean(eventLevel, in.events(), conflict, material)
            : "";
    Confidence eventConfidence =
        !eventLevel.isMeasured()
            ? Confidence.INSUFFICIENT
            : lean.isEmpty() ? Confidence.CONFIDENT : Confidence.LEANING;
    Criterion sure =
        new Criterion(
            "confidence",
            "intervals inside the band, events",
            lean.isEmpty() ? in.events() + ", inside" : lean,
            "≥ " + CONFIDENT_MIN_EVENTS + ", inside",
            eventLevel.isMeasured() ? Outcome.of(lean.isEmpty()) : Outcome.NOT_MEASURED);

    List<Criterion> all = new ArrayList<>();
    all.add(treaty);
    all.add(enough);
    all.addAll(entente);
    all.add(partnerConflict);
    all.add(rivalConflict);
    all.add(confrontMaterial);
    all.add(sure);

    String eventSummary =
        eventSummary(in, eventLevel, eventConfidence, because, notHigher, higher, lean);
    boolean allied = !in.commitments().isEmpty();
    Level level = allied ? Level.ALLIANCE : eventLevel;
    Confidence confidence = allied ? Confidence.CONFIDENT : eventConfidence;
    String summary =
        allied
            ? "alliance: "
                + in.commitments().stream()
                    .map(DefenceCommitment::describe)
                    .collect(Collectors.joining("; "))
                + ". How it is doing, from the events: "
                + eventSummary
            : eventSummary;
    return new LevelAssessment(
        level,
        confidence,
        eventLevel,
        eventConfidence,
        allied ? in.commitments() : List.of(),
        conflict,
        material,
        in.reported(),
        in.notCounted(),
        summary,
        all);
  }

  private static String eventSummary(
      LevelInputs in,
      Level level,
      Confidence confidence,
      List<Criterion> because,
      String notHigher,
      List<Criterion> higher,
      String lean) {
    if (!level.isMeasured()) {
      String excluded =
          in.notCounted() == 0
              ? ""
              : "; "
                  + in.notCounted()
                  + " not counted (negated, future,"
                  + " hypothetical or claimed)";
      return "insufficient evidence: "
          + in.events()
          + " counted events ("
          + directions(in)
          + "), "
          + MIN_EVENTS
          + " needed (MIN_EVENTS)"
          + excluded;
    }
    StringBuilder summary = new StringBuilder(LevelAssessment.reading(level, confidence));
    if (!because.isEmpty()) {
      summary.append(": ").append(join(because));
    }
    List<Criterion> failed = higher.stream().filter(x -> x.outcome() == Outcome.NOT_MET).toList();
    if (!failed.isEmpty()) {
      summary.append(because.isEmpty() ? ": " : "; ").append(notHigher).append(": ");
      summary.append(
          failed.stream().map(x -> x.describe() + " fails").collect(Collectors.joining(", ")));
    }
    if (!lean.isEmpty()) {
      summary.append("; leaning: ").append(lean);
    }
    return summary.toString();
  }

  private static Criterion treaty(List<DefenceCommitment> commitments) {
    return new Criterion(
        "alliance",
        "defence treaty in force",
        commitments.isEmpty()
            ? "none"
            : commitments.stream().map(x -> x.treaty().id()).collect(Collectors.joining(", ")),
        "a treaty",
        Outcome.of(!commitments.isEmpty()));
  }

  /** {@code 3 CHN→RUS, 7 RUS→CHN}. */
  private static String directions(LevelInputs in) {
    return in.aToB() + " " + in.dyad().aToBLabel() + ", " + in.bToA() + " " + in.dyad().bToALabel();
  }

  private static String reportedNote(LevelInputs in) {
    return in.reported() == 0 ? "" : "; " + in.reported() + " of them reported";
  }

  private static Criterion alignment(LevelInputs in) {
    AlignmentVerdict verdict = in.alignment();
    String observed =
        switch (verdict) {
          case COMPATIBLE, PARTIAL, OPPOSED ->
              verdict.label()
                  + " ("
                  + in.agreeingThirdParties()
                  + " of "
                  + in.alignedThirdParties()
                  + " third parties agree)";
          case NOT_MEASURED ->
              "not measured ("
                  + in.alignedThirdParties()
                  + " common third parties, "
                  + LevelThresholds.ALIGNMENT_MIN_THIRD_PARTIES
                  + " needed)";
        };
    Outcome outcome =
        switch (verdict) {
          case COMPATIBLE -> Outcome.MET;
          case PARTIAL, OPPOSED -> Outcome.NOT_MET;
          case NOT_MEASURED -> Outcome.NOT_MEASURED;
        };
    return new Criterion("entente", "alignment", observed, "compatible, if measured", outcome);
  }

  /** {@code conflict share 0.00 ≤ 0.028 (40th percentile)}. */
  private static Criterion bound(
      String appliesTo,
      String name,
      double value,
      String relation,
      double bound,
      int percentile,
      boolean met) {
    return new Criterion(
        appliesTo,
        name,
        String.format(Locale.ROOT, "%.3f", value),
        relation + " " + bound + " (p" + percentile + ")",
        Outcome.of(met));
  }

  private static String join(List<Criterion> criteria) {
    return criteria.stream()
        .map(x -> x.outcome() == Outcome.NOT_MEASURED ? x.name() + " not measured" : x.describe())
        .collect(Collectors.joining(", "));
  }
}
