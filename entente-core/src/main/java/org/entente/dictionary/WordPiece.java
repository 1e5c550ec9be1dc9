package org.entente.dictionary;

import static java.util.Objects.requireNonNull;

/**
 * A word or part of a hyphenated word, as the actor matcher sees text: "Sino-Russian" is the piece
 * "Sino" (with a hyphen after it) and the piece "Russian", both of token {@code token}.
 *
 * @param lemma the token's lemma when the piece is the whole token, else {@code null}
 */
public record WordPiece(String text, String lemma, int token, boolean hyphenAfter) {
  public WordPiece {
    requireNonNull(text, "text is null");
  }
}
