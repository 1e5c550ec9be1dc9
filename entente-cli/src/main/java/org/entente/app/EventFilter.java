package org.entente.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.core.EntenteException;
import org.entente.dictionary.ActorDictionary;
import org.entente.store.query.EventQuery;

/**
 * The event filters of {@code events}, {@code export} and the API's {@code /api/events}, as typed:
 * actors by code, code prefix or country name, ISO dates, CAMEO roots ({@code 6} or {@code 06}),
 * quad classes. {@link #query} checks them and names a wrong one as the caller calls it.
 *
 * @param prefix what goes before a parameter's name in messages: {@code "--"} on the command line
 * @param eitherDirection also the events from the target to the source
 * @param quadClasses quad classes 1 to 4, as typed
 */
public record EventFilter(
    String prefix,
    String source,
    String target,
    boolean eitherDirection,
    String from,
    String to,
    List<String> roots,
    List<String> quadClasses,
    boolean factual) {

  public EventFilter {
    prefix = prefix == null ? "" : prefix;
    roots = roots == null ? List.of() : List.copyOf(roots);
    quadClasses = quadClasses == null ? List.of() : List.copyOf(quadClasses);
  }

  /** The query; the source and target are checked against the dictionary. */
  public EventQuery query(ActorDictionary dictionary) {
    EventQuery query = EventQuery.all();
    if (source != null) {
      query = query.source(Countries.resolveActor(prefix + "source", source, dictionary));
    }
    if (target != null) {
      query = query.target(Countries.resolveActor(prefix + "target", target, dictionary));
    }
    if (eitherDirection) {
      query = query.eitherDirection(true);
    }
    try {
      LocalDate first = Dates.parseOption(prefix + "from", from, null);
      LocalDate last = Dates.parseOption(prefix + "to", to, null);
      if (first != null) {
        query = query.from(first);
      }
      if (last != null) {
        query = query.to(last);
      }
      if (!roots.isEmpty()) {
        List<String> padded = new ArrayList<>();
        roots.forEach(r -> padded.add(r.strip().length() == 1 ? "0" + r.strip() : r.strip()));
        query = query.roots(padded.toArray(String[]::new));
      }
      if (!quadClasses.isEmpty()) {
        query =
            query.quadClasses(quadClasses.stream().map(this::quadClass).toArray(Integer[]::new));
      }
      if (factual) {
        query = query.onlyFactual();
      }
      return query;
    } catch (IllegalArgumentException e) {
      throw EntenteException.userError("%s", e.getMessage());
    }
  }

  private Integer quadClass(String typed) {
    try {
      return Integer.valueOf(typed.strip());
    } catch (NumberFormatException e) {
      throw EntenteException.userError(
          "%squad '%s' is not a quad class; give 1 to 4 (1 verbal cooperation, 2 material"
              + " cooperation, 3 verbal conflict, 4 material conflict)",
          prefix, typed);
    }
  }
}
