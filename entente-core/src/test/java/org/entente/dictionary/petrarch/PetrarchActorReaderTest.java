package org.entente.dictionary.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.entente.core.EntenteException;
import org.entente.core.SharedFiles;
import org.junit.jupiter.api.Test;

/**
 * Reads every PETRARCH actor dictionary in {@code shared/reference/petrarch}.
 *
 * <p>The pinned counts were counted once outside Java, by a separate Python script that strips
 * comments as PETRARCH does ({@code #} outside brackets, {@code <!-- -->}, lines starting {@code
 * <!}) and counts head lines (neither {@code +} nor {@code [}), {@code +} lines, {@code [...]}
 * groups and groups with a date; and cross-checked with grep: {@code grep -c '^+' FILE} gives the
 * synonyms, {@code grep -v '^\s*#' FILE | sed 's/#.*$//' | grep -o '\[[^]]*\]' | wc -l} the codes
 * (139 for the validation file, whose comment {@code <!-- DATE RESTRICTIONS [DATE records] -->}
 * grep counts too; 28389 for the countries, of which 4 have a date off the calendar and are
 * dropped).
 */
class PetrarchActorReaderTest {

  private static List<PetrarchActor> file(String name) {
    return PetrarchActorReader.read(SharedFiles.resolve("reference/petrarch/" + name));
  }

  private static List<PetrarchActor> read(String text) {
    return PetrarchActorReader.read("test.actors.txt", new StringReader(text));
  }

  private static PetrarchActor actor(List<PetrarchActor> actors, String phrase) {
    return actors.stream().filter(a -> a.phrase().text().equals(phrase)).findFirst().orElseThrow();
  }

  /** actors, synonyms, codes, dated codes, actors without codes, {@code ---} codes. */
  private static List<Long> counts(List<PetrarchActor> actors) {
    return List.of(
        (long) actors.size(),
        actors.stream().mapToLong(a -> a.synonyms().size()).sum(),
        actors.stream().mapToLong(a -> a.codes().size()).sum(),
        actors.stream().flatMap(a -> a.codes().stream()).filter(c -> c.isDated()).count(),
        actors.stream().filter(a -> a.codes().isEmpty()).count(),
        actors.stream().flatMap(a -> a.codes().stream()).filter(c -> c.code().isNone()).count());
  }

  @Test
  void readsTheValidationActors() {
    List<PetrarchActor> actors = file("PETR.Validate.actors.txt");
    assertThat(counts(actors)).containsExactly(128L, 33L, 138L, 13L, 0L, 2L);

    PetrarchActor gollum = actor(actors, "GOLLUM");
    assertThat(gollum.synonyms())
        .extracting(PetrarchPhrase::text)
        .containsExactly("SMEAGOL", "SLINKER", "STINKER");
    assertThat(gollum.codes())
        .containsExactly(
            new PetrarchDatedCode(
                "HOB < 950601", new PetrarchCode("HOB"), null, LocalDate.of(1995, 6, 1)),
            new PetrarchDatedCode(
                "HOBGOV 19950601 - 19990815",
                new PetrarchCode("HOBGOV"),
                LocalDate.of(1995, 6, 1),
                LocalDate.of(1999, 8, 15)),
            new PetrarchDatedCode(
                "HOBREB > 990816", new PetrarchCode("HOBREB"), LocalDate.of(1999, 8, 16), null));
    assertThat(gollum.origin()).isEqualTo("PETR.Validate.actors.txt:86");

    PetrarchActor sam = actor(actors, "SAM_GAMGEE");
    assertThat(sam.codes())
        .extracting(c -> c.code().text())
        .containsExactly("HOB", "HOBCIV", "ORCHOB", "HOBMIL", "HOBGOV", "HOBELI");
    PetrarchDatedCode mil = sam.codes().get(3);
    assertThat(mil.holdsOn(LocalDate.of(2008, 1, 20))).isTrue();
    assertThat(mil.holdsOn(LocalDate.of(2012, 11, 9))).isFalse();
    assertThat(mil.lastDay()).isEqualTo(LocalDate.of(2012, 11, 8));

    PetrarchActor hamasWing = actor(actors, "HAMAS WING");
    assertThat(hamasWing.phrase().words()).containsExactly("HAMAS", "WING");
    assertThat(actor(actors, "ARNOR_").phrase().exact()).isTrue();
    assertThat(actor(actors, "ARGENTIN").phrase().exact()).isFalse();
    assertThat(actor(actors, "INTERNATIONAL_CRIMINAL_POLICE_ORGANIZATION_").codes())
        .extracting(c -> c.code().text())
        .containsExactly("IGOCOPITP");
    assertThat(actor(actors, "BOROMIR").codes().get(0).code().isNone()).isTrue();
  }

