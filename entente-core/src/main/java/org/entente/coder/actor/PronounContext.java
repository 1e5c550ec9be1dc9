package org.entente.coder.actor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.entente.dictionary.ActorCode;
import org.entente.text.ParsedSentence;
import org.entente.text.Token;

/**
 * What a pronoun may refer to: the actors that were the subject of the last sentence in the same
 * paragraph that had one. "Russia has been selling oil to China. … It now provides military
 * technology to China": "It" is Russia. Mutable; one per document, used in sentence order.
 */
public final class PronounContext {

  /**
   * How many sentences back a definite description looks for the actor it stands for: "Brazilian
   * Finance Minister Dilson Funaro met… The minister said…" — the story named him just before.
   */
  public static final int DESCRIPTION_LOOKBACK = 3;

  private record Seen(int sentence, ActorCode code) {}

  private int paragraph = -1;
  private List<Actor> subjects = List.of();
  private final Deque<Seen> recent = new ArrayDeque<>();

  private String dateline;

  /**
   * The country of the dateline the input gives apart from the text ("CAIRO, March 16 -"), or null.
   * Wire services file much foreign news from a few hubs (London, Washington, Nicosia, Bahrain), so
   * it is the weakest cue to an official's country ({@link #filedFrom()}).
   */
  private final String filedFrom;

  /** The countries the story has named so far, in any sentence. */
  private final Set<String> named = new java.util.HashSet<>();

  /** A context for a story with no dateline given apart from its text. */
  public PronounContext() {
    this(null);
  }

  /**
   * A context for a story whose input gives its dateline apart from the text, at a place of {@code
   * filedFrom} (null: none known).
   */
  public PronounContext(String filedFrom) {
    this.filedFrom = filedFrom;
  }

  /**
   * The country the story was filed from, by the dateline the input gives apart from the text, when
   * the story has named that country itself so far: "CAIRO, March 16 - Egypt and the Soviet Union
   * are expected to sign…" … "Economy Minister Youssri Mustapha…" is Egypt's. Null otherwise: a
   * story filed from Nicosia about Iran says nothing of Cyprus.
   */
  public String filedFrom() {
    return filedFrom != null && named.contains(filedFrom) ? filedFrom : null;
  }

  private final Map<String, ActorCode> surnames = new HashMap<>();
  private final Set<String> ambiguous = new java.util.HashSet<>();
  private final Set<ActorCode> people = new LinkedHashSet<>();

  private final Map<String, ActorCode> organisations = new HashMap<>();

  /** Organisations of each kind named, with the sentence that named them, oldest first. */
  private final Map<String, java.util.List<Seen>> organisationsSeen = new HashMap<>();

  /** Remembers, for each organisation description, the last organisation of its kind named. */
  void rememberOrganisations(int sentence, List<Actor> actors) {
    for (Actor actor : actors) {
      if (!actor.isResolved()) {
        continue;
      }
      for (var kind : ActorFinder.ORGANISATION_DESCRIPTIONS.entrySet()) {
        if (kind.getValue().contains(actor.code().code())) {
          organisations.put(kind.getKey(), actor.code());
          organisationsSeen
              .computeIfAbsent(kind.getKey(), k -> new java.util.ArrayList<>())
              .add(new Seen(sentence, actor.code()));
        }
      }
    }
  }

  /** How many sentences back a lower-case description ("the bank") looks for what it stands for. */
  public static final int LOWER_DESCRIPTION_LOOKBACK = 1;

  /**
   * The one organisation of a kind named in this sentence or the {@link
   * #LOWER_DESCRIPTION_LOOKBACK} before it, or null when none or two were: "Taiwan is holding
   * discussions with the Asian Development Bank to try to settle a dispute over its representation
   * in the bank".
   */
  ActorCode recentOrganisation(String kind, int sentence) {
    ActorCode found = null;
    for (Seen seen : organisationsSeen.getOrDefault(kind, List.of())) {
      if (seen.sentence() < sentence - LOWER_DESCRIPTION_LOOKBACK) {
        continue;
      }
      if (found != null && !found.equals(seen.code())) {
        return null;
      }
      found = seen.code();
    }
    return found;
  }

