package org.entente.server;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.entente.app.Countries;
import org.entente.core.EntenteException;
import org.entente.dictionary.ActorDictionary;

/** Query parameters: required ones, countries, comma lists. */
final class Params {

  private Params() {}

  static String required(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      throw EntenteException.userError("the query parameter '%s' is missing", name);
    }
    return value;
  }

  static String country(Context ctx, String name, ActorDictionary dictionary) {
    return Countries.resolve(required(ctx, name), dictionary);
  }

  /** {@code root=06,14&root=18} → 06, 14, 18. */
  static List<String> list(Context ctx, String name) {
    List<String> values = new ArrayList<>();
    for (String value : ctx.queryParams(name)) {
      for (String part : value.split(",")) {
        if (!part.isBlank()) {
          values.add(part.strip());
        }
      }
    }
    return values;
  }

  static boolean flag(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null) {
      return false;
    }
    return switch (value.strip()) {
      case "", "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default ->
          throw EntenteException.userError(
              "the query parameter '%s' is true or false, not '%s'", name, value);
    };
  }
}
