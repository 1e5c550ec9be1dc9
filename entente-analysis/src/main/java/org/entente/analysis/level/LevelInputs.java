package org.entente.analysis.level;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.OptionalInt;
import org.entente.analysis.figures.QuadCounts;
import org.entente.analysis.scope.Dyad;
import org.entente.analysis.treaty.DefenceCommitment;

/**
 * The facts a level is decided from, as plain counts: the dyad's counted events (both directions),
 * how many are conflictual and how many material conflict, the breadth, the alignment counts and
 * the defence commitments in force.
 *
 * <p>Example: the seed op-ed's CHN–RUS: 10 events (3 CHN→RUS, 7 RUS→CHN), none reported, 10
 * cooperative, 0 material conflict, breadth 4, no common third party, no treaty.
 *
 * @param reported of the counted events, those told through someone ("officials said")
 * @param notCounted the dyad's negated, future, hypothetical or claimed events, shown not counted
 * @param breadth areas with real cooperation; empty when the source codes no areas (ICEWS counts)
 * @param alignedThirdParties third parties both act on often enough to compare
 * @param agreeingThirdParties those of them toward which A's and B's mean Goldstein signs agree
 * @param commitments defence treaties (or newly signed pacts) binding A and B at the window's end
 */
public record LevelInputs(
    Dyad dyad,
    int events,
    int aToB,
    int bToA,
    int reported,
    int notCounted,
    int cooperative,
    int materialConflict,
    OptionalInt breadth,
    int alignedThirdParties,
    int agreeingThirdParties,
    List<DefenceCommitment> commitments) {

  public LevelInputs {
    requireNonNull(dyad, "dyad is null");
    requireNonNull(breadth, "breadth is null");
    commitments = List.copyOf(commitments);
    if (events < 0
        || aToB < 0
        || bToA < 0
        || reported < 0
        || notCounted < 0
        || breadth.orElse(0) < 0
        || agreeingThirdParties < 0) {
      throw new IllegalArgumentException("counts are never negative: " + countsText());
    }
    if (aToB + bToA != events) {
      throw new IllegalArgumentException(
          "events " + events + " are not A→B " + aToB + " plus B→A " + bToA);
    }
    if (reported > events) {
      throw new IllegalArgumentException(reported + " reported of " + events + " events");
    }
    if (cooperative < 0 || materialConflict < 0 || cooperative + materialConflict > events) {
      throw new IllegalArgumentException(
          cooperative
              + " cooperative and "
              + materialConflict
              + " material-conflict events of "
              + events);
    }
    if (agreeingThirdParties > alignedThirdParties) {
      throw new IllegalArgumentException(
          agreeingThirdParties + " agreeing of " + alignedThirdParties + " third parties");
    }
  }

  /**
   * Inputs from quad-class counts alone, as event-count data sets give them (ICEWS, GDELT
   * aggregates): no areas, no third parties, every event counted.
   */
  public static LevelInputs ofCounts(
      Dyad dyad, QuadCounts aToB, QuadCounts bToA, List<DefenceCommitment> commitments) {
    return new LevelInputs(
        dyad,
        aToB.total() + bToA.total(),
        aToB.total(),
        bToA.total(),
        0,
        0,
        aToB.cooperation() + bToA.cooperation(),
        aToB.materialConflict() + bToA.materialConflict(),
        OptionalInt.empty(),
        0,
        0,
        commitments);
  }

  /** Verbal and material conflict: the events that are not cooperative. */
  public int conflict() {
    return events - cooperative;
  }

  /** Conflictual events over all, with its Wilson interval. */
  public ShareInterval conflictShare() {
    return ShareInterval.wilson(conflict(), events, LevelThresholds.INTERVAL_Z);
  }

  /** Material-conflict events over all, with its Wilson interval. */
  public ShareInterval materialConflictShare() {
    return ShareInterval.wilson(materialConflict, events, LevelThresholds.INTERVAL_Z);
  }

  public AlignmentVerdict alignment() {
    return AlignmentVerdict.of(alignedThirdParties, agreeingThirdParties);
  }

  private String countsText() {
    return "events=%d aToB=%d bToA=%d reported=%d notCounted=%d breadth=%s agreeing=%d"
        .formatted(events, aToB, bToA, reported, notCounted, breadth, agreeingThirdParties);
  }
}
