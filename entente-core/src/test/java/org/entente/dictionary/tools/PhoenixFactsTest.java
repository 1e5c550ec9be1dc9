package org.entente.dictionary.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.dictionary.ActorDictionary;
import org.entente.dictionary.petrarch.PetrarchActor;
import org.entente.dictionary.petrarch.PetrarchActorReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The converter on small Phoenix texts written here, with Entente's own files. */
class PhoenixFactsTest {

  private static ActorDictionary own;

  @BeforeAll
  static void loadOwn() {
    own = PhoenixFacts.ownDictionary();
  }

  private static PhoenixFacts.Result convert(String countries, String international) {
    Map<String, List<PetrarchActor>> actors = new LinkedHashMap<>();
    actors.put(
        "Phoenix.Countries.actors.txt",
        PetrarchActorReader.read("Phoenix.Countries.actors.txt", new StringReader(countries)));
    actors.put(
        "Phoenix.International.actors.txt",
        PetrarchActorReader.read(
            "Phoenix.International.actors.txt", new StringReader(international)));
    return PhoenixFacts.convert(actors, own, Set.of("olive", "party"));
  }

  @Test
  void aPersonBecomesOneLinePerDatedCodeWithTheExclusiveEndMovedBackADay() {
    PhoenixFacts.Result result =
        convert(
            """
            YASUHIRO_NAKASONE_  # CountryInfo.txt
            +PRIME_MINISTER_YASUHIRO_NAKASONE
            +NAKASONE
            \t[JPNELI 360101-821126]
            \t[JPNGOV 821126-871106]
            \t[JPNGOV 871106-871106]
            \t[IGOUNO 900101-910101]
            \t[XXXGOV 900101-910101]
            \t[JPNGOV <800101]
            \t[JPNELI]
            """,
            "");
    assertThat(result.persons()).isEqualTo(1);
    assertThat(result.terms())
        .containsExactly(
            new PhoenixFacts.Term(
                List.of("Yasuhiro Nakasone", "Prime Minister Yasuhiro Nakasone"),
                "JPNELI",
                LocalDate.of(1936, 1, 1),
                LocalDate.of(1982, 11, 25),
                "Phoenix: JPNELI"),
            new PhoenixFacts.Term(
                List.of("Yasuhiro Nakasone", "Prime Minister Yasuhiro Nakasone"),
                "JPNGOV",
                LocalDate.of(1982, 11, 26),
                LocalDate.of(1987, 11, 5),
                "Phoenix: JPNGOV"));
    assertThat(result.skipped())
        .containsEntry(PhoenixFacts.Skip.PHRASE_ONE_WORD_PERSON, 1)
        .containsEntry(PhoenixFacts.Skip.PERSON_CODE_EMPTY_TERM, 1)
        .containsEntry(PhoenixFacts.Skip.PERSON_CODE_NO_STATE, 1)
        .containsEntry(PhoenixFacts.Skip.PERSON_CODE_UNKNOWN, 1)
        .containsEntry(PhoenixFacts.Skip.PERSON_CODE_NO_START, 1)
        .containsEntry(PhoenixFacts.Skip.PERSON_CODE_NO_DATE, 1);
    String file = PhoenixFacts.people(result, LocalDate.of(2026, 1, 2));
    assertThat(file)
        .contains("# Generated 2026-01-02")
        .contains("MIT licence")
        .contains("1 persons, 2 terms")
        .contains(
            "Yasuhiro Nakasone; Prime Minister Yasuhiro Nakasone\tJPNGOV\t1982-11-26\t1987-11-05"
                + "\tPhoenix: JPNGOV\n");
  }

  @Test
  void organizationsArePoliticalOnesWithNamesOfTheirOwn() {
    PhoenixFacts.Result result =
        convert(
            "",
            """
            THE_UNITED_NATIONS_ [IGOUNO]
            INTERGOVERNMENTAL_PANEL_ON_CLIMATE_CHANGE_ [IGOUNOENV]
            +IPCC
            ACME_CORPORATION_ [MNCUSA]
            DAILY_PLANET_ [USAMED]
            OLIVE_ [NGODEV]
            EPA_ [VENREB]
            SANDINISTAS_ [NICREB]
            +FSLN
            SANDINISTA_FRONT_ (SF)_ [NICREB]
            MIDDLE_EAST_GROUP_ [MEAREB]
            """);
    assertThat(result.organizations())
        .containsExactly(
            new PhoenixFacts.Organization(
                "IGOUNOENV", List.of("Intergovernmental Panel on Climate Change", "Ipcc")),
            new PhoenixFacts.Organization("NICREB", List.of("Sandinistas", "FSLN")),
            new PhoenixFacts.Organization("NICREB", List.of("Sandinista Front")));
    assertThat(result.skipped())
        .containsEntry(PhoenixFacts.Skip.ORG_FIRM_OR_MEDIA, 2)
        .containsEntry(PhoenixFacts.Skip.PHRASE_OWN, 1)
        .containsEntry(PhoenixFacts.Skip.PHRASE_COMMON_WORD, 1)
        .containsEntry(PhoenixFacts.Skip.PHRASE_SHORT_ACRONYM, 1)
        .containsEntry(PhoenixFacts.Skip.ORG_NOT_POLITICAL, 1);
  }

  @Test
  void phrasesBecomeCapitalisedWords() {
    assertThat(PhoenixFacts.capitalise("BASHAR AL-ASSAD", false)).isEqualTo("Bashar al-Assad");
    assertThat(PhoenixFacts.capitalise("CHARLES DE GAULLE", false)).isEqualTo("Charles de Gaulle");
    assertThat(PhoenixFacts.capitalise("TIP O'NEILL", false)).isEqualTo("Tip O'Neill");
    assertThat(PhoenixFacts.capitalise("GEORGE H.W. BUSH", false)).isEqualTo("George H.W. Bush");
    assertThat(PhoenixFacts.capitalise("JOHN PAUL II", false)).isEqualTo("John Paul II");
    assertThat(PhoenixFacts.capitalise("UN SECRETARY GENERAL", true))
        .isEqualTo("UN Secretary General");
    assertThat(PhoenixFacts.capitalise("PARTY OF GOD", true)).isEqualTo("Party of God");
    assertThat(PhoenixFacts.capitalise("PKK", true)).isEqualTo("PKK");
    assertThat(PhoenixFacts.capitalise("HAMAS", true)).isEqualTo("Hamas");
  }
}
