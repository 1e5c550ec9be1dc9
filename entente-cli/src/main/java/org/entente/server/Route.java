package org.entente.server;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

/**
 * One endpoint: {@code GET /api/relation}, its handler, and whether it writes (then it needs the
 * token).
 */
record Route(HandlerType method, String path, Handler handler) {

  Route {
    requireNonNull(method, "method is null");
    requireNonNull(path, "path is null");
    requireNonNull(handler, "handler is null");
  }

  static Route get(String path, Handler handler) {
    return new Route(HandlerType.GET, path, handler);
  }

  static Route post(String path, Handler handler) {
    return new Route(HandlerType.POST, path, handler);
  }

  /** Writes need the token: every method but GET, HEAD and OPTIONS. */
  boolean writes() {
    return method != HandlerType.GET && method != HandlerType.HEAD && method != HandlerType.OPTIONS;
  }
}
