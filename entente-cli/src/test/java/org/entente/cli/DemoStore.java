package org.entente.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The store {@code entente demo} makes from the bundled corpus, made once per test JVM and shared
 * by the integration tests that read it (the demo's own test, the dashboard's browser tests):
 * coding the corpus takes most of a minute, so it is done once.
 */
public final class DemoStore {

  private static Path db;
  private static String output;

  private DemoStore() {}

  /** The demo store's path (made on the first call). */
  public static synchronized Path path() {
    if (db == null) {
      make();
    }
    return db;
  }

  /** What {@code entente demo} printed when it made the store. */
  public static synchronized String output() {
    path();
    return output;
  }

  private static void make() {
    Path dir;
    try {
      dir = Files.createTempDirectory("entente-demo-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
    Path store = dir.resolve("demo.duckdb");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        Main.run(
            new String[] {"demo", "--db", store.toString()},
            new PrintWriter(out, true),
            new PrintWriter(err, true));
    if (exit != 0) {
      throw new IllegalStateException("entente demo failed with exit code " + exit + ":\n" + err);
    }
    output = out.toString();
    db = store;
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is no failure
    }
  }
}
