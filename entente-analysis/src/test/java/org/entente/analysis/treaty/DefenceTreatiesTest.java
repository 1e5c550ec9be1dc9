package org.entente.analysis.treaty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.core.EntenteException;
import org.entente.core.Tsv;
import org.junit.jupiter.api.Test;

class DefenceTreatiesTest {

  private static final DefenceTreaties TREATIES = DefenceTreaties.standard();

  private static List<String> ids(String a, String b, String date) {
    return TREATIES.inForce(a, b, LocalDate.parse(date)).stream()
        .map(c -> c.treaty().id())
        .toList();
  }

  @Test
  void theUsBilateralTreatiesBindFromTheirSignature() {
    assertThat(ids("USA", "JPN", "1987-06-30")).containsExactly("USA-JPN");
    assertThat(ids("JPN", "USA", "1959-12-31")).isEmpty();
    assertThat(ids("USA", "KOR", "2010-03-26")).containsExactly("USA-KOR");
    assertThat(ids("USA", "PHL", "2016-01-01")).containsExactly("USA-PHL");
  }

  @Test
  void natoBindsItsMembersFromTheirAccession() {
    assertThat(ids("USA", "GBR", "2003-03-20")).contains("NATO");
    assertThat(ids("USA", "POL", "1999-03-11")).isEmpty();
    assertThat(ids("USA", "POL", "1999-03-12")).containsExactly("NATO");
    assertThat(ids("FIN", "SWE", "2023-12-31")).isEmpty();
    assertThat(ids("FIN", "SWE", "2024-03-07")).containsExactly("NATO");
    assertThat(ids("GRC", "TUR", "2014-01-01")).containsExactly("NATO");
  }

  @Test
  void anzusStillBindsAustraliaButNotTheUsToNewZealandAfter1986() {
    assertThat(ids("USA", "AUS", "2014-01-01")).containsExactly("ANZUS-USA-AUS");
    assertThat(ids("AUS", "NZL", "2014-01-01")).containsExactly("ANZUS-AUS-NZL");
    assertThat(ids("USA", "NZL", "1975-01-01")).containsExactly("ANZUS-USA-NZL", "SEATO");
    assertThat(ids("USA", "NZL", "1985-01-01")).containsExactly("ANZUS-USA-NZL");
    assertThat(ids("USA", "NZL", "1987-01-01")).isEmpty();
  }

  @Test
  void thePeninsulaAndItsNeighbours() {
    assertThat(ids("CHN", "PRK", "2010-01-01")).containsExactly("CHN-PRK");
    assertThat(ids("RUS", "PRK", "2010-01-01")).isEmpty();
    assertThat(ids("RUS", "PRK", "2024-12-31")).containsExactly("RUS-PRK");
    assertThat(ids("RUS", "PRK", "1987-01-01")).containsExactly("SUN-PRK");
  }

  @Test
  void theGreatPowersOfTodayAreNotAllies() {
    for (String date : List.of("1987-06-30", "2008-08-08", "2014-03-18", "2019-06-05")) {
      assertThat(ids("USA", "RUS", date)).as("USA–RUS %s", date).isEmpty();
      assertThat(ids("USA", "CHN", date)).as("USA–CHN %s", date).isEmpty();
      assertThat(ids("CHN", "RUS", date)).as("CHN–RUS %s", date).isEmpty();
    }
    assertThat(ids("CHN", "RUS", "1955-01-01")).containsExactly("SUN-CHN");
  }

  @Test
  void theColdWarBlocsEnded() {
    assertThat(ids("RUS", "POL", "1987-06-30")).containsExactly("WARSAW");
    assertThat(ids("RUS", "POL", "1992-01-01")).isEmpty();
    assertThat(ids("RUS", "KAZ", "2014-01-01")).containsExactly("CSTO");
    assertThat(ids("RUS", "GEO", "2008-08-08")).isEmpty();
    assertThat(ids("RUS", "UKR", "2014-01-01")).isEmpty();
  }

  @Test
  void everyMemberIsACountryOfTheDictionary() throws IOException {
    Path countries = find("entente-core/src/main/resources/org/entente/dictionary/countries.tsv");
    Set<String> codes =
        Files.readAllLines(countries, StandardCharsets.UTF_8).stream()
            .filter(line -> !line.isBlank() && !line.startsWith("#"))
            .map(line -> line.split("\t")[0])
            .collect(Collectors.toSet());
    for (DefenceTreaty treaty : TREATIES.treaties()) {
      assertThat(codes).as("members of %s", treaty.id()).containsAll(TREATIES.members(treaty.id()));
      assertThat(TREATIES.members(treaty.id()))
          .as("members of %s", treaty.id())
          .hasSizeGreaterThan(1);
      assertThat(treaty.source()).as("source of %s", treaty.id()).isNotBlank();
    }
  }

  @Test
  void anUnknownTreatyIsReportedWithItsLine() {
    List<Tsv.Row> treaties = rows("treaties.tsv", "NATO\tNorth Atlantic Treaty\t1949\n");
    List<Tsv.Row> members = rows("treaty-members.tsv", "NATO\tUSA\t1949-04-04\nNATOX\tGBR\t1949\n");
    assertThatThrownBy(() -> DefenceTreaties.of(treaties, members))
        .isInstanceOf(EntenteException.class)
        .hasMessage("treaty-members.tsv:2: unknown treaty 'NATOX' (add it to treaties.tsv first)");
  }

  @Test
  void aBadDateSaysHowToWriteOne() {
    List<Tsv.Row> treaties = rows("treaties.tsv", "NATO\tNorth Atlantic Treaty\t1949\n");
    List<Tsv.Row> members = rows("treaty-members.tsv", "NATO\tUSA\t4/4/1949\n");
    assertThatThrownBy(() -> DefenceTreaties.of(treaties, members))
        .hasMessageStartingWith("treaty-members.tsv:1: '4/4/1949' is not a date");
  }

  private static List<Tsv.Row> rows(String file, String text) {
    return Tsv.read(file, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static Path find(String relative) {
    Path here = Path.of("").toAbsolutePath();
    for (Path base : List.of(here, here.getParent())) {
      Path candidate = base.resolve(relative).normalize();
      if (Files.exists(candidate)) {
        return candidate;
      }
    }
    throw new AssertionError(relative + " not found from " + here);
  }
}
