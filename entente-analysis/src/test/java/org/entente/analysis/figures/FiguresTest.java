package org.entente.analysis.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.entente.analysis.TestEvents.event;
import static org.entente.analysis.TestEvents.times;

import java.util.List;
import org.entente.codebook.QuadClass;
import org.entente.event.Area;
import org.entente.event.Event;
import org.junit.jupiter.api.Test;

class FiguresTest {

  @Test
  void countsSumsAndShares() {
    List<Event> events =
        List.of(
            event("USA", "RUS", "163").area(Area.ECONOMIC).build(), // -8.0, quad 4
            event("USA", "RUS", "111").build(), // -2.0, quad 3
            event("USA", "RUS", "042").build(), // +1.9, quad 1
            event("USA", "RUS", "061").area(Area.ECONOMIC).build()); // +6.4, quad 2
    Figures figures = Figures.of(events, 2);
    assertThat(figures.quads()).isEqualTo(new QuadCounts(1, 1, 1, 1));
    assertThat(figures.goldsteinSum()).isCloseTo(-1.7, within(1e-9));
    assertThat(figures.goldsteinMean().getAsDouble()).isCloseTo(-0.425, within(1e-9));
    assertThat(figures.cooperationShare().getAsDouble()).isEqualTo(0.5);
    assertThat(figures.materialConflictShare().getAsDouble()).isEqualTo(0.25);
    assertThat(figures.areas())
        .extracting(AreaFigures::area)
        .containsExactly(Area.DIPLOMATIC, Area.ECONOMIC);
    assertThat(figures.evidence(QuadClass.MATERIAL_CONFLICT).count()).isEqualTo(1);
    assertThat(figures.evidence(QuadClass.MATERIAL_CONFLICT).top().get(0).cameo()).isEqualTo("163");
    assertThat(figures.evidence().top()).hasSize(2);
  }

  @Test
  void noEventsHaveNoMeanAndNoShares() {
    Figures figures = Figures.of(List.of(), 5);
    assertThat(figures.events()).isZero();
    assertThat(figures.goldsteinMean()).isEmpty();
    assertThat(figures.cooperationShare()).isEmpty();
    assertThat(figures.breadth()).isZero();
  }

  @Test
  void symmetryComparesTheTwoDirections() {
    Figures twoVisits = Figures.of(times(2, event("CHN", "RUS", "042")), 0);
    Figures eightSales = Figures.of(times(8, event("RUS", "CHN", "061")), 0);
    Symmetry lopsided = Symmetry.of(twoVisits, eightSales);
    assertThat(lopsided.events().getAsDouble()).isCloseTo(0.4, within(1e-9));
    // Goldstein sums +3.8 and +51.2: 1 - 47.4 / 55.0
    assertThat(lopsided.goldstein().getAsDouble()).isCloseTo(1 - 47.4 / 55.0, within(1e-9));

    Figures sanction = Figures.of(List.of(event("USA", "RUS", "163").build()), 0);
    Figures retaliation = Figures.of(List.of(event("RUS", "USA", "163").build()), 0);
    assertThat(Symmetry.of(sanction, retaliation).goldstein().getAsDouble()).isEqualTo(1.0);
    Figures aid = Figures.of(List.of(event("RUS", "USA", "071").build()), 0); // +7.4
    assertThat(Symmetry.of(sanction, aid).goldstein().getAsDouble())
        .isCloseTo(1 - 15.4 / 15.4, within(1e-9));
    assertThat(Symmetry.of(Figures.of(List.of(), 0), Figures.of(List.of(), 0)).events()).isEmpty();
  }
}
