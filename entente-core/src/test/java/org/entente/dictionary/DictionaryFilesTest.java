package org.entente.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.entente.core.EntenteException;
import org.entente.core.Tsv;
import org.junit.jupiter.api.Test;

/** The shipped dictionary files load, and broken lines are reported with file and line. */
class DictionaryFilesTest {

  private static List<Tsv.Row> rows(String file, String text) {
    return Tsv.read(file, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static final String CODES =
      "GOV\tagent\tGovernment\nMIL\tagent\tMilitary\nIGO\tgroup\tIGO\nUNO\torganization\tUnited Nations\n";
  private static final String COUNTRIES =
      "CHN\tChina\tChinese; Sino-\tBeijing\tZhongnanhai\nRUS\tRussia\tRussian\tMoscow\tKremlin\n";

  private static ActorDictionary load(
      String codes, String countries, String orgs, String agents, String people) {
    return EntenteDictionaryFiles.load(
        rows("actor-codes.tsv", codes),
        rows("countries.tsv", countries),
        rows("regions.tsv", ""),
        rows("organizations.tsv", orgs),
        rows("agents.tsv", agents),
        rows("people.tsv", people));
  }

  @Test
  void standardDictionaryCoversEveryUnMemberAndObserver() {
    ActorDictionary dictionary = ActorDictionary.standard();
    long countries =
        dictionary.vocabulary().parts().values().stream()
            .filter(p -> p.kind() == ActorVocabulary.PartKind.COUNTRY)
            .count();
    assertThat(countries).isGreaterThanOrEqualTo(197); // 193 members, 2 observers, TWN, XKX
    assertThat(dictionary.phraseCount()).isGreaterThan(1500);
  }

  @Test
  void everyCodeInTheFilesIsMadeOfKnownParts() {
    ActorDictionary dictionary = ActorDictionary.standard();
    for (ActorEntry entry : dictionary.entries()) {
      for (int i = 0; i < entry.code().code().length(); i += 3) {
        String part = entry.code().code().substring(i, i + 3);
        assertThat(dictionary.vocabulary().part(part))
            .as(entry.origin() + " part " + part)
            .isPresent();
      }
    }
  }

  @Test
  void unknownAgentIsReportedWithItsLine() {
    assertThatThrownBy(() -> load(CODES, COUNTRIES, "", "GOV\tgovernment\nGOVX\tcabinet\n", ""))
        .isInstanceOf(EntenteException.class)
        .hasMessage(
            "agents.tsv:2: 'GOVX' is not an actor code (3-letter parts such as CHN, CHNGOV,"
                + " IGOUNO)");
  }

  @Test
  void aCountryInRegionsIsRejected() {
    assertThatThrownBy(
            () ->
                EntenteDictionaryFiles.load(
                    rows("actor-codes.tsv", CODES + "EUR\tregion\tEurope\n"),
                    rows("countries.tsv", COUNTRIES),
                    rows("regions.tsv", "EUR\tEurope\tEuropean\nCHN\tEast Asia\n"),
                    rows("organizations.tsv", ""),
                    rows("agents.tsv", ""),
                    rows("people.tsv", "")))
        .hasMessage(
            "regions.tsv:2: 'CHN' is not a region code (regions are listed in actor-codes.tsv)");
  }

  @Test
  void unknownCodePartIsReportedWithItsLine() {
    assertThatThrownBy(() -> load(CODES, COUNTRIES, "IGOXYZ\tSome Body\n", "", ""))
        .hasMessage("organizations.tsv:1: unknown code part 'XYZ' in 'IGOXYZ'");
  }

  @Test
  void badDateIsReportedWithItsLine() {
    assertThatThrownBy(
            () ->
                load(
                    CODES,
                    COUNTRIES,
                    "",
                    "",
                    "Xi Jinping; Xi\tCHNGOV\t2013-03-14\t\tPresident\nLi Peng\tCHNGOV\t1988-13-01\t1998-03-16\tPremier\n"))
        .hasMessage("people.tsv:2: '1988-13-01' in column from is not a date YYYY-MM-DD");
  }

  @Test
  void missingColumnIsReportedWithItsLine() {
    assertThatThrownBy(() -> load(CODES, COUNTRIES, "", "", "Xi Jinping CHNGOV 2013-03-14\n"))
        .hasMessageStartingWith("people.tsv:1: expected 4 to 5 tab-separated columns, found 1");
  }

  @Test
  void aPhraseMeaningTwoActorsIsRejected() {
    assertThatThrownBy(() -> load(CODES, COUNTRIES + "TWN\tTaiwan\t\tBeijing\t\n", "", "", ""))
        .hasMessage(
            "countries.tsv:3: 'Beijing' already means CHN (countries.tsv:1); a phrase can stand for one actor only");
  }

  @Test
  void termEndingBeforeItStartsIsRejected() {
    assertThatThrownBy(
            () ->
                load(
                    CODES,
                    COUNTRIES,
                    "",
                    "",
                    "Xi Jinping\tCHNGOV\t2013-03-14\t2012-01-01\tPresident\n"))
        .hasMessage("people.tsv:1: term ends (2012-01-01) before it starts (2013-03-14)");
  }
}
