package org.entente.cli;

import java.util.ArrayList;
import java.util.List;
import org.entente.app.EventFilter;
import org.entente.dictionary.ActorDictionary;
import org.entente.store.query.EventQuery;
import picocli.CommandLine.Option;

/** Filters shared by {@code events} and {@code export}. */
final class EventFilterOptions {

  @Option(
      names = "--source",
      paramLabel = "ACTOR",
      description = "Source country (RUS or Russia) or code prefix (RUSGOV).")
  String source;

  @Option(names = "--target", paramLabel = "ACTOR", description = "Target country or code prefix.")
  String target;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day (inclusive).")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day (inclusive).")
  String to;

  @Option(
      names = "--root",
      paramLabel = "RR",
      split = ",",
      description = "CAMEO roots, e.g. 06 or 14,18,19.")
  List<String> roots = new ArrayList<>();

  @Option(names = "--factual", description = "Only factual, non-negated events.")
  boolean factual;

  /** The query; {@code --source} and {@code --target} are checked against the dictionary. */
  EventQuery query(ActorDictionary dictionary) {
    return new EventFilter("--", source, target, false, from, to, roots, List.of(), factual)
        .query(dictionary);
  }
}
