package org.entente.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.entente.analysis.RelationshipAnalysis;
import org.entente.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code entente triangle USA CHN RUS}: Dittmer's strategic triangle. */
@Command(
    name = "triangle",
    mixinStandardHelpOptions = true,
    description = {
      "The strategic triangle of three countries (Dittmer) from the signs of its three"
          + " relationships: ménage à trois, romantic triangle (with its pivot), stable marriage"
          + " (with its pair), or unit veto — or insufficient evidence, with the counts."
    },
    footer = {"", "Example:", "  entente triangle USA CHN RUS --from 2018-01-01"})
final class TriangleCommand implements Callable<Integer> {

  @ParentCommand EntenteCommand parent;
  @Spec CommandSpec spec;
  @Mixin StoreOption store;
  @Mixin AnalysisOptions analysis;

  @Parameters(arity = "3", paramLabel = "COUNTRY", description = "Three countries.")
  List<String> countries;

  @Override
  public Integer call() {
    String a = Countries.resolve(countries.get(0), parent.dictionary());
    String b = Countries.resolve(countries.get(1), parent.dictionary());
    String c = Countries.resolve(countries.get(2), parent.dictionary());
    try (EventStore eventStore = store.openToRead()) {
      var triangle =
          RelationshipAnalysis.standard()
              .triangle(a, b, c, analysis.window(), analysis.events(eventStore, List.of(a, b, c)));
      spec.commandLine().getOut().println(analysis.format().renderer().triangle(triangle));
    }
    return ExitCodes.OK;
  }
}
