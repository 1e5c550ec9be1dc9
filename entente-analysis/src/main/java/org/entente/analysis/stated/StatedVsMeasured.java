package org.entente.analysis.stated;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.entente.analysis.level.Level;
import org.entente.analysis.scope.Dyad;
import org.entente.analysis.scope.Window;
import org.entente.event.Assessment;

/**
 * The assessments of a dyad found in text, each compared with the measured level of the whole
 * window. Example: CHN–RUS measured entente; "entente" (agrees), "partnership" (one step apart).
 *
 * @param assessments oldest first
 */
public record StatedVsMeasured(Level measured, List<StatedAssessment> assessments) {

  public StatedVsMeasured {
    requireNonNull(measured, "measured is null");
    assessments = List.copyOf(assessments);
  }

  /** The assessments of {@code dyad} dated in {@code window}, compared with {@code measured}. */
  public static StatedVsMeasured compare(
      Dyad dyad, Window window, List<Assessment> assessments, Level measured) {
    List<StatedAssessment> compared =
        assessments.stream()
            .filter(a -> dyad.matches(a.countryA(), a.countryB()) && window.contains(a.date()))
            .sorted(
                Comparator.comparing(Assessment::date, LocalDate::compareTo)
                    .thenComparing(Assessment::id))
            .map(a -> compareOne(a, measured))
            .toList();
    return new StatedVsMeasured(measured, compared);
  }

  static StatedAssessment compareOne(Assessment assessment, Level measured) {
    var stated = AssessmentLabels.levelOf(assessment.label());
    Agreement agreement;
    if (stated.isEmpty()) {
      agreement = Agreement.UNMAPPED_LABEL;
    } else if (!measured.isMeasured()) {
      agreement = Agreement.NOT_MEASURED;
    } else {
      int distance = Math.abs(stated.get().rank() - measured.rank());
      agreement =
          distance == 0
              ? Agreement.AGREES
              : distance == 1 ? Agreement.NEIGHBOURS : Agreement.DISAGREES;
    }
    return new StatedAssessment(assessment, stated, agreement);
  }

  /** Whether any assessment is flagged as disagreeing. */
  public boolean anyDisagreement() {
    return assessments.stream().anyMatch(StatedAssessment::flagged);
  }
}
