package org.entente.dictionary.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.entente.core.EntenteException;
import org.entente.core.SharedFiles;
import org.junit.jupiter.api.Test;

/**
 * Reads the PETRARCH agent dictionaries.
 *
 * <p>The pinned counts were counted once by a separate Python script: agent lines are the lines
 * with {@code [} outside comments ({@code grep -c '^\s*[^#]*\[' Phoenix.agents.txt} = 2244; the
 * validation file has 88), and each line with a marker stands for as many agents as its set has
 * members ({@code !PERSON!} 5, {@code !MINIST!} 4, {@code !MINST!} 4); prefix agents end in {@code
 * ~]}, irregular plurals have text in {@code {...}}, {@code {}} says "no plural".
 */
class PetrarchAgentReaderTest {

  private static List<PetrarchAgent> file(String name) {
    return PetrarchAgentReader.read(SharedFiles.resolve("reference/petrarch/" + name));
  }

  private static List<PetrarchAgent> read(String text) {
    return PetrarchAgentReader.read("Phoenix.agents.txt", new StringReader(text));
  }

  private static PetrarchAgent agent(List<PetrarchAgent> agents, String phrase) {
    return agents.stream().filter(a -> a.phrase().text().equals(phrase)).findFirst().orElseThrow();
  }

  /** agents, distinct lines, prefix agents, irregular plurals, "no plural" ({}) agents. */
  private static List<Long> counts(List<PetrarchAgent> agents) {
    return List.of(
        (long) agents.size(),
        agents.stream().map(PetrarchAgent::origin).distinct().count(),
        agents.stream().filter(a -> a.position() == PetrarchAgent.Position.PREFIX).count(),
        agents.stream().filter(a -> !a.plurals().isEmpty()).count(),
        agents.stream().filter(a -> a.plurals().isEmpty() && !a.regularPlural()).count());
  }

  @Test
  void readsTheValidationAgents() {
    List<PetrarchAgent> agents = file("PETR.Validate.agents.txt");
    assertThat(counts(agents)).containsExactly(95L, 88L, 3L, 2L, 16L);

    PetrarchAgent minister = agent(agents, "FOREIGN_MINISTER");
    assertThat(minister.code()).isEqualTo("GOVFRM");
    assertThat(minister.position()).isEqualTo(PetrarchAgent.Position.SUFFIX);
    assertThat(minister.regularPlural()).isTrue();
    assertThat(minister.written()).isEqualTo("~GOVFRM");

    PetrarchAgent attorney = agent(agents, "ATTORNEY_GENERAL");
    assertThat(attorney.plurals()).containsExactly(PetrarchPhrase.parse("ATTORNEYS_GENERAL"));
    assertThat(attorney.regularPlural()).isFalse();

    PetrarchAgent body = agent(agents, "HUMAN_RIGHTS_BODY");
    assertThat(body.code()).isEqualTo("NGO");
    assertThat(body.position()).isEqualTo(PetrarchAgent.Position.PREFIX);

    // "POLICE {} [ ~COP]": no plural, spaces in the brackets ignored.
    PetrarchAgent police = agent(agents, "POLICE");
    assertThat(police.code()).isEqualTo("COP");
    assertThat(police.plurals()).isEmpty();
    assertThat(police.regularPlural()).isFalse();

    // "CONGRESS!PERSON! [~LEG]" with "!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON".
    assertThat(agents)
        .filteredOn(a -> a.origin().equals("PETR.Validate.agents.txt:19"))
        .extracting(a -> a.phrase().text())
        .containsExactly(
            "CONGRESSMAN", "CONGRESSMEN", "CONGRESSWOMAN", "CONGRESSWOMEN", "CONGRESSPERSON");
    assertThat(agent(agents, "MINISTRIES_OF_SILLY_WALKS").code()).isEqualTo("GOV");
  }

  @Test
  void readsThePhoenixAgents() {
    List<PetrarchAgent> agents = file("Phoenix.agents.txt");
    assertThat(counts(agents)).containsExactly(3374L, 2244L, 3L, 29L, 51L);

    assertThat(agent(agents, "FOREIGN_MINISTER").origin()).isEqualTo("Phoenix.agents.txt:726");
    assertThat(agent(agents, "CHIEF EXECUTIVE").phrase().words())
        .containsExactly("CHIEF", "EXECUTIVE");
    // "[~ENV}" is read as "[~ENV]".
    assertThat(agent(agents, "DEPARMENT_OF_ENVIRONMENT").code()).isEqualTo("ENV");
    // "ISLAMIC_EXTREMIST" has no code and is skipped, as PETRARCH skips it.
    assertThat(agents).noneMatch(a -> a.phrase().text().equals("ISLAMIC_EXTREMIST"));
    assertThat(agent(agents, "ISLAMIC_EXTREMIST_GROUP").code()).isEqualTo("MUSRAD");
  }

  @Test
  void reportsBadLinesWithFileAndLine() {
    assertError(
        "# header\n".repeat(211) + "PRESIDENT [~GOVX\n",
        "Phoenix.agents.txt:212: code '[~GOVX' is not closed");
    assertError(
        "PRESIDENT [GOV]\n",
        "Phoenix.agents.txt:1: agent code '[GOV]' has no '~' (write [~GOV] for a code after the"
            + " actor's, [NGO~] for one before)");
    assertError(
        "PRESIDENT [~]\n", "Phoenix.agents.txt:1: agent code '[~]' is not [~CODE] or [CODE~]");
    assertError(
        "PRESIDENT [~GOV] EXTRA\n", "Phoenix.agents.txt:1: unexpected 'EXTRA' after the code");
    assertError(
        "ATTORNEY_GENERAL {ATTORNEYS_GENERAL [~GOV]\n",
        "Phoenix.agents.txt:1: plural '{ATTORNEYS_GENERAL' is not closed");
    assertError(
        "CATTLE!PERSON! [~AGR]\n",
        "Phoenix.agents.txt:1: substitution set !PERSON! is not defined (define it above:"
            + " !PERSON! = WORD, WORD)");
    assertError(
        "!PERSON! = MAN\nCATTLE!PERSON [~AGR]\n",
        "Phoenix.agents.txt:2: substitution marker '!PERSON' is not closed by '!'");
    assertError(
        "!PERSON! = ,\n",
        "Phoenix.agents.txt:1: substitution set !PERSON! has no members (write !PERSON! = WORD,"
            + " WORD)");
    assertError("{} [~GOV]\n", "Phoenix.agents.txt:1: agent '' has no words");
  }

  private static void assertError(String text, String message) {
    assertThatThrownBy(() -> read(text)).isInstanceOf(EntenteException.class).hasMessage(message);
  }
}
