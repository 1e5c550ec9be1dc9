package org.entente.store.query;

import static java.util.Objects.requireNonNull;

/**
 * A country present in the store: {@code RUS, 1,204 events} as source or target of an event with
 * another country.
 */
public record CountryCount(String country, long events) {

  public CountryCount {
    requireNonNull(country, "country is null");
  }
}
