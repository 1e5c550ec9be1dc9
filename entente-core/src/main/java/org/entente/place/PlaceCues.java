package org.entente.place;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * When a capitalised word that names a place is read as that place. Most place names are read as
 * places wherever they are capitalised ("Aleppo", "Nablus"); a name that is also a common English
 * word or a person's name is read as a place only with a cue: a locative word before it ("in
 * Reading", "near Split"), or a place or office noun and "of" ("the city of Nice", "the mayor of
 * Victoria").
 */
public final class PlaceCues {

  /**
   * Place names that are common English words ("Reading", "Nice", "Mobile", "Split", "Bath"),
   * reviewed from the gazetteer's names that an English word list has in lower case. Names any
   * reader takes for the place ("Shanghai", "Mecca", "Oxford") are not here.
   */
  static final Set<String> WORD_NAMES =
      Set.of(
          "Angers",
          "Apace",
          "Ape",
          "Archway",
          "Arroyo",
          "Auburn",
          "Balsas",
          "Banes",
          "Bani",
          "Bar",
          "Barking",
          "Bath",
          "Bend",
          "Bender",
          "Billings",
          "Bimbo",
          "Bled",
          "Boulder",
          "Bride",
          "Brusque",
          "Buckeye",
          "Buffalo",
          "Bury",
          "Bush",
          "Cairns",
          "Canton",
          "Cascade",
          "Centennial",
          "Central",
          "Centurion",
          "Chino",
          "Colon",
          "Concord",
          "Cork",
          "Corona",
          "Crane",
          "Debar",
          "Delta",
          "Derby",
          "Elk",
          "Encamp",
          "Enterprise",
          "Erode",
          "Fishers",
          "Flagstaff",
          "Flint",
          "Garland",
          "Grad",
          "Grapevine",
          "Grays",
          "Highland",
          "Homestead",
          "Hove",
          "Hue",
          "Independence",
          "Jingling",
          "Juncos",
          "Largo",
          "Leer",
          "Lib",
          "Linden",
          "Lira",
          "Maidenhead",
          "Male",
          "Man",
          "Manga",
          "Mascara",
          "Medias",
          "Meridian",
          "Mesa",
          "Mesquite",
          "Metro",
          "Midland",
          "Mission",
          "Mobile",
          "Moron",
          "Most",
          "Natal",
          "Nice",
          "Normal",
          "Ode",
          "Ogre",
          "Oral",
          "Orange",
          "Paradise",
          "Paramount",
          "Pare",
          "Peel",
          "Penal",
          "Phoenix",
          "Plantation",
          "Providence",
          "Pueblo",
          "Queens",
          "Race",
          "Raja",
          "Reading",
          "Revere",
          "Riverside",
          "Rugby",
          "Ruse",
          "Saga",
          "Saki",
          "Sale",
          "Same",
          "Sari",
          "Save",
          "Shaping",
          "Shoreline",
          "Shush",
          "Silvan",
          "Slough",
          "Sparks",
          "Split",
          "Spring",
          "Store",
          "Sunrise",
          "Surprise",
          "Surrey",
          "Swords",
          "Tamale",
          "Taro",
          "Temple",
          "Torrent",
          "Tours",
          "Trinity",
          "Troy",
          "Union",
          "Upland",
          "Valence",
          "Van",
          "Vista",
          "Woodland",
          "Woodlands",
          "Worms");

  /**
   * Place names that are people's first or last names ("Victoria", "Florence", "Jackson",
   * "Lincoln", "Bolton"): in news they name a person at least as often.
   */
  static final Set<String> PERSON_NAMES =
      Set.of(
          "Allen",
          "Anderson",
          "Aurora",
          "Austin",
          "Bolton",
          "Carson",
          "Chandler",
          "Charlotte",
          "Chester",
          "Concepcion",
          "Dallas",
          "Darwin",
          "Davenport",
          "Davis",
          "Denton",
          "Douglas",
          "Elizabeth",
          "Eugene",
          "Flores",
          "Florence",
          "Gary",
          "Hamilton",
          "Hastings",
          "Hayes",
          "Henderson",
          "Houston",
          "Irving",
          "Isabela",
          "Jackson",
          "Kent",
          "Lafayette",
          "Lawrence",
          "Lincoln",
          "Lowell",
          "Madison",
          "Mansfield",
          "Marietta",
          "Martin",
          "Mercedes",
          "Milton",
          "Nancy",
          "Nelson",
          "Newton",
          "Norman",
          "Orlando",
          "Paisley",
          "Paterson",
          "Pilar",
          "Preston",
          "Raleigh",
          "Regina",
          "Richardson",
          "Rogers",
          "Roman",
          "Rosario",
          "Salvador",
          "Sandy",
          "Soledad",
          "Stanley",
          "Taylor",
          "Trinidad",
          "Tyler",
          "Victoria",
          "Warren");

  /**
   * Names this short need a cue whatever they are ("Ho", "Bo", "Gao"): as capitalised words they
   * are initials, abbreviations and syllables of names more often than places.
   */
  static final int SHORT_NAME = 3;

  /** Words before a place that say a place follows: "in Reading", "near Split", "from Nice". */
  static final Set<String> LOCATIVE_WORDS =
      Set.of(
          "in",
          "at",
          "near",
          "outside",
          "around",
          "from",
          "across",
          "into",
          "through",
          "throughout",
          "toward",
          "towards",
          "inside",
          "nearby");

  /**
   * Nouns that take a place after "of": "the city of Nice", "the mayor of Victoria", "the outskirts
   * of Split", "the region of Darfur"; in a location, nouns whose name-word is the place ("in the
   * Donetsk region").
   */
  static final Set<String> PLACE_NOUNS =
      Set.of(
          "city",
          "town",
          "village",
          "port",
          "capital",
          "province",
          "region",
          "state",
          "governorate",
          "oblast",
          "prefecture",
          "district",
          "suburb",
          "suburbs",
          "outskirts",
          "centre",
          "center",
          "mayor",
          "governor",
          "municipality",
          "residents",
          "people",
          "streets");

  private PlaceCues() {}

  /** True when a place of this name needs a cue to be read as the place. */
  public static boolean needsCue(String name) {
    int letters = (int) name.chars().filter(Character::isLetter).count();
    return letters <= SHORT_NAME || WORD_NAMES.contains(name) || PERSON_NAMES.contains(name);
  }

  /**
   * True when the words before token {@code start} cue a place: a locative word ("in Reading"), or
   * a place or office noun and "of", with a determiner between allowed ("the mayor of Nice").
   */
  public static boolean cued(List<String> words, int start) {
    if (start < 1) {
      return false;
    }
    String before = lower(words.get(start - 1));
    if (LOCATIVE_WORDS.contains(before)) {
      return true;
    }
    if (before.equals("of") && start >= 2) {
      return PLACE_NOUNS.contains(lower(words.get(start - 2)));
    }
    return false;
  }

  /** "city", "mayor", "outskirts": a noun that takes a place after "of". */
  public static boolean isPlaceNoun(String word) {
    return PLACE_NOUNS.contains(lower(word));
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}
