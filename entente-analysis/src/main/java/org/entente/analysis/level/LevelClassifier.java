package org.entente.analysis.level;

import static org.entente.analysis.level.LevelThresholds.CONFRONTATION_MIN_MATERIAL_CONFLICT_SHARE;
import static org.entente.analysis.level.LevelThresholds.ENTENTE_MAX_MATERIAL_CONFLICT_SHARE;
import static org.entente.analysis.level.LevelThresholds.ENTENTE_MIN_BREADTH;
import static org.entente.analysis.level.LevelThresholds.ENTENTE_MIN_COOPERATION_SHARE;
import static org.entente.analysis.level.LevelThresholds.MIN_EVENTS;
import static org.entente.analysis.level.LevelThresholds.PARTNERSHIP_MAX_MATERIAL_CONFLICT_SHARE;
import static org.entente.analysis.level.LevelThresholds.PARTNERSHIP_MIN_COOPERATION_SHARE;
import static org.entente.analysis.level.LevelThresholds.RIVALRY_MAX_COOPERATION_SHARE;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Decides a dyad's {@link Level} from {@link LevelInputs} and {@link LevelThresholds}, and says
 * why.
 *
 * <p>Example: 10 factual events, all cooperative, in 4 areas, alignment not measured, no defence
 * agreement → {@code entente: overwhelmingly cooperative (cooperation share 1.00 ≥ 0.9), no
 * material conflict (…), broad (…), alignment not measured (not held against it)}.
 *
 * <p>Order: too few events → insufficient evidence; within the partnership bounds → alliance if a
 * defence agreement was signed, entente if every entente bound holds (alignment may be unmeasured,
 * but not partial or opposed), else partnership; cooperation at most the rivalry bound →
 * confrontation with enough material conflict, else rivalry; otherwise mixed.
 */
public final class LevelClassifier {
  private LevelClassifier() {}

  public static LevelAssessment classify(LevelInputs in) {
    Criterion enough =
        new Criterion(
            "any level",
            "factual events",
            in.events() + " (" + directions(in) + ")",
            "≥ " + MIN_EVENTS,
            Outcome.of(in.events() >= MIN_EVENTS));
    if (!enough.met()) {
      String excluded =
          in.notFactual() == 0
              ? ""
              : "; " + in.notFactual() + " negated or non-factual not counted";
      return new LevelAssessment(
          Level.INSUFFICIENT_EVIDENCE,
          "insufficient evidence: "
              + in.events()
              + " factual events ("
              + directions(in)
              + "), "
              + MIN_EVENTS
              + " needed (MIN_EVENTS)"
              + excluded,
          List.of(enough));
    }
    double cooperation = in.cooperationShare();
    double material = in.materialConflictShare();
    Criterion partnerCooperation =
        atLeast("partnership", "cooperation share", cooperation, PARTNERSHIP_MIN_COOPERATION_SHARE);
    Criterion partnerMaterial =
        atMost(
            "partnership",
            "material-conflict share",
            material,
            PARTNERSHIP_MAX_MATERIAL_CONFLICT_SHARE);
    Criterion alliance =
        new Criterion(
            "alliance",
            "defence agreements signed",
            Integer.toString(in.allianceSignals()),
            "≥ 1",
            Outcome.of(in.allianceSignals() >= 1));
    Criterion ententeCooperation =
        atLeast("entente", "cooperation share", cooperation, ENTENTE_MIN_COOPERATION_SHARE);
    Criterion ententeMaterial =
        atMost("entente", "material-conflict share", material, ENTENTE_MAX_MATERIAL_CONFLICT_SHARE);
    Criterion ententeBreadth =
        new Criterion(
            "entente",
            "breadth",
            Integer.toString(in.breadth()),
            "≥ " + ENTENTE_MIN_BREADTH,
            Outcome.of(in.breadth() >= ENTENTE_MIN_BREADTH));
    Criterion ententeAlignment = alignment(in);
    Criterion rivalCooperation =
        atMost("rivalry", "cooperation share", cooperation, RIVALRY_MAX_COOPERATION_SHARE);
    Criterion confrontMaterial =
        atLeast(
            "confrontation",
            "material-conflict share",
            material,
            CONFRONTATION_MIN_MATERIAL_CONFLICT_SHARE);
    List<Criterion> all =
        List.of(
            enough,
            partnerCooperation,
            partnerMaterial,
            alliance,
            ententeCooperation,
            ententeMaterial,
            ententeBreadth,
            ententeAlignment,
            rivalCooperation,
            confrontMaterial);
    List<Criterion> entente =
        List.of(ententeCooperation, ententeMaterial, ententeBreadth, ententeAlignment);

    if (partnerCooperation.met() && partnerMaterial.met()) {
      if (alliance.met()) {
        return result(
            Level.ALLIANCE,
            all,
            List.of(partnerCooperation, partnerMaterial, alliance),
            "",
            List.of());
      }
      if (entente.stream().allMatch(c -> c.outcome() != Outcome.NOT_MET)) {
        return result(Level.ENTENTE, all, entente, "", List.of());
      }
      return result(
          Level.PARTNERSHIP,
          all,
          List.of(partnerCooperation, partnerMaterial),
          "not an entente",
          entente);
    }
    if (rivalCooperation.met()) {
      if (confrontMaterial.met()) {
        return result(
            Level.CONFRONTATION, all, List.of(rivalCooperation, confrontMaterial), "", List.of());
      }
      return result(
          Level.RIVALRY,
          all,
          List.of(rivalCooperation),
          "not a confrontation",
          List.of(confrontMaterial));
    }
    return result(
        Level.MIXED,
        all,
        List.of(),
        "neither a partnership nor a rivalry",
        List.of(partnerCooperation, partnerMaterial, rivalCooperation));
  }

  /** {@code 3 CHN→RUS, 7 RUS→CHN}. */
  private static String directions(LevelInputs in) {
    return in.aToB() + " " + in.dyad().aToBLabel() + ", " + in.bToA() + " " + in.dyad().bToALabel();
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

  private static Criterion atLeast(String appliesTo, String name, double value, double bound) {
    return share(appliesTo, name, value, "≥ " + bound, LevelThresholds.atLeast(value, bound));
  }

  private static Criterion atMost(String appliesTo, String name, double value, double bound) {
    return share(appliesTo, name, value, "≤ " + bound, LevelThresholds.atMost(value, bound));
  }

  private static Criterion share(
      String appliesTo, String name, double value, String required, boolean met) {
    return new Criterion(
        appliesTo, name, String.format(Locale.ROOT, "%.2f", value), required, Outcome.of(met));
  }

  private static LevelAssessment result(
      Level level,
      List<Criterion> all,
      List<Criterion> because,
      String notHigher,
      List<Criterion> higher) {
    StringBuilder summary = new StringBuilder(level.label());
    if (!because.isEmpty()) {
      summary.append(": ").append(join(because.stream()));
    }
    List<Criterion> failed = higher.stream().filter(c -> c.outcome() == Outcome.NOT_MET).toList();
    if (!failed.isEmpty()) {
      summary.append(because.isEmpty() ? ": " : "; ").append(notHigher).append(": ");
      summary.append(
          failed.stream().map(c -> c.describe() + " fails").collect(Collectors.joining(", ")));
    }
    return new LevelAssessment(level, summary.toString(), all);
  }

  private static String join(Stream<Criterion> criteria) {
    return criteria
        .map(c -> c.outcome() == Outcome.NOT_MEASURED ? c.name() + " not measured" : c.describe())
        .collect(Collectors.joining(", "));
  }
}
