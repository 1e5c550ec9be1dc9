package org.entente.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.event.Event;
import org.entente.event.EventActor;
import org.entente.event.EventJson;
import org.entente.store.EventStore;
import org.entente.store.query.EventQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code entente events --source RUS --target CHN --from 2014-01-01 --root 06}. */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = "List stored events, newest last, with the sentence that says so.",
    footer = {
      "",
      "Examples:",
      "  entente events --source RUS --target CHN --from 2014-01-01 --root 06",
      "  entente events --source USA --root 16 --limit 5 --json"
    })
final class EventsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @ParentCommand EntenteCommand parent;
  @Mixin StoreOption store;
  @Mixin EventFilterOptions filter;

  @Option(
      names = "--limit",
      defaultValue = "50",
      description = "At most this many (default: ${DEFAULT-VALUE}; 0 for all).")
  int limit;

  @Option(names = "--json", description = "Print JSON Lines in the event contract instead.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    EventQuery query = filter.query(parent.dictionary()).limit(Math.max(0, limit));
    try (EventStore eventStore = store.openToRead()) {
      List<Event> events = eventStore.events(query);
      for (Event event : events) {
        if (json) {
          out.println(EventJson.write(event));
        } else {
          out.printf(
              "%s  %-9s → %-9s %-4s %s%s%s  %s%n",
              event.date(),
              label(event.source()),
              label(event.target()),
              event.cameo().code(),
              event.modality().label(),
              event.negated() ? ", negated" : "",
              event.area() == null ? "" : " [" + event.area().label() + "]",
              event.text().isEmpty() ? event.url() : "\"" + event.text() + "\"");
        }
      }
      if (!json) {
        out.printf("%d event(s)%n", events.size());
      }
    }
    return ExitCodes.OK;
  }

  private static String label(EventActor actor) {
    return actor.isResolved() ? actor.code() : "?" + actor.text();
  }
}
