package org.entente.coder.actor;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.dictionary.DictionaryActorMatcher;
import org.entente.text.Arcs;
import org.entente.text.Dependency;
import org.entente.text.ParsedSentence;

/**
 * Country names that name no actor: the country of a currency, a rate, a market or an index ("the
 * U.S. dlr", "the West German mark", "the London Interbank Offered Rate", "the Tokyo stock
 * exchange"), or of a clock ("1100 Tokyo time"). A country word that modifies one of these nouns is
 * dropped; "the U.S. Treasury" and "U.S. officials" keep theirs.
 */
public final class NotActors {

  /** Nouns whose country modifier is no actor. */
  static final Set<String> NON_ACTOR_HEADS =
      Set.of(
          "dollar",
          "dlr",
          "dlrs",
          "franc",
          "mark",
          "yen",
          "pound",
          "sterling",
          "lira",
          "peseta",
          "rouble",
          "ruble",
          "rupee",
          "won",
          "yuan",
          "renminbi",
          "guilder",
          "crown",
          "currency",
          "rate",
          "libor",
          "interbank",
          "bond",
          "index",
          "stock",
          "share",
          "exchange",
          "bourse",
          "market",
          "time",
          "ocean",
          "sea",
          "subcontinent",
          "peninsula");

  /**
   * Agreements named after a place: "the Berne Agreement", "the Tokyo accord", "the Louvre pact". A
   * place or country directly before one of these names the agreement, not a party to it — unless
   * it is one of a hyphenated pair of parties ("the U.S.-Japanese pact").
   */
  public static final Set<String> NAMED_AGREEMENTS =
      Set.of(
          "agreement", "accord", "accords", "protocol", "treaty", "pact", "declaration", "round");

  /**
   * Gatherings named after the place they are held: "the Paris session", "the Venice summit", "a
   * Washington meeting". A city or capital directly before one of these is where, not who.
   */
  public static final Set<String> PLACED_GATHERINGS =
      Set.of("summit", "session", "meeting", "talks", "conference", "negotiations", "gathering");

  private NotActors() {}

  /**
   * Removes from {@code actors} the country mentions that modify a non-actor noun, and a dateline
   * ("ROME - Israeli Foreign Minister Shimon Peres discussed…": Rome is where the story was filed).
   */
  /**
   * Titles whose "to X" or "in X" names the post, not a party: "the U.S. Ambassador to Thailand".
   */
  static final Set<String> POSTED_TITLES = DictionaryActorMatcher.POSTED_TITLES;

  static void remove(ParsedSentence sentence, Arcs arcs, List<Actor> actors) {
    List<Actor> all = List.copyOf(actors);
    actors.removeIf(
        actor ->
            isDateline(sentence, actor)
                || isPostAtBody(sentence, actor, all)
                || isPost(sentence, actor)
                || isBacker(sentence, actor)
                || isPartOfName(sentence, actor)
                || isOpposed(sentence, actor)
                || (actor.code().agent() == null && modifiesNonActor(sentence, arcs, actor)));
  }

