package org.entente.dictionary.petrarch;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One pattern of a verb block: words around the verb {@code *} and the event code they give.
 *
 * <pre>
 * - * (TO {BANNED PARTIES}) $                           [1722]        # ADD
 * </pre>
 *
 * is {@code before} = [], {@code after} = [{@code (}, {@code TO}, <code>{</code>, {@code BANNED},
 * {@code PARTIES}, <code>}</code>, {@code )}, {@code $}], code {@code 1722}, comment {@code ADD}.
 *
 * <p>Tokens are kept raw, for the coder to interpret: brackets {@code ( ) { }} (prepositional and
 * noun phrases) are tokens of their own; {@code $} (source), {@code +} (target), {@code %}
 * (compound actor), {@code ^} (skip) and {@code &SYNSET} stay as written; a {@code _} joining a
 * word to its neighbour (no words between) stays on the word: {@code FAILED_TO_*} is {@code before}
 * = [{@code FAILED_TO_}], {@code *_OUT} is {@code after} = [{@code _OUT}].
 *
 * @param text the pattern as written between {@code -} and the code
 * @param before the tokens before {@code *}
 * @param after the tokens after {@code *}
 * @param comment the text after {@code #} (usually the verb the pattern came from), or empty
 * @param origin {@code file:line}
 */
public record PetrarchPattern(
    String text,
    List<String> before,
    List<String> after,
    PetrarchCode code,
    String comment,
    String origin) {

  public PetrarchPattern {
    requireNonNull(text, "text is null");
    before = List.copyOf(before);
    after = List.copyOf(after);
    requireNonNull(code, "code is null");
    requireNonNull(comment, "comment is null");
    requireNonNull(origin, "origin is null");
  }
}
