package org.entente.analysis.alignment;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.OptionalDouble;
import org.entente.analysis.level.AlignmentVerdict;

/**
 * How A and B treat the third parties they both act on: the sign agreement share, the Pearson
 * correlation of their mean Goldstein weights across those third parties, and the verdict.
 *
 * <p>Example: CHN and RUS toward USA (−4.1, −5.0), IRN (+3.0, +4.2), UKR (+1.0, −6.5): 2 of 3
 * agree, share 0.67, {@link AlignmentVerdict#COMPATIBLE compatible worldviews}; they diverge on UKR
 * — "not always with each other".
 *
 * @param stances the third parties both act on at least {@code ALIGNMENT_MIN_EVENTS_PER_SIDE}
 *     times, most events first
 * @param correlation Pearson's r across the stances; empty with fewer than 3 or no variance
 */
public record Alignment(
    List<ThirdPartyStance> stances, AlignmentVerdict verdict, OptionalDouble correlation) {

  public Alignment {
    stances = List.copyOf(stances);
    requireNonNull(verdict, "verdict is null");
    requireNonNull(correlation, "correlation is null");
    if (verdict != AlignmentVerdict.of(stances.size(), agreeing(stances))) {
      throw new IllegalArgumentException(
          verdict + " is not the verdict for " + agreeing(stances) + " of " + stances.size());
    }
  }

  public int agreeing() {
    return agreeing(stances);
  }

  /** The agreeing share; empty without stances. */
  public OptionalDouble agreementShare() {
    return stances.isEmpty()
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) agreeing() / stances.size());
  }

  /** The third parties on which the signs differ: where they are not with each other. */
  public List<String> divergent() {
    return stances.stream().filter(s -> !s.agree()).map(ThirdPartyStance::thirdParty).toList();
  }

  private static int agreeing(List<ThirdPartyStance> stances) {
    return (int) stances.stream().filter(ThirdPartyStance::agree).count();
  }
}
