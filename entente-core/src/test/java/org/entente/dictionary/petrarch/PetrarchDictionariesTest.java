package org.entente.dictionary.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.core.SharedFiles;
import org.entente.dictionary.ActorDictionary;
import org.entente.dictionary.ActorEntry;
import org.entente.dictionary.ActorMention;
import org.entente.dictionary.ActorVocabulary;
import org.entente.dictionary.DictionaryActorMatcher;
import org.entente.dictionary.EntryKind;
import org.entente.dictionary.TestVocabularies;
import org.entente.dictionary.petrarch.PetrarchDictionaries.Skip;
import org.junit.jupiter.api.Test;

/**
 * Converts PETRARCH actors and agents into entries of Entente's actor dictionary and matches text
 * with them. Uses a small vocabulary made for the test (the validation suite's hobbits and orcs are
 * countries here), so that it does not depend on Entente's own vocabulary files.
 */
class PetrarchDictionariesTest {

  private static final ActorVocabulary VOCABULARY =
      TestVocabularies.of(
          Map.of(
              "ISR", "Israel",
              "EGY", "Egypt",
              "USA", "United States",
              "PSE", "Palestine",
              "HOB", "The Shire",
              "ORC", "Mordor"),
          "GOV\tagent\tGovernment",
          "MIL\tagent\tMilitary",
          "ELI\tagent\tElites",
          "CIV\tagent\tCivilians",
          "REB\tagent\tRebels",
          "LEG\tagent\tLegislature",
          "IGO\tgroup\tInter-governmental organization",
          "NGO\tgroup\tNon-governmental organization",
          "UNO\torganization\tUnited Nations");

  private static List<PetrarchActor> actors(String text) {
    return PetrarchActorReader.read("test.actors.txt", new StringReader(text));
  }

  private static List<PetrarchAgent> agents(String text) {
    return PetrarchAgentReader.read("test.agents.txt", new StringReader(text));
  }

