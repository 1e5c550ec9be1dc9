package org.entente.analysis.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.analysis.TestEvents.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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
  void aFigureNamesItsOldestIdsUpToTheIdLimitAndCountsTheRest() {
    List<Event> events = new ArrayList<>();
    for (int i = 0; i <= Evidence.ID_LIMIT; i++) {
      events.add(
          event("RUS", "CHN", "061")
              .on(LocalDate.of(2019, 1, 1).plusDays(Evidence.ID_LIMIT - i).toString())
              .id("e" + i)
              .build());
    }
    Evidence evidence = Evidence.of(events, 2);
    assertThat(evidence.count()).isEqualTo(Evidence.ID_LIMIT + 1);
    assertThat(evidence.eventIds()).hasSize(Evidence.ID_LIMIT);
    // the newest (e0) is the one left out; the oldest (the last made) comes first
    assertThat(evidence.eventIds().get(0)).isEqualTo("e" + Evidence.ID_LIMIT);
    assertThat(evidence.eventIds()).doesNotContain("e0");
    assertThat(evidence.top()).extracting(EvidenceItem::eventId).containsExactly("e0", "e1");
  }

  @Test
  void mergedPartsGiveWhatTheEventsGive() {
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      events.add(
          event("RUS", "CHN", i % 3 == 0 ? "173" : "061")
              .on(LocalDate.of(2019, 1, 1).plusDays(i % 7).toString())
              .id("m" + i)
              .build());
    }
    List<Event> first = events.subList(0, 11);
    List<Event> second = events.subList(11, 30);
    Evidence merged =
        Evidence.merge(
            30,
            Stream.of(first, second)
                .map(
                    part ->
                        part.stream()
                            .map(e -> new EventRef(e.date(), e.id()))
                            .sorted(Evidence.OLDEST_FIRST)
                            .toList())
                .toList(),
            Stream.of(first, second).map(part -> Evidence.of(part, 4).top()).flatMap(List::stream),
            4);
    assertThat(merged).isEqualTo(Evidence.of(events, 4));
  }

  @Test
  void aLimitOfZeroKeepsTheIdsOnly() {
    Evidence evidence = Evidence.of(List.of(event("RUS", "CHN", "061").build()), 0);
    assertThat(evidence.top()).isEmpty();
    assertThat(evidence.eventIds()).hasSize(1);
  }
}
