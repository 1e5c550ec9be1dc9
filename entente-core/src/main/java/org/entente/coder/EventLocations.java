package org.entente.coder;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.entente.dictionary.ActorMatcher;
import org.entente.dictionary.ActorMention;
import org.entente.dictionary.EntryKind;
import org.entente.event.Event;
import org.entente.event.EventLocation;
import org.entente.place.Gazetteer;
import org.entente.place.Place;
import org.entente.place.PlaceCues;
import org.entente.place.PlaceMatch;
import org.entente.text.Arcs;
import org.entente.text.Dependency;
import org.entente.text.ParsedSentence;

/**
 * Where an event happened: the city its word governs with in, at or near ("Clashes in Aleppo
 * killed…" → Aleppo; "The ministers met in the Syrian city of Homs" → Homs), else the city of the
 * story's dateline ("MINGORA, Pakistan (Reuters) - …" → Mingora; "TOKYO, March 3 - …" → Tokyo),
 * else none. Places come from the gazetteer; an ambiguous name is no place, except in a dateline
 * that names its country.
 */
final class EventLocations {

  /** Prepositions that put an event at a place ({@code obl:in}, {@code nmod:near}, …). */
  static final Set<String> LOCATIVE_CASES =
      Set.of("in", "at", "near", "outside", "inside", "around", "throughout");

  /**
   * Relations between an event's word and the word whose place it shares: the verb of an event noun
   * ("clashes in Aleppo" under "erupted"), the noun a light verb takes ("held talks in Homs").
   */
  static final Set<String> SHARED_PLACE = Set.of("nsubj", "nsubj:pass", "obj");

  /** How far into the first sentence a dateline's city may start ("- - NEW DELHI -"). */
  static final int DATELINE_START = 3;

  /** How far after the city the dateline's dash may come ("TOKYO, March 3 (Reuters) -"). */
  static final int DATELINE_SPAN = 9;

  private final Gazetteer gazetteer;
  private final ActorMatcher matcher;

  EventLocations(Gazetteer gazetteer, ActorMatcher matcher) {
    this.gazetteer = gazetteer;
    this.matcher = matcher;
  }

  /** A place and the rule step that found it. */
  record Located(EventLocation location, String step) {}

  /**
   * The city of the story's dateline, from its first sentence: a city name in capitals at the
   * start, then a comma or a dash, and a dash within {@link #DATELINE_SPAN} tokens. A country after
   * the comma picks among places of the same name ("PERTH, Scotland").
   */
  Located dateline(ParsedSentence first, LocalDate date) {
    if (gazetteer == null || first == null) {
      return null;
    }
    return dateline(first.words(), date);
  }

  /** Splits a dateline given apart from the text into words: "CAIRO, March 16 -". */
  private static final java.util.regex.Pattern DATELINE_WORD =
      java.util.regex.Pattern.compile(
          "[\\p{L}\\p{M}\\p{N}.'\u2019&]+(?:-[\\p{L}\\p{M}\\p{N}.'\u2019&]+)*|\\S");

  /**
   * The city of a dateline the input gives apart from the story's text ({@code "dateline"} in JSON
   * Lines, as the Reuters corpus has it): "CAIRO, March 16 -" → Cairo. The dash may be left out.
   */
  Located dateline(String dateline, LocalDate date) {
    if (gazetteer == null || dateline == null || dateline.isBlank()) {
      return null;
    }
    List<String> words = new java.util.ArrayList<>();
    java.util.regex.Matcher word = DATELINE_WORD.matcher(dateline);
    while (word.find()) {
      words.add(word.group());
    }
    if (words.stream().noneMatch(EventLocations::isDash)) {
      words.add("-");
    }
    return dateline(words, date);
  }

  private Located dateline(List<String> words, LocalDate date) {
    for (int start = 0; start <= DATELINE_START && start < words.size(); start++) {
      PlaceMatch match = gazetteer.match(words, start);
      if (match == null) {
        continue;
      }
      if (!capitals(words, match) || !dashAfter(words, match.end())) {
        return null;
      }
      if (match.start() > 0 && words.get(match.start() - 1).chars().anyMatch(Character::isLetter)) {
        return null; // "NEW YORK, March 3 -": the end of a name the gazetteer lacks, not York
      }
      Place place = resolve(match, words, date);
      String country = countryAfterComma(words, match.end(), date);
      if (country != null) {
        place = null;
        for (Place candidate : match.name().places()) {
          if (candidate.country().equals(country)) {
            place = candidate;
            break;
          }
        }
      }
      if (place == null) {
        return null;
      }
      String text = String.join(" ", words.subList(match.start(), match.end()));
      return new Located(
          location(place, "dateline"),
          String.format("location: the dateline \"%s\" → %s", text, describe(place)));
    }
    return null;
  }

  /** The event at the place its word governs, else at the dateline's city, else as it is. */
  Event locate(Event event, ParsedSentence sentence, Arcs arcs, Located dateline, LocalDate date) {
    if (gazetteer == null) {
      return event;
    }
    int trigger = triggerToken(sentence, event);
    Located here = null;
    for (int head : heads(arcs, trigger)) {
      here = governed(sentence, arcs, head, date);
      if (here != null) {
        break;
      }
    }
    Located chosen = here != null ? here : dateline;
    return chosen == null ? event : event.withLocation(chosen.location(), chosen.step());
  }