  @Test
  void readsTheCountryActors() {
    List<PetrarchActor> actors = file("Phoenix.Countries.actors.txt");
    assertThat(counts(actors)).containsExactly(18390L, 7527L, 28385L, 26106L, 37L, 2L);

    PetrarchActor afghanistan = actors.get(0);
    assertThat(afghanistan.phrase().text()).isEqualTo("AFGHANISTAN_");
    assertThat(afghanistan.codes()).extracting(c -> c.code().text()).containsExactly("AFG");
    assertThat(afghanistan.synonyms().get(0)).isEqualTo(PetrarchPhrase.parse("AFGHAN_"));

    PetrarchActor bouteflika = actor(actors, "ABDELAZIZ_BOUTEFLIKA_");
    assertThat(bouteflika.codes())
        .containsExactly(
            new PetrarchDatedCode(
                "DZAELI 550101-000101",
                new PetrarchCode("DZAELI"),
                LocalDate.of(1955, 1, 1),
                LocalDate.of(2000, 1, 1)),
            new PetrarchDatedCode(
                "DZAGOV >990427", new PetrarchCode("DZAGOV"), LocalDate.of(1999, 4, 27), null),
            new PetrarchDatedCode("DZAELI", new PetrarchCode("DZAELI"), null, null));

    // [IRQOCC 1920030320-20060520]: day 0320 is not on the calendar, so the code is dropped.
    assertThat(actor(actors, "IRAQ_").codes())
        .extracting(c -> c.text())
        .containsExactly("IRQ <20030320", "IRQ >20060520");
    // "+WEST_PAPUA#_VERY_IFFY_": '#' starts a comment even inside a phrase, as in PETRARCH.
    assertThat(actor(actors, "INDONESIA_").synonyms()).contains(PetrarchPhrase.parse("WEST_PAPUA"));
  }

  @Test
  void readsTheInternationalActors() {
    List<PetrarchActor> actors = file("Phoenix.International.actors.txt");
    assertThat(counts(actors)).containsExactly(7841L, 66L, 7896L, 452L, 3L, 2L);

    assertThat(actor(actors, "U.N._").codes()).isEmpty();
    PetrarchActor ban = actor(actors, "SECRETARY-GENERAL_BAN_KI-MOON");
    assertThat(ban.synonyms()).hasSize(4);
    // "2004017" is read as PETRARCH reads it: year 2004, month 01, day 7.
    assertThat(ban.codes().get(1).from()).isEqualTo(LocalDate.of(2004, 1, 7));
    PetrarchActor cuellar = actor(actors, "JAVIER_DE_CUELLAR_");
    assertThat(cuellar.codes())
        .extracting(PetrarchDatedCode::text)
        .containsExactly("IGOUNO 820101-911231", "ELI");
    // The MNC section has sector and revenue columns after the code; they are ignored.
    assertThat(actor(actors, "A.H._BELO_CORPORATION_").codes())
        .extracting(c -> c.code().text())
        .containsExactly("MNCMED");
  }

  @Test
  void readsTheNonStateActors() {
    List<PetrarchActor> actors = file("Phoenix.MilNonState.actors.txt");
    assertThat(counts(actors)).containsExactly(1021L, 772L, 1021L, 1L, 0L, 0L);
    PetrarchActor abuNidal = actors.get(0);
    assertThat(abuNidal.phrase().text()).isEqualTo("ABU_NIDAL_ORGANIZATION");
    assertThat(abuNidal.codes()).extracting(c -> c.code().text()).containsExactly("IMGMUSALQ");
    assertThat(abuNidal.synonyms()).hasSize(4);
    // A blank line does not end the block: the synonyms below it still belong to the group.
    assertThat(actor(actors, "PEOPLE'S_WAR_GROUP_").synonyms()).hasSize(3);
  }

