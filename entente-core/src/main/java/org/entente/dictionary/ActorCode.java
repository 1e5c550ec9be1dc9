package org.entente.dictionary;

import static java.util.Objects.requireNonNull;

/**
 * A CAMEO actor code with what it says: {@code CHNGOV} is the country {@code CHN} with agent {@code
 * GOV}; {@code IGOUNO} has no country (an international organisation); {@code GOV} alone is an
 * agent whose country is not known yet. Made by {@link ActorVocabulary#parse}, which knows which
 * parts are countries.
 *
 * @param code the full code, 3-letter parts, upper case
 * @param country the state the actor belongs to, or {@code null}
 * @param agent the first agent (sector) part, or {@code null}
 */
public record ActorCode(String code, String country, String agent) {

  public ActorCode {
    requireNonNull(code, "code is null");
    if (!isWellFormed(code)) {
      throw new IllegalArgumentException(
          "an actor code is made of 3-letter upper-case parts, not '" + code + "'");
    }
    if (country != null && !code.startsWith(country)) {
      throw new IllegalArgumentException("country " + country + " is not the start of " + code);
    }
  }

  public static boolean isWellFormed(String code) {
    return !code.isEmpty()
        && code.length() % 3 == 0
        && code.chars().allMatch(c -> c >= 'A' && c <= 'Z');
  }

  /** The code with {@code agent} put in place of this one's agents: {@code CHN} + GOV = CHNGOV. */
  public ActorCode withAgent(String newAgent) {
    requireNonNull(newAgent, "newAgent is null");
    if (country == null) {
      return this;
    }
    return new ActorCode(country + newAgent, country, newAgent);
  }

  /** The country-level code ({@code CHN} for {@code CHNGOV}), or this code if it has none. */
  public ActorCode countryOnly() {
    return country == null ? this : new ActorCode(country, country, null);
  }

  public boolean isAgentOnly() {
    return country == null && agent != null && code.equals(agent);
  }

  @Override
  public String toString() {
    return code;
  }
}
