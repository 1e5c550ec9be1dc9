package org.entente.validate;

import java.util.List;
import org.entente.coder.petrarch.PetrarchEventCodes;
import org.entente.event.Event;
import org.entente.event.EventActor;

/**
 * Whether a coded event matches an expected one at a {@link Level}. For "Senior Hungarian and
 * Romanian officials agreed …" with the reciprocal gold {@code HUN+ROM <-> AGREE}, the coded event
 * {@code HUNGOV → ROMGOV 036} matches at {@link Level#COUNTRY_ROOT} and {@link Level#ROOT}; {@code
 * HUNGOV → HUNGOV 036} matches at {@link Level#ROOT} only.
 */
public final class EventMatcher {

  private EventMatcher() {}

  public static boolean matches(ExpectedEvent expected, Event event, Level level) {
    if (!codeMatches(expected, PetrarchEventCodes.written(event), level)) {
      return false;
    }
    if (level == Level.ROOT) {
      return true;
    }
    if (expected.reciprocal()) {
      List<GoldActor> parties = expected.sources();
      for (int i = 0; i < parties.size(); i++) {
        for (int j = 0; j < parties.size(); j++) {
          if (i != j
              && actorMatches(parties.get(i), event.source(), level)
              && actorMatches(parties.get(j), event.target(), level)) {
            return true;
          }
        }
      }
      return false;
    }
    return anyMatches(expected.sources(), event.source(), level)
        && anyMatches(expected.targets(), event.target(), level);
  }

  private static boolean codeMatches(ExpectedEvent expected, String cameo, Level level) {
    if (level == Level.STRICT && !expected.code().isEmpty()) {
      return cameo.equals(expected.code());
    }
    for (String prefix : expected.codePrefixes()) {
      if (cameo.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** An empty list matches any actor (a gold event without a target). */
  private static boolean anyMatches(List<GoldActor> gold, EventActor actor, Level level) {
    if (gold.isEmpty()) {
      return true;
    }
    for (GoldActor candidate : gold) {
      if (actorMatches(candidate, actor, level)) {
        return true;
      }
    }
    return false;
  }

  private static boolean actorMatches(GoldActor gold, EventActor actor, Level level) {
    if (gold.isNamed()) {
      // PETRARCH's "THE MINISTRY OF MAGIC": an actor no dictionary knows, named by its words
      return !actor.isResolved() && gold.words().equals(GoldActor.words(actor.name()));
    }
    if (!actor.isResolved()) {
      return false;
    }
    return level == Level.STRICT
        ? gold.isResolved() && gold.code().equals(actor.code())
        : gold.countries().contains(Actors.key(actor));
  }
}