  /** The organisation "the Bank", "the Fund" or "the Community" stands for in this story. */
  ActorCode organisation(String description) {
    return organisations.get(description);
  }

  /**
   * Remembers the last name of each person the sentence names with an office or title, so that the
   * story's later "Funaro said…" is "Brazilian Finance Minister Dilson Funaro" again. A name given
   * two different codes in one story is forgotten.
   */
  void rememberNames(ParsedSentence sentence, List<Actor> actors) {
    for (Actor actor : actors) {
      if (!actor.isResolved()
          || actor.end() - actor.start() < 2
          || !(actor.country() != null && actor.code().agent() != null
              || actor.code().code().startsWith("IGO") && titled(sentence, actor)
              || actor.why().stream().anyMatch(l -> l.startsWith(Offices.APPOSITIVE_OFFICE)))) {
        continue; // "ADB President Masao Fujioka" is the bank's, later "Fujioka" too
      }
      Token last = sentence.token(actor.end() - 1);
      if (!last.isProperNoun() || !Character.isUpperCase(last.word().charAt(0))) {
        continue;
      }
      if (isAcronym(last.word())) {
        continue; // "China's U.N." is no one's name: a later "U.N. Spokesman" is not China's
      }
      if (PLACE_CASES.contains(sentence.token(actor.end() - 2).lowerLemma())) {
        // "the Bank of Kenya", "the President of France", "a court in Moscow": no surname, a later
        // "Kenya" or "Moscow" is the country
        continue;
      }
      String key = last.word().toLowerCase(Locale.ROOT);
      boolean titled = false;
      for (int t = actor.start(); t < actor.end(); t++) {
        titled |= NameRuns.TITLE_WORDS.contains(sentence.token(t).lowerLemma());
      }
      if (titled) {
        people.add(actor.code()); // "Peruvian Trade Minister Ana Quispe", not "the U.S. Government"
      }
      remember(key, actor);
      String family = familyName(sentence, actor);
      if (family != null) {
        remember(family, actor); // "Premier Zhao Ziyang" … "Zhao said"
      }
    }
  }

  /**
   * Prepositions before an actor's last word that make that word a place, not a surname: "the
   * President of France", "a court in Moscow", "police from Lagos".
   */
  static final Set<String> PLACE_CASES = Set.of("of", "in", "from", "at");

  /** Whether a word is an acronym ("U.N.", "EC", "IMF"), never a person's name. */
  static boolean isAcronym(String word) {
    return word.indexOf('.') >= 0
        || word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
  }

  private void remember(String key, Actor actor) {
    ActorCode known = surnames.putIfAbsent(key, actor.code());
    if (known != null && !Objects.equals(known.country(), actor.country())) {
      ambiguous.add(key);
    }
  }

  /**
   * Countries whose people's names put the family name first, as the wires write them: "Zhao
   * Ziyang" is later "Zhao", "Rha Woong-bae" "Rha".
   */
  static final Set<String> FAMILY_NAME_FIRST =
      Set.of("CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM", "KHM", "MNG", "SGP");

  /**
   * The family name of a person of a {@link #FAMILY_NAME_FIRST} country: the first of the proper
   * nouns that end the actor after its last title word ("Premier Zhao Ziyang", "South Korean Trade
   * Minister Rha Woong-bae"), when there are two or more; else null.
   */
  private static String familyName(ParsedSentence sentence, Actor actor) {
    if (actor.country() == null || !FAMILY_NAME_FIRST.contains(actor.country())) {
      return null;
    }
    int first = actor.end() - 1;
    while (first - 1 >= actor.start()
        && sentence.token(first - 1).isProperNoun()
        && !NameRuns.TITLE_WORDS.contains(sentence.token(first - 1).lowerLemma())) {
      first--;
    }
    Token family = sentence.token(first);
    if (first >= actor.end() - 1
        || NameRuns.TITLE_WORDS.contains(sentence.token(actor.end() - 1).lowerLemma())
        || !family.isProperNoun()
        || !Character.isUpperCase(family.word().charAt(0))
        || isAcronym(family.word())) {
      return null; // "China's U.N. Representative" names no one
    }
    return family.word().toLowerCase(Locale.ROOT);
  }

