package org.entente.analysis.dyad;

import static java.util.Objects.requireNonNull;

import org.entente.analysis.alignment.Alignment;
import org.entente.analysis.evidence.Evidence;
import org.entente.analysis.figures.DirectedFigures;
import org.entente.analysis.level.LevelAssessment;

/**
 * What is measured for a dyad over one stretch of time — the whole window or one period: the
 * figures in each direction, the alignment toward third parties, the defence agreements signed, the
 * non-factual events kept as context, and the level they add up to.
 *
 * @param allianceSignals the defence agreements signed ({@code AllianceSignals})
 * @param context the dyad's negated and non-factual events: shown, never counted
 */
public record Measurement(
    DirectedFigures figures,
    Alignment alignment,
    Evidence allianceSignals,
    Evidence context,
    LevelAssessment level) {

  public Measurement {
    requireNonNull(figures, "figures is null");
    requireNonNull(alignment, "alignment is null");
    requireNonNull(allianceSignals, "allianceSignals is null");
    requireNonNull(context, "context is null");
    requireNonNull(level, "level is null");
  }
}
