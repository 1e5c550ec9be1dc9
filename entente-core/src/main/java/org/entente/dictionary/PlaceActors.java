package org.entente.dictionary;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.place.Gazetteer;
import org.entente.place.PlaceCues;
import org.entente.place.PlaceMatch;
import org.entente.place.Sovereignty;

/**
 * Cities of the gazetteer as actors, for their country, where the dictionary has no entry as long:
 * "the mayor of Nablus" → PSEGOV (with "mayor"), "Aleppo" → SYR. A city is not read as one
 *
 * <ul>
 *   <li>where its name is ambiguous ({@link Gazetteer#DOMINANCE_RATIO}), or is a word or a person's
 *       name without a place cue ({@link PlaceCues}): "Reading the report", "Victoria said";
 *   <li>inside a name: after a capitalised word that no entry knows ("Andrew Jackson", "Banco
 *       Tokyo"), before one ("Tokyo Electric Power", "Osaka Gas"), unless it is a place word
 *       ("Idlib Province"), or after a capitalised noun and "of" that is not a place noun ("Bank of
 *       New York", "University of Reading");
 *   <li>in a dateline ("MINGORA, Pakistan (Reuters) -", "TOKYO -"): where the story was filed.
 * </ul>
 */
final class PlaceActors {

  /** Capitalised words after a city that keep it a place: "Idlib Province", "Aleppo City". */
  /**
   * Cities that news names as the seat of bodies and markets rather than for their state: talks "in
   * New York" are with the banks or at the United Nations, "New York authorities" run an exchange.
   * They are an event's place, never an actor.
   */
  static final Set<String> VENUES = Set.of("New York");

  static final Set<String> PLACE_WORDS_AFTER =
      Set.of(
          "province",
          "city",
          "governorate",
          "district",
          "region",
          "prefecture",
          "county",
          "municipality",
          "airport",
          "oblast",
          "state");

  /**
   * Nouns that a city before them names a thing of, not its country: "the Venice meeting", "the
   * Beira corridor", "Visa's San Francisco headquarters", "the Tokyo market".
   */
  static final Set<String> THING_NOUNS =
      Set.of(
          "meeting",
          "meetings",
          "summit",
          "talks",
          "conference",
          "session",
          "round",
          "accord",
          "agreement",
          "declaration",
          "process",
          "corridor",
          "railway",
          "railroad",
          "pipeline",
          "road",
          "highway",
          "headquarters",
          "office",
          "offices",
          "branch",
          "subsidiary",
          "plant",
          "factory",
          "refinery",
          "mine",
          "port",
          "harbour",
          "harbor",
          "market",
          "markets",
          "exchange",
          "bourse",
          "stock",
          "stocks",
          "index",
          "futures",
          "trading",
          "dealers",
          "traders",
          "time",
          "area",
          "base",
          "station",
          "hotel",
          "club",
          "group",
          "bureau",
          "correspondent",
          "daily",
          "paper",
          "newspaper",
          "edition",
          "court's",
          "lines");

  /**
   * Lower-case words inside longer names: "Minas de Almaden y Arrayanes S.A." is a firm, not the
   * Uruguayan town Minas.
   */
  static final Set<String> NAME_PARTICLES =
      Set.of(
          "de", "del", "da", "do", "dos", "das", "des", "di", "von", "van", "der", "y", "e", "la",
          "le");

  /** How far into a sentence a dateline's city may stand ("- - NEW DELHI -"). */
  static final int DATELINE_START = 5;

  /** What follows a dateline's city: "TOKYO -", "MINGORA, Pakistan", "GENEVA (Reuters)". */
  static final Set<String> DATELINE_MARKS = Set.of(",", "-", "--", "(", "-LRB-");

  private final Gazetteer gazetteer;
  private final ActorDictionary dictionary;
  private final List<String> words;
  private final List<String> lemmas;
  private final List<WordPiece> pieces;
  private final java.time.LocalDate date;

  PlaceActors(
      Gazetteer gazetteer,
      ActorDictionary dictionary,
      List<String> words,
      List<String> lemmas,
      List<WordPiece> pieces,
      java.time.LocalDate date) {
    this.date = date;
    this.gazetteer = gazetteer;
    this.dictionary = dictionary;
    this.words = words;
    this.lemmas = lemmas;
    this.pieces = pieces;
  }

  /**
   * The city starting at piece {@code p}, if it is longer than the dictionary's match there ({@code
   * dictionaryLength} pieces) and is read as a city here; else {@code null}.
   */
  /**
   * Territories handed over to the state whose code the gazetteer gives them, with the day: after
   * it their places act for that state ("Hong Kong police fired tear gas" is China's police, as
   * judges code it); before it they are no state's.
   */
  static final java.util.Map<String, java.time.LocalDate> HANDED_OVER =
      java.util.Map.of(
          "HK", java.time.LocalDate.of(1997, 7, 1), "MO", java.time.LocalDate.of(1999, 12, 20));

  private boolean handedOver(String iso2) {
    java.time.LocalDate since = HANDED_OVER.get(iso2);
    return since != null && date != null && !date.isBefore(since);
  }

