package org.entente.event;

import static java.util.Objects.requireNonNull;

/**
 * Where an event happened: a place of the gazetteer (GeoNames facts).
 *
 * @param name the place's name ("Aleppo")
 * @param country its CAMEO country code ("SYR"), or {@code ""} where none applies
 * @param iso2 its country or territory as ISO 3166 alpha-2 ("SY")
 * @param kind GeoNames' feature code ({@code PPLC} a capital, {@code PPLA} the seat of a
 *     first-level division, {@code PPL} a city, …)
 * @param geonamesId GeoNames' id of the place
 * @param from where the coder found it: {@code text} (a place the event's word governs with in, at
 *     or near) or {@code dateline} (the city the story was filed from)
 */
public record EventLocation(
    String name,
    String country,
    String iso2,
    double latitude,
    double longitude,
    String kind,
    long geonamesId,
    String from) {

  public EventLocation {
    requireNonNull(name, "name is null");
    country = country == null ? "" : country;
    iso2 = iso2 == null ? "" : iso2;
    kind = kind == null ? "" : kind;
    requireNonNull(from, "from is null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a location has a name");
    }
    if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
      throw new IllegalArgumentException(
          "location " + name + " is not on earth: " + latitude + ", " + longitude);
    }
  }
}
