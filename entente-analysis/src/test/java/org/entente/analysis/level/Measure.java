package org.entente.analysis.level;

import java.util.List;
import org.entente.analysis.dyad.DyadAnalyzer;
import org.entente.analysis.dyad.Measurement;
import org.entente.analysis.scope.Dyad;
import org.entente.analysis.scope.DyadEvents;
import org.entente.analysis.scope.Window;
import org.entente.event.Event;

/** Measures synthetic events for one dyad over all dates: the path the CLI takes, minus periods. */
final class Measure {
  private Measure() {}

  static Measurement of(String a, String b, List<Event> events) {
    return new DyadAnalyzer(3).measure(DyadEvents.select(Dyad.of(a, b), Window.ALL, events));
  }

  static LevelAssessment level(String a, String b, List<Event> events) {
    return of(a, b, events).level();
  }
}
