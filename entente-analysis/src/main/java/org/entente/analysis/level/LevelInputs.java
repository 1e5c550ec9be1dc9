package org.entente.analysis.level;

import static java.util.Objects.requireNonNull;

import org.entente.analysis.scope.Dyad;

/**
 * The facts a level is decided from, as plain counts: the dyad's factual events (both directions),
 * how many are cooperative and how many material conflict, the breadth, the alignment counts and
 * the defence agreements signed.
 *
 * <p>Example: the seed op-ed's CHN–RUS: 10 events (3 CHN→RUS, 7 RUS→CHN), 10 cooperative, 0
 * material conflict, breadth 4, no common third party, no defence agreement.
 *
 * @param notFactual the dyad's negated or non-factual events, excluded and reported
 * @param alignedThirdParties third parties both act on often enough to compare
 * @param agreeingThirdParties those of them toward which A's and B's mean Goldstein signs agree
 */
public record LevelInputs(
    Dyad dyad,
    int events,
    int aToB,
    int bToA,
    int notFactual,
    int cooperative,
    int materialConflict,
    int breadth,
    int alignedThirdParties,
    int agreeingThirdParties,
    int allianceSignals) {

  public LevelInputs {
    requireNonNull(dyad, "dyad is null");
    if (events < 0
        || aToB < 0
        || bToA < 0
        || notFactual < 0
        || breadth < 0
        || allianceSignals < 0
        || agreeingThirdParties < 0) {
      throw new IllegalArgumentException("counts are never negative: " + countsText());
    }
    if (aToB + bToA != events) {
      throw new IllegalArgumentException(
          "events " + events + " are not A→B " + aToB + " plus B→A " + bToA);
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

  /** Cooperative events over all; 0 when there are none. */
  public double cooperationShare() {
    return events == 0 ? 0 : (double) cooperative / events;
  }

  /** Material-conflict events over all; 0 when there are none. */
  public double materialConflictShare() {
    return events == 0 ? 0 : (double) materialConflict / events;
  }

  public AlignmentVerdict alignment() {
    return AlignmentVerdict.of(alignedThirdParties, agreeingThirdParties);
  }

  private String countsText() {
    return "events=%d aToB=%d bToA=%d notFactual=%d breadth=%d alliance=%d agreeing=%d"
        .formatted(events, aToB, bToA, notFactual, breadth, allianceSignals, agreeingThirdParties);
  }
}
