package org.entente.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.analysis.report.Format;
import org.entente.analysis.scope.Window;
import org.entente.core.EntenteException;
import org.entente.event.Event;
import org.entente.store.EventStore;
import org.entente.store.query.EventQuery;
import picocli.CommandLine.Option;

/** Window and output format of {@code relation}, {@code triangle} and {@code leads}. */
final class AnalysisOptions {

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day of the window.")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day of the window.")
  String to;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "text|json|markdown",
      description = "Output: text (default), json or markdown.")
  String format;

  Window window() {
    LocalDate first = Dates.parseOption("--from", from, null);
    LocalDate last = Dates.parseOption("--to", to, null);
    try {
      return new Window(first, last);
    } catch (IllegalArgumentException e) {
      throw EntenteException.userError("%s", e.getMessage());
    }
  }

  Format format() {
    return Format.parse(format);
  }

  /** Every stored event that involves one of the countries, within the window, once each. */
  List<Event> events(EventStore store, List<String> countries) {
    return events(store, countries, window());
  }

  /** As above, for a window given in code (the demo's). */
  static List<Event> events(EventStore store, List<String> countries, Window window) {
    Map<String, Event> events = new LinkedHashMap<>();
    for (String country : countries) {
      EventQuery query = EventQuery.involving(country);
      if (window.from() != null) {
        query = query.from(window.from());
      }
      if (window.to() != null) {
        query = query.to(window.to());
      }
      store.forEachEvent(query, event -> events.putIfAbsent(event.id(), event));
    }
    return new ArrayList<>(events.values());
  }
}
