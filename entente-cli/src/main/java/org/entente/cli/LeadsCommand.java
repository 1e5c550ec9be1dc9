package org.entente.cli;

import java.util.concurrent.Callable;
import org.entente.analysis.scope.Dyad;
import org.entente.app.Arguments;
import org.entente.app.StoreAnalyses;
import org.entente.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code entente leads CHN RUS}: issue leadership. */
@Command(
    name = "leads",
    mixinStandardHelpOptions = true,
    description =
        "Who of two countries acts more on each third party (issue leadership), with the counts"
            + " and the sentences behind them.",
    footer = {"", "Example:", "  entente leads CHN RUS"})
final class LeadsCommand implements Callable<Integer> {

  @ParentCommand EntenteCommand parent;
  @Spec CommandSpec spec;
  @Mixin StoreOption store;
  @Mixin AnalysisOptions analysis;

  @Parameters(index = "0", paramLabel = "A")
  String a;

  @Parameters(index = "1", paramLabel = "B")
  String b;

  @Override
  public Integer call() {
    Dyad dyad = Arguments.dyad(a, b, parent.dictionary());
    try (EventStore eventStore = store.openToRead()) {
      var window = analysis.window();
      var leadership = new StoreAnalyses(eventStore).leads(dyad, window);
      spec.commandLine().getOut().println(analysis.format().renderer().leadership(leadership));
    }
    return ExitCodes.OK;
  }
}
