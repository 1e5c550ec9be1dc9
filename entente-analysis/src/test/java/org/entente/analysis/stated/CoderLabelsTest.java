package org.entente.analysis.stated;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.coder.EventCoder;
import org.junit.jupiter.api.Test;

/**
 * The coder and the analysis share one vocabulary of stated labels: every label the coder can state
 * has its place on the measured scale, so no stated assessment is silently dropped.
 */
class CoderLabelsTest {

  @Test
  void everyLabelTheCoderStatesHasALevel() {
    assertThat(EventCoder.statedLabels()).isNotEmpty();
    for (String label : EventCoder.statedLabels()) {
      assertThat(AssessmentLabels.levelOf(label)).as(label).isPresent();
    }
  }
}
