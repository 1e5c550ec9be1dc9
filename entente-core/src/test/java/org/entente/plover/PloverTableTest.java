package org.entente.plover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.entente.codebook.CameoCode;
import org.entente.codebook.Codebook;
import org.entente.core.EntenteException;
import org.entente.core.SharedFiles;
import org.entente.core.Tsv;
import org.junit.jupiter.api.Test;

class PloverTableTest {

  private static final PloverTable TABLE = PloverTable.standard();
  private static final Codebook CODEBOOK = Codebook.standard();

  /** Modes the table writes that are the common stem of the gold records' finer modes. */
  private static final Set<String> STEMS = Set.of("demo", "strike", "investigate");

  @Test
  void everyCodeButStatementsHasTheTypeOfItsRootInTheManualsMapping() {
    for (CameoCode code : CODEBOOK.codes()) {
      if (code.code().startsWith("01")) {
        assertThat(TABLE.of(code.code())).as(code.code()).isEmpty();
        continue;
      }
      PloverType written = TABLE.of(code.code()).orElseThrow().type();
      assertThat(written.isCurrent()).isTrue();
      // some type of the gold records' root mapping covers the code and is written as this one
      assertThat(PloverType.values())
          .as(code.code() + " written as " + written)
          .anySatisfy(
              type -> {
                assertThat(type.covers(code.code())).isTrue();
                assertThat(type.current()).isEqualTo(written);
              });
    }
  }

  @Test
  void modesAndContextsAreWordsOfThePloverGoldRecords() throws Exception {
    JsonNode gold =
        new ObjectMapper()
            .readTree(SharedFiles.resolve("reference/plover/PLOVER_GSR_CAMEO.dev.json").toFile());
    Set<String> modes = new HashSet<>(STEMS);
    Set<String> contexts = new HashSet<>();
    for (JsonNode record : gold) {
      modes.add(record.path("mode").asText(""));
      for (String context : record.path("context").asText("").split(",")) {
        contexts.add(context.strip()); // "refugee" and "refugees" both occur
        contexts.add(context.strip().replaceAll("s$", ""));
      }
    }
    for (CameoCode code : CODEBOOK.codes()) {
      TABLE
          .of(code.code())
          .ifPresent(
              coding -> {
                assertThat(modes).as(code.code()).contains(coding.mode());
                assertThat(contexts).as(code.code()).containsAll(coding.contexts());
              });
    }
  }

  @Test
  void aCodeTakesTheRowOfItsLongestPrefix() {
    assertThat(TABLE.of("042")).contains(new PloverCoding(PloverType.CONSULT, "visit", List.of()));
    assertThat(TABLE.of("193"))
        .contains(new PloverCoding(PloverType.ASSAULT, "firearms", List.of("military")));
    assertThat(TABLE.of("1385").orElseThrow().contexts()).containsExactly("military", "cbrn");
    assertThat(TABLE.of("1384").orElseThrow().mode()).isEqualTo("violence"); // from 138
    assertThat(TABLE.of("0871").orElseThrow().type()).isEqualTo(PloverType.RETREAT);
    assertThat(TABLE.of("0841").orElseThrow().type()).isEqualTo(PloverType.CONCEDE);
    assertThat(TABLE.of("057").orElseThrow().type()).isEqualTo(PloverType.AGREE);
    assertThat(TABLE.of("091").orElseThrow().mode()).isEqualTo("investigate");
  }

  @Test
  void aTypeAndModeAreReadAsTheCameoCodeTheTableWritesThemFrom() {
    assertThat(TABLE.cameoOf(PloverType.CONSULT, "visit")).isEqualTo("042");
    assertThat(TABLE.cameoOf(PloverType.CONSULT, "")).isEqualTo("04");
    assertThat(TABLE.cameoOf(PloverType.CONSULT, "by-pigeon")).isEqualTo("04");
    assertThat(TABLE.cameoOf(PloverType.ASSAULT, "firearms")).isEqualTo("193");
    assertThat(TABLE.cameoOf(PloverType.FIGHT, "heavy-weapons")).isEqualTo("194");
    assertThat(TABLE.cameoOf(PloverType.FIGHT, "")).isEqualTo("19");
    assertThat(TABLE.cameoOf(PloverType.ASSAULT, "")).isEqualTo("18");
    assertThat(TABLE.cameoOf(PloverType.ACCUSE, "investigate")).isEqualTo("09");
    assertThat(TABLE.cameoOf(PloverType.INVESTIGATE, "")).isEqualTo("09");
    assertThat(TABLE.cameoOf(PloverType.REQUEST, "")).isEqualTo("02");
    assertThat(TABLE.cameoOf(PloverType.DEMAND, "")).isEqualTo("10");
    assertThat(TABLE.cameoOf(PloverType.RETREAT, "")).isEqualTo("087");
    // COERCE deport is 174, not ASSAULT's 201 (mass expulsion) with the same mode
    assertThat(TABLE.cameoOf(PloverType.COERCE, "deport")).isEqualTo("174");
    // every type and mode the table writes comes back as a code written so
    for (CameoCode code : CODEBOOK.codes()) {
      TABLE
          .of(code.code())
          .ifPresent(
              coding -> {
                String back = TABLE.cameoOf(coding.type(), coding.mode());
                assertThat(TABLE.of(back).orElseThrow().type())
                    .as(code.code())
                    .isEqualTo(coding.type());
                assertThat(TABLE.of(back).orElseThrow().mode())
                    .as(code.code())
                    .isEqualTo(coding.mode());
              });
    }
  }

