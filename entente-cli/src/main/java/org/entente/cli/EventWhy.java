package org.entente.cli;

import java.util.Locale;
import org.entente.event.Event;
import org.entente.event.EventActor;

/**
 * An event as readable text, for {@code entente code --why}: what was coded, from which sentence,
 * and the rule trail that made it.
 *
 * <pre>
 * x:0  JPN → USA  0311  future
 *   "Japan pledged to open its market to U.S. chips."
 *   - verb "open" + to + object "market" (verbs.tsv:4647) → 061
 *   - under "pledge" (intent, wrappers.tsv:38) → 0311
 *   - modality future
 *   - source "Japan": "Japan" → JPN: name of Japan (countries.tsv:134)
 * </pre>
 */
final class EventWhy {

  private EventWhy() {}

  static String text(Event event) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%s:%d  %s → %s  %s  %s%s%n",
            event.docId(),
            event.sentence(),
            code(event.source()),
            code(event.target()),
            event.cameo().code(),
            event.modality().label(),
            event.negated() ? ", negated" : ""));
    out.append("  \"").append(event.text().replace('\n', ' ')).append('"');
    for (String step : event.rule()) {
      out.append(System.lineSeparator()).append("  - ").append(step);
    }
    return out.toString();
  }

  private static String code(EventActor actor) {
    return actor.isResolved() ? actor.code() : "(" + actor.text() + ")";
  }
}
