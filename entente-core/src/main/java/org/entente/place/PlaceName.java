package org.entente.place;

import java.util.List;

/**
 * A name of the gazetteer and what it stands for.
 *
 * @param keys the comparison keys of its words
 * @param capitalised for each word, whether the text must capitalise it
 * @param place the place the name stands for, or {@code null} when the name is ambiguous
 * @param places every place of that name, most populous first
 * @param needsCue true when the name is also a word or a person's name ({@link PlaceCues})
 * @param why how the place was chosen among several, or {@code ""}
 */
public record PlaceName(
    List<String> keys,
    List<Boolean> capitalised,
    Place place,
    List<Place> places,
    boolean needsCue,
    String why) {

  public PlaceName {
    keys = List.copyOf(keys);
    capitalised = List.copyOf(capitalised);
    places = List.copyOf(places);
    if (keys.size() != capitalised.size()) {
      throw new IllegalArgumentException("keys and capitalisation differ in length");
    }
  }
}
