package org.entente.coder.lexicon;

import static java.util.Objects.requireNonNull;

/**
 * A wrapper verb: {@code vow intent 030}.
 *
 * @param fallback the code the wrapper yields when it embeds nothing codable, or empty
 */
public record Wrapper(String verb, WrapperKind kind, String fallback, String origin) {
  public Wrapper {
    requireNonNull(verb, "verb is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(fallback, "fallback is null");
    requireNonNull(origin, "origin is null");
  }
}
