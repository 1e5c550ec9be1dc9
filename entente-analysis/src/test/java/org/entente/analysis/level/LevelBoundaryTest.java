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
  class EntenteMinCooperationShare {
    @Test
    void oneComplaintInTenIsTheFrictionOfClosePartners() {
      List<Event> events = all(broadCooperation(9), List.of(event("CHN", "RUS", "111").build()));
      assertThat(level(events)).isEqualTo(Level.ENTENTE);
    }

    @Test
    void twoComplaintsInTenMakeAPartnership() {
      List<Event> events = all(broadCooperation(8), times(2, event("CHN", "RUS", "111")));
      assertThat(level(events)).isEqualTo(Level.PARTNERSHIP);
    }
  }

  @Nested
  class EntenteMaxMaterialConflictShare {
    @Test
    void aSingleArrestAmongTwentyCooperativeActsIsNoLongerAnEntente() {
      List<Event> events =
          all(broadCooperation(19), List.of(event("RUS", "CHN", "173").area(Area.LEGAL).build()));
      LevelAssessment level = Measure.level("CHN", "RUS", events);
      assertThat(level.level()).isEqualTo(Level.PARTNERSHIP);
      assertThat(level.summary()).contains("material-conflict share 0.05 ≤ 0.0 fails");
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

  @Nested
  class AllianceSignal {
    @Test
    void aSecurityTreatyMakesCooperationAnAlliance() {
      List<Event> events =
          all(
              broadCooperation("USA", "JPN", 6),
              List.of(event("USA", "JPN", "057").area(Area.SECURITY).build()));
      assertThat(Measure.level("USA", "JPN", events).level()).isEqualTo(Level.ALLIANCE);
    }

    @Test
    void aGasDealIsNotADefencePact() {
      List<Event> events =
          all(broadCooperation(6), List.of(event("CHN", "RUS", "057").area(Area.ENERGY).build()));
      assertThat(level(events)).isEqualTo(Level.ENTENTE);
    }

    @Test
    void aTreatyAmidQuarrelsDoesNotMakeAnAlliance() {
      List<Event> events =
          all(
              List.of(event("CHN", "RUS", "057").area(Area.MILITARY).build()),
              times(4, event("CHN", "RUS", "111")));
      LevelAssessment level = Measure.level("CHN", "RUS", events);
      assertThat(level.level()).isEqualTo(Level.RIVALRY);
      assertThat(level.criteria())
          .filteredOn(c -> c.appliesTo().equals("alliance"))
          .singleElement()
          .extracting(Criterion::outcome)
          .isEqualTo(Outcome.MET);
    }
  }

  @Nested
  class PartnershipMinCooperationShare {
    @Test
    void sevenInTenIsAPartnershipWithFriction() {
      List<Event> events =
          all(times(7, event("DEU", "CHN", "061")), times(3, event("CHN", "DEU", "111")));
      assertThat(Measure.level("DEU", "CHN", events).level()).isEqualTo(Level.PARTNERSHIP);
    }

    @Test
    void sixInTenIsAsMuchArgumentAsAgreement() {
      List<Event> events =
          all(times(6, event("DEU", "CHN", "061")), times(4, event("CHN", "DEU", "111")));
      assertThat(Measure.level("DEU", "CHN", events).level()).isEqualTo(Level.MIXED);
    }
  }

  @Nested
  class PartnershipMaxMaterialConflictShare {
    @Test
    void oneSanctionInTenDoesNotUndoAPartnership() {
      List<Event> events =
          all(times(9, event("EU", "CHN", "061")), times(1, event("EU", "CHN", "163")));
      assertThat(Measure.level("EU", "CHN", events).level()).isEqualTo(Level.PARTNERSHIP);
    }

    @Test
    void twoSanctionsInTenAreMaterialStrain() {
      List<Event> events =
          all(times(8, event("EU", "CHN", "061")), times(2, event("EU", "CHN", "163")));
      assertThat(Measure.level("EU", "CHN", events).level()).isEqualTo(Level.MIXED);
    }
  }

  @Nested
  class RivalryMaxCooperationShare {
    @Test
    void threeMeetingsAmongSevenAccusationsAreARivalry() {
      List<Event> events =
          all(times(3, event("IND", "PAK", "042")), times(7, event("PAK", "IND", "112")));
      assertThat(Measure.level("IND", "PAK", events).level()).isEqualTo(Level.RIVALRY);
    }

    @Test
    void fourMeetingsAmongSixAccusationsAreMixed() {
      List<Event> events =
          all(times(4, event("IND", "PAK", "042")), times(6, event("PAK", "IND", "112")));
      assertThat(Measure.level("IND", "PAK", events).level()).isEqualTo(Level.MIXED);
    }
  }

  @Nested
  class ConfrontationMinMaterialConflictShare {
    @Test
    void threeSanctionsInTenMakeAConfrontation() {
      List<Event> events =
          all(times(3, event("USA", "RUS", "163")), times(7, event("USA", "RUS", "111")));
      assertThat(Measure.level("USA", "RUS", events).level()).isEqualTo(Level.CONFRONTATION);
    }

    @Test
    void twoSanctionsInTenAmidWordsAreARivalry() {
      List<Event> events =
          all(times(2, event("USA", "RUS", "163")), times(8, event("USA", "RUS", "111")));
      assertThat(Measure.level("USA", "RUS", events).level()).isEqualTo(Level.RIVALRY);
    }
  }
}