  private static boolean titled(ParsedSentence sentence, Actor actor) {
    for (int t = actor.start(); t < actor.end(); t++) {
      if (NameRuns.TITLE_WORDS.contains(sentence.token(t).lowerLemma())) {
        return true;
      }
    }
    return false;
  }

  /** Sets the country of the dateline that opens the story's text, or null for none. */
  public void dateline(String country) {
    this.dateline = country;
  }

  private String lead;

  /** Records the one country the story's first sentence is about (its subject), or null. */
  void lead(String country) {
    this.lead = country;
  }

  /**
   * The one country the story's first sentence has for subject ("Sudan has rejected…"), or null.
   */
  public String lead() {
    return lead;
  }

  private List<String> leadGroup = List.of();

  /**
   * Records the countries of the story's first sentence's subjects: "The United States and Russia
   * agreed…".
   */
  void leadGroup(java.util.Collection<String> countries) {
    this.leadGroup = countries.contains(null) ? List.of() : List.copyOf(countries);
  }

  /** The country the story was filed from (its dateline field), named in it or not, or null. */
  String filedFromAnyway() {
    return filedFrom;
  }

  /** The country of the story's dateline ("KABUL, Afghanistan (Reuters) -"), or null. */
  public String dateline() {
    return dateline;
  }

  /** The code of a person the story named earlier by this last name, or null. */
  ActorCode surname(String word) {
    String key = word.toLowerCase(Locale.ROOT);
    return ambiguous.contains(key) ? null : surnames.get(key);
  }

  private final Deque<Seen> countries = new ArrayDeque<>();

  /** How many sentences back "the two sides" look for the two they stand for. */
  public static final int PAIR_LOOKBACK = 2;

  /**
   * The {@code size} countries "the two sides" or "the four leaders" stand for: the ones the last
   * sentence named, when this one names no other before the phrase ({@code earlier}); else those of
   * the last {@link #PAIR_LOOKBACK} sentences and of {@code before} (this sentence's actors before
   * the phrase, none when the phrase is an object), when they are exactly as many; of more, the
   * ones the story's lead has for subjects, or the ones that acted through a person; else an empty
   * list. An organisation counts as one of them.
   */
  List<String> group(int sentence, List<Actor> before, List<Actor> earlier, int size) {
    Set<String> last = named(sentence, List.of(), 1);
    if (last.size() == size && named(sentence, earlier, 1).size() == size && !asideOfLead(last)) {
      // "Chile expelled a Peruvian diplomat. The two countries…" are Chile and Peru, whatever pair
      // the paragraph before was about
      return List.copyOf(last);
    }
    Set<String> found = named(sentence, before, PAIR_LOOKBACK);
    // an organisation and a state are two sides too ("the European Union imposed tariffs on
    // Chinese cars… negotiators from the two sides"), but two organisations in view are not
    if (found.stream().filter(code -> code.length() > 3).count() > 1) {
      return List.of();
    }
    if (found.size() > size && leadGroup.size() == size && found.containsAll(leadGroup)) {
      // "The United States and Russia agreed… No Ukrainian officials were present. Rubio said the
      // two sides had agreed…": of more states in view, the ones the story's lead has act
      return leadGroup;
    }
    if (found.size() > size) {
      return actingGroup(sentence, size);
    }
    return found.size() == size ? List.copyOf(found) : List.of();
  }

  /**
   * Whether the states the last sentence named are an aside to the story's lead pair: one of its
   * two with a third ("Sudan and Israel agreed to normalise ties… days after Washington said it
   * would remove Sudan from its list… Delegations from the two countries will meet": Sudan and
   * Israel). A pair with none of the lead's is a new subject.
   */
  private boolean asideOfLead(Set<String> last) {
    if (leadGroup.size() != last.size() || leadGroup.containsAll(last)) {
      return false;
    }
    return leadGroup.stream().anyMatch(last::contains);
  }

