package org.entente.place;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * A place of the gazetteer: a city, a seat of government or a region, with its country and
 * coordinates (GeoNames facts; regions of {@code news-regions.tsv} are Entente's).
 *
 * @param geonamesId GeoNames' id of the place; 0 for a region of {@code news-regions.tsv}, which
 *     has none here
 * @param name the name as GeoNames writes it ("Nablus", "Zürich")
 * @param asciiName the name without accents ("Zurich")
 * @param iso2 the country or territory as ISO 3166 alpha-2 ("PS", "HK")
 * @param country the CAMEO country code ("PSE"; a territory's state, "CHN" for Hong Kong), or
 *     {@code ""} where none applies (Western Sahara)
 * @param population people living there, as GeoNames counts them; for a first-order division the
 *     people of its largest town, for a region of {@code news-regions.tsv} 0
 * @param kind GeoNames' feature code: {@code PPLC} a national capital, {@code PPLA} the seat of a
 *     first-order division, {@code PPLA2}…{@code PPLA4} of lower divisions, {@code PPL} a city,
 *     {@code ADM1} a first-order division (state, province, governorate, oblast), {@code RGN} a
 *     region that is no division ("Darfur", "Mindanao")
 */
public record Place(
    long geonamesId,
    String name,
    String asciiName,
    String iso2,
    String country,
    double latitude,
    double longitude,
    long population,
    String kind) {

  public Place {
    requireNonNull(name, "name is null");
    requireNonNull(asciiName, "asciiName is null");
    requireNonNull(iso2, "iso2 is null");
    requireNonNull(country, "country is null");
    requireNonNull(kind, "kind is null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("place " + geonamesId + " has no name");
    }
    if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
      throw new IllegalArgumentException(
          "place " + name + " has no coordinates on earth: " + latitude + ", " + longitude);
    }
  }

  /**
   * True for a place of a dependent territory, which carries the code of the state it belongs to
   * today ("HK", CHN): Hong Kong, Puerto Rico, Réunion, Gibraltar. Where CAMEO's code differs from
   * ISO's (Romania ROM, Kosovo XKX), the place is in that state.
   */
  public boolean inTerritory() {
    if (country.isEmpty()) {
      return false;
    }
    if (CAMEO_CODES.containsKey(iso2)) {
      return !CAMEO_CODES.get(iso2).equals(country);
    }
    try {
      return !new Locale("", iso2).getISO3Country().equals(country);
    } catch (MissingResourceException e) {
      return true;
    }
  }

  /** Where CAMEO's code is not ISO's alpha-3 (see {@code countries.tsv}). */
  private static final Map<String, String> CAMEO_CODES = Map.of("RO", "ROM", "XK", "XKX");

  /** Feature codes of regions: a first-order division, a region that is no division. */
  public static final java.util.Set<String> REGION_KINDS = java.util.Set.of("ADM1", "RGN");

  /** A region (a first-order division or another region), not a city. */
  public boolean isRegion() {
    return REGION_KINDS.contains(kind);
  }

  /** A national capital or seat of government. */
  public boolean isCapital() {
    return kind.equals("PPLC") || kind.equals("PPLG");
  }
}