  MatchedPhrase at(int p, int dictionaryLength, List<MatchedPhrase> hitsBefore) {
    WordPiece first = pieces.get(p);
    if (p > 0 && pieces.get(p - 1).token() == first.token()) {
      return null; // inside a hyphenated word
    }
    PlaceMatch match = gazetteer.match(words, first.token());
    if (match == null
        || match.place() == null
        || match.place().country().isEmpty()
        || (match.place().inTerritory() && !handedOver(match.place().iso2()))) {
      return null; // Hong Kong in 1987 was no Chinese actor
    }
    if (VENUES.contains(match.place().name())) {
      return null; // "is in New York for talks with creditor banks": no visit to the United States
    }
    int end = p;
    while (end < pieces.size()
        && pieces.get(end).token() < match.end()
        && !isPossessive(pieces.get(end))) {
      end++;
    }
    if (end - p <= dictionaryLength) {
      return null; // "Mexico City" is a place; "Djibouti" stays the country
    }
    int start = match.start();
    boolean cued = PlaceCues.cued(words, start);
    if (match.needsCue() && !cued) {
      return null;
    }
    if (isDateline(match) || (!cued && afterName(start, hitsBefore)) || beforeName(match, end)) {
      return null;
    }
    if (inOrganisationName(start) || namesAThing(match.end())) {
      return null;
    }
    // "Juba" in 2000 was Sudan's, "Kiev" in 1987 the Soviet Union's
    String country = Sovereignty.on(match.place().country(), date);
    return MatchedPhrase.ofPlace(
        pieces, p, end, match, country, dictionary.vocabulary().countryName(country));
  }

  private static boolean isPossessive(WordPiece piece) {
    String text = piece.text().replace('\u2019', '\'');
    return text.equals("'s") || text.equals("'S") || text.equals("'");
  }

  private boolean isDateline(PlaceMatch match) {
    if (match.start() > DATELINE_START || match.end() >= words.size()) {
      return false;
    }
    for (int i = match.start(); i < match.end(); i++) {
      if (!allCapitals(words.get(i))) {
        return false;
      }
    }
    return DATELINE_MARKS.contains(words.get(match.end()));
  }

  /** "Andrew Jackson", "Banco Tokyo": a capitalised word before that no entry covers. */
  private boolean afterName(int start, List<MatchedPhrase> hitsBefore) {
    int before = start - 1;
    if (before < 0 || !capitalised(words.get(before)) || allCapitals(words.get(start))) {
      return false;
    }
    if (!hitsBefore.isEmpty() && hitsBefore.get(hitsBefore.size() - 1).tokenEnd > before) {
      return false; // "Syrian Aleppo" is the dictionary's word, not a name
    }
    if (before == 0) {
      // the first word is capitalised anyway: a name only if its lemma keeps the capital
      return lemmas != null && capitalised(lemmas.get(0));
    }
    return true;
  }

  /** "Tokyo Electric Power", "Osaka Gas": a capitalised word after that no entry starts. */
  private boolean beforeName(PlaceMatch match, int pieceEnd) {
    int after = match.end();
    if (after >= words.size() || !capitalised(words.get(after))) {
      return false;
    }
    if (allCapitals(words.get(after)) && allCapitals(words.get(match.start()))) {
      return false; // a headline in capitals
    }
    if (PLACE_WORDS_AFTER.contains(words.get(after).toLowerCase(Locale.ROOT))) {
      return false;
    }
    int next = pieceEnd;
    while (next < pieces.size() && pieces.get(next).token() < after) {
      next++;
    }
    return next >= pieces.size() || dictionary.longest(pieces, next) == null;
  }

  /**
   * How many lower-case words after a place may come before the noun of a thing it names: "the
   * Geneva talks", "the Geneva superpower talks", "the Geneva arms talks".
   */
  static final int THING_NOUN_REACH = 2;

  /**
   * Words that end a place's noun phrase, so that a thing noun after them is not the place's
   * ("leave for Zurich after meeting Stoltenberg").
   */
  static final Set<String> PHRASE_ENDS =
      Set.of(
          "after", "before", "for", "to", "in", "on", "at", "of", "with", "by", "from", "and", "or",
          "but", "the", "a", "an", "is", "was", "are", "were", "said", "says", "that");

  /** "the Venice meeting", "Minas de Almaden y Arrayanes": a thing or a longer name. */
  private boolean namesAThing(int after) {
    if (after >= words.size()) {
      return false;
    }
    String next = words.get(after);
    for (int i = after; i < Math.min(words.size(), after + THING_NOUN_REACH); i++) {
      String word = words.get(i);
      if (THING_NOUNS.contains(word)) {
        return true;
      }
      if (word.isEmpty()
          || !Character.isLowerCase(word.codePointAt(0))
          || PHRASE_ENDS.contains(word)) {
        break;
      }
    }
    return NAME_PARTICLES.contains(next)
        && after + 1 < words.size()
        && capitalised(words.get(after + 1));
  }

  /** "Bank of New York", "University of Reading", "Duke of Edinburgh": part of a name. */
  private boolean inOrganisationName(int start) {
    if (start < 2 || !words.get(start - 1).equals("of")) {
      return false;
    }
    String noun = words.get(start - 2);
    return capitalised(noun)
        && !PlaceCues.isPlaceNoun(noun)
        && !(start - 2 == 0 && lemmas != null && !capitalised(lemmas.get(0)));
  }

  private static boolean capitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }

  private static boolean allCapitals(String word) {
    return word.chars().filter(Character::isLetter).count() > 1
        && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }
}
