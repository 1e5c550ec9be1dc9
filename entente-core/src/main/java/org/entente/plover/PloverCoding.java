package org.entente.plover;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A PLOVER event type with its mode and contexts, as {@link PloverTable} gives them for a CAMEO
 * code or as a PLOVER record states them.
 *
 * @param mode how the act was done ({@code visit}, {@code firearms}); empty when not said
 * @param contexts what the event is about ({@code economic}, {@code military}); may be empty
 */
public record PloverCoding(PloverType type, String mode, List<String> contexts) {

  public PloverCoding {
    requireNonNull(type, "type is null");
    mode = mode == null ? "" : mode;
    contexts = List.copyOf(contexts);
  }
}