  /** The trigger, the nouns it takes and the verb it hangs on: where its place may hang. */
  private static List<Integer> heads(Arcs arcs, int trigger) {
    List<Integer> heads = new java.util.ArrayList<>();
    if (trigger < 0) {
      return heads;
    }
    heads.add(trigger);
    for (Dependency down : arcs.children(trigger)) {
      if (SHARED_PLACE.contains(down.relation()) && down.relation().startsWith("obj")) {
        heads.add(down.dependent());
      }
    }
    for (Dependency up : arcs.heads(trigger)) {
      if (SHARED_PLACE.contains(up.relation()) && up.head() >= 0) {
        heads.add(up.head());
      }
    }
    return heads;
  }

  private Located governed(ParsedSentence sentence, Arcs arcs, int head, LocalDate date) {
    List<PlaceMatch> places = gazetteer.find(sentence.words());
    for (Dependency arc : arcs.children(head)) {
      if (!(arc.base().equals("obl") || arc.base().equals("nmod"))
          || !LOCATIVE_CASES.contains(arc.subtype())) {
        continue;
      }
      int dependent = arc.dependent();
      PlaceMatch match = covering(places, dependent);
      if (match == null && PlaceCues.isPlaceNoun(sentence.token(dependent).word())) {
        // "in the Syrian city of Homs", "in Syria's second city Aleppo"
        for (Dependency inner : arcs.children(dependent)) {
          match = covering(places, inner.dependent());
          if (match != null) {
            break;
          }
        }
      }
      Place place = match == null ? null : resolve(match, sentence.words(), date);
      if (place == null) {
        continue;
      }
      String text = sentence.span(match.start(), match.end());
      return new Located(
          location(place, "text"),
          String.format(
              "location: %s \"%s\" under \"%s\" → %s",
              arc.subtype(), text, sentence.token(head).word(), describe(place)));
    }
    return null;
  }

  /**
   * The place a name stands for, where the country dictionary has its say: a capital it knows as
   * its country's ("Washington" → USA, not Washington in Tyne and Wear; "Tripoli" → Libya) is the
   * place of that name in that country, or else that country's capital ("Washington, D.C.").
   */
  private Place resolve(PlaceMatch match, List<String> words, LocalDate date) {
    String country = dictionaryCountry(words.subList(match.start(), match.end()), date);
    if (country == null) {
      return match.place();
    }
    if (match.place() != null && match.place().country().equals(country)) {
      return match.place();
    }
    for (Place candidate : match.name().places()) {
      if (candidate.country().equals(country)) {
        return candidate;
      }
    }
    return gazetteer.capital(country);
  }

  /** The country the dictionary reads the whole name as (a capital or a country), or null. */
  private String dictionaryCountry(List<String> words, LocalDate date) {
    if (matcher == null) {
      return null;
    }
    List<ActorMention> mentions = matcher.find(words, null, date);
    if (mentions.size() != 1) {
      return null;
    }
    ActorMention mention = mentions.get(0);
    boolean whole = mention.start() == 0 && mention.end() == words.size();
    boolean state = mention.kind() == EntryKind.METONYM || mention.kind() == EntryKind.NAME;
    return whole && state ? mention.code().country() : null;
  }

  private static PlaceMatch covering(List<PlaceMatch> places, int token) {
    for (PlaceMatch match : places) {
      if (token >= match.start() && token < match.end()) {
        return match;
      }
    }
    return null;
  }

  private static int triggerToken(ParsedSentence sentence, Event event) {
    for (int i = 0; i < sentence.size(); i++) {
      if (sentence.token(i).begin() == event.triggerStart()) {
        return i;
      }
    }
    return -1;
  }

  private static boolean capitals(List<String> words, PlaceMatch match) {
    for (int i = match.start(); i < match.end(); i++) {
      String word = words.get(i);
      if (word.chars().filter(Character::isLetter).anyMatch(Character::isLowerCase)) {
        return false;
      }
    }
    return true;
  }

  private static boolean dashAfter(List<String> words, int end) {
    if (end >= words.size() || !(words.get(end).equals(",") || isDash(words.get(end)))) {
      return false;
    }
    for (int i = end; i < Math.min(words.size(), end + DATELINE_SPAN); i++) {
      if (isDash(words.get(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDash(String word) {
    return word.equals("-") || word.equals("--") || word.equals("\u2013") || word.equals("\u2014");
  }

  /** "MINGORA, Pakistan (Reuters) -": the country the dateline names after its city. */
  private String countryAfterComma(List<String> words, int end, LocalDate date) {
    if (matcher == null || end + 1 >= words.size() || !words.get(end).equals(",")) {
      return null;
    }
    int stop = end + 1;
    while (stop < words.size()
        && !isDash(words.get(stop))
        && !words.get(stop).equals("(")
        && !words.get(stop).equals("-LRB-")
        && !words.get(stop).equals(",")) {
      stop++;
    }
    for (ActorMention mention : matcher.find(words.subList(end + 1, stop), null, date)) {
      if (mention.kind() == EntryKind.NAME && mention.code().country() != null) {
        return mention.code().country();
      }
    }
    return null;
  }

  private static EventLocation location(Place place, String from) {
    return new EventLocation(
        place.name(),
        place.country(),
        place.iso2(),
        place.latitude(),
        place.longitude(),
        place.kind(),
        place.geonamesId(),
        from);
  }

  private static String describe(Place place) {
    return String.format(
        "%s (%s, %s, GeoNames %d, places.tsv)",
        place.name(), place.iso2(), place.country(), place.geonamesId());
  }
}
