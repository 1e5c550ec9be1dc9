package org.entente.analysis.stated;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.entente.analysis.level.Level;
import org.entente.event.Assessment;

/**
 * One assessment found in text beside the measured level: "has reached the level of an entente"
 * (2019-06-05, the seed op-ed) states {@code entente}; measured entente; agrees.
 *
 * @param stated the level the label maps to, empty when it is not on the scale
 */
public record StatedAssessment(Assessment assessment, Optional<Level> stated, Agreement agreement) {

  public StatedAssessment {
    requireNonNull(assessment, "assessment is null");
    requireNonNull(stated, "stated is null");
    requireNonNull(agreement, "agreement is null");
  }

  /** True where stated and measured are two or more steps apart. */
  public boolean flagged() {
    return agreement == Agreement.DISAGREES;
  }
}
