package org.entente.event;

import static java.util.Objects.requireNonNull;

/**
 * The source or target of an event: its code and where it stands in the sentence.
 *
 * @param code CAMEO actor code ({@code CHNGOV}, {@code RUS}, {@code IGOUNO}); empty for an actor no
 *     dictionary knows
 * @param country the state, or {@code null}
 * @param agent the agent (sector) code, or {@code null}
 * @param name display name ("China"), or the text for unresolved actors
 * @param text the words of the sentence that name the actor
 * @param start character offset of {@code text} in the sentence
 * @param end character offset just after {@code text}
 */
public record EventActor(
    String code, String country, String agent, String name, String text, int start, int end) {

  public EventActor {
    requireNonNull(code, "code is null");
    requireNonNull(text, "text is null");
    name = name == null ? text : name;
  }

  public boolean isResolved() {
    return !code.isEmpty();
  }
}
