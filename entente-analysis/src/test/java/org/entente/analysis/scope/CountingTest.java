package org.entente.analysis.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.analysis.TestEvents.event;

import java.util.List;
import org.entente.analysis.scope.Counting.Status;
import org.entente.event.Event;
import org.entente.event.Modality;
import org.junit.jupiter.api.Test;

/** The rule for which events count as acts, and how the dyad shows both counts. */
class CountingTest {

  @Test
  void aFactIsCounted() {
    assertThat(Counting.of(event("USA", "IRN", "190").build())).isEqualTo(Status.FACTUAL);
  }

  @Test
  void aReportOfAFactIsEvidence() {
    Event reported =
        event("USA", "IRN", "190")
            .modality(Modality.REPORTED)
            .text("Washington said four American frigates shelled an Iranian oil platform.")
            .build();
    assertThat(Counting.of(reported)).isEqualTo(Status.REPORTED);
    assertThat(Counting.counts(reported)).isTrue();
  }

  @Test
  void aClaimOrAllegationIsNotYet() {
    Event claimed =
        event("IRN", "USA", "190")
            .modality(Modality.REPORTED)
            .text("Tehran radio claimed Iranian boats had sunk a U.S. warship.")
            .build();
    assertThat(Counting.of(claimed)).isEqualTo(Status.CLAIMED);
    assertThat(Counting.counts(claimed)).isFalse();
  }

  @Test
  void futureHypotheticalAndNegatedEventsAreNeverActs() {
    assertThat(Counting.of(event("RUS", "CHN", "061").modality(Modality.FUTURE).build()))
        .isEqualTo(Status.NOT_AN_ACT);
    assertThat(Counting.of(event("RUS", "CHN", "190").modality(Modality.HYPOTHETICAL).build()))
        .isEqualTo(Status.NOT_AN_ACT);
    assertThat(Counting.of(event("RUS", "CHN", "190").negated().build()))
        .isEqualTo(Status.NOT_AN_ACT);
    assertThat(
            Counting.of(event("RUS", "CHN", "190").modality(Modality.REPORTED).negated().build()))
        .isEqualTo(Status.NOT_AN_ACT);
  }

  @Test
  void theDyadCountsFactsAndReportsAndSaysHowManyWereReported() {
    List<Event> events =
        List.of(
            event("USA", "IRN", "190").build(),
            event("USA", "IRN", "190")
                .modality(Modality.REPORTED)
                .text("Officials said so.")
                .build(),
            event("IRN", "USA", "190").modality(Modality.REPORTED).text("Iran alleged it.").build(),
            event("IRN", "USA", "190").modality(Modality.FUTURE).build());
    DyadEvents dyad = DyadEvents.select(Dyad.of("USA", "IRN"), Window.ALL, events);
    assertThat(dyad.both()).hasSize(2);
    assertThat(dyad.reported()).isEqualTo(1);
    assertThat(dyad.context()).hasSize(2);
  }
}
