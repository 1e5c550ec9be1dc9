package org.entente.coder.lexicon;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/**
 * One verb pattern: {@code provide - @military 062} — "provide" with "military" in its object is
 * military cooperation.
 *
 * @param verb the lemma, with a particle after a space ("step up")
 * @param prep the preposition of the target, or empty for any
 * @param objectWords lemmas one of which must occur in the object phrase; empty for any
 * @param origin {@code file:line}
 */
public record VerbEntry(
    String verb, String prep, Set<String> objectWords, String code, String origin) {
  public VerbEntry {
    requireNonNull(verb, "verb is null");
    requireNonNull(prep, "prep is null");
    objectWords = Set.copyOf(objectWords);
    requireNonNull(code, "code is null");
    requireNonNull(origin, "origin is null");
  }

  /** Higher is more specific: an object constraint counts more than a preposition. */
  int specificity() {
    return (objectWords.isEmpty() ? 0 : 2) + (prep.isEmpty() ? 0 : 1);
  }
}
