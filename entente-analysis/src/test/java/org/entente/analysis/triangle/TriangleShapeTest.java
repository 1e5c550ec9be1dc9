package org.entente.analysis.triangle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.entente.analysis.level.Confidence;
import org.entente.analysis.level.Level;
import org.entente.analysis.level.LevelAssessment;
import org.entente.analysis.level.ShareInterval;
import org.entente.analysis.scope.Dyad;
import org.entente.analysis.treaty.DefenceCommitment;
import org.entente.analysis.treaty.DefenceTreaty;
import org.entente.analysis.triangle.TriangleShape.MenageATrois;
import org.entente.analysis.triangle.TriangleShape.RomanticTriangle;
import org.entente.analysis.triangle.TriangleShape.StableMarriage;
import org.entente.analysis.triangle.TriangleShape.Undetermined;
import org.entente.analysis.triangle.TriangleShape.UnitVeto;
import org.junit.jupiter.api.Test;

class TriangleShapeTest {

  /** A level as the classifier would give it, with a treaty behind an alliance. */
  private static LevelAssessment assessment(Level level) {
    List<DefenceCommitment> treaty =
        level == Level.ALLIANCE
            ? List.of(
                new DefenceCommitment(
                    new DefenceTreaty("T", "a treaty", "a source"),
                    LocalDate.of(1960, 1, 19),
                    null))
            : List.of();
    ShareInterval none = ShareInterval.wilson(0, 10, 1.96);
    return new LevelAssessment(
        level,
        level.isMeasured() ? Confidence.LEANING : Confidence.INSUFFICIENT,
        level == Level.ALLIANCE ? Level.PARTNERSHIP : level,
        level.isMeasured() ? Confidence.LEANING : Confidence.INSUFFICIENT,
        treaty,
        none,
        none,
        0,
        0,
        level.label(),
        List.of());
  }

  private static TriangleSide side(String a, String b, Level level, double mean, int events) {
    OptionalDouble m = OptionalDouble.of(mean);
    return new TriangleSide(Dyad.of(a, b), events, assessment(level), m, Sign.of(level, m));
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
            "insufficient evidence: USA–CHN has 2 counted events (insufficient evidence, 3"
                + " needed)");
  }

  @Test
  void aSideMustCarryTheSignOfItsLevel() {
    assertThatThrownBy(
            () ->
                new TriangleSide(
                    Dyad.of("USA", "RUS"),
                    5,
                    assessment(Level.CONFRONTATION),
                    OptionalDouble.of(-5),
                    Sign.POSITIVE))
        .hasMessage("a confrontation side is NEGATIVE");
  }
}