  @Test
  void convertsEachKindOfEntryAndCountsWhatItSkips() {
    PetrarchDictionaries.Conversion conversion =
        PetrarchDictionaries.toActorEntries(
            actors(
                "ISRAEL_ [ISR]\n+ISRAELI_\n"
                    + "UNITED_NATIONS [IGOUNO]\n+UN_\n"
                    + "AUSTRALIA [AUS]\n"
                    + "BOROMIR [---]\n"
                    + "HAMFAST_GAMGEE [HOB]\n\t[HOBGOV 20121109-20130119]\n\t[HOBELI 130102-130101]\n"),
            agents(
                "!PERSON! = MAN, MEN\n"
                    + "CONGRESS!PERSON! [~LEG]\n"
                    + "THIEF {THIEVES} [~REB]\n"
                    + "HUMAN_RIGHTS_BODY [NGO~]\n"
                    + "INTELLIGENCE_CHIEF [~SPY]\n"
                    + "PEACEKEEPER [~IGO]\n"),
            VOCABULARY);

    assertThat(conversion.skipped())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                Skip.UNKNOWN_CODE, 2, // AUS, SPY
                Skip.NO_CODE, 1, // BOROMIR
                Skip.EMPTY_TERM, 1, // 130102-130101 ends before it starts
                Skip.PREFIX_AGENT, 1, // NGO~
                Skip.NOT_AN_AGENT, 1)); // IGO is a group
    assertThat(conversion.entries())
        .extracting(e -> e.phrase() + " " + e.keys() + " " + e.code() + " " + e.kind())
        .containsExactly(
            "ISRAEL_ [israel] ISR NAME",
            "ISRAELI_ [israeli] ISR NAME",
            "UNITED_NATIONS [united, nations] IGOUNO ORGANIZATION",
            "UN_ [UN] IGOUNO ORGANIZATION",
            "HAMFAST_GAMGEE [hamfast, gamgee] HOBGOV PERSON",
            "HAMFAST_GAMGEE [hamfast, gamgee] HOB PERSON",
            "CONGRESSMAN [congressman] LEG AGENT",
            "CONGRESSMEN [congressmen] LEG AGENT",
            "THIEF [thief] REB AGENT",
            "THIEVES [thieves] REB AGENT");

    ActorEntry israel = conversion.entries().get(0);
    assertThat(israel.label()).isEqualTo("Israel");
    assertThat(israel.origin()).isEqualTo("test.actors.txt:1");
    ActorEntry term = conversion.entries().get(4);
    assertThat(term.from()).isEqualTo(LocalDate.of(2012, 11, 9));
    assertThat(term.to()).isEqualTo(LocalDate.of(2013, 1, 19));
    assertThat(term.label()).isEqualTo("HAMFAST GAMGEE");
    assertThat(conversion.entries().get(6).code().agent()).isEqualTo("LEG");
  }

  @Test
  void matchesTextWithTheValidationDictionaries() {
    PetrarchDictionaries.Conversion conversion =
        PetrarchDictionaries.toActorEntries(
            PetrarchActorReader.read(
                SharedFiles.resolve("reference/petrarch/PETR.Validate.actors.txt")),
            PetrarchAgentReader.read(
                SharedFiles.resolve("reference/petrarch/PETR.Validate.agents.txt")),
            VOCABULARY);
    // BOROMIR [---] and PRINCE OF DOL AMROTH [--- <950630]; the three [NGO~] agents.
    assertThat(conversion.skipped(Skip.NO_CODE)).isEqualTo(2);
    assertThat(conversion.skipped(Skip.PREFIX_AGENT)).isEqualTo(3);
    ActorDictionary.Builder builder = ActorDictionary.builder(VOCABULARY);
    conversion.entries().forEach(builder::add);
    DictionaryActorMatcher matcher = new DictionaryActorMatcher(builder.build());

    // SAM_GAMGEE [HOB] with five dated codes; the first that holds wins, [HOB] is the fallback.
    assertThat(code(matcher, "Sam Gamgee spoke", LocalDate.of(2005, 3, 1))).isEqualTo("HOBCIV");
    assertThat(code(matcher, "Sam Gamgee spoke", LocalDate.of(2010, 1, 10))).isEqualTo("ORCHOB");
    // a range holds on both its days: ORCHOB's last, and HOBMIL's last before HOBGOV's first
    assertThat(code(matcher, "Sam Gamgee spoke", LocalDate.of(2010, 1, 12))).isEqualTo("ORCHOB");
    assertThat(code(matcher, "Sam Gamgee spoke", LocalDate.of(2010, 1, 13))).isEqualTo("HOBMIL");
    assertThat(code(matcher, "Sam Gamgee spoke", LocalDate.of(2012, 11, 9))).isEqualTo("HOBMIL");
    assertThat(code(matcher, "Sam Gamgee spoke", LocalDate.of(2012, 11, 10))).isEqualTo("HOBGOV");
    assertThat(code(matcher, "Sam Gamgee spoke", LocalDate.of(2014, 1, 1))).isEqualTo("HOBELI");
    LocalDate day = LocalDate.of(2014, 6, 1);
    assertThat(code(matcher, "Hamfast Gamgee spoke", day)).isEqualTo("HOB");
    assertThat(code(matcher, "Israeli troops fired", day)).isEqualTo("ISRMIL");
    assertThat(code(matcher, "the Egyptian government said", day)).isEqualTo("EGYGOV");
    assertThat(code(matcher, "the White House said", day)).isEqualTo("USAGOV");
    // Keys are case-free: "ISRAEL" in the dictionary matches "Israel" in text.
    assertThat(code(matcher, "Israel said", day)).isEqualTo("ISR");
  }

  @Test
  void loadsThePhoenixDictionariesWithEntentesVocabulary() {
    ActorVocabulary vocabulary = ActorDictionary.standard().vocabulary();
    List<PetrarchActor> actors = new ArrayList<>();
    for (String file :
        List.of(
            "Phoenix.Countries.actors.txt",
            "Phoenix.International.actors.txt",
            "Phoenix.MilNonState.actors.txt")) {
      actors.addAll(PetrarchActorReader.read(SharedFiles.resolve("reference/petrarch/" + file)));
    }
    PetrarchDictionaries.Conversion conversion =
        PetrarchDictionaries.toActorEntries(
            actors,
            PetrarchAgentReader.read(SharedFiles.resolve("reference/petrarch/Phoenix.agents.txt")),
            vocabulary);
    // Codes with parts Entente's vocabulary lacks (religions such as CHR, territories such as
    // BMU, Phoenix's ROU where CAMEO has ROM) are skipped; the rest loads into the matcher.
    assertThat(conversion.skipped(Skip.UNKNOWN_CODE)).isPositive();
    assertThat(conversion.entries().size()).isGreaterThan(40_000);
    ActorDictionary.Builder builder = ActorDictionary.builder(vocabulary);
    conversion.entries().forEach(builder::add);
    DictionaryActorMatcher matcher = new DictionaryActorMatcher(builder.build());
    LocalDate day = LocalDate.of(2019, 6, 5);
    assertThat(code(matcher, "Russian President Vladimir Putin said", day)).isEqualTo("RUSGOV");
    assertThat(code(matcher, "Chinese troops", day)).isEqualTo("CHNMIL");
  }

  private static String code(DictionaryActorMatcher matcher, String sentence, LocalDate date) {
    List<ActorMention> mentions = matcher.find(List.of(sentence.split(" ")), null, date);
    assertThat(mentions).as(sentence).isNotEmpty();
    return mentions.get(0).code().code();
  }

  @Test
  void keepsTheKindOfTheDictionaryEntries() {
    PetrarchDictionaries.Conversion conversion =
        PetrarchDictionaries.toActorEntries(
            actors("GAZA_CITY [PSE]\nGOLLUM\n\t[HOB < 950601]\n"), List.of(), VOCABULARY);
    assertThat(conversion.entries())
        .extracting(ActorEntry::kind)
        .containsExactly(EntryKind.NAME, EntryKind.PERSON);
    assertThat(conversion.entries().get(1).to()).isEqualTo(LocalDate.of(1995, 5, 31));
  }
}