  /**
   * An organisation between a country and an envoy's title is where the envoy is posted:
   * "Pakistan's acting U.N. representative", "the Soviet U.N. ambassador" speak for the country.
   */
  private static boolean isPostAtBody(ParsedSentence sentence, Actor actor, List<Actor> all) {
    if (!actor.isResolved()
        || actor.country() != null
        || actor.end() >= sentence.size()
        || !POSTED_TITLES.contains(sentence.token(actor.end()).word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    int k = actor.start() - 1;
    while (k >= 0
        && (sentence.token(k).pos().equals("POS")
            || Offices.RANK_WORDS.contains(sentence.token(k).word().toLowerCase(Locale.ROOT)))) {
      k--;
    }
    int before = k;
    return before >= 0
        && all.stream().anyMatch(a -> a.covers(before) && a.isResolved() && a.country() != null);
  }

  /**
   * A country named as what a group opposes is no actor: "Anti-American Shiite militias attacked a
   * British convoy" is no American attack, "anti-Baghdad Kurdish guerrillas" no Iraqi act. The
   * group's country comes from elsewhere (its place, the story's dateline).
   */
  private static boolean isOpposed(ParsedSentence sentence, Actor actor) {
    String word = sentence.token(actor.start()).word().toLowerCase(java.util.Locale.ROOT);
    return actor.end() - actor.start() == 1 && word.startsWith(OPPOSING_PREFIX);
  }

  /** The prefix of a word naming what one opposes: "anti-American", "anti-Baghdad". */
  static final String OPPOSING_PREFIX = "anti-";

  /**
   * Participles after a hyphen that make a country the backer of what follows, not an actor of the
   * sentence: "Angola's U.S.-backed UNITA rebel group has offered to reopen the railroad" is no
   * offer to the U.S., "the Syrian-backed Amal militia" no Syrian militia. ("-led" is not one:
   * "Nigerian-led troops" act for Nigeria; nor "-brokered": "a U.S.-brokered peace agreement" is
   * the mediation of the U.S., {@code SentenceCoding.codeMediatedDeal}.)
   */
  static final Set<String> BACKING_PARTICIPLES =
      Set.of(
          "backed",
          "supported",
          "sponsored",
          "funded",
          "financed",
          "armed",
          "trained",
          "controlled",
          "owned");

  /** Things whose owner "-owned" names as their country, as a flag does: ships and aircraft. */
  static final Set<String> OWNED_VESSELS =
      Set.of(
          "ship",
          "tanker",
          "vessel",
          "boat",
          "freighter",
          "carrier",
          "trawler",
          "aircraft",
          "plane",
          "airliner",
          "jet",
          "helicopter");

  /** Whether the noun phrase from {@code start} ("oil tanker", "ship") ends in a vessel. */
  private static boolean ownedVessel(ParsedSentence sentence, int start) {
    for (int t = start; t < Math.min(sentence.size(), start + 3); t++) {
      if (OWNED_VESSELS.contains(sentence.token(t).lowerLemma())) {
        return true;
      }
      if (!sentence.token(t).isNoun() && !sentence.token(t).pos().startsWith("JJ")) {
        return false;
      }
    }
    return false;
  }

  private static boolean isBacker(ParsedSentence sentence, Actor actor) {
    if (actor.code() != null && actor.code().agent() != null) {
      return false; // "state-owned", "state-controlled": the state's own firms
    }
    int hyphen = actor.end();
    if (hyphen + 1 < sentence.size()
        && sentence.token(hyphen).word().equals("-")
        && BACKING_PARTICIPLES.contains(
            sentence.token(hyphen + 1).word().toLowerCase(java.util.Locale.ROOT))) {
      // "a British-owned tanker", "a Kuwaiti-owned ship": the country a vessel belongs to is the
      // one an attack on it is aimed at, as a flag is
      return !(sentence.token(hyphen + 1).word().equalsIgnoreCase("owned")
          && ownedVessel(sentence, hyphen + 2));
    }
    String word = sentence.token(actor.end() - 1).word().toLowerCase(java.util.Locale.ROOT);
    int dash = word.lastIndexOf('-');
    return dash > 0 && BACKING_PARTICIPLES.contains(word.substring(dash + 1));
  }

  /**
   * A compass word that begins a longer name is part of it, not "the West": "West Darfur State",
   * "East Jerusalem", "North Rhine-Westphalia".
   */
  private static boolean isPartOfName(ParsedSentence sentence, Actor actor) {
    return actor.end() - actor.start() == 1
        && actor.end() < sentence.size()
        && NameRuns.REGION_WORDS.contains(actor.text().toLowerCase(java.util.Locale.ROOT))
        && sentence.token(actor.end()).isProperNoun();
  }

  /**
   * The countries that are only the post of a title ("its ambassador to Iran"): no actor's country,
   * but the place the post is in, which {@link ActorFinder} keeps as a place.
   */
  static List<Actor> posts(ParsedSentence sentence, List<Actor> actors) {
    return actors.stream()
        .filter(actor -> actor.country() != null && isPost(sentence, actor))
        .toList();
  }

  /** The prepositions that give a title its post: "ambassador to Thailand", "envoy in Tokyo". */
  static final Set<String> POST_PREPOSITIONS = Set.of("to", "in");

  /**
   * Whether the actor is only the post of a title before it: "the U.S. Ambassador to Thailand",
   * "Taiwan … recalled its top representative in Tokyo".
   */
  public static boolean isPost(ParsedSentence sentence, Actor actor) {
    int to = actor.start() - 1;
    return to >= 1
        && POST_PREPOSITIONS.contains(sentence.token(to).word().toLowerCase(Locale.ROOT))
        && POSTED_TITLES.contains(sentence.token(to - 1).lowerLemma());
  }

  /** How far into a sentence a dateline may start ("- - - - NEW DELHI -"). */
  static final int DATELINE_START = 5;

  private static boolean isDateline(ParsedSentence sentence, Actor actor) {
    if (actor.end() < Datelines.end(sentence)) {
      return true; // "KABUL, Afghanistan (Reuters) -": both places say where it was filed
    }
    if (actor.start() > DATELINE_START || actor.end() >= sentence.size()) {
      return false;
    }
    boolean upper =
        actor.text().chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    boolean letters = actor.text().chars().filter(Character::isLetter).count() > 3;
    String next = sentence.token(actor.end()).word();
    boolean marked = next.equals("-") || next.equals("--");
    return upper && letters && marked;
  }

  /**
   * Words that end a newspaper's name: "the South China Morning Post", "the Japan Times", "China
   * Daily". A country in such a name is no actor; the paper reports, it does not act.
   */
  static final Set<String> NEWSPAPER_WORDS =
      Set.of(
          "Post",
          "Times",
          "Herald",
          "Journal",
          "Daily",
          "Tribune",
          "Gazette",
          "Observer",
          "Telegraph",
          "Chronicle");

  /** How many capitalised words after a country a newspaper's name may run on. */
  static final int NEWSPAPER_NAME_SPAN = 3;

  private static boolean inNewspaperName(ParsedSentence sentence, Actor actor) {
    for (int t = actor.end(); t < sentence.size() && t < actor.end() + NEWSPAPER_NAME_SPAN; t++) {
      var token = sentence.token(t);
      if (!token.isProperNoun()) {
        return false;
      }
      if (NEWSPAPER_WORDS.contains(token.word())) {
        return true;
      }
    }
    return false;
  }

  private static boolean modifiesNonActor(ParsedSentence sentence, Arcs arcs, Actor actor) {
    if (inNewspaperName(sentence, actor)) {
      return true; // "The English-language South China Morning Post said…"
    }
    int last = actor.end() - 1;
    if (actor.end() < sentence.size()
        && NON_ACTOR_HEADS.contains(sentence.token(actor.end()).lowerLemma())
        && !sentence.token(actor.end()).isVerb()) {
      // "U.S. dlr", "Taiwan dollar", "London Interbank Offered Rates"; not a verb of the same
      // lemma: "India and Pakistan exchanged fire", "China shares the view"
      return true;
    }
    if (actor.end() < sentence.size()
        && NAMED_AGREEMENTS.contains(sentence.token(actor.end()).lowerLemma())
        && !hyphenated(sentence, actor)) {
      return true; // "the 1976 Berne Agreement"
    }
    if (actor.end() < sentence.size()
        && PLACED_GATHERINGS.contains(sentence.token(actor.end()).lowerLemma())
        && actor.isLocality()
        && !hyphenated(sentence, actor)) {
      return true; // "the Paris session of the Group of Six", "the Venice summit"
    }
    Dependency head = arcs.head(last);
    if (head == null || head.head() < 0 || actor.covers(head.head())) {
      return false;
    }
    String base = head.base();
    boolean modifier = base.equals("compound") || base.equals("amod") || base.equals("nmod");
    return modifier && head.head() > last && isNonActorHead(sentence, head.head());
  }

  private static boolean hyphenated(ParsedSentence sentence, Actor actor) {
    // "the U.S.-Japanese pact", "the U.S./Japan agreement governing trade in semiconductors"
    String previous = actor.start() > 0 ? sentence.token(actor.start() - 1).word() : "";
    boolean before = previous.equals("-") || previous.equals("/") || previous.endsWith("/");
    return before || actor.text().contains("-") || actor.text().contains("/");
  }

  private static boolean isNonActorHead(ParsedSentence sentence, int token) {
    return sentence.token(token).isNoun()
        && NON_ACTOR_HEADS.contains(sentence.token(token).lowerLemma());
  }
}
