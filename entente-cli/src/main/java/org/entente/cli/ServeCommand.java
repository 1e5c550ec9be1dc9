package org.entente.cli;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.entente.app.StoreAnalyses;
import org.entente.core.EntenteException;
import org.entente.server.EntenteServer;
import org.entente.server.ServerSettings;
import org.entente.server.WriteToken;
import org.entente.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code entente serve}: the JSON API and the dashboard over one store, until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the store: the dashboard at / and a JSON API under /api/ (relation, triangle, leads,"
          + " events, countries, pairs, codebook, actor; POST code and ingest), described at"
          + " /api/openapi.json. Runs until stopped (Ctrl-C).",
      "Listens on the loopback address only, unless --host names another (a warning is"
          + " printed). Writes (POST) need 'Authorization: Bearer TOKEN': the token is"
          + " ENTENTE_TOKEN, or one made on first start into a file beside the store, readable"
          + " only by its owner, and printed that once. See docs/serve.md."
    },
    footer = {
      "",
      "Examples:",
      "  entente serve --db entente-demo.duckdb",
      "  curl 'http://127.0.0.1:8080/api/relation?a=CHN&b=RUS&period=year'"
    })
final class ServeCommand implements Callable<Integer> {

  @ParentCommand EntenteCommand parent;
  @Spec CommandSpec spec;
  @Mixin CodingThreads coding;

  @Option(
      names = "--db",
      paramLabel = "PATH",
      defaultValue = StoreOption.DEFAULT,
      description = "The DuckDB store (default: ./${DEFAULT-VALUE}); it must exist.")
  Path db;

  @Option(
      names = "--port",
      defaultValue = "8080",
      paramLabel = "N",
      description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      paramLabel = "ADDRESS",
      description =
          "Address to listen on (default: ${DEFAULT-VALUE}, this machine only); another one lets"
              + " other machines read the store.")
  String host;

  @Option(
      names = "--cors",
      paramLabel = "ORIGIN",
      description =
          "Let pages from this origin (https://example.org) call the API from a browser; may be"
              + " repeated. None by default.")
  List<String> cors = new ArrayList<>();

  @Option(
      names = "--max-body",
      paramLabel = "BYTES",
      description = "Largest request body accepted (default: 2097152, 2 MiB); larger get 413.")
  long maxBody = ServerSettings.DEFAULT_MAX_BODY_BYTES;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    coding.check();
    if (port < 0 || port > 65_535) {
      throw EntenteException.userError("--port is 0 to 65535, not %d", port);
    }
    if (maxBody < 1) {
      throw EntenteException.userError("--max-body is at least 1 byte, not %d", maxBody);
    }
    boolean loopback = isLoopback(host);
    EventStore.openReadOnly(db).close(); // a mistyped path is an error, not a new empty store
    WriteToken.Loaded token =
        WriteToken.load(System.getenv(WriteToken.VARIABLE), WriteToken.fileFor(db));
    EventStore store = EventStore.open(db);
    ServerSettings settings =
        new ServerSettings(
            store,
            parent.codebook(),
            parent.dictionary(),
            () -> coding.coder(parent.coders()),
            coding.threads(),
            token.token().value(),
            maxBody,
            cors);
    Javalin app = EntenteServer.create(settings);
    new StoreAnalyses(store).warmUp();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.stop();
                  store.close();
                  stopped.countDown();
                },
                "entente-serve-stop"));
    try {
      app.start(host, port);
    } catch (RuntimeException e) {
      store.close();
      throw EntenteException.userError(
          "cannot listen on %s port %d (%s); is another server using it? Give another --port",
          host, port, e.getMessage());
    }
    if (!loopback) {
      err.printf(
          "entente: warning: listening on %s, not only on this machine: anyone who can reach it"
              + " can read the store (writes still need the token)%n",
          host);
    }
    if (token.created()) {
      out.printf(
          "Write token (made now, kept in %s, readable only by you; shown this once):%n  %s%n",
          token.file(), token.token().value());
    } else if (token.file() != null) {
      out.printf("Write token: in %s%n", token.file());
    } else {
      out.printf("Write token: from %s%n", WriteToken.VARIABLE);
    }
    String shown = host.contains(":") ? "[" + host + "]" : host;
    out.printf(
        "Serving %s at http://%s:%d/ (API under /api/, described at %s); Ctrl-C stops.%n",
        db, shown, app.port(), EntenteServer.OPENAPI);
    out.flush();
    stopped.await();
    return ExitCodes.OK;
  }

  private static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw EntenteException.userError("--host '%s' is not an address of this machine", host);
    }
  }
}
