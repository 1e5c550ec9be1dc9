package org.entente.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.entente.app.Arguments;
import org.entente.app.StoreAnalyses;
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
    List<String> codes = Arguments.countries(countries, parent.dictionary());
    try (EventStore eventStore = store.openToRead()) {
      var window = analysis.window();
      var triangle =
          new StoreAnalyses(eventStore).triangle(codes.get(0), codes.get(1), codes.get(2), window);
      spec.commandLine().getOut().println(analysis.format().renderer().triangle(triangle));
    }
    return ExitCodes.OK;
  }
}
