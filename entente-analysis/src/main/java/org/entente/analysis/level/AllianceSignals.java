package org.entente.analysis.level;

import static org.entente.analysis.level.LevelThresholds.ALLIANCE_AREAS;
import static org.entente.analysis.level.LevelThresholds.ALLIANCE_CODES;

import java.util.Collection;
import java.util.List;
import org.entente.event.Event;

/**
 * Finds the events that sign a defence pact: a formal agreement ({@link
 * LevelThresholds#ALLIANCE_CODES}) in a military or security area ({@link
 * LevelThresholds#ALLIANCE_AREAS}). "Japan and the United States signed a security treaty" (057,
 * security) is one; "China and Russia signed a gas deal" (057, energy) is not.
 */
public final class AllianceSignals {
  private AllianceSignals() {}

  public static boolean isSignal(Event event) {
    return event.isFactual()
        && ALLIANCE_AREAS.contains(event.area())
        && ALLIANCE_CODES.stream().anyMatch(event.cameo()::startsWith);
  }

  /** The signals among {@code events}, in their order. */
  public static List<Event> in(Collection<Event> events) {
    return events.stream().filter(AllianceSignals::isSignal).toList();
  }
}
