package org.entente.place;

import static java.util.Objects.requireNonNull;

/**
 * A place name found in a sentence: tokens {@code start} (inclusive) to {@code end} (exclusive).
 */
public record PlaceMatch(int start, int end, PlaceName name) {

  public PlaceMatch {
    requireNonNull(name, "name is null");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad token span " + start + ".." + end);
    }
  }

  /** The place the name stands for, or {@code null} when it is ambiguous. */
  public Place place() {
    return name.place();
  }

  public boolean needsCue() {
    return name.needsCue();
  }

  /** One line for a rule trail: {@code Nablus (PS, PSE, GeoNames 282615)}. */
  public String describe() {
    Place place = place();
    if (place == null) {
      return name.why();
    }
    String line =
        String.format(
            "%s (%s, %s, GeoNames %d, places.tsv)",
            place.name(), place.iso2(), place.country(), place.geonamesId());
    return name.why().isEmpty() ? line : line + ": " + name.why();
  }
}
