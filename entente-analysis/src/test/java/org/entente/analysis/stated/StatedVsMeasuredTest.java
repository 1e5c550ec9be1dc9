package org.entente.analysis.stated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.analysis.TestEvents.assessment;

import java.time.LocalDate;
import java.util.List;
import org.entente.analysis.level.Level;
import org.entente.analysis.scope.Dyad;
import org.entente.analysis.scope.Window;
import org.junit.jupiter.api.Test;

class StatedVsMeasuredTest {

  @Test
  void labelsMapToTheScaleIgnoringCaseAndHyphens() {
    assertThat(AssessmentLabels.levelOf("Entente")).contains(Level.ENTENTE);
    assertThat(AssessmentLabels.levelOf("strategic partnership")).contains(Level.PARTNERSHIP);
    assertThat(AssessmentLabels.levelOf("competition")).contains(Level.RIVALRY);
    assertThat(AssessmentLabels.levelOf("Cold-War")).contains(Level.CONFRONTATION);
    assertThat(AssessmentLabels.levelOf("trade_war")).contains(Level.CONFRONTATION);
    assertThat(AssessmentLabels.levelOf("alliance")).contains(Level.ALLIANCE);
    assertThat(AssessmentLabels.levelOf("bipolarity")).isEmpty();
  }

  @Test
  void everyLevelOnTheScaleHasALabelAndNoLabelStatesInsufficientEvidence() {
    assertThat(AssessmentLabels.all().values())
        .containsOnly(
            Level.ALLIANCE,
            Level.ENTENTE,
            Level.PARTNERSHIP,
            Level.MIXED,
            Level.RIVALRY,
            Level.CONFRONTATION);
  }

  @Test
  void eachAssessmentIsComparedAndFarOnesAreFlagged() {
    StatedVsMeasured stated =
        StatedVsMeasured.compare(
            Dyad.of("CHN", "RUS"),
            Window.ALL,
            List.of(
                assessment("RUS", "CHN", "entente", "2019-06-05"),
                assessment("CHN", "RUS", "partnership", "2019-06-04"),
                assessment("CHN", "RUS", "rivalry", "2019-06-06"),
                assessment("CHN", "RUS", "bipolarity", "2019-06-07"),
                assessment("CHN", "USA", "competition", "2019-06-05")),
            Level.ENTENTE);
    assertThat(stated.assessments())
        .extracting(s -> s.assessment().label())
        .containsExactly("partnership", "entente", "rivalry", "bipolarity");
    assertThat(stated.assessments())
        .extracting(StatedAssessment::agreement)
        .containsExactly(
            Agreement.NEIGHBOURS, Agreement.AGREES, Agreement.DISAGREES, Agreement.UNMAPPED_LABEL);
    assertThat(stated.assessments())
        .extracting(StatedAssessment::flagged)
        .containsExactly(false, false, true, false);
    assertThat(stated.anyDisagreement()).isTrue();
  }

  @Test
  void nothingToCompareWithWhenTheMeasureIsInsufficient() {
    StatedVsMeasured stated =
        StatedVsMeasured.compare(
            Dyad.of("USA", "CHN"),
            Window.between(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)),
            List.of(
                assessment("CHN", "USA", "trade war", "2019-06-05"),
                assessment("CHN", "USA", "competition", "2017-01-20")),
            Level.INSUFFICIENT_EVIDENCE);
    assertThat(stated.assessments())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.stated()).contains(Level.CONFRONTATION);
              assertThat(s.agreement()).isEqualTo(Agreement.NOT_MEASURED);
            });
  }
}
