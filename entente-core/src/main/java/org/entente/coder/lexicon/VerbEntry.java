package org.entente.coder.lexicon;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Set;

/**
 * One verb pattern: {@code provide - @military 062} — "provide" with "military" in its object is
 * military cooperation.
 *
 * @param verb the lemma, with a particle after a space ("step up")
 * @param prep the preposition of the target, or empty for any
 * @param objectGroups groups of lemmas; from each group one must occur in the object phrase
 *     ({@code @military+@technology}: a military word and a technology word); empty for any object
 * @param origin {@code file:line}
 */
public record VerbEntry(
    String verb, String prep, List<Set<String>> objectGroups, String code, String origin) {
  public VerbEntry {
    requireNonNull(verb, "verb is null");
    requireNonNull(prep, "prep is null");
    objectGroups = objectGroups.stream().map(Set::copyOf).toList();
    requireNonNull(code, "code is null");
    requireNonNull(origin, "origin is null");
  }

  /** Higher is more specific: each object constraint counts more than a preposition. */
  int specificity() {
    return objectGroups.size() * 2 + (prep.isEmpty() ? 0 : 1);
  }

  /** True when every object group has a word among {@code words}. */
  boolean objectMatches(java.util.Collection<String> words) {
    for (Set<String> group : objectGroups) {
      if (words.stream().noneMatch(group::contains)) {
        return false;
      }
    }
    return true;
  }
}