  /** The states and organisations of {@code before} and of the last {@code back} sentences. */
  private Set<String> named(int sentence, List<Actor> before, int back) {
    Set<String> found = new LinkedHashSet<>();
    // a sector with no country ("the union") is no side that can be named: "LAB" is no state
    for (Seen seen : countries) {
      if (seen.sentence() >= sentence - back
          && seen.sentence() < sentence
          && !seen.code().isAgentOnly()) {
        found.add(seen.code().country() != null ? seen.code().country() : seen.code().code());
      }
    }
    for (Actor actor : before) {
      if (actor.isResolved() && !actor.code().isAgentOnly()) {
        found.add(actor.country() != null ? actor.country() : actor.code().code());
      }
    }
    return found;
  }

  /**
   * When the last sentences named more states than the group has, the ones that acted through a
   * person or a government ("Chinese President Xi Jinping and Russian President Vladimir Putin
   * pledged … as the war in Ukraine grinds on. … the two leaders signed"), if exactly two did; a
   * state named only as a place or a bare name is no side, nor is this sentence's speaker
   * ("Nigerian President Obasanjo said the two sides had agreed"). Else an empty list.
   */
  private List<String> actingGroup(int sentence, int size) {
    Set<String> acting = new LinkedHashSet<>();
    for (Seen seen : recent) {
      if (seen.sentence() >= sentence - PAIR_LOOKBACK) {
        acting.add(seen.code().country());
      }
    }
    return acting.size() == size ? List.copyOf(acting) : List.of();
  }

  /** Records the resolved actors of sentence {@code sentence}, for later descriptions. */
  void rememberActors(int sentence, List<Actor> actors) {
    for (Actor actor : actors) {
      if (actor.isResolved() && actor.country() != null) {
        named.add(actor.country());
      }
    }
    for (Actor actor : actors) {
      if (actor.isResolved()
          && (actor.country() != null || actor.code().code().startsWith("IGO"))) {
        countries.addLast(new Seen(sentence, actor.code()));
      }
    }
    while (!countries.isEmpty()
        && countries.peekFirst().sentence() < sentence - DESCRIPTION_LOOKBACK) {
      countries.removeFirst();
    }
    for (Actor actor : actors) {
      if (actor.isResolved() && actor.country() != null && actor.code().agent() != null) {
        recent.addLast(new Seen(sentence, actor.code()));
      }
    }
    while (!recent.isEmpty() && recent.peekFirst().sentence() < sentence - DESCRIPTION_LOOKBACK) {
      recent.removeFirst();
    }
  }

  /**
   * Codes of regions and blocs that countries.tsv names like states, which "the country" is not.
   */
  static final Set<String> REGIONS = Set.of("EUR", "WST", "LAM", "AFR", "MEA", "ASA", "SAM", "NAM");

  /**
   * The one state this sentence before {@code before}'s end and the last {@code lookback} sentences
   * named, or null when they named none or several: "Egypt has stopped paying its debts… The
   * government…" is Egypt's; after Japan and the U.S., "the country" is unknown.
   */
  String onlyCountry(int sentence, List<Actor> before, int lookback) {
    return onlyCountry(sentence, before, lookback, Set.of());
  }

  /**
   * The one state of {@code kinds} (all when empty) this sentence before {@code before}'s end and
   * the last {@code lookback} sentences named: after Saudi Arabia and Lebanon, "the kingdom" is
   * Saudi Arabia.
   */
  String onlyCountry(int sentence, List<Actor> before, int lookback, Set<String> kinds) {
    Set<String> found = new LinkedHashSet<>();
    for (Seen seen : countries) {
      if (seen.sentence() >= sentence - lookback && seen.code().country() != null) {
        found.add(seen.code().country());
      }
    }
    for (Actor actor : before) {
      if (actor.isResolved() && actor.country() != null) {
        found.add(actor.country());
      }
    }
    found.removeAll(REGIONS);
    if (!kinds.isEmpty()) {
      found.retainAll(kinds);
    }
    return found.size() == 1 ? found.iterator().next() : null;
  }

  /** Whether the story named any state in the sentences before this one. */
  boolean namedAny() {
    return !named.isEmpty();
  }

  /** Agents of the groups "the group" may stand for: rebels, militias, insurgents, oppositions. */
  static final Set<String> GROUP_AGENTS = Set.of("REB", "UAF", "INS", "SEP", "OPP");

