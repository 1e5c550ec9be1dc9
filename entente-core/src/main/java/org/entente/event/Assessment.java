package org.entente.event;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * An explicit characterisation of a relationship found in text: "the Sino-Russian relationship …
 * has reached the level of an entente" → CHN–RUS, {@code entente}. Stored beside events; the
 * relation profile shows the stated level next to the measured one.
 *
 * @param countryA the first country code, alphabetically before {@code countryB}
 * @param label the characterisation: {@code alliance}, {@code entente}, {@code partnership}, {@code
 *     rivalry}, {@code competition}, {@code confrontation}, …
 * @param phrase the words that say it
 */
public record Assessment(
    String id,
    String docId,
    int sentence,
    String text,
    String url,
    LocalDate date,
    String countryA,
    String countryB,
    String label,
    String phrase) {

  public Assessment {
    requireNonNull(id, "id is null");
    requireNonNull(docId, "docId is null");
    requireNonNull(text, "text is null");
    url = url == null ? "" : url;
    requireNonNull(date, "date is null");
    requireNonNull(countryA, "countryA is null");
    requireNonNull(countryB, "countryB is null");
    requireNonNull(label, "label is null");
    requireNonNull(phrase, "phrase is null");
    if (countryA.compareTo(countryB) > 0) {
      throw new IllegalArgumentException(
          "countries of an assessment are ordered: " + countryA + " > " + countryB);
    }
  }
}
