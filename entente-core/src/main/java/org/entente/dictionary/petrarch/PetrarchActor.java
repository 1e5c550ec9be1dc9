package org.entente.dictionary.petrarch;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * One entry of a PETRARCH actor dictionary: a head phrase, its synonyms and its codes.
 *
 * <pre>
 * GOLLUM  # pas 27 Apr 03
 * +SMEAGOL
 *     [HOB &lt; 950601]
 *     [HOBGOV 19950601 - 19990815]
 *     [HOBREB &gt; 990816]
 * </pre>
 *
 * @param phrase the head phrase
 * @param synonyms the {@code +} phrases that stand for the same actor
 * @param codes the codes in the order written (PETRARCH takes the first that holds on the story's
 *     date); empty when the file gives none ({@code U.N._} in {@code
 *     Phoenix.International.actors.txt})
 * @param origin {@code file:line} of the head phrase
 */
public record PetrarchActor(
    PetrarchPhrase phrase,
    List<PetrarchPhrase> synonyms,
    List<PetrarchDatedCode> codes,
    String origin) {

  public PetrarchActor {
    requireNonNull(phrase, "phrase is null");
    synonyms = List.copyOf(synonyms);
    codes = List.copyOf(codes);
    requireNonNull(origin, "origin is null");
  }

  /** The head phrase followed by the synonyms. */
  public List<PetrarchPhrase> phrases() {
    List<PetrarchPhrase> all = new ArrayList<>(1 + synonyms.size());
    all.add(phrase);
    all.addAll(synonyms);
    return all;
  }

  /** True when some code has a date restriction (the actor is a person with terms of office). */
  public boolean isDated() {
    return codes.stream().anyMatch(PetrarchDatedCode::isDated);
  }
}
