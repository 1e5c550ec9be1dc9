package org.entente.server;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.app.EventFilter;
import org.entente.core.EntenteException;
import org.entente.dictionary.ActorDictionary;
import org.entente.dictionary.ActorVocabulary;
import org.entente.event.Event;
import org.entente.event.EventJson;
import org.entente.store.EventStore;
import org.entente.store.query.CountryCount;
import org.entente.store.query.EventCursor;
import org.entente.store.query.EventPage;
import org.entente.store.query.EventQuery;
import org.entente.store.query.PairCount;
import org.entente.store.query.StoreCounts;

/**
 * What the store holds: {@code /api/events} (filtered, a page at a time), {@code /api/countries}
 * and {@code /api/pairs} with their event counts, {@code /api/store} (row counts).
 */
final class StoreEndpoints {

  /** Events per page unless {@code limit} says otherwise. */
  static final int DEFAULT_PAGE = 50;

  /** The largest page: enough for a table, small enough to answer at once. */
  static final int MAX_PAGE = 1_000;

  private final EventStore store;
  private final ActorDictionary dictionary;

  StoreEndpoints(EventStore store, ActorDictionary dictionary) {
    this.store = store;
    this.dictionary = dictionary;
  }

  /**
   * {@code GET /api/events?source=RUS&target=CHN&either=true&from=…&to=…&root=06,14&quad=4
   * &factual=true&limit=50&cursor=…}: {@code {"events": [...], "next": "…" or null}}.
   */
  void events(Context ctx) {
    EventQuery query =
        new EventFilter(
                "",
                blankToNull(ctx.queryParam("source")),
                blankToNull(ctx.queryParam("target")),
                Params.flag(ctx, "either"),
                blankToNull(ctx.queryParam("from")),
                blankToNull(ctx.queryParam("to")),
                Params.list(ctx, "root"),
                Params.list(ctx, "quad"),
                Params.flag(ctx, "factual"))
            .query(dictionary);
    int limit =
        ctx.queryParamAsClass("limit", Integer.class)
            .check(n -> n >= 1 && n <= MAX_PAGE, "a page holds 1 to " + MAX_PAGE + " events")
            .getOrDefault(DEFAULT_PAGE);
    EventCursor after = cursor(ctx.queryParam("cursor"));
    EventPage page = store.eventPage(query, after, limit);
    List<Object> events = new ArrayList<>();
    for (Event event : page.events()) {
      events.add(JsonBodies.raw(EventJson.write(event)));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("events", events);
    body.put("next", page.next() == null ? null : page.next().text());
    JsonBodies.send(ctx, body);
  }

  /**
   * {@code GET /api/countries?from=…&to=…&factual=true}: countries with their events, most first.
   */
  void countries(Context ctx) {
    ActorVocabulary vocabulary = dictionary.vocabulary();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (CountryCount count : store.countries(window(ctx))) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("country", count.country());
      row.put("name", vocabulary.countryName(count.country()));
      row.put("events", count.events());
      rows.add(row);
    }
    JsonBodies.send(ctx, Map.of("countries", rows));
  }

  /** {@code GET /api/pairs?from=…&to=…&factual=true&limit=100}: pairs with their events. */
  void pairs(Context ctx) {
    ActorVocabulary vocabulary = dictionary.vocabulary();
    int limit =
        ctx.queryParamAsClass("limit", Integer.class)
            .check(n -> n >= 0, "0 (all) or more pairs")
            .getOrDefault(0);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (PairCount count : store.pairs(window(ctx).limit(limit))) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("a", count.a());
      row.put("b", count.b());
      row.put("a_name", vocabulary.countryName(count.a()));
      row.put("b_name", vocabulary.countryName(count.b()));
      row.put("events", count.events());
      rows.add(row);
    }
    JsonBodies.send(ctx, Map.of("pairs", rows));
  }

  /** {@code GET /api/store}: how many documents, events, sentences and assessments it holds. */
  void counts(Context ctx) {
    StoreCounts counts = store.counts();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("documents", counts.documents());
    body.put("events", counts.events());
    body.put("entente_events", counts.ententeEvents());
    body.put("gdelt_events", counts.gdeltEvents());
    body.put("mentions", counts.mentions());
    body.put("assessments", counts.assessments());
    JsonBodies.send(ctx, body);
  }

  private EventQuery window(Context ctx) {
    return new EventFilter(
            "",
            null,
            null,
            false,
            blankToNull(ctx.queryParam("from")),
            blankToNull(ctx.queryParam("to")),
            List.of(),
            List.of(),
            Params.flag(ctx, "factual"))
        .query(dictionary);
  }

  private static EventCursor cursor(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return EventCursor.parse(text);
    } catch (IllegalArgumentException e) {
      throw EntenteException.userError("cursor %s", e.getMessage());
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
