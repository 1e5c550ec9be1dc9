package org.entente.analysis.triangle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.analysis.TestEvents.all;
import static org.entente.analysis.TestEvents.event;
import static org.entente.analysis.TestEvents.times;

import java.util.List;
import org.entente.analysis.dyad.DyadAnalyzer;
import org.entente.analysis.level.Level;
import org.entente.analysis.scope.Dyad;
import org.entente.analysis.scope.Window;
import org.entente.analysis.triangle.TriangleShape.StableMarriage;
import org.entente.analysis.triangle.TriangleShape.Undetermined;
import org.entente.event.Area;
import org.entente.event.Event;
import org.junit.jupiter.api.Test;

class TriangleAnalyzerTest {

  private final TriangleAnalyzer analyzer = new TriangleAnalyzer(new DyadAnalyzer(2));

  private static final List<Event> CHINA_RUSSIA =
      all(
          times(2, event("RUS", "CHN", "061").area(Area.ENERGY)),
          times(2, event("RUS", "CHN", "062").area(Area.MILITARY)),
          times(2, event("CHN", "RUS", "061").area(Area.ECONOMIC)));
  private static final List<Event> US_RUSSIA =
      all(times(3, event("USA", "RUS", "163")), times(1, event("RUS", "USA", "111")));

  @Test
  void measuresTheThreeSidesAndNamesTheShape() {
    List<Event> usChina =
        all(times(2, event("USA", "CHN", "172")), times(2, event("CHN", "USA", "111")));
    Triangle triangle =
        analyzer.triangle("USA", "CHN", "RUS", Window.ALL, all(CHINA_RUSSIA, US_RUSSIA, usChina));
    assertThat(triangle.countries()).containsExactly("USA", "CHN", "RUS");
    assertThat(triangle.sides())
        .extracting(TriangleSide::dyad)
        .containsExactly(Dyad.of("USA", "CHN"), Dyad.of("USA", "RUS"), Dyad.of("CHN", "RUS"));
    assertThat(triangle.sides())
        .extracting(side -> side.level().level())
        .containsExactly(Level.CONFRONTATION, Level.CONFRONTATION, Level.ENTENTE);
    assertThat(triangle.sides()).extracting(TriangleSide::events).containsExactly(4, 4, 6);
    assertThat(triangle.shape()).isEqualTo(new StableMarriage(Dyad.of("CHN", "RUS"), "USA"));
  }

  @Test
  void aThinSideIsReportedWithItsCounts() {
    List<Event> usChina = List.of(event("USA", "CHN", "172").build());
    Triangle triangle =
        analyzer.triangle("USA", "CHN", "RUS", Window.ALL, all(CHINA_RUSSIA, US_RUSSIA, usChina));
    assertThat(triangle.shape()).isInstanceOf(Undetermined.class);
    assertThat(triangle.shape().description())
        .isEqualTo(
            "insufficient evidence: USA–CHN has 1 counted events (insufficient evidence, 3"
                + " needed)");
  }
}
