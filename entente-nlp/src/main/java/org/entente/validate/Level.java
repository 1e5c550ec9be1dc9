package org.entente.validate;

/**
 * How closely a coded event must agree with a gold event to count as a match.
 *
 * <ul>
 *   <li>{@link #STRICT}: the full source and target actor codes and the event code ({@code ARNGOV}
 *       → {@code GON} 064); a PLOVER gold event has no CAMEO code, so there the type's CAMEO roots
 *       must match, and the actor code is the country with the sector ({@code HUN} + {@code GOV} =
 *       {@code HUNGOV}).
 *   <li>{@link #COUNTRY_ROOT}: source and target country (or IGO, NGO, IMG) and the CAMEO root.
 *   <li>{@link #ROOT}: the CAMEO root alone.
 * </ul>
 */
public enum Level {
  STRICT("strict"),
  COUNTRY_ROOT("country+root"),
  ROOT("root");

  private final String label;

  Level(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
