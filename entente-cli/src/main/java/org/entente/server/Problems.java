package org.entente.server;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.router.EndpointNotFound;
import io.javalin.validation.ValidationError;
import io.javalin.validation.ValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.entente.core.EntenteException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure as an RFC 9457 problem: {@code application/problem+json} with {@code type}, {@code
 * title}, {@code status} and {@code detail}, e.g. {@code {"type": "about:blank", "title": "Bad
 * Request", "status": 400, "detail": "'Atlantis' is not a country Entente knows; ..."}}. A user
 * error is 400, a fault in Entente 500 (logged, with no internals in the detail).
 */
final class Problems {

  private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

  static final String CONTENT_TYPE = "application/problem+json";

  private Problems() {}

  static void entente(EntenteException e, Context ctx) {
    switch (e.kind()) {
      case USER_ERROR, BAD_DATA -> write(ctx, HttpStatus.BAD_REQUEST, e.getMessage(), null);
      case INTERNAL -> internal(e, ctx);
    }
  }

  static void http(HttpResponseException e, Context ctx) {
    HttpStatus status = HttpStatus.forStatus(e.getStatus());
    String detail =
        switch (status) {
          case NOT_FOUND -> e instanceof EndpointNotFound ? nothingAt(ctx) : e.getMessage();
          case METHOD_NOT_ALLOWED -> notAllowed(ctx);
          default -> e.getMessage();
        };
    write(ctx, status, detail, null);
  }

  private static String nothingAt(Context ctx) {
    return "there is nothing at " + ctx.path();
  }

  private static String notAllowed(Context ctx) {
    return ctx.method() + " is not allowed on " + ctx.path() + " (see /api/openapi.json)";
  }

  static void validation(ValidationException e, Context ctx) {
    String detail =
        e.getErrors().entrySet().stream()
            .map(
                entry ->
                    entry.getKey()
                        + ": "
                        + entry.getValue().stream()
                            .map(Problems::describe)
                            .collect(Collectors.joining("; ")))
            .collect(Collectors.joining("; "));
    write(ctx, HttpStatus.BAD_REQUEST, detail, null);
  }

  private static String describe(ValidationError<?> error) {
    if (error.getMessage().equals("TYPE_CONVERSION_FAILED")) {
      return "'" + error.getValue() + "' is not a whole number";
    }
    return error.getMessage();
  }

  static void internal(Exception e, Context ctx) {
    LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
    write(
        ctx,
        HttpStatus.INTERNAL_SERVER_ERROR,
        "Entente failed on this request (a bug); the server's log has the details",
        null);
  }

  static void notFound(Context ctx) {
    if (ctx.res().getContentType() != null && ctx.res().getContentType().startsWith(CONTENT_TYPE)) {
      return; // a handler's own 404 problem
    }
    write(ctx, HttpStatus.NOT_FOUND, nothingAt(ctx), null);
  }

  static void methodNotAllowed(Context ctx) {
    if (ctx.res().getContentType() != null && ctx.res().getContentType().startsWith(CONTENT_TYPE)) {
      return;
    }
    write(ctx, HttpStatus.METHOD_NOT_ALLOWED, notAllowed(ctx), null);
  }

  /** Writes the problem, with {@code problems} as an extension member when given. */
  static void write(Context ctx, HttpStatus status, String detail, List<String> problems) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", status.getMessage());
    body.put("status", status.getCode());
    body.put("detail", detail);
    if (problems != null) {
      body.put("problems", problems);
    }
    ctx.status(status).contentType(CONTENT_TYPE).result(JsonBodies.write(body));
  }
}
