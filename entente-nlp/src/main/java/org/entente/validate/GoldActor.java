package org.entente.validate;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/**
 * An actor of a gold event: its full code for {@link Level#STRICT} matching and the country keys a
 * coded actor may have at {@link Level#COUNTRY_ROOT}. PETRARCH's {@code ARNGOV} is code {@code
 * ARNGOV}, key {@code ARN}; PLOVER's Romanian government ({@code ROU}, sector {@code GOV}) is code
 * {@code ROMGOV}, key {@code ROM}.
 *
 * @param code the full actor code; empty when the gold names no resolvable actor
 * @param countries the country-level keys that match: one country, or an organisation class
 * @param text the words the gold file gives for the actor, or the code when it gives none
 */
public record GoldActor(String code, Set<String> countries, String text) {

  public GoldActor {
    requireNonNull(code, "code is null");
    countries = Set.copyOf(countries);
    requireNonNull(text, "text is null");
  }

  /** The actor of a CAMEO-style code: key = the first three letters ({@code IGOUNO} → IGO). */
  public static GoldActor ofCode(String code) {
    return new GoldActor(code, Set.of(Actors.countryOfCode(code)), code);
  }

  /**
   * True when the gold names an actor by its words in quotes, as PETRARCH writes an actor no
   * dictionary knows ({@code "THE MINISTRY OF MAGIC"}).
   */
  public boolean isNamed() {
    return code.length() > 2 && code.startsWith("\"") && code.endsWith("\"");
  }

  /** The words of a named actor, in capitals and single-spaced; empty for a code. */
  public String words() {
    return isNamed() ? words(code.substring(1, code.length() - 1)) : "";
  }

  /** Words in capitals, single-spaced: how named actors are compared. */
  public static String words(String text) {
    return text.strip().replaceAll("\\s+", " ").toUpperCase(java.util.Locale.ROOT);
  }

  /** True when the gold gives a resolvable actor code. */
  public boolean isResolved() {
    return !code.isEmpty();
  }

  @Override
  public String toString() {
    return isResolved() ? code : "?" + text;
  }
}
