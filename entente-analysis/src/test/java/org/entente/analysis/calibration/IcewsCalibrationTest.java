package org.entente.analysis.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.analysis.level.LevelThresholds.CONFRONTATION_MATERIAL_CONFLICT_PERCENTILE;
import static org.entente.analysis.level.LevelThresholds.CONFRONTATION_MIN_MATERIAL_CONFLICT_SHARE;
import static org.entente.analysis.level.LevelThresholds.ENTENTE_CONFLICT_PERCENTILE;
import static org.entente.analysis.level.LevelThresholds.ENTENTE_MAX_CONFLICT_SHARE;
import static org.entente.analysis.level.LevelThresholds.PARTNERSHIP_CONFLICT_PERCENTILE;
import static org.entente.analysis.level.LevelThresholds.PARTNERSHIP_MAX_CONFLICT_SHARE;
import static org.entente.analysis.level.LevelThresholds.REFERENCE_CONFLICT_SHARE_PERCENTILES;
import static org.entente.analysis.level.LevelThresholds.REFERENCE_MATERIAL_CONFLICT_SHARE_PERCENTILES;
import static org.entente.analysis.level.LevelThresholds.REFERENCE_MIN_EVENTS;
import static org.entente.analysis.level.LevelThresholds.REFERENCE_PAIR_YEARS;
import static org.entente.analysis.level.LevelThresholds.RIVALRY_CONFLICT_PERCENTILE;
import static org.entente.analysis.level.LevelThresholds.RIVALRY_MIN_CONFLICT_SHARE;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.entente.analysis.figures.QuadCounts;
import org.entente.analysis.level.Level;
import org.entente.analysis.level.LevelAssessment;
import org.entente.analysis.level.LevelClassifier;
import org.entente.analysis.level.LevelInputs;
import org.entente.analysis.scope.Dyad;
import org.entente.analysis.treaty.DefenceTreaties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The calibration on real data: the reference percentiles and the thresholds drawn from them are
 * what {@code LevelThresholds} says, and the levels the model gives the pairs any analyst knows are
 * right and are the table in {@code docs/relationship-model.md} ("Levels on the ICEWS reference").
 * If the model changes, the failure prints the row to put in the document.
 */
class IcewsCalibrationTest {

  static final int FIRST = 2002;
  static final int LAST = 2014;

  /** The pairs of the docs table, in its order. */
  static final List<Dyad> PAIRS =
      List.of(
          Dyad.of("CHN", "RUS"),
          Dyad.of("USA", "RUS"),
          Dyad.of("USA", "CHN"),
          Dyad.of("USA", "JPN"),
          Dyad.of("IND", "PAK"),
          Dyad.of("USA", "IRN"),
          Dyad.of("KOR", "PRK"),
          Dyad.of("RUS", "UKR"),
          Dyad.of("RUS", "GEO"));

  private static IcewsReference reference;
  private static final DefenceTreaties TREATIES = DefenceTreaties.standard();

  @BeforeAll
  static void load() {
    reference = IcewsReference.load();
  }

  static LevelAssessment level(Dyad dyad, int year) {
    return LevelClassifier.classify(
        LevelInputs.ofCounts(
            dyad,
            reference.counts(dyad.a(), dyad.b(), year),
            reference.counts(dyad.b(), dyad.a(), year),
            TREATIES.inForce(dyad.a(), dyad.b(), LocalDate.of(year, 12, 31))));
  }

  /** The whole reference window, 2002–2014, pooled. */
  static LevelAssessment overall(Dyad dyad) {
    QuadCounts ab = QuadCounts.ZERO;
    QuadCounts ba = QuadCounts.ZERO;
    for (int year = FIRST; year <= LAST; year++) {
      ab = IcewsReference.plus(ab, reference.counts(dyad.a(), dyad.b(), year));
      ba = IcewsReference.plus(ba, reference.counts(dyad.b(), dyad.a(), year));
    }
    return LevelClassifier.classify(
        LevelInputs.ofCounts(
            dyad, ab, ba, TREATIES.inForce(dyad.a(), dyad.b(), LocalDate.of(LAST, 12, 31))));
  }

  // ---- the reference distribution and the thresholds ------------------------------------------

