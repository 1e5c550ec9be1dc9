package org.entente.place;

import static java.util.Objects.requireNonNull;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.entente.core.Tsv;

/**
 * Cities, seats of government and regions by name, with their country and coordinates: {@code
 * places.tsv}, generated from GeoNames facts and Entente's list of news regions (see {@code
 * docs/dictionaries.md}).
 *
 * <p>A name is matched over tokens, longest first, accent- and case-insensitively, but each word of
 * the name that GeoNames capitalises must be capitalised in the text ("Nice" the city, not "nice";
 * "TOKYO" in a dateline counts). A name several places share decides as follows:
 *
 * <ul>
 *   <li>all in one country: that country, and the most populous of them, a city before a region of
 *       that country ("Aleppo" the city, not the governorate);
 *   <li>in several countries: the most populous place, if it has at least {@link #DOMINANCE_RATIO}
 *       times the people of the most populous one in another country ("Sydney" → Australia, not
 *       Nova Scotia; "Birmingham" → England, not Alabama; a region weighs as its largest town:
 *       "Victoria" → the Australian state, not Victoria, British Columbia); otherwise no place
 *       ("Hamilton": Ontario or New Zealand; "Valencia": Spain or Venezuela).
 * </ul>
 *
 * Names that are also words or people's names need a cue ({@link PlaceCues}). Country names are not
 * here: they are the country dictionary's.
 */
public final class Gazetteer {

  /**
   * How many times more people the most populous place of a shared name must have than the largest
   * place of another country for the name to be its own.
   */
  public static final double DOMINANCE_RATIO = 4.0;

  private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

  private final Map<String, List<PlaceName>> byFirstWord;
  private final Map<String, Place> capitals;
  private final int size;

  private Gazetteer(
      Map<String, List<PlaceName>> byFirstWord, Map<String, Place> capitals, int size) {
    this.byFirstWord = byFirstWord;
    this.capitals = capitals;
    this.size = size;
  }

  /** The gazetteer shipped in entente-core ({@code places.tsv}). */
  public static Gazetteer standard() {
    return load(Tsv.readResource(Gazetteer.class, "places.tsv"));
  }

  /** Reads rows of {@code places.tsv}; a bad line stops the load with its {@code file:line}. */
  public static Gazetteer load(List<Tsv.Row> rows) {
    List<Place> places = new ArrayList<>(rows.size());
    for (Tsv.Row row : rows) {
      row.requireFields(9, 9);
      try {
        places.add(
            new Place(
                Long.parseLong(row.field(0)),
                row.field(1),
                row.field(2),
                row.field(3),
                row.field(4),
                Double.parseDouble(row.field(5)),
                Double.parseDouble(row.field(6)),
                Long.parseLong(row.field(7)),
                row.field(8)));
      } catch (NumberFormatException e) {
        throw row.error("a number is not a number (%s)", e.getMessage());
      } catch (IllegalArgumentException e) {
        throw row.error("%s", e.getMessage());
      }
    }
    return of(places);
  }

  /**
   * Names news gives a place by that GeoNames writes otherwise: "New York" is New York City (the
   * build leaves the state's name out, tools/gazetteer/news-regions.tsv), so that "in New York" is
   * no "York" in England.
   */
  static final Map<String, String> NEWS_NAMES = Map.of("New York", "New York City");

  /** A gazetteer of these places. */
  public static Gazetteer of(List<Place> places) {
    Map<List<String>, List<Place>> byName = new LinkedHashMap<>();
    for (Place place : places) {
      requireNonNull(place, "place is null");
      List<String> keys = keys(place.name());
      byName.computeIfAbsent(keys, k -> new ArrayList<>()).add(place);
      List<String> ascii = keys(place.asciiName());
      if (!ascii.equals(keys) && !ascii.isEmpty()) {
        byName.computeIfAbsent(ascii, k -> new ArrayList<>()).add(place);
      }
    }
    for (Map.Entry<String, String> alias : NEWS_NAMES.entrySet()) {
      List<Place> named = byName.get(keys(alias.getValue()));
      if (named != null && !byName.containsKey(keys(alias.getKey()))) {
        byName.put(
            keys(alias.getKey()),
            named.stream()
                .map(
                    p ->
                        new Place(
                            p.geonamesId(),
                            alias.getKey(),
                            alias.getKey(),
                            p.iso2(),
                            p.country(),
                            p.latitude(),
                            p.longitude(),
                            p.population(),
                            p.kind()))
                .toList());
      }
    }
    Map<String, List<PlaceName>> index = new HashMap<>();
    for (Map.Entry<List<String>, List<Place>> entry : byName.entrySet()) {
      if (entry.getKey().isEmpty()) {
        continue;
      }
      PlaceName name = decide(entry.getKey(), entry.getValue());
      index.computeIfAbsent(entry.getKey().get(0), k -> new ArrayList<>()).add(name);
    }
    for (List<PlaceName> names : index.values()) {
      names.sort(Comparator.comparingInt((PlaceName n) -> n.keys().size()).reversed());
    }
    Map<String, Place> capitals = new HashMap<>();
    for (Place place : places) {
      if (place.kind().equals("PPLC") && !place.inTerritory() && !place.country().isEmpty()) {
        capitals.merge(place.country(), place, (a, b) -> a.population() >= b.population() ? a : b);
      }
    }
    return new Gazetteer(index, capitals, places.size());
  }

