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
import org.entente.analysis.scope.Window;
import org.entente.analysis.triangle.Triangle;
import org.entente.event.Period;
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
        .startsWith("CHN–RUS relationship, all dates, by year: leaning entente\n====")
        .contains("\nLevel: leaning entente\n  leaning entente: conflict share 0.000 ≤ 0.028 (p40)")
        .contains(
            "How sure: leaning; 10 counted events (0 of them reported; 4 more not counted);"
                + " conflict share 0.00 (0.00–0.28)")
        .contains("  ✓  entente        breadth")
        .contains("  ?  entente        alignment")
        .contains("\nTrend by year\n")
        .containsPattern("\\n  2019 +leaning entente +8 +0\\.80 +2 +6 +1\\.00")
        .containsPattern("\\n  PRK +1 +0 +CHN\\n")
        .containsPattern("2019-06-05 +entente +entente +agrees")
        .contains("It now provides more sophisticated military technology to China")
        .containsPattern("\\n  2018 +CHN→RUS +061 +\\+6\\.4")
        .contains("Context, not counted (4 negated, future, hypothetical or claimed)")
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
        .startsWith("# CHN–RUS relationship, all dates, by year: leaning entente\n")
        .contains("\n## Level: leaning entente\n")
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
        .containsExactly(
            "level", "figures", "alignment", "pacts_signed", "context", "volume", "attention");
    assertThat(root.at("/dyad/a").asText()).isEqualTo("CHN");
    assertThat(root.at("/window/from").isNull()).isTrue();
    assertThat(root.at("/overall/level/level").asText()).isEqualTo("entente");
    assertThat(root.at("/overall/level/confidence").asText()).isEqualTo("leaning");
    assertThat(root.at("/overall/level/reading").asText()).isEqualTo("leaning entente");
    assertThat(root.at("/overall/level/conflict_share/total").asInt()).isEqualTo(10);
    assertThat(root.at("/overall/level/conflict_share/high").asDouble()).isBetween(0.27, 0.28);
    assertThat(root.at("/overall/level/treaties").size()).isZero();
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
        .containsPattern("USA–CHN +negative +leaning confrontation +3");
    JsonNode json = new ObjectMapper().readTree(Format.JSON.renderer().triangle(TRIANGLE));
    assertThat(json.at("/shape/name").asText()).isEqualTo("stable marriage");
    assertThat(json.at("/shape/pair/a").asText()).isEqualTo("CHN");
    assertThat(json.at("/shape/outsider").asText()).isEqualTo("USA");
    assertThat(json.at("/sides/2/sign").asText()).isEqualTo("positive");
    assertThat(Format.MARKDOWN.renderer().triangle(TRIANGLE))
        .contains("| USA–RUS | negative | leaning confrontation | 4 |");
  }

  @Test
  void anAllianceShowsTheTreatyBehindItInEveryFormat() throws Exception {
    List<org.entente.event.Event> events =
        org.entente.analysis.TestEvents.all(
            org.entente.analysis.TestEvents.times(
                4, org.entente.analysis.TestEvents.event("USA", "JPN", "163").on("1987-04-17")),
            org.entente.analysis.TestEvents.times(
                2, org.entente.analysis.TestEvents.event("JPN", "USA", "042").on("1987-05-01")));
    DyadProfile alliance =
        ANALYSIS.relation(Dyad.of("USA", "JPN"), Window.ALL, Period.YEAR, events, List.of());
    assertThat(Format.TEXT.renderer().profile(alliance))
        .contains("by year: alliance\n")
        .contains(
            "Treaty: Treaty of Mutual Cooperation and Security between Japan and the United"
                + " States, since 1960-01-19 (source: Washington, 19 January 1960")
        .contains("How it is doing, from the events: leaning confrontation")
        .contains("How sure: a treaty in force; the events' reading is leaning; 6 counted events");
    assertThat(Format.MARKDOWN.renderer().profile(alliance))
        .contains("\n## Level: alliance\n")
        .contains("Treaty: Treaty of Mutual Cooperation and Security");
    JsonNode json = new ObjectMapper().readTree(Format.JSON.renderer().profile(alliance));
    assertThat(json.at("/overall/level/level").asText()).isEqualTo("alliance");
    assertThat(json.at("/overall/level/treaties/0/id").asText()).isEqualTo("USA-JPN");
    assertThat(json.at("/overall/level/treaties/0/from").asText()).isEqualTo("1960-01-19");
    assertThat(json.at("/overall/level/treaties/0/to").isNull()).isTrue();
    assertThat(json.at("/overall/level/event_level").asText()).isEqualTo("confrontation");
    assertThat(json.at("/overall/level/event_reading").asText()).isEqualTo("leaning confrontation");
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
