package org.entente.dictionary.petrarch;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One entry of a PETRARCH agent dictionary: a noun phrase naming a sector and the agent code it
 * adds to the actor it goes with.
 *
 * <pre>
 * FOREIGN_MINISTER [~GOVFRM]                 SUFFIX GOVFRM: Israeli foreign minister = ISRGOVFRM
 * HUMAN_RIGHTS_BODY  [NGO~]                  PREFIX NGO
 * ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV] irregular plural
 * POLICE {} [~COP]                           no plural
 * </pre>
 *
 * @param code the agent code without {@code ~} ({@code GOVFRM})
 * @param position where the agent code goes relative to the actor's code
 * @param plurals the irregular plural written in {@code {...}} (PETRARCH reads one phrase there),
 *     empty for {@code {}} or no braces
 * @param regularPlural {@code true} when there are no braces: PETRARCH then forms the regular
 *     plural itself; {@code {}} says the phrase has no plural
 * @param origin {@code file:line} of the entry
 */
public record PetrarchAgent(
    PetrarchPhrase phrase,
    String code,
    Position position,
    List<PetrarchPhrase> plurals,
    boolean regularPlural,
    String origin) {

  /** Where an agent code goes: {@code [~GOV]} after the actor's code, {@code [NGO~]} before it. */
  public enum Position {
    /** {@code [~GOV]}: Israeli + minister = {@code ISR} + {@code GOV}. */
    SUFFIX,
    /** {@code [NGO~]}: the agent code comes first, {@code NGO} + {@code USA}. */
    PREFIX
  }

  public PetrarchAgent {
    requireNonNull(phrase, "phrase is null");
    requireNonNull(code, "code is null");
    requireNonNull(position, "position is null");
    plurals = List.copyOf(plurals);
    requireNonNull(origin, "origin is null");
    if (code.isBlank()) {
      throw new IllegalArgumentException("empty agent code");
    }
    if (regularPlural && !plurals.isEmpty()) {
      throw new IllegalArgumentException("an agent with irregular plurals has no regular plural");
    }
  }

  /** The code written as in the file: {@code ~GOV} or {@code NGO~}. */
  public String written() {
    return switch (position) {
      case SUFFIX -> "~" + code;
      case PREFIX -> code + "~";
    };
  }
}
