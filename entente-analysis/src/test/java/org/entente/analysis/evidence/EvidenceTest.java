package org.entente.analysis.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.analysis.TestEvents.event;

import java.util.List;
import org.entente.event.Event;
import org.junit.jupiter.api.Test;

class EvidenceTest {

  @Test
  void deedsComeBeforeWordsAndTheMostExtremeFirst() {
    Event praise = event("RUS", "CHN", "051").on("2019-06-05").id("praise").build(); // +3.4
    Event agreement = event("RUS", "CHN", "057").on("2019-06-05").id("agree").build(); // +8.0
    Event oil = event("RUS", "CHN", "061").on("2018-01-01").id("oil").build(); // +6.4
    Event arms = event("RUS", "CHN", "072").on("2017-01-01").id("arms").build(); // +8.3
    Event arrest = event("RUS", "CHN", "173").on("2016-01-01").id("arrest").build(); // -5.0

    Evidence evidence = Evidence.of(List.of(praise, agreement, oil, arms, arrest), 4);

    assertThat(evidence.top())
        .extracting(EvidenceItem::eventId)
        .containsExactly("arms", "oil", "arrest", "agree");
    assertThat(evidence.count()).isEqualTo(5);
    assertThat(evidence.eventIds()).containsExactly("arrest", "arms", "oil", "agree", "praise");
  }

  @Test
  void itemsCarryTheSentenceAndTheStatus() {
    Event never =
        event("RUS", "CHN", "190")
            .negated()
            .text("Russia and China will never be against each other")
            .doc("seed", 4)
            .build();
    EvidenceItem item = EvidenceItem.of(never);
    assertThat(item.status()).isEqualTo("negated");
    assertThat(item.text()).isEqualTo("Russia and China will never be against each other");
    assertThat(item.docId()).isEqualTo("seed");
    assertThat(item.sentence()).isEqualTo(4);
    assertThat(item.source()).isEqualTo("RUS");
  }

  @Test
  void aLimitOfZeroKeepsTheIdsOnly() {
    Evidence evidence = Evidence.of(List.of(event("RUS", "CHN", "061").build()), 0);
    assertThat(evidence.top()).isEmpty();
    assertThat(evidence.eventIds()).hasSize(1);
  }
}