  /** How many places the gazetteer has. */
  public int size() {
    return size;
  }

  /**
   * The longest capitalised place name starting at token {@code start}, or {@code null}. A
   * possessive on the last word ("Aleppo's") is allowed. The match says whether the name is
   * ambiguous ({@link PlaceMatch#place()} is {@code null}) and whether it needs a cue.
   */
  public PlaceMatch match(List<String> words, int start) {
    requireNonNull(words, "words is null");
    if (start < 0 || start >= words.size()) {
      return null;
    }
    List<PlaceName> names = byFirstWord.get(key(stripPossessive(words.get(start))));
    if (names == null) {
      return null;
    }
    for (PlaceName name : names) {
      int length = name.keys().size();
      if (start + length > words.size()) {
        continue;
      }
      if (matches(name, words, start)) {
        return new PlaceMatch(start, start + length, name);
      }
    }
    return null;
  }

  /** Every place name in the tokens, left to right, not overlapping (ambiguous ones included). */
  public List<PlaceMatch> find(List<String> words) {
    List<PlaceMatch> found = new ArrayList<>();
    for (int i = 0; i < words.size(); ) {
      PlaceMatch match = match(words, i);
      if (match == null) {
        i++;
      } else {
        found.add(match);
        i = match.end();
      }
    }
    return Collections.unmodifiableList(found);
  }

  /** The national capital of a CAMEO country code, or {@code null} ("USA" → Washington, D.C.). */
  public Place capital(String country) {
    return capitals.get(country);
  }

  /** The place a name stands for on its own, if the name is known and not ambiguous. */
  public Place lookup(String name) {
    List<String> words = words(name);
    PlaceMatch match = match(words, 0);
    return match != null && match.end() == words.size() ? match.place() : null;
  }

  private static boolean matches(PlaceName name, List<String> words, int start) {
    int length = name.keys().size();
    for (int k = 0; k < length; k++) {
      String word = words.get(start + k);
      if (k == length - 1) {
        word = stripPossessive(word);
      }
      if (!key(word).equals(name.keys().get(k))) {
        return false;
      }
      if (name.capitalised().get(k) && !Character.isUpperCase(word.codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static PlaceName decide(List<String> keys, List<Place> places) {
    List<Place> sorted = new ArrayList<>(places);
    sorted.sort(
        Comparator.comparingLong(Place::population)
            .reversed()
            .thenComparing(Place::isRegion)); // a city before a region of as many people
    Place top = sorted.get(0);
    if (top.isRegion()) {
      for (Place place : sorted) {
        if (!place.isRegion() && place.country().equals(top.country())) {
          top = place; // "Aleppo", "Kandahar": the city, not the province named after it
          break;
        }
      }
    }
    Place rival = null;
    for (Place place : sorted) {
      if (!place.country().equals(top.country())) {
        rival = place;
        break;
      }
    }
    List<Boolean> capitalised = new ArrayList<>();
    for (String word : words(top.name())) {
      capitalised.add(Character.isUpperCase(word.codePointAt(0)));
    }
    boolean cue = PlaceCues.needsCue(top.asciiName()) || PlaceCues.needsCue(top.name());
    if (rival == null) {
      String why = sorted.size() == 1 ? "" : "the most populous of " + sorted.size() + " places";
      return new PlaceName(keys, capitalised, top, List.copyOf(sorted), cue, why);
    }
    long weight = sorted.get(0).population(); // the top country's most people, city or region
    double ratio =
        rival.population() == 0 ? Double.MAX_VALUE : (double) weight / rival.population();
    if (ratio >= DOMINANCE_RATIO) {
      String why =
          String.format(
              Locale.ROOT,
              "%.0f times the people of %s, %s",
              Math.min(ratio, 1e6),
              rival.name(),
              rival.iso2());
      return new PlaceName(keys, capitalised, top, List.copyOf(sorted), cue, why);
    }
    String why =
        String.format(
            Locale.ROOT,
            "ambiguous: %s, %s (%,d) and %s, %s (%,d)",
            top.name(),
            top.iso2(),
            top.population(),
            rival.name(),
            rival.iso2(),
            rival.population());
    return new PlaceName(keys, capitalised, null, List.copyOf(sorted), cue, why);
  }

  static List<String> keys(String name) {
    List<String> keys = new ArrayList<>();
    for (String word : words(name)) {
      if (!word.isEmpty()) {
        keys.add(key(word));
      }
    }
    return keys;
  }

  /** The words of a name as a tokenizer splits them: "Washington, D.C." is three. */
  private static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    for (String word : name.replace(",", " , ").strip().split("\\s+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  /** Accents dropped, curly quotes straightened, lower case. */
  static String key(String word) {
    if (org.entente.dictionary.Phrases.isAscii(word)) {
      return word.toLowerCase(Locale.ROOT); // nothing to normalise: the common case
    }
    String plain =
        DIACRITICS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
    return plain
        .replace('\u2019', '\'')
        .replace('\u2018', '\'')
        .replace('\u02bc', '\'')
        .replace('\u02bb', '\'')
        .toLowerCase(Locale.ROOT);
  }

  private static String stripPossessive(String word) {
    String plain = word.replace('\u2019', '\'');
    if (plain.length() > 2 && (plain.endsWith("'s") || plain.endsWith("'S"))) {
      return word.substring(0, word.length() - 2);
    }
    return word;
  }
}
