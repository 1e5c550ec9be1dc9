package org.entente.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.entente.core.EntenteException;
import org.entente.core.Tsv;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The files compiled from the Phoenix dictionaries ({@code people-phoenix.tsv}, {@code
 * organizations-phoenix.tsv}) load after Entente's own files, resolve known terms of office on
 * their dates, and never override Entente's own entries.
 */
class PhoenixFilesTest {

  private static ActorDictionary dictionary;
  private static DictionaryActorMatcher matcher;

  @BeforeAll
  static void load() {
    dictionary = ActorDictionary.standard();
    matcher = new DictionaryActorMatcher(dictionary);
  }

  private static List<ActorMention> find(String text, LocalDate date) {
    return matcher.find(List.of(text.split("\\s+")), null, date);
  }

  private static String codes(String text, String date) {
    return String.join(
        " ", find(text, LocalDate.parse(date)).stream().map(m -> m.code().code()).toList());
  }

  private static long entriesFrom(String file) {
    return dictionary.entries().stream().filter(e -> e.origin().startsWith(file + ":")).count();
  }

  @Test
  void bothFilesLoadWithManyEntries() {
    assertThat(entriesFrom("people-phoenix.tsv")).isGreaterThan(25_000);
    assertThat(entriesFrom("organizations-phoenix.tsv")).isGreaterThan(2_000);
    assertThat(entriesFrom("people.tsv")).isGreaterThan(1_000);
    assertThat(dictionary.phraseCount()).isGreaterThan(20_000);
  }

  @ParameterizedTest(name = "{0} on {1} → {2}")
  @CsvSource({
    // Prime Minister of Japan 1982-11-26 to 1987-11-06 (Phoenix's end date is exclusive)
    "Yasuhiro Nakasone, 1987-04-01, JPNGOV",
    "Yasuhiro Nakasone, 1987-11-05, JPNGOV",
    "Yasuhiro Nakasone, 1987-11-06, JPNELI",
    // Prime Minister 1986-88 (Phoenix); President 1995-2007 (people.tsv and Phoenix)
    "Jacques Chirac, 1987-03-01, FRAGOV",
    "Jacques Chirac, 2000-01-01, FRAGOV",
    "Jacques Chirac, 1990-01-01, FRAELI",
    // US Secretary of Defense 1981-01-21 to 1987-11-23 (Phoenix has no Malcolm Baldrige)
    "Caspar Weinberger, 1987-04-01, USAGOVMIL",
    "Secretary of Defense Caspar W. Weinberger, 1985-01-01, USAGOVMIL",
    "Caspar Weinberger, 1988-01-01, USAELI",
    // organisations
    "Intergovernmental Panel on Climate Change, 2007-01-01, IGOUNOENV",
    "Sandinistas, 1985-01-01, NICREB",
  })
  void resolvesPhoenixFactsOnTheirDates(String phrase, String date, String expected) {
    assertThat(codes(phrase, date)).isEqualTo(expected);
  }

  @Test
  void ourOwnPersonEntryWinsWhereBothHoldOnTheDate() {
    ActorMention shultz = find("George Shultz", LocalDate.of(1987, 4, 1)).get(0);
    assertThat(shultz.code().code()).isEqualTo("USAGOV");
    assertThat(shultz.why()).singleElement().asString().contains("(people.tsv:");
    // before his term in people.tsv only Phoenix knows him: a US elite
    ActorMention before = find("George Shultz", LocalDate.of(1980, 1, 1)).get(0);
    assertThat(before.code().code()).isEqualTo("USAELI");
  }

  @Test
  void aPersonOfOurOwnKeepsOurTermsWhereverPhoenixHasAnOpenOne() {
    // Phoenix: USAGOV from 2009-01-20, open-ended; people.tsv: President 2009-2017
    assertThat(codes("Barack Obama", "2020-01-01")).isEqualTo("USAELI");
    assertThat(codes("President Barack Obama", "2020-01-01")).isEqualTo("USAELI");
    assertThat(codes("Barack Obama", "2010-01-01")).isEqualTo("USAGOV");
    // a Phoenix-only variant of one of our people is not loaded: the title combines as before
    assertThat(codes("Russian President Vladimir Putin", "2019-06-05")).isEqualTo("RUSGOV");
    assertThat(find("Russian President Vladimir Putin", LocalDate.of(2019, 6, 5)).get(0).why())
        .noneMatch(line -> line.contains("phoenix"));
  }

  @Test
  void ourOwnOrganizationWins() {
    ActorMention un = find("United Nations", LocalDate.of(2000, 1, 1)).get(0);
    assertThat(un.why()).singleElement().asString().contains("(organizations.tsv:");
  }

