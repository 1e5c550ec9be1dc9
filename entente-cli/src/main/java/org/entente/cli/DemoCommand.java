package org.entente.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.entente.analysis.report.Format;
import org.entente.analysis.scope.Dyad;
import org.entente.analysis.scope.Window;
import org.entente.app.Ingestion;
import org.entente.app.StoreAnalyses;
import org.entente.core.Document;
import org.entente.core.EntenteException;
import org.entente.core.Problem;
import org.entente.event.Period;
import org.entente.nlp.read.JsonLinesReader;
import org.entente.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code entente demo}: the README's main job. Codes the bundled example corpus (238 wire-style
 * items, 2012–2024) into a fresh store and shows what Entente makes of it: the China–Russia profile
 * by year, the USA–China–Russia triangle, and where to look next.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Code the bundled example corpus (238 news items, 2012-2024, written for Entente) into a"
          + " fresh store, then show the China-Russia relationship by year, the USA-China-Russia"
          + " triangle, the commands to explore further, and how to open the dashboard on it.",
      "Takes about a minute: CoreNLP loads its models, then codes about 1,000 sentences."
    })
final class DemoCommand implements Callable<Integer> {

  static final String CORPUS = "examples/news.jsonl";

  /** The date of an example item without one (every item carries its own). */
  static final LocalDate EXAMPLES_UNDATED = LocalDate.of(2024, 12, 31);

  @Spec CommandSpec spec;
  @ParentCommand EntenteCommand parent;
  @Mixin CodingThreads threads;

  @Option(
      names = "--db",
      paramLabel = "PATH",
      defaultValue = "entente-demo.duckdb",
      description = "The demo store, made afresh (default: ./${DEFAULT-VALUE}).")
  Path db;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Files.deleteIfExists(db);
    Files.deleteIfExists(Path.of(db + ".wal"));
    List<Document> documents = corpus(err);
    out.printf("Coding %d example news items (2012-2024) into %s ...%n", documents.size(), db);
    out.flush();
    try (EventStore store = EventStore.open(db)) {
      Ingestion.Summary coded =
          new Ingestion(
                  store,
                  () -> threads.coder(parent.coders()),
                  EXAMPLES_UNDATED,
                  threads.threads(),
                  err)
              .ingest(documents.iterator());
      out.printf(
          "Coded %,d sentences into %,d events.%n%n", coded.sentences(), coded.codedEvents());
      StoreAnalyses analyses = new StoreAnalyses(store);
      var renderer = Format.TEXT.renderer();
      out.println(
          renderer.profile(analyses.relation(Dyad.of("CHN", "RUS"), Window.ALL, Period.YEAR)));
      out.println(renderer.triangle(analyses.triangle("USA", "CHN", "RUS", Window.ALL)));
      out.printf(
          "%nWhere to look next (the store is %s):%n"
              + "  ./entente relation USA RUS --db %1$s        US-Russia, year by year%n"
              + "  ./entente relation USA CHN --db %1$s --by quarter%n"
              + "  ./entente leads CHN RUS --db %1$s           who leads on which issue%n"
              + "  ./entente events --source RUS --target CHN --root 06 --db %1$s%n"
              + "  ./entente code YOUR-TEXT.txt --date 2019-06-05   code your own text%n"
              + "%nTo see it in the dashboard: ./entente serve --db %1$s%n"
              + "  then open http://127.0.0.1:8080/ in a browser (Ctrl-C stops the server)%n",
          db);
    }
    return ExitCodes.OK;
  }

  private static List<Document> corpus(PrintWriter err) throws IOException {
    InputStream in = DemoCommand.class.getResourceAsStream("examples/news.jsonl");
    if (in == null) {
      throw new EntenteException(
          EntenteException.Kind.INTERNAL,
          "the example corpus is missing from the jar; rebuild it with ./mvnw -B package");
    }
    List<Problem> problems = new ArrayList<>();
    List<Document> documents;
    try (in;
        Stream<Document> stream = new JsonLinesReader(null).read(CORPUS, in, problems::add)) {
      documents = stream.toList();
    }
    problems.forEach(p -> err.println("entente: " + p));
    return documents;
  }
}
