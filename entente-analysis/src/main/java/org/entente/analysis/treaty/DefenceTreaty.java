package org.entente.analysis.treaty;

import static java.util.Objects.requireNonNull;

/**
 * A formal defence commitment: {@code USA-JPN}, "Treaty of Mutual Cooperation and Security between
 * Japan and the United States", with where that is written down.
 *
 * @param id a short key ({@code NATO}, {@code USA-JPN}); {@code news:<event id>} for a pact only a
 *     news event reports
 * @param source the treaty's place and date of signature, its defence article, and the data sets
 *     that list it (ATOP, COW Formal Alliances); for a news pact, the sentence
 */
public record DefenceTreaty(String id, String name, String source) {

  public DefenceTreaty {
    requireNonNull(id, "id is null");
    requireNonNull(name, "name is null");
    requireNonNull(source, "source is null");
  }
}
