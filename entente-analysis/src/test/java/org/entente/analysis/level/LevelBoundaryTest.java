package org.entente.analysis.level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.analysis.TestEvents.all;
import static org.entente.analysis.TestEvents.event;
import static org.entente.analysis.TestEvents.times;

import java.util.ArrayList;
import java.util.List;
import org.entente.analysis.dyad.Measurement;
import org.entente.event.Area;
import org.entente.event.Event;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One pair of cases per threshold of {@link LevelThresholds}: the case just inside it and the case
 * just outside, each a small story that shows why the bound sits where it does.
 */
class LevelBoundaryTest {

  /** Cooperation in energy, military and economic areas: {@code n} material events, 3 areas. */
  private static List<Event> broadCooperation(String source, String target, int n) {
    Area[] areas = {Area.ENERGY, Area.MILITARY, Area.ECONOMIC};
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      events.add(event(source, target, "061").area(areas[i % 3]).build());
    }
    return events;
  }

  private static List<Event> broadCooperation(int n) {
    return broadCooperation("RUS", "CHN", n);
  }

  /** Two events from CHN and two from RUS toward {@code thirdParty}, with the codes given. */
  private static List<Event> stance(String thirdParty, String chinese, String russian) {
    return all(
        times(2, event("CHN", thirdParty, chinese)), times(2, event("RUS", thirdParty, russian)));
  }

  private static Level level(List<Event> events) {
    return Measure.level("CHN", "RUS", events).level();
  }

  @Nested
  class MinEvents {
    @Test
    void aSanctionAndItsExpansionAreOneStoryNotYetAPattern() {
      List<Event> events =
          List.of(event("USA", "RUS", "163").build(), event("USA", "RUS", "163").build());
      assertThat(Measure.level("USA", "RUS", events).level())
          .isEqualTo(Level.INSUFFICIENT_EVIDENCE);
    }

    @Test
    void aThirdEventMakesAPattern() {
      List<Event> events =
          List.of(
              event("USA", "RUS", "163").build(),
              event("USA", "RUS", "163").build(),
              event("RUS", "USA", "111").build());
      assertThat(Measure.level("USA", "RUS", events).level()).isEqualTo(Level.CONFRONTATION);
    }
  }

  @Nested
  class EntenteMinBreadth {
    @Test
    void energyMilitaryAndEconomicCooperationIsBroad() {
      assertThat(level(broadCooperation(6))).isEqualTo(Level.ENTENTE);
    }

    @Test
    void tradeAndTalksAloneAreAPartnership() {
      List<Event> events =
          all(
              times(3, event("RUS", "CHN", "061").area(Area.ECONOMIC)),
              times(3, event("RUS", "CHN", "042").area(Area.DIPLOMATIC)));
      LevelAssessment level = Measure.level("CHN", "RUS", events);
      assertThat(level.level()).isEqualTo(Level.PARTNERSHIP);
      assertThat(level.summary()).contains("breadth 2 ≥ 3 fails");
    }
  }

  @Nested
  class EntenteAlignment {
    @Test
    void agreeingOnTwoThirdPartiesInThreeIsCompatibleNotAlwaysTogether() {
      List<Event> events =
          all(
              broadCooperation(6),
              stance("USA", "111", "111"),
              stance("IRN", "061", "061"),
              stance("UKR", "061", "190"));
      Measurement m = Measure.of("CHN", "RUS", events);
      assertThat(m.alignment().divergent()).containsExactly("UKR");
      assertThat(m.level().level()).isEqualTo(Level.ENTENTE);
    }

    @Test
    void agreeingOnThreeInFiveIsNotAnEntente() {
      List<Event> events =
          all(
              broadCooperation(6),
              stance("USA", "111", "111"),
              stance("IRN", "061", "061"),
              stance("PRK", "061", "061"),
              stance("UKR", "061", "190"),
              stance("IND", "111", "061"));
      LevelAssessment level = Measure.level("CHN", "RUS", events);
      assertThat(level.level()).isEqualTo(Level.PARTNERSHIP);
      assertThat(level.summary())
          .contains("alignment not always with each other (3 of 5 third parties agree)");
    }

    @Test
    void withoutCommonThirdPartiesAlignmentIsNotHeldAgainstAnEntente() {
      LevelAssessment level = Measure.level("CHN", "RUS", broadCooperation(6));
      assertThat(level.level()).isEqualTo(Level.ENTENTE);
      assertThat(level.criteria())
          .filteredOn(c -> c.name().equals("alignment"))
          .singleElement()
          .extracting(Criterion::outcome)
          .isEqualTo(Outcome.NOT_MEASURED);
    }
  }

  /** {@code cooperative} cooperative events and {@code conflictual} verbal ones, USA→CHN. */
  private static List<Event> mix(int cooperative, int verbalConflict, int materialConflict) {
    return all(
        times(cooperative, event("DEU", "CHN", "061").area(Area.ECONOMIC)),
        times(verbalConflict, event("DEU", "CHN", "111")),
        times(materialConflict, event("DEU", "CHN", "163")));
  }

  private static Level mixLevel(int cooperative, int verbalConflict, int materialConflict) {
    return Measure.level("DEU", "CHN", mix(cooperative, verbalConflict, materialConflict)).level();
  }

  @Nested
  class EntenteMaxConflictShare {
    @Test
    void oneComplaintAmongFortyCooperativeActsIsStillAnEntente() {
      // 1 / 41 = 0.024 ≤ 0.028: as calm as the calmest 40 % of real pair-years
      List<Event> events = all(broadCooperation(40), times(1, event("CHN", "RUS", "111")));
      assertThat(level(events)).isEqualTo(Level.ENTENTE);
    }

    @Test
    void oneComplaintAmongThirtyIsAPartnership() {
      // 1 / 31 = 0.032 > 0.028
      List<Event> events = all(broadCooperation(30), times(1, event("CHN", "RUS", "111")));
      LevelAssessment level = Measure.level("CHN", "RUS", events);
      assertThat(level.level()).isEqualTo(Level.PARTNERSHIP);
      assertThat(level.summary()).contains("conflict share 0.032 ≤ 0.028 (p40) fails");
    }
  }

  @Nested
  class PartnershipMaxConflictShare {
    @Test
    void oneQuarrelInFifteenIsAPartnershipWithFriction() {
      // 1 / 15 = 0.067 ≤ 0.069
      assertThat(mixLevel(14, 1, 0)).isEqualTo(Level.PARTNERSHIP);
    }

    @Test
    void oneQuarrelInTenIsMixedAmongRealPairs() {
      // 1 / 10 = 0.10: more conflictual than 65 % of real pair-years
      assertThat(mixLevel(9, 1, 0)).isEqualTo(Level.MIXED);
    }
  }

  @Nested
  class RivalryMinConflictShare {
    @Test
    void twoAccusationsInTenAreARivalry() {
      // 0.20: as conflictual as the top 15 % of real pair-years (USA–Russia in 2008)
      assertThat(mixLevel(8, 2, 0)).isEqualTo(Level.RIVALRY);
    }

    @Test
    void twoAccusationsInElevenAreMixed() {
      // 2 / 11 = 0.18
      assertThat(mixLevel(9, 2, 0)).isEqualTo(Level.MIXED);
    }
  }

  @Nested
  class ConfrontationMinMaterialConflictShare {
    @Test
    void threeSanctionsInTwentyAmidAccusationsMakeAConfrontation() {
      // conflict 8 / 20 = 0.40, material 3 / 20 = 0.15 ≥ 0.104
      assertThat(mixLevel(12, 5, 3)).isEqualTo(Level.CONFRONTATION);
    }

    @Test
    void oneSanctionInTwentyAmidAccusationsIsARivalry() {
      // material 1 / 20 = 0.05 < 0.104: fought with words
      assertThat(mixLevel(12, 7, 1)).isEqualTo(Level.RIVALRY);
    }
  }
}
