package org.entente.event;

import static java.util.Objects.requireNonNull;

/**
 * The source or target of an event: its code and where it stands in the sentence. An actor is
 * either resolved (a dictionary gave it a code) or {@linkplain #unresolved unresolved}: words no
 * dictionary knows, kept with their place. Ask {@link #isResolved()}; an unresolved actor's code is
 * the empty string (as JSON, the store and GDELT files write it) and it has no country or agent.
 *
 * @param code CAMEO actor code ({@code CHNGOV}, {@code RUS}, {@code IGOUNO}); empty for an
 *     unresolved actor
 * @param country the state, or {@code null}
 * @param agent the agent (sector) code, or {@code null}
 * @param name display name ("China"), or the text for unresolved actors
 * @param text the words of the sentence that name the actor
 * @param start character offset of {@code text} in the sentence
 * @param end character offset just after {@code text}
 */
public record EventActor(
    String code, String country, String agent, String name, String text, int start, int end) {

  private static final String UNRESOLVED = "";

  public EventActor {
    requireNonNull(code, "code is null");
    requireNonNull(text, "text is null");
    name = name == null ? text : name;
    if (code.isEmpty() && (country != null || agent != null)) {
      throw new IllegalArgumentException(
          "an actor without a code has no country or agent: '" + text + "'");
    }
  }

  /** Words no dictionary resolves, named by themselves. */
  public static EventActor unresolved(String text, int start, int end) {
    return unresolved(text, text, start, end);
  }

  /** Words no dictionary resolves, with the name a file gives them ({@code null}: the text). */
  public static EventActor unresolved(String name, String text, int start, int end) {
    return new EventActor(UNRESOLVED, null, null, name, text, start, end);
  }

  /** True when a dictionary gave the actor a code. */
  public boolean isResolved() {
    return !code.isEmpty();
  }
}
