package org.entente.analysis.dyad;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;
import org.entente.analysis.alignment.Alignment;
import org.entente.analysis.evidence.Evidence;
import org.entente.analysis.figures.DirectedFigures;
import org.entente.analysis.level.LevelAssessment;

/**
 * What is measured for a dyad over one stretch of time — the whole window or one period: the
 * figures in each direction, the alignment toward third parties, the defence agreements signed, the
 * non-factual events kept as context, and the level they add up to.
 *
 * @param pactSignings news events that sign a new defence pact ({@code PactSignings})
 * @param volume every counted event A or B initiates in the scope ({@code DyadEvents#volume()})
 * @param context the dyad's negated and non-factual events: shown, never counted
 */
public record Measurement(
    DirectedFigures figures,
    Alignment alignment,
    Evidence pactSignings,
    Evidence context,
    LevelAssessment level,
    int volume) {

  public Measurement {
    requireNonNull(figures, "figures is null");
    requireNonNull(alignment, "alignment is null");
    requireNonNull(pactSignings, "pactSignings is null");
    requireNonNull(context, "context is null");
    requireNonNull(level, "level is null");
    if (volume < figures.both().events()) {
      throw new IllegalArgumentException(
          "volume " + volume + " is below the dyad's " + figures.both().events() + " events");
    }
  }

  /**
   * The dyad's events as a share of all that A and B initiate: how much of their news is about each
   * other, comparable across periods whatever the news supply. Empty without events.
   */
  public OptionalDouble attention() {
    return volume == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) figures.both().events() / volume);
  }
}
