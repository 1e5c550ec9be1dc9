package org.entente.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.entente.analysis.RelationshipAnalysis;
import org.entente.analysis.scope.Dyad;
import org.entente.core.EntenteException;
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
    String first = Countries.resolve(a, parent.dictionary());
    String second = Countries.resolve(b, parent.dictionary());
    Dyad dyad;
    try {
      dyad = Dyad.of(first, second);
    } catch (IllegalArgumentException e) {
      throw EntenteException.userError("%s", e.getMessage());
    }
    try (EventStore eventStore = store.openToRead()) {
      var leadership =
          RelationshipAnalysis.standard()
              .leads(dyad, analysis.window(), analysis.events(eventStore, List.of(first, second)));
      spec.commandLine().getOut().println(analysis.format().renderer().leadership(leadership));
    }
    return ExitCodes.OK;
  }
}