  @Test
  void thePronounUsAndCommonWordsAreNoActors() {
    LocalDate date = LocalDate.of(2005, 6, 1);
    assertThat(find("Let us talk with them", date)).isEmpty();
    assertThat(find("the tigers and the olive trees at dawn , zero", date)).isEmpty();
    Set<String> common = Set.of("us", "we", "it", "who", "party", "army", "front", "may", "will");
    for (ActorEntry entry : dictionary.entries()) {
      if (entry.origin().contains("-phoenix.tsv:") && entry.keys().size() == 1) {
        assertThat(entry.kind()).as(entry.origin()).isEqualTo(EntryKind.ORGANIZATION);
        assertThat(common).as(entry.origin()).doesNotContain(entry.keys().get(0));
      }
    }
  }

  // ---- precedence and validation, on small rows

  private static List<Tsv.Row> rows(String file, String text) {
    return Tsv.read(file, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static final String CODES =
      "GOV\tagent\tGovernment\nELI\tagent\tElites\nREB\tagent\tRebels\nIGO\tgroup\tIGO\n"
          + "UNO\torganization\tUnited Nations\n";
  private static final String COUNTRIES = "CHN\tChina\tChinese\tBeijing\nRUS\tRussia\tRussian\n";

  private static ActorDictionary load(
      String orgs, String people, String phoenixOrgs, String phoenixPeople) {
    return EntenteDictionaryFiles.load(
        rows("actor-codes.tsv", CODES),
        rows("countries.tsv", COUNTRIES),
        rows("regions.tsv", ""),
        rows("organizations.tsv", orgs),
        rows("agents.tsv", "GOV\tgovernment\n"),
        rows("people.tsv", people),
        rows("organizations-phoenix.tsv", phoenixOrgs),
        rows("people-phoenix.tsv", phoenixPeople));
  }

  private static ActorMention first(ActorDictionary dictionary, String text, String date) {
    return new DictionaryActorMatcher(dictionary)
        .find(List.of(text.split(" ")), null, LocalDate.parse(date))
        .get(0);
  }

  @Test
  void ourPersonTermsWinAndPhoenixTermsCountOnlyOutsideTheirSpan() {
    ActorDictionary both =
        load(
            "",
            "Li Wei\tCHNGOV\t2000-01-01\t2010-12-31\tMinister\n",
            "",
            "Li Wei\tRUSGOV\t1990-01-01\t1999-12-31\tPhoenix: RUSGOV\n"
                + "Li Wei; Wei Li\tRUSGOV\t2005-01-01\t2015-12-31\tPhoenix: RUSGOV\n"
                + "Li Wei\tRUSGOV\t2011-01-01\t2012-12-31\tPhoenix: RUSGOV\n");
    assertThat(first(both, "Li Wei", "2005-01-01").code().code()).isEqualTo("CHNGOV");
    assertThat(first(both, "Li Wei", "2005-01-01").why().get(0)).contains("people.tsv:1");
    // a Phoenix term before or after our span counts; one reaching into it does not, under any
    // of its names
    assertThat(first(both, "Li Wei", "1995-01-01").code().code()).isEqualTo("RUSGOV");
    assertThat(first(both, "Li Wei", "2012-01-01").code().code()).isEqualTo("RUSGOV");
    assertThat(first(both, "Li Wei", "2014-01-01").code().code()).isEqualTo("CHNELI");
    assertThat(
            new DictionaryActorMatcher(both)
                .find(List.of("Wei", "Li"), null, LocalDate.of(2014, 1, 1)))
        .isEmpty();
    // outside every term: the country of our first entry, as an elite
    assertThat(first(both, "Li Wei", "2020-01-01").code().code()).isEqualTo("CHNELI");
  }

  @Test
  void aPhoenixPhraseThatIsOneOfOurStatesOrOrganizationsIsLeftOut() {
    ActorDictionary both =
        load(
            "IGOUNO\tUnited Nations; UN\n",
            "",
            "CHNREB\tUnited Nations; Red Sun Front\n",
            "Beijing\tRUSGOV\t2000-01-01\t2010-12-31\tPhoenix: RUSGOV\n");
    assertThat(first(both, "United Nations", "2005-01-01").code().code()).isEqualTo("IGOUNO");
    assertThat(first(both, "Red Sun Front", "2005-01-01").code().code()).isEqualTo("CHNREB");
    assertThat(first(both, "Beijing", "2005-01-01").code().code()).isEqualTo("CHN");
  }

  @Test
  void aBrokenPhoenixLineIsReportedWithItsFileAndLine() {
    assertThatThrownBy(
            () -> load("", "", "", "Li Wei\tRUSGOV\t2000-01-01\t1999-12-31\tPhoenix: RUSGOV\n"))
        .isInstanceOf(EntenteException.class)
        .hasMessageStartingWith("people-phoenix.tsv:1: term ends (1999-12-31) before it starts");
    assertThatThrownBy(() -> load("", "", "\nIGOXYZ\tFoo Council\n", ""))
        .isInstanceOf(EntenteException.class)
        .hasMessageStartingWith("organizations-phoenix.tsv:2: unknown code part 'XYZ'");
  }
}
