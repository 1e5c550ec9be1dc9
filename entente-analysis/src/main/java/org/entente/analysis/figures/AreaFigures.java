package org.entente.analysis.figures;

import static java.util.Objects.requireNonNull;
import static org.entente.analysis.level.LevelThresholds.BREADTH_MIN_MATERIAL_COOPERATION;
import static org.entente.analysis.level.LevelThresholds.BREADTH_MIN_VERBAL_COOPERATION;

import org.entente.analysis.evidence.Evidence;
import org.entente.event.Area;

/**
 * The events of one area of a dyad. In the seed op-ed, CHN–RUS energy has two material-cooperation
 * events (oil sold, access to reserves), so its cooperation is {@linkplain #realCooperation()
 * real}.
 */
public record AreaFigures(Area area, QuadCounts counts, Evidence evidence) {

  public AreaFigures {
    requireNonNull(area, "area is null");
    requireNonNull(counts, "counts is null");
    requireNonNull(evidence, "evidence is null");
  }

  /**
   * Whether this area counts toward breadth: at least {@link
   * org.entente.analysis.level.LevelThresholds#BREADTH_MIN_MATERIAL_COOPERATION} material or {@link
   * org.entente.analysis.level.LevelThresholds#BREADTH_MIN_VERBAL_COOPERATION} verbal cooperation
   * events, and more cooperation than conflict in the area.
   */
  public boolean realCooperation() {
    boolean enough =
        counts.materialCooperation() >= BREADTH_MIN_MATERIAL_COOPERATION
            || counts.verbalCooperation() >= BREADTH_MIN_VERBAL_COOPERATION;
    return enough && counts.cooperation() > counts.conflict();
  }
}
