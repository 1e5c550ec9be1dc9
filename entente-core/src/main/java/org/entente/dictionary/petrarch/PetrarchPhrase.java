package org.entente.dictionary.petrarch;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * A phrase as PETRARCH dictionaries write it: words joined by {@code _} (or spaces, which PETRARCH
 * reads the same way), with an optional trailing {@code _} that stops stemming:
 *
 * <pre>
 * THE_UNITED_NATIONS_      words THE UNITED NATIONS, exact
 * ARGENTIN                 word ARGENTIN, a stem (TABARI matches ARGENTINA, ARGENTINE)
 * PRESIDENT HOSNI MURBARAK words PRESIDENT HOSNI MURBARAK, a stem
 * </pre>
 *
 * @param text the phrase as written (without a leading {@code +} and without codes)
 * @param words the words, in the dictionary's case (upper case, as a rule)
 * @param exact {@code true} when the phrase ends with {@code _}: its last word must match whole;
 *     otherwise TABARI and PETRARCH's discard matching treat it as a stem
 */
public record PetrarchPhrase(String text, List<String> words, boolean exact) {

  public PetrarchPhrase {
    requireNonNull(text, "text is null");
    words = List.copyOf(words);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("phrase '" + text + "' has no words");
    }
  }

  /**
   * Splits a phrase at {@code _} and white space.
   *
   * @throws IllegalArgumentException when it has no words ({@code "___"})
   */
  public static PetrarchPhrase parse(String text) {
    String stripped = text.strip();
    List<String> words = new ArrayList<>();
    for (String word : stripped.split("[_\\s]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return new PetrarchPhrase(stripped, words, stripped.endsWith("_"));
  }

  /** The words joined by single spaces: {@code THE UNITED NATIONS}. */
  public String spaced() {
    return String.join(" ", words);
  }

  @Override
  public String toString() {
    return text;
  }
}
