package org.entente.coder.actor;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.entente.dictionary.ActorCode;

/**
 * An actor named in a sentence: tokens {@code start}..{@code end} (exclusive), its code — or {@code
 * null} for a name no dictionary knows, kept with its text — and why.
 */
public record Actor(int start, int end, String text, ActorCode code, List<String> why) {
  public Actor {
    requireNonNull(text, "text is null");
    why = List.copyOf(why);
  }

  /**
   * A country that no word of the sentence names, standing at the one word {@code at} (spelt {@code
   * word}) of the act it is inferred for, with the reason.
   */
  public static Actor inferredCountry(int at, String word, String country, String why) {
    return new Actor(at, at + 1, word, new ActorCode(country, country, null), List.of(why));
  }

  public boolean isResolved() {
    return code != null;
  }

  public boolean covers(int token) {
    return token >= start && token < end;
  }

  /**
   * Whether the actor was read from a place rather than the country's name: a capital or city
   * standing for its state ("Paris", "Tehran"), a city or a region of it.
   */
  public boolean isLocality() {
    return why.stream()
        .anyMatch(
            line ->
                line.contains(": a city of")
                    || line.contains(": a region of")
                    || line.contains(": place standing for"));
  }

  /** The country, or null (unresolved actors and organisations have none). */
  public String country() {
    return code == null ? null : code.country();
  }
}
