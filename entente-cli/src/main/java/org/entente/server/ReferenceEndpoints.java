package org.entente.server;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.entente.app.Dates;
import org.entente.app.Lookups;
import org.entente.codebook.Codebook;
import org.entente.core.EntenteException;
import org.entente.dictionary.ActorDictionary;
import org.entente.dictionary.ActorMention;

/** {@code /api/codebook} and {@code /api/actor}: what {@code codebook} and {@code actor} show. */
final class ReferenceEndpoints {

  private final Codebook codebook;
  private final ActorDictionary dictionary;

  ReferenceEndpoints(Codebook codebook, ActorDictionary dictionary) {
    this.codebook = codebook;
    this.dictionary = dictionary;
  }

  /** {@code GET /api/codebook?code=04,163}: the codes and their sub-codes; none: the 20 roots. */
  void codebook(Context ctx) {
    List<Map<String, Object>> rows =
        Lookups.codes(codebook, Params.list(ctx, "code")).stream().map(Lookups::toJson).toList();
    JsonBodies.send(ctx, Map.of("codes", rows));
  }

  /** {@code GET /api/codebook/{code}}: one code and its sub-codes; 404 for no such code. */
  void code(Context ctx) {
    String code = ctx.pathParam("code");
    if (codebook.find(code).isEmpty()) {
      throw new NotFoundResponse(
          "'" + code + "' is not a CAMEO event code (codes look like 04, 042 or 0211)");
    }
    List<Map<String, Object>> rows =
        Lookups.codes(codebook, List.of(code)).stream().map(Lookups::toJson).toList();
    JsonBodies.send(ctx, Map.of("codes", rows));
  }

  /** {@code GET /api/actor?phrase=the+Kremlin&date=2019-06-05}: as {@code entente actor --json}. */
  void actor(Context ctx) {
    String phrase = Params.required(ctx, "phrase");
    if (phrase.strip().isEmpty()) {
      throw EntenteException.userError("the query parameter 'phrase' is empty");
    }
    LocalDate on = Dates.parseOption("date", ctx.queryParam("date"), LocalDate.now());
    List<ActorMention> mentions = Lookups.actors(dictionary, phrase, on);
    JsonBodies.send(ctx, Lookups.toJson(phrase, on, mentions, dictionary.vocabulary()));
  }
}
