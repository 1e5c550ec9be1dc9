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
  void allianceIsCooperationWithASignedDefencePact() {
    List<Event> events =
        all(
            List.of(
                event("USA", "JPN", "057")
                    .area(Area.SECURITY)
                    .text("signed a security treaty")
                    .build()),
            times(3, event("USA", "JPN", "062").area(Area.MILITARY)),
            times(2, event("JPN", "USA", "042")));
    LevelAssessment level = Measure.level("USA", "JPN", events);
    assertThat(level.level()).isEqualTo(Level.ALLIANCE);
    assertThat(level.summary()).contains("defence agreements signed 1 ≥ 1");
  }

  @Test
  void ententeIsOverwhelminglyCooperativeBroadAndWithoutMaterialConflict() {
    List<Event> events =
        all(
            times(2, event("RUS", "CHN", "061").area(Area.ENERGY)),
            times(2, event("RUS", "CHN", "062").area(Area.MILITARY)),
            times(3, event("CHN", "RUS", "042").area(Area.DIPLOMATIC)),
            times(2, event("CHN", "RUS", "061").area(Area.ECONOMIC)),
            List.of(event("CHN", "RUS", "111").build()));
    LevelAssessment level = Measure.level("CHN", "RUS", events);
    assertThat(level.level()).isEqualTo(Level.ENTENTE);
    assertThat(level.summary())
        .startsWith("entente: cooperation share 0.90 ≥ 0.9, material-conflict share 0.00 ≤ 0.0")
        .contains("breadth 4 ≥ 3")
        .contains("alignment not measured");
  }

  @Test
  void partnershipIsCooperativeButNarrowOrWithFriction() {
    List<Event> events =
        all(
            times(5, event("DEU", "CHN", "061").area(Area.ECONOMIC)),
            times(2, event("CHN", "DEU", "042")),
            times(2, event("DEU", "CHN", "111")));
    LevelAssessment level = Measure.level("DEU", "CHN", events);
    assertThat(level.level()).isEqualTo(Level.PARTNERSHIP);
    assertThat(level.summary())
        .contains("cooperation share 0.78 ≥ 0.7")
        .contains("not an entente: cooperation share 0.78 ≥ 0.9 fails")
        .contains("breadth 1 ≥ 3 fails");
  }

  @Test
  void mixedIsAsMuchArgumentAsAgreement() {
    List<Event> events =
        all(times(5, event("IND", "CHN", "042")), times(5, event("CHN", "IND", "111")));
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
        .contains("not a confrontation: material-conflict share 0.00 ≥ 0.3 fails");
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
        .isEqualTo(
            "confrontation: cooperation share 0.14 ≤ 0.3, material-conflict share 0.43 ≥ 0.3");
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
    assertThat(level.summary())
        .isEqualTo(
            "insufficient evidence: 2 factual events (1 CHN→RUS, 1 RUS→CHN), 3 needed (MIN_EVENTS);"
                + " 2 negated or non-factual not counted");
    assertThat(level.criteria())
        .singleElement()
        .extracting(Criterion::outcome)
        .isEqualTo(Outcome.NOT_MET);
  }

  @Test
  void everyCriterionIsReportedForAMeasuredLevel() {
    List<Event> events = times(3, event("CHN", "RUS", "042"));
    LevelAssessment level = Measure.level("CHN", "RUS", events);
    assertThat(level.criteria())
        .extracting(Criterion::appliesTo)
        .containsExactly(
            "any level",
            "partnership",
            "partnership",
            "alliance",
            "entente",
            "entente",
            "entente",
            "entente",
            "rivalry",
            "confrontation");
  }
}