  @Test
  void intensityIsTheMeanGoldsteinWeightOfTheCodesWrittenSo() {
    // one code: 193 fight with small arms, -10
    assertThat(TABLE.intensity(PloverType.ASSAULT, "firearms")).isEqualTo(-10.0);
    assertThat(TABLE.intensity(PloverType.CONSULT, "visit")).isEqualTo(1.9);
    // CONSULT has 04 and 040 (+1.0), 041 (+1.0), 042 (+1.9), 043 (+2.8), 044 (+2.5), 045 (+5.0),
    // 046 (+7.0): 22.2 / 8
    assertThat(TABLE.intensity(PloverType.CONSULT, "")).isEqualTo(2.8);
    assertThat(TABLE.intensity(PloverType.CONSULT, "by-pigeon")).isEqualTo(2.8);
    assertThat(TABLE.intensity(PloverType.FIGHT, ""))
        .isEqualTo(TABLE.intensity(PloverType.ASSAULT, ""));
    // the types fall in the order of cooperation and conflict
    assertThat(TABLE.intensity(PloverType.AID, ""))
        .isGreaterThan(TABLE.intensity(PloverType.CONSULT, ""));
    assertThat(TABLE.intensity(PloverType.ACCUSE, "")).isBetween(-5.0, 0.0);
    assertThat(TABLE.intensity(PloverType.ASSAULT, ""))
        .isLessThan(TABLE.intensity(PloverType.THREATEN, ""));
  }

  @Test
  void theIntensityTableOfTheDocsIsTheCodes() throws Exception {
    Path doc = Path.of("").toAbsolutePath().resolve("../docs/plover.md").normalize();
    if (!Files.exists(doc)) {
      doc = Path.of("").toAbsolutePath().resolve("docs/plover.md");
    }
    int rows = 0;
    for (String line : Files.readAllLines(doc)) {
      String[] cells = line.split("\\|", -1);
      if (cells.length != 5 || !cells[1].strip().matches("[A-Z]+")) {
        continue;
      }
      PloverType type;
      try {
        type = PloverType.valueOf(cells[1].strip());
      } catch (IllegalArgumentException e) {
        continue;
      }
      if (!cells[2].strip().matches("-?[0-9.]+")) {
        continue; // the table of types and CAMEO roots
      }
      rows++;
      assertThat(Double.parseDouble(cells[2].strip()))
          .as(type.label())
          .isEqualTo(TABLE.intensity(type, ""));
      List<String> modes = new ArrayList<>();
      for (String byMode : cells[3].split(",")) {
        if (byMode.isBlank()) {
          continue;
        }
        String[] parts = byMode.strip().split(" ");
        modes.add(parts[0]);
        assertThat(Double.parseDouble(parts[1]))
            .as(type + " " + parts[0])
            .isEqualTo(TABLE.intensity(type, parts[0]));
      }
      assertThat(modes).as(type.label()).containsExactlyElementsOf(TABLE.modes(type));
    }
    assertThat(rows).as("a row for each of the 16 types in " + doc).isEqualTo(16);
  }

  @Test
  void badRowsAreReportedWithFileAndLine() {
    assertThatThrownBy(() -> load("04\tCONSULT\n04\tCONSULT\tvisit\n"))
        .isInstanceOf(EntenteException.class)
        .hasMessage("t.tsv:2: code 04 is listed twice");
    assertThatThrownBy(() -> load("19\tFIGHT\n"))
        .hasMessage("t.tsv:1: FIGHT is a PLOVER 0.5 type; write ASSAULT");
    assertThatThrownBy(() -> load("4\tCONSULT\n")).hasMessageStartingWith("t.tsv:1: '4' is not");
  }

  private static PloverTable load(String text) {
    return PloverTable.load(
        Tsv.read("t.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))),
        CODEBOOK);
  }
}
