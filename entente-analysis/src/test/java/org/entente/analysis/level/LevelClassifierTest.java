package org.entente.analysis.level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.analysis.TestEvents.all;
import static org.entente.analysis.TestEvents.event;
import static org.entente.analysis.TestEvents.times;

import java.util.List;
import org.entente.event.Area;
import org.entente.event.Event;
import org.entente.event.Modality;
import org.junit.jupiter.api.Test;

/** One test per level, each on synthetic events that a reader would call that level. */
class LevelClassifierTest {

  @Test
  void allianceIsATreatyInForceAndTheEventsSayHowItIsDoing() {
    // USA–JPN in 2019: the 1960 treaty; a trade quarrel shows in the event reading
    List<Event> events =
        all(
            times(3, event("USA", "JPN", "062").area(Area.MILITARY)),
            times(3, event("USA", "JPN", "163").area(Area.ECONOMIC)),
            times(2, event("JPN", "USA", "111").area(Area.ECONOMIC)));
    LevelAssessment level = Measure.level("USA", "JPN", events);
    assertThat(level.level()).isEqualTo(Level.ALLIANCE);
    assertThat(level.confidence()).isEqualTo(Confidence.CONFIDENT);
    assertThat(level.commitments()).extracting(c -> c.treaty().id()).containsExactly("USA-JPN");
    assertThat(level.eventLevel()).isEqualTo(Level.CONFRONTATION);
    assertThat(level.summary())
        .startsWith("alliance: Treaty of Mutual Cooperation and Security")
        .contains("How it is doing, from the events: leaning confrontation");
  }

  @Test
  void withoutATreatyCloseCooperationIsNoAlliance() {
    List<Event> events =
        all(
            times(3, event("RUS", "CHN", "062").area(Area.MILITARY)),
            times(3, event("RUS", "CHN", "0312").area(Area.MILITARY)));
    LevelAssessment level = Measure.level("CHN", "RUS", events);
    assertThat(level.level()).isNotEqualTo(Level.ALLIANCE);
    assertThat(level.commitments()).isEmpty();
  }

  @Test
  void ententeIsAmongTheCalmestPairsBroadAndAligned() {
    List<Event> events =
        all(
            times(2, event("RUS", "CHN", "061").area(Area.ENERGY)),
            times(2, event("RUS", "CHN", "062").area(Area.MILITARY)),
            times(3, event("CHN", "RUS", "042").area(Area.DIPLOMATIC)),
            times(2, event("CHN", "RUS", "061").area(Area.ECONOMIC)));
    LevelAssessment level = Measure.level("CHN", "RUS", events);
    assertThat(level.level()).isEqualTo(Level.ENTENTE);
    assertThat(level.confidence()).isEqualTo(Confidence.LEANING);
    assertThat(level.reading()).isEqualTo("leaning entente");
    assertThat(level.summary())
        .startsWith("leaning entente: conflict share 0.000 ≤ 0.028 (p40)")
        .contains("breadth 4 ≥ 3")
        .contains("alignment not measured")
        .contains("leaning: 9 events (30 for a confident level)");
  }

  @Test
  void partnershipIsCalmButNarrow() {
    List<Event> events =
        all(
            times(5, event("DEU", "CHN", "061").area(Area.ECONOMIC)),
            times(2, event("CHN", "DEU", "042")));
    LevelAssessment level = Measure.level("DEU", "CHN", events);
    assertThat(level.level()).isEqualTo(Level.PARTNERSHIP);
    assertThat(level.summary()).contains("not an entente: breadth 2 ≥ 3 fails");
  }

  @Test
  void mixedIsMoreConflictThanMostPairsButNotARivalry() {
    List<Event> events =
        all(times(17, event("IND", "CHN", "042")), times(3, event("CHN", "IND", "111")));
    LevelAssessment level = Measure.level("IND", "CHN", events);
    assertThat(level.level()).isEqualTo(Level.MIXED);
    assertThat(level.summary()).contains("neither a partnership nor a rivalry");
  }

  @Test
  void rivalryIsConflictFoughtWithWords() {
    List<Event> events =
        all(
            times(6, event("USA", "CHN", "111")),
            times(2, event("CHN", "USA", "130")),
            times(2, event("CHN", "USA", "042")));
    LevelAssessment level = Measure.level("USA", "CHN", events);
    assertThat(level.level()).isEqualTo(Level.RIVALRY);
    assertThat(level.summary())
        .contains("not a confrontation: material-conflict share 0.000 ≥ 0.104 (p85) fails");
  }

