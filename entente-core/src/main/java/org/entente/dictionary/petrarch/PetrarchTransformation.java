package org.entente.dictionary.petrarch;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A transformation at the end of a PETRARCH 2 verb dictionary: an event embedded in a saying verb
 * becomes another event.
 *
 * <pre>
 * ~ a (a b ATTACK) SAY = a b 015
 * </pre>
 *
 * reads "a says that a attacks b" is coded as a → b 015. The tokens are kept raw.
 *
 * @param pattern the tokens left of {@code =} ({@code a}, {@code (a}, ...: split at white space)
 * @param result the tokens right of {@code =} ({@code a}, {@code b}, {@code 015})
 * @param origin {@code file:line}
 */
public record PetrarchTransformation(List<String> pattern, List<String> result, String origin) {

  public PetrarchTransformation {
    pattern = List.copyOf(pattern);
    result = List.copyOf(result);
    requireNonNull(origin, "origin is null");
  }
}
