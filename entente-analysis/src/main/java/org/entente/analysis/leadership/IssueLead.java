package org.entente.analysis.leadership;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.entente.analysis.evidence.Evidence;

/**
 * Who of A and B acts more on one third party. In the seed op-ed, on North Korea: China 1 event,
 * Russia 0 → China leads; on Syria: China 0, Russia 1 → Russia leads.
 *
 * @param thirdParty the third country's code: the issue
 * @param aEvents A's factual events toward it
 * @param bEvents B's factual events toward it
 * @param leader the country that leads, or empty when neither has {@code LEAD_MIN_SHARE} of the
 *     pair's events toward it (shared)
 * @param evidence the events of both toward it
 */
public record IssueLead(
    String thirdParty, int aEvents, int bEvents, Optional<String> leader, Evidence evidence) {

  public IssueLead {
    requireNonNull(thirdParty, "thirdParty is null");
    requireNonNull(leader, "leader is null");
    requireNonNull(evidence, "evidence is null");
    if (aEvents < 0 || bEvents < 0 || aEvents + bEvents == 0) {
      throw new IllegalArgumentException(
          "an issue needs events: " + thirdParty + " " + aEvents + ", " + bEvents);
    }
  }

  /** Whether both act on the third party, rather than one alone. */
  public boolean bothAct() {
    return aEvents > 0 && bEvents > 0;
  }
}
