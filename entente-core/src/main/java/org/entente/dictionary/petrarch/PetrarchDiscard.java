package org.entente.dictionary.petrarch;

import static java.util.Objects.requireNonNull;

/**
 * One phrase of a PETRARCH discard list: text whose presence stops coding, because it signals a
 * story PETRARCH should not code (sports, entertainment, accidents).
 *
 * <pre>
 * AFRICAN NATIONS CUP   # ab 13 Jun 2005     a sentence that has it is not coded
 * +Manchester United   # pas 26-Feb-2014     a story that has it is not coded
 * </pre>
 *
 * PETRARCH matches discards case-insensitively; a phrase ending in {@code _} must end at a word
 * boundary, the others are stems ({@link PetrarchPhrase#exact()}).
 *
 * @param origin {@code file:line} of the entry
 */
public record PetrarchDiscard(PetrarchPhrase phrase, Scope scope, String origin) {

  /** What a discard phrase stops from being coded. */
  public enum Scope {
    /** Without {@code +}: the sentence that holds the phrase. */
    SENTENCE,
    /** With {@code +}: the whole story that holds the phrase. */
    STORY
  }

  public PetrarchDiscard {
    requireNonNull(phrase, "phrase is null");
    requireNonNull(scope, "scope is null");
    requireNonNull(origin, "origin is null");
  }
}
