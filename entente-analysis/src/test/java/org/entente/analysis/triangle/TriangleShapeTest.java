package org.entente.analysis.triangle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalDouble;
import org.entente.analysis.level.Level;
import org.entente.analysis.level.LevelAssessment;
import org.entente.analysis.scope.Dyad;
import org.entente.analysis.triangle.TriangleShape.MenageATrois;
import org.entente.analysis.triangle.TriangleShape.RomanticTriangle;
import org.entente.analysis.triangle.TriangleShape.StableMarriage;
import org.entente.analysis.triangle.TriangleShape.Undetermined;
import org.entente.analysis.triangle.TriangleShape.UnitVeto;
import org.junit.jupiter.api.Test;

class TriangleShapeTest {

  private static TriangleSide side(String a, String b, Level level, double mean, int events) {
    OptionalDouble m = OptionalDouble.of(mean);
    return new TriangleSide(
        Dyad.of(a, b),
        events,
        new LevelAssessment(level, level.label(), List.of()),
        m,
        Sign.of(level, m));
  }

  private static TriangleShape shape(Level usChina, Level usRussia, Level chinaRussia) {
    return TriangleAnalyzer.shape(
        List.of(
            side("USA", "CHN", usChina, usChina.rank() > 3 ? 2 : -2, 10),
            side("USA", "RUS", usRussia, usRussia.rank() > 3 ? 2 : -2, 10),
            side("CHN", "RUS", chinaRussia, chinaRussia.rank() > 3 ? 2 : -2, 10)));
  }

  @Test
  void allPositiveIsAMenageATrois() {
    assertThat(shape(Level.PARTNERSHIP, Level.PARTNERSHIP, Level.ENTENTE))
        .isInstanceOf(MenageATrois.class);
  }

  @Test
  void theSeventiesWereARomanticTriangleWithWashingtonThePivot() {
    TriangleShape shape = shape(Level.PARTNERSHIP, Level.PARTNERSHIP, Level.CONFRONTATION);
    assertThat(shape).isEqualTo(new RomanticTriangle("USA", "CHN", "RUS"));
    assertThat(shape.description())
        .isEqualTo("romantic triangle: USA the pivot, courted by CHN and RUS, who are at odds");
  }

  @Test
  void todayIsAStableMarriageOfChinaAndRussia() {
    TriangleShape shape = shape(Level.RIVALRY, Level.CONFRONTATION, Level.ENTENTE);
    assertThat(shape).isEqualTo(new StableMarriage(Dyad.of("CHN", "RUS"), "USA"));
    assertThat(shape.description())
        .isEqualTo("stable marriage: CHN–RUS the pair, USA the outsider");
  }

  @Test
  void allNegativeIsAUnitVeto() {
    assertThat(shape(Level.RIVALRY, Level.CONFRONTATION, Level.RIVALRY))
        .isInstanceOf(UnitVeto.class);
  }

  @Test
  void aMixedSideTakesTheSignOfItsMeanGoldstein() {
    assertThat(Sign.of(Level.MIXED, OptionalDouble.of(0.4))).isEqualTo(Sign.POSITIVE);
    assertThat(Sign.of(Level.MIXED, OptionalDouble.of(-0.4))).isEqualTo(Sign.NEGATIVE);
    assertThat(Sign.of(Level.MIXED, OptionalDouble.of(0))).isEqualTo(Sign.UNKNOWN);
  }

  @Test
  void anUnknownSideLeavesTheShapeUndeterminedWithItsCounts() {
    TriangleShape shape =
        TriangleAnalyzer.shape(
            List.of(
                side("USA", "CHN", Level.INSUFFICIENT_EVIDENCE, -2, 2),
                side("USA", "RUS", Level.CONFRONTATION, -6, 4),
                side("CHN", "RUS", Level.ENTENTE, 5, 10)));
    assertThat(shape).isInstanceOf(Undetermined.class);
    assertThat(shape.description())
        .isEqualTo(
            "insufficient evidence: USA–CHN has 2 factual events (insufficient evidence, 3"
                + " needed)");
  }

  @Test
  void aSideMustCarryTheSignOfItsLevel() {
    assertThatThrownBy(
            () ->
                new TriangleSide(
                    Dyad.of("USA", "RUS"),
                    5,
                    new LevelAssessment(Level.CONFRONTATION, "", List.of()),
                    OptionalDouble.of(-5),
                    Sign.POSITIVE))
        .hasMessage("a confrontation side is NEGATIVE");
  }
}
