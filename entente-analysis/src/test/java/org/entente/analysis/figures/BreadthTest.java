package org.entente.analysis.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.analysis.TestEvents.event;

import java.util.List;
import org.entente.event.Area;
import org.entente.event.Event;
import org.junit.jupiter.api.Test;

/**
 * The boundaries of "real cooperation" in an area ({@code BREADTH_MIN_MATERIAL_COOPERATION} and
 * {@code BREADTH_MIN_VERBAL_COOPERATION}): breadth counts collaboration, not courtesy.
 */
class BreadthTest {

  private static boolean real(List<Event> events) {
    return Figures.of(events, 0).areas().get(0).realCooperation();
  }

  @Test
  void oneOilDealMakesEnergyCooperationReal() {
    assertThat(real(List.of(event("RUS", "CHN", "061").area(Area.ENERGY).build()))).isTrue();
  }

  @Test
  void oneKindWordIsCourtesyNotCollaboration() {
    assertThat(real(List.of(event("RUS", "CHN", "051").area(Area.POLITICAL).build()))).isFalse();
  }

  @Test
  void twoStatementsAreAPractice() {
    assertThat(
            real(
                List.of(
                    event("RUS", "CHN", "051").area(Area.POLITICAL).build(),
                    event("CHN", "RUS", "036").area(Area.POLITICAL).build())))
        .isTrue();
  }

  @Test
  void anAreaWhereQuarrelsMatchCooperationDoesNotCount() {
    assertThat(
            real(
                List.of(
                    event("RUS", "CHN", "061").area(Area.ECONOMIC).build(),
                    event("CHN", "RUS", "111").area(Area.ECONOMIC).build())))
        .isFalse();
  }

  @Test
  void breadthCountsTheAreasWithRealCooperation() {
    Figures figures =
        Figures.of(
            List.of(
                event("RUS", "CHN", "061").area(Area.ENERGY).build(),
                event("RUS", "CHN", "062").area(Area.MILITARY).build(),
                event("RUS", "CHN", "051").area(Area.POLITICAL).build()),
            0);
    assertThat(figures.breadth()).isEqualTo(2);
    assertThat(figures.cooperativeAreas()).containsExactly(Area.ENERGY, Area.MILITARY);
  }
}
