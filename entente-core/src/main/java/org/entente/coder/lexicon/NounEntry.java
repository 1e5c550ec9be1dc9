package org.entente.coder.lexicon;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Set;

/**
 * One event noun: {@code visit to 042} — "a visit to Russia" is a visit to Russia.
 *
 * @param words the noun phrase's lemmas, head last ("trade", "war")
 * @param preps prepositions that introduce the target; empty for any
 */
public record NounEntry(List<String> words, Set<String> preps, String code, String origin) {
  public NounEntry {
    words = List.copyOf(words);
    preps = Set.copyOf(preps);
    requireNonNull(code, "code is null");
    requireNonNull(origin, "origin is null");
    if (words.isEmpty()) {
      throw new IllegalArgumentException("noun entry without words");
    }
  }

  public String head() {
    return words.get(words.size() - 1);
  }
}
