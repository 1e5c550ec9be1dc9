package org.entente.validate;

import org.entente.event.EventActor;

/** The country-level key of an actor: what {@link Level#COUNTRY_ROOT} compares. */
final class Actors {

  private Actors() {}

  /**
   * The key of a coded actor: its country ({@code USA} for {@code USAGOV}), or for actors without
   * one the first part of the code ({@code IGO} for {@code IGOUNO}, {@code IMG} for {@code
   * IMGREBALQ}); empty for an unresolved actor.
   */
  static String key(EventActor actor) {
    if (actor.country() != null && !actor.country().isEmpty()) {
      return actor.country();
    }
    return countryOfCode(actor.code());
  }

  /** The first three letters of a CAMEO actor code, or the code when shorter. */
  static String countryOfCode(String code) {
    return code.length() >= 3 ? code.substring(0, 3) : code;
  }
}
