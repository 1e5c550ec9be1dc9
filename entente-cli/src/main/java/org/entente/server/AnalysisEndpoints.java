package org.entente.server;

import io.javalin.http.Context;
import java.util.function.Supplier;
import org.entente.analysis.report.Format;
import org.entente.analysis.report.Renderer;
import org.entente.analysis.scope.Dyad;
import org.entente.analysis.scope.Window;
import org.entente.app.Arguments;
import org.entente.app.StoreAnalyses;
import org.entente.dictionary.ActorDictionary;
import org.entente.event.Period;
import org.entente.store.EventStore;

/**
 * {@code /api/relation}, {@code /api/triangle}, {@code /api/leads}: the JSON that {@code entente
 * relation|triangle|leads --format json} prints, for the same countries (codes or names) and
 * window.
 */
final class AnalysisEndpoints {

  private final StoreAnalyses analyses;
  private final ActorDictionary dictionary;
  private final Renderer json = Format.JSON.renderer();
  private final EventStore store;
  private final ResponseCache cache = new ResponseCache();

  AnalysisEndpoints(EventStore store, StoreAnalyses analyses, ActorDictionary dictionary) {
    this.store = store;
    this.analyses = analyses;
    this.dictionary = dictionary;
  }

  /** {@code GET /api/relation?a=CHN&b=RUS&period=year&from=2014-01-01&to=2019-12-31}. */
  void relation(Context ctx) {
    Dyad dyad = dyad(ctx);
    Period period = Arguments.period(optional(ctx, "period", "year"));
    Window window = window(ctx);
    send(
        ctx,
        "relation " + dyad + " " + window + " " + period,
        () -> json.profile(analyses.relation(dyad, window, period)));
  }

  /** {@code GET /api/triangle?a=USA&b=CHN&c=RUS}. */
  void triangle(Context ctx) {
    String a = Params.country(ctx, "a", dictionary);
    String b = Params.country(ctx, "b", dictionary);
    String c = Params.country(ctx, "c", dictionary);
    Window window = window(ctx);
    send(
        ctx,
        "triangle " + a + " " + b + " " + c + " " + window,
        () -> json.triangle(analyses.triangle(a, b, c, window)));
  }

  /** {@code GET /api/leads?a=CHN&b=RUS}. */
  void leads(Context ctx) {
    Dyad dyad = dyad(ctx);
    Window window = window(ctx);
    send(ctx, "leads " + dyad + " " + window, () -> json.leadership(analyses.leads(dyad, window)));
  }

  /** Sends the answer to {@code request}, kept from before when the store has not changed. */
  private void send(Context ctx, String request, Supplier<String> answer) {
    JsonBodies.sendText(ctx, cache.answer(request, store.version(), answer));
  }

  private Dyad dyad(Context ctx) {
    return Arguments.dyad(Params.required(ctx, "a"), Params.required(ctx, "b"), dictionary);
  }

  static Window window(Context ctx) {
    return Arguments.window("from", ctx.queryParam("from"), "to", ctx.queryParam("to"));
  }

  private static String optional(Context ctx, String name, String fallback) {
    String value = ctx.queryParam(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