  @Test
  void confrontationIsConflictWithDeeds() {
    List<Event> events =
        all(
            times(3, event("USA", "RUS", "163").area(Area.ECONOMIC)),
            times(3, event("RUS", "USA", "111")),
            List.of(event("USA", "RUS", "042").build()));
    LevelAssessment level = Measure.level("USA", "RUS", events);
    assertThat(level.level()).isEqualTo(Level.CONFRONTATION);
    assertThat(level.summary())
        .startsWith(
            "leaning confrontation: conflict share 0.857 ≥ 0.2 (p85), material-conflict share"
                + " 0.429 ≥ 0.104 (p85)");
  }

  @Test
  void manyEventsInsideTheBandMakeAConfidentLevel() {
    List<Event> events =
        all(times(40, event("USA", "RUS", "163")), times(20, event("RUS", "USA", "111")));
    LevelAssessment level = Measure.level("USA", "RUS", events);
    assertThat(level.level()).isEqualTo(Level.CONFRONTATION);
    assertThat(level.confidence()).isEqualTo(Confidence.CONFIDENT);
    assertThat(level.reading()).isEqualTo("confrontation");
  }

  @Test
  void fiveEventsNeverMakeAConfidentWord() {
    LevelAssessment level = Measure.level("USA", "RUS", times(5, event("USA", "RUS", "163")));
    assertThat(level.level()).isEqualTo(Level.CONFRONTATION);
    assertThat(level.confidence()).isEqualTo(Confidence.LEANING);
  }

  @Test
  void manyEventsNearABoundAreStillALean() {
    // 0.07 among 100 events: the interval 0.03–0.14 spans partnership, mixed and beyond
    List<Event> events =
        all(times(93, event("DEU", "CHN", "061")), times(7, event("CHN", "DEU", "111")));
    LevelAssessment level = Measure.level("DEU", "CHN", events);
    assertThat(level.level()).isEqualTo(Level.MIXED);
    assertThat(level.confidence()).isEqualTo(Confidence.LEANING);
    assertThat(level.summary()).contains("reaches past the mixed band");
  }

  @Test
  void insufficientEvidenceGivesTheCountsAndTheThreshold() {
    List<Event> events =
        List.of(
            event("CHN", "RUS", "042").build(),
            event("RUS", "CHN", "061").build(),
            event("RUS", "CHN", "190").negated().build(),
            event("RUS", "CHN", "061").modality(Modality.FUTURE).build());
    LevelAssessment level = Measure.level("CHN", "RUS", events);
    assertThat(level.level()).isEqualTo(Level.INSUFFICIENT_EVIDENCE);
    assertThat(level.confidence()).isEqualTo(Confidence.INSUFFICIENT);
    assertThat(level.summary())
        .isEqualTo(
            "insufficient evidence: 2 counted events (1 CHN→RUS, 1 RUS→CHN), 3 needed"
                + " (MIN_EVENTS); 2 not counted (negated, future, hypothetical or claimed)");
  }

  @Test
  void everyCriterionIsReportedForAMeasuredLevel() {
    List<Event> events = times(3, event("CHN", "RUS", "042"));
    LevelAssessment level = Measure.level("CHN", "RUS", events);
    assertThat(level.criteria())
        .extracting(Criterion::appliesTo)
        .containsExactly(
            "alliance",
            "any level",
            "entente",
            "entente",
            "entente",
            "partnership",
            "rivalry",
            "confrontation",
            "confidence");
  }

  @Test
  void theLevelComesFromCountsAloneWhenAreasAreNotCoded() {
    // an ICEWS-like pair-year: 5,000 events, 1 % conflict, no areas, no third parties
    LevelInputs counts =
        LevelInputs.ofCounts(
            org.entente.analysis.scope.Dyad.of("CHN", "RUS"),
            new org.entente.analysis.figures.QuadCounts(2000, 450, 20, 10),
            new org.entente.analysis.figures.QuadCounts(2000, 490, 20, 10),
            List.of());
    LevelAssessment level = LevelClassifier.classify(counts);
    assertThat(level.level()).isEqualTo(Level.ENTENTE);
    assertThat(level.confidence()).isEqualTo(Confidence.CONFIDENT);
    assertThat(level.conflictShare().high()).isLessThan(0.02);
  }
}
