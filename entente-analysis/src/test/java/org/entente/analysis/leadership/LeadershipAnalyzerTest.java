package org.entente.analysis.leadership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.analysis.TestEvents.all;
import static org.entente.analysis.TestEvents.event;
import static org.entente.analysis.TestEvents.times;

import java.util.List;
import java.util.Optional;
import org.entente.analysis.scope.Dyad;
import org.entente.analysis.scope.DyadEvents;
import org.entente.analysis.scope.Window;
import org.junit.jupiter.api.Test;

class LeadershipAnalyzerTest {

  @Test
  void beijingLeadsOnNorthKoreaAndMoscowOnSyria() {
    Leadership leadership =
        LeadershipAnalyzer.analyze(
            DyadEvents.select(
                Dyad.of("CHN", "RUS"),
                Window.ALL,
                all(
                    times(3, event("CHN", "PRK", "036")),
                    times(1, event("RUS", "PRK", "036")),
                    times(4, event("RUS", "SYR", "062")),
                    times(1, event("CHN", "SYR", "042")),
                    times(2, event("CHN", "USA", "111")),
                    times(2, event("RUS", "USA", "111")))),
            3);
    assertThat(leadership.issues())
        .extracting(IssueLead::thirdParty)
        .containsExactly("SYR", "PRK", "USA");
    assertThat(leadership.leaderOn("PRK")).contains("CHN");
    assertThat(leadership.leaderOn("SYR")).contains("RUS");
    assertThat(leadership.leaderOn("USA")).isEmpty();
    IssueLead syria = leadership.issues().get(0);
    assertThat(syria.aEvents()).isEqualTo(1);
    assertThat(syria.bEvents()).isEqualTo(4);
    assertThat(syria.bothAct()).isTrue();
    assertThat(syria.evidence().count()).isEqualTo(5);
    assertThat(syria.evidence().top()).hasSize(3);
  }

  /** The boundary of {@code LEAD_MIN_SHARE}. */
  @Test
  void threeToTwoLeadsFiveToFourIsShared() {
    assertThat(LeadershipAnalyzer.leader("CHN", 3, "RUS", 2)).contains("CHN");
    assertThat(LeadershipAnalyzer.leader("CHN", 5, "RUS", 4)).isEmpty();
    assertThat(LeadershipAnalyzer.leader("CHN", 2, "RUS", 3)).contains("RUS");
    assertThat(LeadershipAnalyzer.leader("CHN", 1, "RUS", 1)).isEmpty();
  }

  @Test
  void theOnlyOneToActLeads() {
    assertThat(LeadershipAnalyzer.leader("CHN", 1, "RUS", 0)).contains("CHN");
    assertThat(LeadershipAnalyzer.leader("CHN", 0, "RUS", 0)).isEqualTo(Optional.empty());
  }

  @Test
  void nonFactualEventsLeadNowhere() {
    Leadership leadership =
        LeadershipAnalyzer.analyze(
            DyadEvents.select(
                Dyad.of("CHN", "RUS"),
                Window.ALL,
                List.of(event("CHN", "PRK", "036").negated().build())),
            3);
    assertThat(leadership.issues()).isEmpty();
  }
}
