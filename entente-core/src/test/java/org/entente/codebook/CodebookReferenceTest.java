package org.entente.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.core.SharedFiles;
import org.junit.jupiter.api.Test;

/**
 * Checks the whole shipped codebook against GDELT's CAMEO tables in {@code
 * ../shared/reference/cameo}: the same codes, the same Goldstein weights, names equal ignoring case
 * and punctuation.
 */
class CodebookReferenceTest {

  /**
   * GDELT's event-code table has one line where two records ran together: {@code 1056
   * <name>106:[-5.0] Demand withdrawal}. The second record is split off here.
   */
  private static final Pattern RUN_TOGETHER =
      Pattern.compile("(.*?)(\\d{2,4}):\\[-?[\\d.]+\\] (.*)");

  private static Map<String, String> referenceNames() throws IOException {
    Map<String, String> names = new TreeMap<>();
    for (String line :
        Files.readAllLines(
            SharedFiles.resolve("reference/cameo/CAMEO.eventcodes.txt"), StandardCharsets.UTF_8)) {
      String clean = line.replace("\uFEFF", "").strip();
      if (clean.isEmpty() || clean.startsWith("CAMEOEVENTCODE")) {
        continue;
      }
      String[] parts = clean.split("\t", 2);
      if (parts[0].length() < 2) {
        continue; // the four quad-class headings (1..4) are not event codes
      }
      Matcher matcher = RUN_TOGETHER.matcher(parts[1]);
      if (matcher.matches()) {
        names.put(parts[0], matcher.group(1));
        names.put(matcher.group(2), matcher.group(3));
      } else {
        names.put(parts[0], parts[1]);
      }
    }
    return names;
  }

  private static Map<String, Double> referenceWeights() throws IOException {
    Map<String, Double> weights = new TreeMap<>();
    for (String line :
        Files.readAllLines(
            SharedFiles.resolve("reference/cameo/CAMEO.goldsteinscale.txt"),
            StandardCharsets.UTF_8)) {
      String[] parts = line.strip().split("\t");
      if (parts.length == 2 && !parts[0].startsWith("CAMEO")) {
        weights.put(parts[0], Double.parseDouble(parts[1]));
      }
    }
    return weights;
  }

  private static String comparable(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
  }

  @Test
  void hasExactlyTheReferenceCodes() throws IOException {
    Codebook codebook = Codebook.standard();
    Map<String, String> names = referenceNames();
    assertThat(codebook.codes())
        .extracting(CameoCode::code)
        .containsExactlyInAnyOrderElementsOf(names.keySet());
    assertThat(codebook.codes())
        .extracting(CameoCode::code)
        .containsExactlyInAnyOrderElementsOf(referenceWeights().keySet());
  }

  @Test
  void weightsEqualTheGoldsteinTable() throws IOException {
    Codebook codebook = Codebook.standard();
    referenceWeights()
        .forEach(
            (code, weight) ->
                assertThat(codebook.get(code).goldstein())
                    .as("Goldstein weight of " + code)
                    .isEqualTo(weight));
  }

  @Test
  void namesEqualIgnoringCaseAndPunctuation() throws IOException {
    Codebook codebook = Codebook.standard();
    referenceNames()
        .forEach(
            (code, name) ->
                assertThat(comparable(codebook.get(code).name()))
                    .as("name of " + code)
                    .isEqualTo(comparable(name)));
  }

  @Test
  void quadClassFollowsTheRoot() {
    Codebook codebook = Codebook.standard();
    assertThat(codebook.get("042").quadClass()).isEqualTo(QuadClass.VERBAL_COOPERATION);
    assertThat(codebook.get("061").quadClass()).isEqualTo(QuadClass.MATERIAL_COOPERATION);
    assertThat(codebook.get("111").quadClass()).isEqualTo(QuadClass.VERBAL_CONFLICT);
    assertThat(codebook.get("163").quadClass()).isEqualTo(QuadClass.MATERIAL_CONFLICT);
    assertThat(codebook.get("20").quadClass().number()).isEqualTo(4);
  }
}
