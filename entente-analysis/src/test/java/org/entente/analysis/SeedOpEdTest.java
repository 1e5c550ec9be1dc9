package org.entente.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.analysis.dyad.DyadProfile;
import org.entente.analysis.evidence.EvidenceItem;
import org.entente.analysis.level.Level;
import org.entente.analysis.scope.Dyad;
import org.entente.analysis.scope.Window;
import org.entente.analysis.stated.Agreement;
import org.entente.analysis.stated.StatedAssessment;
import org.entente.analysis.triangle.Triangle;
import org.entente.analysis.triangle.TriangleShape.StableMarriage;
import org.entente.analysis.triangle.TriangleShape.Undetermined;
import org.entente.event.Event;
import org.entente.event.Period;
import org.junit.jupiter.api.Test;

/**
 * What the model must show on the seed op-ed alone (issue 4): CHN–RUS cooperation only and the
 * stated entente; USA–RUS and USA–CHN conflict with their stated labels; a stable marriage with
 * CHN–RUS the pair; Beijing leading on North Korea and Moscow on Syria.
 */
class SeedOpEdTest {

  private static final SeedOpEd SEED = SeedOpEd.load();
  private static final RelationshipAnalysis ANALYSIS = RelationshipAnalysis.standard();

  private static DyadProfile relation(String a, String b) {
    return ANALYSIS.relation(
        Dyad.of(a, b), Window.ALL, Period.YEAR, SEED.events(), SEED.assessments());
  }

  @Test
  void chinaRussiaIsCooperationOnlyAndMeasuresAsTheEntenteItIsCalled() {
    DyadProfile profile = relation("CHN", "RUS");
    var both = profile.overall().figures().both();
    assertThat(both.events()).isEqualTo(10);
    assertThat(profile.overall().figures().aToB().events()).isEqualTo(3);
    assertThat(profile.overall().figures().bToA().events()).isEqualTo(7);
    assertThat(both.cooperationShare()).hasValue(1.0);
    assertThat(both.materialConflictShare()).hasValue(0.0);
    assertThat(both.breadth()).isEqualTo(4);
    assertThat(profile.overall().level().level()).isEqualTo(Level.ENTENTE);
    assertThat(profile.stated().assessments())
        .extracting(s -> s.assessment().label(), StatedAssessment::agreement)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("entente", Agreement.AGREES),
            org.assertj.core.groups.Tuple.tuple("partnership", Agreement.NEIGHBOURS));
    assertThat(profile.overall().context().count())
        .as("the gas to come, 'never against each other' twice, the awaited clash")
        .isEqualTo(4);
    EvidenceItem strongest = both.evidence().top().get(0);
    assertThat(strongest.text())
        .startsWith("It now provides more sophisticated military technology to China");
  }

  @Test
  void theUnitedStatesConfrontsBoth() {
    DyadProfile usRussia = relation("USA", "RUS");
    assertThat(usRussia.overall().figures().both().events()).isEqualTo(4);
    assertThat(usRussia.overall().level().level()).isEqualTo(Level.CONFRONTATION);
    assertThat(usRussia.stated().assessments())
        .singleElement()
        .extracting(StatedAssessment::agreement)
        .isEqualTo(Agreement.AGREES);

    DyadProfile usChina = relation("USA", "CHN");
    assertThat(usChina.overall().figures().both().events()).isEqualTo(3);
    assertThat(usChina.overall().level().level()).isEqualTo(Level.CONFRONTATION);
    assertThat(usChina.stated().assessments())
        .extracting(s -> s.assessment().label(), StatedAssessment::agreement)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("competition", Agreement.NEIGHBOURS),
            org.assertj.core.groups.Tuple.tuple("trade war", Agreement.AGREES));
  }

  @Test
  void theTriangleIsAStableMarriageOfChinaAndRussia() {
    Triangle triangle = ANALYSIS.triangle("USA", "CHN", "RUS", Window.ALL, SEED.events());
    assertThat(triangle.shape()).isEqualTo(new StableMarriage(Dyad.of("CHN", "RUS"), "USA"));
  }

  @Test
  void beijingLeadsOnNorthKoreaAndMoscowOnSyria() {
    DyadProfile profile = relation("CHN", "RUS");
    assertThat(profile.leadership().leaderOn("PRK")).contains("CHN");
    assertThat(profile.leadership().leaderOn("SYR")).contains("RUS");
    assertThat(ANALYSIS.leads(Dyad.of("CHN", "RUS"), Window.ALL, SEED.events()).issues())
        .hasSize(2);
  }

  @Test
  void oneUsChinaEventFewerAndTheTriangleCannotBeTold() {
    List<Event> thinner =
        SEED.events().stream()
            .filter(e -> !(e.target().country().equals("CHN") && e.cameo().code().equals("100")))
            .toList();
    Triangle triangle = ANALYSIS.triangle("USA", "CHN", "RUS", Window.ALL, thinner);
    assertThat(triangle.shape()).isInstanceOf(Undetermined.class);
    assertThat(triangle.shape().description()).contains("USA–CHN has 2 counted events");
  }

  @Test
  void byYearTheYearDatedTradeFigureFallsIn2018AndTheRestIn2019() {
    DyadProfile profile = relation("CHN", "RUS");
    assertThat(profile.trend().periods())
        .extracting(p -> p.span().label(), p -> p.measurement().figures().both().events())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2018", 2),
            org.assertj.core.groups.Tuple.tuple("2019", 8));
    assertThat(profile.trend().periods().get(0).measurement().level().level())
        .isEqualTo(Level.INSUFFICIENT_EVIDENCE);
    assertThat(profile.trend().turningPoints()).isEmpty();
  }
}