  private static List<QuadCounts> referencePairYears() {
    return reference.pairYears().stream().filter(q -> q.total() >= REFERENCE_MIN_EVENTS).toList();
  }

  /** Nearest-rank percentile. */
  static double percentile(List<Double> sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  private static List<Double> sortedShares(ToDoubleFunction<QuadCounts> share) {
    return referencePairYears().stream().map(share::applyAsDouble).sorted().toList();
  }

  private static double conflictShare(QuadCounts q) {
    return (double) q.conflict() / q.total();
  }

  private static double materialShare(QuadCounts q) {
    return (double) q.materialConflict() / q.total();
  }

  private static double round(double value, int places) {
    double scale = Math.pow(10, places);
    return Math.round(value * scale) / scale;
  }

  @Test
  void theReferenceIsThePairYearsWithEnoughEvents() {
    assertThat(referencePairYears()).hasSize(REFERENCE_PAIR_YEARS);
  }

  @Test
  void thePercentilesAreTheReferences() {
    List<Double> conflict = sortedShares(IcewsCalibrationTest::conflictShare);
    List<Double> material = sortedShares(IcewsCalibrationTest::materialShare);
    List<Double> conflictPercentiles = new ArrayList<>();
    List<Double> materialPercentiles = new ArrayList<>();
    for (int p = 5; p <= 95; p += 5) {
      conflictPercentiles.add(round(percentile(conflict, p), 4));
      materialPercentiles.add(round(percentile(material, p), 4));
    }
    assertThat(conflictPercentiles).isEqualTo(REFERENCE_CONFLICT_SHARE_PERCENTILES);
    assertThat(materialPercentiles).isEqualTo(REFERENCE_MATERIAL_CONFLICT_SHARE_PERCENTILES);
  }

  @Test
  void eachThresholdIsItsNamedPercentile() {
    List<Double> conflict = sortedShares(IcewsCalibrationTest::conflictShare);
    List<Double> material = sortedShares(IcewsCalibrationTest::materialShare);
    assertThat(ENTENTE_MAX_CONFLICT_SHARE)
        .isEqualTo(round(percentile(conflict, ENTENTE_CONFLICT_PERCENTILE), 3));
    assertThat(PARTNERSHIP_MAX_CONFLICT_SHARE)
        .isEqualTo(round(percentile(conflict, PARTNERSHIP_CONFLICT_PERCENTILE), 3));
    assertThat(RIVALRY_MIN_CONFLICT_SHARE)
        .isEqualTo(round(percentile(conflict, RIVALRY_CONFLICT_PERCENTILE), 3));
    assertThat(CONFRONTATION_MIN_MATERIAL_CONFLICT_SHARE)
        .isEqualTo(round(percentile(material, CONFRONTATION_MATERIAL_CONFLICT_PERCENTILE), 3));
  }

  // ---- the cases any analyst knows ------------------------------------------------------------

  @Test
  void chinaRussiaIsTheClosestGreatPowerPairEveryYear() {
    Dyad chinaRussia = Dyad.of("CHN", "RUS");
    for (int year = FIRST; year <= LAST; year++) {
      LevelAssessment closest = level(chinaRussia, year);
      assertThat(closest.level()).as("CHN–RUS %d", year).isEqualTo(Level.ENTENTE);
      for (Dyad other : List.of(Dyad.of("USA", "RUS"), Dyad.of("USA", "CHN"))) {
        LevelAssessment level = level(other, year);
        assertThat(level.level().rank())
            .as("%s %d below CHN–RUS", other.label(), year)
            .isLessThan(closest.level().rank());
        assertThat(level.conflictShare().low())
            .as("%s %d conflict share above CHN–RUS's", other.label(), year)
            .isGreaterThan(closest.conflictShare().high());
      }
    }
  }

  @Test
  void usaRussiaIsAConfrontationIn2014AndNoPartnershipIn2008() {
    assertThat(level(Dyad.of("USA", "RUS"), 2014).level()).isEqualTo(Level.CONFRONTATION);
    assertThat(level(Dyad.of("USA", "RUS"), 2008).level().rank())
        .isLessThan(Level.PARTNERSHIP.rank());
  }

  @Test
  void indiaPakistanAndUsaIranAreRivalsOrWorse() {
    for (Dyad rivals : List.of(Dyad.of("IND", "PAK"), Dyad.of("USA", "IRN"))) {
      assertThat(overall(rivals).level().rank())
          .as("%s 2002–2014", rivals.label())
          .isLessThanOrEqualTo(Level.RIVALRY.rank());
    }
    for (int year = FIRST; year <= LAST; year++) {
      assertThat(level(Dyad.of("USA", "IRN"), year).level().rank())
          .as("USA–IRN %d", year)
          .isLessThanOrEqualTo(Level.RIVALRY.rank());
      assertThat(level(Dyad.of("IND", "PAK"), year).level().rank())
          .as("IND–PAK %d, never friendly", year)
          .isLessThanOrEqualTo(Level.MIXED.rank());
    }
  }

  @Test
  void theKoreanPeninsulaIn2010AndRussiaUkraineIn2014AreConfrontations() {
    assertThat(level(Dyad.of("KOR", "PRK"), 2010).level()).isEqualTo(Level.CONFRONTATION);
    assertThat(level(Dyad.of("RUS", "UKR"), 2014).level()).isEqualTo(Level.CONFRONTATION);
    assertThat(level(Dyad.of("RUS", "GEO"), 2008).level()).isEqualTo(Level.CONFRONTATION);
  }

  @Test
  void usaJapanIsAnAllianceByTreatyWhateverItsQuarrels() {
    for (int year = FIRST; year <= LAST; year++) {
      LevelAssessment level = level(Dyad.of("USA", "JPN"), year);
      assertThat(level.level()).as("USA–JPN %d", year).isEqualTo(Level.ALLIANCE);
      assertThat(level.commitments()).extracting(c -> c.treaty().id()).containsExactly("USA-JPN");
    }
  }

  // ---- the documented table -------------------------------------------------------------------

  @Test
  void theDocumentedTableIsWhatTheModelGives() throws IOException {
    Path doc = find("../docs/relationship-model.md");
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    String section = text.substring(text.indexOf("### Levels on the ICEWS reference"));
    section = section.substring(0, section.indexOf("\n### ", 1));
    List<String> lines = section.lines().toList();
    Map<String, String> expected = new LinkedHashMap<>();
    for (Dyad dyad : PAIRS) {
      expected.put(dyad.label(), row(dyad));
    }
    StringBuilder table = new StringBuilder();
    expected.values().forEach(row -> table.append(row).append('\n'));
    for (Map.Entry<String, String> entry : expected.entrySet()) {
      String prefix = "| " + entry.getKey() + " |";
      assertThat(lines.stream().filter(line -> line.startsWith(prefix)).toList())
          .as(
              "%s: the row of %s in 'Levels on the ICEWS reference'; the rows are:%n%s",
              doc, entry.getKey(), table)
          .containsExactly(entry.getValue());
    }
  }

  /** {@code | CHN–RUS | entente | … | entente |}: each year, then 2002–2014. */
  static String row(Dyad dyad) {
    StringBuilder row = new StringBuilder("| " + dyad.label() + " |");
    for (int year = FIRST; year <= LAST; year++) {
      row.append(' ').append(cell(level(dyad, year))).append(" |");
    }
    row.append(' ').append(cell(overall(dyad))).append(" |");
    return row.toString();
  }

  /** {@code entente .01}, {@code ~mixed .07}: the reading (~ = leaning) and the conflict share. */
  static String cell(LevelAssessment level) {
    String reading =
        switch (level.confidence()) {
          case CONFIDENT, INSUFFICIENT -> level.level().label();
          case LEANING -> "~" + level.level().label();
        };
    String share = String.format(java.util.Locale.ROOT, "%.2f", level.conflictShare().share());
    return reading + " " + share.substring(share.indexOf('.'));
  }

  private static Path find(String relative) {
    Path here = Path.of("").toAbsolutePath();
    for (Path base : List.of(here, here.resolve("entente-analysis"))) {
      Path candidate = base.resolve(relative).normalize();
      if (Files.exists(candidate)) {
        return candidate;
      }
    }
    throw new AssertionError(relative + " not found from " + here);
  }
}