  @Test
  void takesOutCommentsAsPetrarchDoes() {
    List<PetrarchActor> actors =
        read(
            "<!-- a comment\n"
                + "ISRAEL [ISR] spread over lines -->\n"
                + "<! -- a line starting <! is a comment -->\n"
                + "EGYPT  [EGY] #JW   9/10/91\n"
                + "+CAIRO_<!-- inline --> # and a comment\n"
                + "\tGAZA [PSE]\n"
                + "NASGUL [###]\n");
    assertThat(actors)
        .extracting(a -> a.phrase().text())
        .containsExactly("EGYPT", "GAZA", "NASGUL");
    assertThat(actors.get(0).synonyms()).extracting(PetrarchPhrase::text).containsExactly("CAIRO_");
    assertThat(actors.get(0).origin()).isEqualTo("test.actors.txt:4");
    assertThat(actors.get(2).codes().get(0).code().text()).isEqualTo("###");
  }

  @Test
  void readsTheDateForms() {
    List<PetrarchDatedCode> codes =
        read("X\n[A 2009-01-20 - 2010-01-01]\n[B >2009-01-20]\n[C <20090120]\n[D 19820101]\n")
            .get(0)
            .codes();
    assertThat(codes.get(0).from()).isEqualTo(LocalDate.of(2009, 1, 20));
    assertThat(codes.get(0).to()).isEqualTo(LocalDate.of(2010, 1, 1));
    assertThat(codes.get(1).from()).isEqualTo(LocalDate.of(2009, 1, 20));
    assertThat(codes.get(2).to()).isEqualTo(LocalDate.of(2009, 1, 20));
    // A bare date reads as "from then on".
    assertThat(codes.get(3).from()).isEqualTo(LocalDate.of(1982, 1, 1));
    assertThat(codes.get(3).to()).isNull();
  }

  @Test
  void reportsBadLinesWithFileAndLine() {
    assertError("+SMEAGOL\n", "test.actors.txt:1: synonym '+SMEAGOL' comes before any actor");
    assertError("\n\t[HOB]\n", "test.actors.txt:2: code '[HOB]' comes before any actor");
    assertError("HAMAS [PSEREB\n", "test.actors.txt:1: code '[PSEREB' is not closed");
    assertError("HAMAS [PSEREB # a comment\n", "test.actors.txt:1: code '[PSEREB' is not closed");
    assertError(
        "GOLLUM\n+SMEAGOL [HOB]\n",
        "test.actors.txt:2: synonym '+SMEAGOL [HOB]' has a code; codes go on the actor's line or"
            + " on lines of their own");
    assertError(
        "GOLLUM\n\t[HOB <95x601]\n",
        "test.actors.txt:2: date restriction '<95x601' in code '[HOB <95x601]' is not <DATE,"
            + " >DATE or DATE-DATE (dates are YYMMDD, YYYYMMDD or YYYY-MM-DD)");
    assertError(
        "GOLLUM [HOB >12345]\n",
        "test.actors.txt:1: date '12345' in code '[HOB >12345]' is not YYMMDD, YYYYMMDD or"
            + " YYYY-MM-DD");
    assertError("GOLLUM []\n", "test.actors.txt:1: empty code '[]'");
    assertError(
        "GOLLUM [HOB] SMEAGOL [HOBGOV]\n",
        "test.actors.txt:1: unexpected 'SMEAGOL [HOBGOV]' between codes (a line holds a phrase,"
            + " then codes in [...])");
    assertError("___ [HOB]\n", "test.actors.txt:1: actor '___' has no words");
    assertError("GOLLUM\n+_\n", "test.actors.txt:2: synonym '_' has no words");
    assertError(
        "GOLLUM [HOB]\n<!-- never closed\n\n",
        "test.actors.txt:2: comment '<!--' is never closed (end it with -->)");
  }

  private static void assertError(String text, String message) {
    assertThatThrownBy(() -> read(text))
        .isInstanceOfSatisfying(
            EntenteException.class,
            e -> assertThat(e.kind()).isEqualTo(EntenteException.Kind.BAD_DATA))
        .hasMessage(message);
  }
}
