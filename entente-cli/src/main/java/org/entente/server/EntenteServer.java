package org.entente.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.validation.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.entente.app.StoreAnalyses;
import org.entente.core.EntenteException;

/**
 * {@code entente serve}: the JSON API over one store, and the dashboard's files. Every route is
 * declared in {@link #routes}; writes need the {@link WriteToken}; every failure is a JSON problem
 * ({@link Problems}); the API is described in {@value #OPENAPI}, which a test holds to the routes.
 *
 * <pre>{@code
 * Javalin app = EntenteServer.create(settings).start("127.0.0.1", 8080);
 * }</pre>
 */
public final class EntenteServer {

  /** Where the OpenAPI description is served. */
  public static final String OPENAPI = "/api/openapi.json";

  /** The classpath folder of the dashboard, served at {@code /}. */
  public static final String WEB = "/org/entente/web";

  private static final String OPENAPI_RESOURCE = "/org/entente/server/openapi.json";

  private EntenteServer() {}

  /** Every endpoint, in one place. */
  static List<Route> routes(ServerSettings settings) {
    StoreAnalyses analyses = new StoreAnalyses(settings.store());
    AnalysisEndpoints analysis =
        new AnalysisEndpoints(settings.store(), analyses, settings.dictionary());
    StoreEndpoints store = new StoreEndpoints(settings.store(), settings.dictionary());
    ReferenceEndpoints reference =
        new ReferenceEndpoints(settings.codebook(), settings.dictionary());
    CodingEndpoints coding = new CodingEndpoints(settings);
    String openApi = openApi();
    return List.of(
        Route.get(OPENAPI, ctx -> JsonBodies.sendText(ctx, openApi)),
        Route.get("/api/store", store::counts),
        Route.get("/api/relation", analysis::relation),
        Route.get("/api/triangle", analysis::triangle),
        Route.get("/api/leads", analysis::leads),
        Route.get("/api/events", store::events),
        Route.get("/api/countries", store::countries),
        Route.get("/api/pairs", store::pairs),
        Route.get("/api/codebook", reference::codebook),
        Route.get("/api/codebook/{code}", reference::code),
        Route.get("/api/actor", reference::actor),
        Route.post("/api/code", coding::code),
        Route.post("/api/ingest", coding::ingest));
  }

  /** The server, not started. */
  public static Javalin create(ServerSettings settings) {
    WriteToken token = new WriteToken(settings.token());
    List<Route> routes = routes(settings);
    Javalin app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.http.maxRequestSize = settings.maxBodyBytes();
              config.http.prefer405over404 = true;
              config.staticFiles.add(WEB, Location.CLASSPATH);
              // the dashboard's charts: /webjars/echarts/5.3.1/dist/echarts.min.js
              config.staticFiles.enableWebjars();
              if (!settings.corsOrigins().isEmpty()) {
                config.bundledPlugins.enableCors(
                    cors ->
                        cors.addRule(
                            rule -> {
                              settings.corsOrigins().forEach(rule::allowHost);
                              rule.exposeHeader("Content-Type");
                            }));
              }
              config.router.mount(
                  router -> {
                    for (Route route : routes) {
                      router.addHttpHandler(route.method(), route.path(), guarded(route, token));
                    }
                  });
            });
    app.exception(EntenteException.class, Problems::entente);
    app.exception(CodingEndpoints.BadDocuments.class, EntenteServer::badDocuments);
    app.exception(ValidationException.class, Problems::validation);
    app.exception(HttpResponseException.class, Problems::http);
    app.exception(Exception.class, Problems::internal);
    app.error(HttpStatus.NOT_FOUND, Problems::notFound);
    app.error(HttpStatus.METHOD_NOT_ALLOWED, Problems::methodNotAllowed);
    return app;
  }

  private static Handler guarded(Route route, WriteToken token) {
    if (!route.writes()) {
      return route.handler();
    }
    return ctx -> {
      token.check(ctx);
      route.handler().handle(ctx);
    };
  }

  private static void badDocuments(CodingEndpoints.BadDocuments e, Context ctx) {
    Problems.write(ctx, HttpStatus.BAD_REQUEST, e.getMessage(), e.problems());
  }

  private static String openApi() {
    try (InputStream in = EntenteServer.class.getResourceAsStream(OPENAPI_RESOURCE)) {
      if (in == null) {
        throw new EntenteException(
            EntenteException.Kind.INTERNAL,
            "the API description is missing from the jar; rebuild it with ./mvnw -B package");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new EntenteException(
          EntenteException.Kind.INTERNAL, "cannot read the API description: " + e, e);
    }
  }
}
