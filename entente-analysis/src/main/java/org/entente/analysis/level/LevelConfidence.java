package org.entente.analysis.level;

import static org.entente.analysis.level.LevelThresholds.CONFIDENT_MIN_EVENTS;
import static org.entente.analysis.level.LevelThresholds.CONFRONTATION_MIN_MATERIAL_CONFLICT_SHARE;
import static org.entente.analysis.level.LevelThresholds.ENTENTE_MAX_CONFLICT_SHARE;
import static org.entente.analysis.level.LevelThresholds.PARTNERSHIP_MAX_CONFLICT_SHARE;
import static org.entente.analysis.level.LevelThresholds.RIVALRY_MIN_CONFLICT_SHARE;
import static org.entente.analysis.level.LevelThresholds.atLeast;
import static org.entente.analysis.level.LevelThresholds.atMost;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether the evidence supports a level or only leans to it: a confident level needs {@link
 * LevelThresholds#CONFIDENT_MIN_EVENTS} events and share intervals inside the level's band. Ten
 * cooperative events: conflict share 0.00 (0.00–0.28), past the entente bound 0.028 → "10 events
 * (30 for a confident level), conflict share 0.00 (0.00–0.28) reaches past the entente band".
 */
final class LevelConfidence {
  private LevelConfidence() {}

  /**
   * Why {@code level} is only a lean is only a lean, or empty when its evidence is enough: too few
   * events, or a share interval reaching past a bound of the level's band.
   */
  static String lean(Level level, int events, ShareInterval conflict, ShareInterval material) {
    List<String> reasons = new ArrayList<>();
    if (events < CONFIDENT_MIN_EVENTS) {
      reasons.add(events + " events (" + CONFIDENT_MIN_EVENTS + " for a confident level)");
    }
    double lo = conflict.low();
    double hi = conflict.high();
    boolean inside =
        switch (level) {
          case ENTENTE -> atMost(hi, ENTENTE_MAX_CONFLICT_SHARE);
          case PARTNERSHIP ->
              atMost(hi, PARTNERSHIP_MAX_CONFLICT_SHARE)
                  && (!atMost(conflict.share(), ENTENTE_MAX_CONFLICT_SHARE)
                      ? lo > ENTENTE_MAX_CONFLICT_SHARE
                      : true);
          case MIXED -> lo > PARTNERSHIP_MAX_CONFLICT_SHARE && hi < RIVALRY_MIN_CONFLICT_SHARE;
          case RIVALRY ->
              atLeast(lo, RIVALRY_MIN_CONFLICT_SHARE)
                  && material.high() < CONFRONTATION_MIN_MATERIAL_CONFLICT_SHARE;
          case CONFRONTATION ->
              atLeast(lo, RIVALRY_MIN_CONFLICT_SHARE)
                  && atLeast(material.low(), CONFRONTATION_MIN_MATERIAL_CONFLICT_SHARE);
          case ALLIANCE, INSUFFICIENT_EVIDENCE -> true;
        };
    if (!inside) {
      String which =
          level == Level.RIVALRY
                  || level == Level.CONFRONTATION && atLeast(lo, RIVALRY_MIN_CONFLICT_SHARE)
              ? "material-conflict share " + material.describe()
              : "conflict share " + conflict.describe();
      reasons.add(which + " reaches past the " + level.label() + " band");
    }
    return String.join(", ", reasons);
  }
}
