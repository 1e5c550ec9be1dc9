package org.entente.dictionary.petrarch;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A synonym set of a PETRARCH verb dictionary, used in patterns as {@code &NAME}:
 *
 * <pre>
 * &amp;CURRENCY
 * +MONEY
 * +CASH_
 * +&amp;HYPERCURR
 * </pre>
 *
 * @param name the name with its {@code &} ({@code &CURRENCY}); a trailing {@code _} ({@code
 *     &AUXVERB1_}) tells PETRARCH not to form plurals of the members
 * @param members the members as written, without {@code +}: words joined by {@code _} or spaces, or
 *     another set ({@code &TIETYPES})
 * @param origin {@code file:line} of the name
 */
public record PetrarchSynset(String name, List<String> members, String origin) {

  public PetrarchSynset {
    requireNonNull(name, "name is null");
    members = List.copyOf(members);
    requireNonNull(origin, "origin is null");
    if (!name.startsWith("&") || name.length() < 2) {
      throw new IllegalArgumentException("synset name '" + name + "' does not start with &");
    }
  }
}