  /**
   * The one named group ({@link #GROUP_AGENTS}, with a name of its own: PSEREBHMS, not PSEREB) that
   * this sentence before {@code before}'s end and the last {@link #DESCRIPTION_LOOKBACK} sentences
   * named, or null.
   */
  ActorCode onlyGroup(int sentence, List<Actor> before) {
    Set<ActorCode> found = new LinkedHashSet<>();
    for (Seen seen : countries) {
      if (seen.sentence() >= sentence - DESCRIPTION_LOOKBACK && namedGroup(seen.code())) {
        found.add(seen.code());
      }
    }
    for (Actor actor : before) {
      if (actor.isResolved() && namedGroup(actor.code())) {
        found.add(actor.code());
      }
    }
    return found.size() == 1 ? found.iterator().next() : null;
  }

  /** A country and an agent make six letters: a group's own name comes after ("PSEREBHMS"). */
  static final int NAMED_GROUP_LENGTH = 6;

  private static boolean namedGroup(ActorCode code) {
    return code.agent() != null
        && GROUP_AGENTS.contains(code.agent())
        && code.code().length() > NAMED_GROUP_LENGTH;
  }

  /**
   * The one country whose actors with {@code agent} the last sentences named, or null when there is
   * none or more than one ("the minister" after a Brazilian and a French minister is unknown).
   */
  String countryOf(String agent, int sentence) {
    Set<String> countries = new LinkedHashSet<>();
    for (Seen seen : recent) {
      if (seen.sentence() >= sentence - DESCRIPTION_LOOKBACK && agent.equals(seen.code().agent())) {
        countries.add(seen.code().country());
      }
    }
    return countries.size() == 1 ? countries.iterator().next() : null;
  }

  /**
   * The one country whose people with {@code agent} the story has named with an office so far, or
   * null: "West German Finance Minister Gerhard Stoltenberg said…" … "The minister nevertheless
   * added…", when the last sentences also named another country's government.
   */
  String personCountry(String agent) {
    Set<String> countries = new LinkedHashSet<>();
    for (ActorCode code : people) {
      if (agent.equals(code.agent())) {
        countries.add(code.country());
      }
    }
    return countries.size() == 1 ? countries.iterator().next() : null;
  }

  /**
   * How many sentences back "he" or "she" with no subject above it in its own sentence looks for
   * the person it stands for: the subject of the sentence before, or of the one before that when
   * the sentence between had no person for subject ("President Reagan announced… He accused
   * Japan…"). Wire stories put each sentence in a paragraph of its own, so the paragraph is no
   * bound here.
   */
  public static final int PERSON_LOOKBACK = 2;

  private int personSentence = -1;
  private List<Actor> person = List.of();

  /**
   * Records the person sentence {@code sentence} had for subject: the actors that may be that
   * person, or none when the person is no one the dictionary knows.
   */
  void rememberPerson(int sentence, List<Actor> actors) {
    this.personSentence = sentence;
    this.person = List.copyOf(actors);
  }

  /**
   * The actor a "he" or "she" in sentence {@code sentence} stands for when its own sentence gives
   * none: the last person the story had for subject, within {@link #PERSON_LOOKBACK} sentences,
   * when the dictionary knows that person as one actor; else an empty list.
   */
  List<Actor> person(int sentence) {
    if (personSentence < 0 || sentence - personSentence > PERSON_LOOKBACK) {
      return List.of();
    }
    return person.stream().map(Actor::code).distinct().count() == 1
        ? List.of(person.get(person.size() - 1))
        : List.of();
  }

  /** The actors "it"/"they" stand for in {@code paragraph}, or an empty list. */
  List<Actor> antecedents(int paragraph) {
    return paragraph == this.paragraph ? subjects : List.of();
  }

  private boolean pluralAntecedent;

  /**
   * Whether the antecedents were named as a plural group ("EC foreign ministers"), which "they"
   * stands for and "it" does not.
   */
  boolean pluralAntecedent() {
    return pluralAntecedent;
  }

  /** Records the subject actors of a sentence (ignored when empty). */
  void remember(int paragraph, List<Actor> subjects, boolean plural) {
    if (!subjects.isEmpty()) {
      this.paragraph = paragraph;
      this.subjects = List.copyOf(subjects);
      this.pluralAntecedent = plural;
    }
  }
}
