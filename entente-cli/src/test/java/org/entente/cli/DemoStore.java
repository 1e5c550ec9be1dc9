package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.entente.app.TestCoders;

/**
 * The demo store, made once per test JVM by {@code entente demo} (CoreNLP codes the 238 example
 * items, about a minute): {@link DemoIT} reads its output and the server's ITs serve it.
 */
public final class DemoStore {

  private static Path db;
  private static String output;

  private DemoStore() {}

  /** The store's path; the first call runs the demo. */
  public static synchronized Path path() {
    if (db == null) {
      try {
        Path folder = Files.createTempDirectory("entente-demo-it");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
        Path store = folder.resolve("demo.duckdb");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit =
            Main.run(
                new String[] {"demo", "--db", store.toString()},
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                TestCoders.SHARED);
        assertThat(exit).as("entente demo\n" + err).isZero();
        output = out.toString();
        db = store;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return db;
  }

  /** What {@code entente demo} printed. */
  public static synchronized String output() {
    path();
    return output;
  }

  private static void delete(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind
    }
  }
}
