package org.entente.analysis.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.entente.analysis.RelationshipAnalysis;
import org.entente.analysis.SeedOpEd;
import org.entente.analysis.dyad.DyadProfile;
import org.entente.analysis.scope.Dyad;
import org.entente.analysis.scope.Period;
import org.entente.analysis.scope.Window;
import org.entente.analysis.triangle.Triangle;
import org.junit.jupiter.api.Test;

/** The three formats on the seed op-ed: what a reader and a program find where. */
class RenderersTest {

  private static final SeedOpEd SEED = SeedOpEd.load();
  private static final RelationshipAnalysis ANALYSIS = RelationshipAnalysis.standard();
  private static final DyadProfile PROFILE =
      ANALYSIS.relation(
          Dyad.of("CHN", "RUS"), Window.ALL, Period.YEAR, SEED.events(), SEED.assessments());
  private static final Triangle TRIANGLE =
      ANALYSIS.triangle("USA", "CHN", "RUS", Window.ALL, SEED.events());

  @Test
  void textShowsTheLevelWithReasonsTheTrendAndTheEvidence() {
    String text = Format.TEXT.renderer().profile(PROFILE);
    assertThat(text)
        .startsWith("CHN–RUS relationship, all dates, by year: entente\n====")
        .contains("\nLevel: entente\n  entente: cooperation share 1.00 ≥ 0.9")
        .contains("  ✓  entente        breadth")
        .contains("  ?  entente        alignment")
        .contains("\nTrend by year\n")
        .containsPattern("\\n  2019 +entente +8 +2 +6 +1\\.00")
        .containsPattern("\\n  PRK +1 +0 +CHN\\n")
        .containsPattern("2019-06-05 +entente +entente +agrees")
        .contains("It now provides more sophisticated military technology to China")
        .containsPattern("\\n  2018 +CHN→RUS +061 +\\+6\\.4")
        .contains("Context, not counted (4 negated or non-factual)")
        .contains("will never be against each other");
  }

  @Test
  void textTablesLineUp() {
    String text = Format.TEXT.renderer().profile(PROFILE);
    List<String> figures = new ArrayList<>();
    boolean inFigures = false;
    for (String line : text.split("\n")) {
      if (line.equals("Figures")) {
        inFigures = true;
      } else if (inFigures && line.startsWith("  ") && !line.startsWith("  v./m.")) {
        figures.add(line);
      } else if (inFigures) {
        break;
      }
    }
    assertThat(figures).hasSize(4);
    assertThat(figures).extracting(String::length).containsOnly(figures.get(0).length());
  }

  @Test
  void markdownHasHeadingsAndPipeTables() {
    String markdown = Format.MARKDOWN.renderer().profile(PROFILE);
    assertThat(markdown)
        .startsWith("# CHN–RUS relationship, all dates, by year: entente\n")
        .contains("\n## Level: entente\n")
        .contains("| direction | events | v.coop |")
        .contains("| --- | ---: | ---: |")
        .contains("| PRK | 1 | 0 | CHN |")
        .contains("\n## Alignment toward third parties\n");
  }

  @Test
  void jsonHasAStableLayoutForPrograms() throws Exception {
    JsonNode root = new ObjectMapper().readTree(Format.JSON.renderer().profile(PROFILE));
    assertThat(root.fieldNames())
        .toIterable()
        .containsExactly(
            "dyad",
            "window",
            "period",
            "overall",
            "leadership",
            "trend",
            "stated",
            "coarsely_dated_events");
    assertThat(root.at("/overall").fieldNames())
        .toIterable()
        .containsExactly("level", "figures", "alignment", "alliance_signals", "context");
    assertThat(root.at("/dyad/a").asText()).isEqualTo("CHN");
    assertThat(root.at("/window/from").isNull()).isTrue();
    assertThat(root.at("/overall/level/level").asText()).isEqualTo("entente");
    assertThat(root.at("/overall/figures/both/events").asInt()).isEqualTo(10);
    assertThat(root.at("/overall/figures/both/cooperation_share").asDouble()).isEqualTo(1.0);
    assertThat(root.at("/overall/figures/both/quad_classes/material_cooperation").asInt())
        .isEqualTo(5);
    assertThat(root.at("/overall/figures/both/evidence/material_cooperation/event_ids").size())
        .isEqualTo(5);
    assertThat(root.at("/overall/figures/both/evidence/all/top/0/cameo").asText()).isEqualTo("062");
    assertThat(root.at("/overall/alignment/verdict").asText()).isEqualTo("not_measured");
    assertThat(root.at("/overall/alignment/correlation").isNull()).isTrue();
    assertThat(root.at("/leadership/0/third_party").asText()).isEqualTo("PRK");
    assertThat(root.at("/leadership/0/leader").asText()).isEqualTo("CHN");
    assertThat(root.at("/trend/periods/1/period").asText()).isEqualTo("2019");
    assertThat(root.at("/trend/periods/1/level/level").asText()).isEqualTo("entente");
    assertThat(root.at("/trend/periods/0/figures/both/evidence/all/top/0/date_precision").asText())
        .isEqualTo("year");
    assertThat(root.at("/stated/measured").asText()).isEqualTo("entente");
    assertThat(root.at("/stated/assessments/1/agreement").asText()).isEqualTo("agrees");
  }

  @Test
  void theTriangleNamesItsShapeAndSides() throws Exception {
    String text = Format.TEXT.renderer().triangle(TRIANGLE);
    assertThat(text)
        .startsWith("USA–CHN–RUS strategic triangle: stable marriage\n")
        .contains("stable marriage: CHN–RUS the pair, USA the outsider")
        .containsPattern("USA–CHN +negative +confrontation +3");
    JsonNode json = new ObjectMapper().readTree(Format.JSON.renderer().triangle(TRIANGLE));
    assertThat(json.at("/shape/name").asText()).isEqualTo("stable marriage");
    assertThat(json.at("/shape/pair/a").asText()).isEqualTo("CHN");
    assertThat(json.at("/shape/outsider").asText()).isEqualTo("USA");
    assertThat(json.at("/sides/2/sign").asText()).isEqualTo("positive");
    assertThat(Format.MARKDOWN.renderer().triangle(TRIANGLE))
        .contains("| USA–RUS | negative | confrontation | 4 |");
  }

  @Test
  void leadershipListsEachIssueWithItsSentences() throws Exception {
    var leads = ANALYSIS.leads(Dyad.of("CHN", "RUS"), Window.ALL, SEED.events());
    assertThat(Format.TEXT.renderer().leadership(leads))
        .contains("PRK: CHN leads")
        .contains("SYR: RUS leads")
        .contains("Moscow does");
    JsonNode json = new ObjectMapper().readTree(Format.JSON.renderer().leadership(leads));
    assertThat(json.at("/issues/1/leader").asText()).isEqualTo("RUS");
    assertThat(json.at("/issues/1/both_act").asBoolean()).isFalse();
  }

  @Test
  void formatsParseAndNameTheChoices() {
    assertThat(Format.parse("Markdown")).isEqualTo(Format.MARKDOWN);
    assertThat(Format.JSON.renderer()).isInstanceOf(JsonRenderer.class);
    assertThatThrownBy(() -> Format.parse("html"))
        .hasMessage("'html' is not an output format; use text, json or markdown");
  }
}
