package org.entente.store.query;

import static java.util.Objects.requireNonNull;

/**
 * A pair of countries present in the store, {@code a} before {@code b} alphabetically, with the
 * events between them in both directions: {@code CHN–RUS, 312 events}.
 */
public record PairCount(String a, String b, long events) {

  public PairCount {
    requireNonNull(a, "a is null");
    requireNonNull(b, "b is null");
    if (a.compareTo(b) >= 0) {
      throw new IllegalArgumentException("a pair is given in order, not " + a + "–" + b);
    }
  }
}
