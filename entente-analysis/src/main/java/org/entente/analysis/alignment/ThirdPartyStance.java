package org.entente.analysis.alignment;

import static java.util.Objects.requireNonNull;

import org.entente.analysis.evidence.Evidence;

/**
 * How A and B each treat one third party: China toward the United States, 6 events, mean −4.1;
 * Russia, 9 events, mean −5.0; the signs agree.
 *
 * @param thirdParty the third country's code
 * @param aEvidence A's factual events toward it (count and sentences)
 * @param bEvidence B's factual events toward it
 */
public record ThirdPartyStance(
    String thirdParty,
    int aEvents,
    double aMean,
    int bEvents,
    double bMean,
    Evidence aEvidence,
    Evidence bEvidence) {

  public ThirdPartyStance {
    requireNonNull(thirdParty, "thirdParty is null");
    requireNonNull(aEvidence, "aEvidence is null");
    requireNonNull(bEvidence, "bEvidence is null");
    if (aEvents <= 0 || bEvents <= 0) {
      throw new IllegalArgumentException(
          "a stance toward " + thirdParty + " needs events from both: " + aEvents + ", " + bEvents);
    }
  }

  /** Whether the mean Goldstein weights have the same sign (positive, negative, or both zero). */
  public boolean agree() {
    return Math.signum(aMean) == Math.signum(bMean);
  }
}
