package org.entente.cli;

import java.util.concurrent.Callable;
import org.entente.analysis.dyad.DyadProfile;
import org.entente.analysis.scope.Dyad;
import org.entente.app.Arguments;
import org.entente.app.StoreAnalyses;
import org.entente.event.Period;
import org.entente.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code entente relation CHN RUS}: the profile of a relationship. */
@Command(
    name = "relation",
    mixinStandardHelpOptions = true,
    description = {
      "Profile the relationship of two countries from the stored events: quad-class counts and"
          + " Goldstein figures per period, areas, symmetry, alignment toward third parties,"
          + " who leads on which issue, the level (alliance … entente … confrontation) with how"
          + " sure it is (95%% intervals of the shares; 'leaning' when the evidence is thin) and"
          + " the treaty behind an alliance, its trend, what commentators state beside what"
          + " events show, and the sentences behind each figure.",
      "Countries are codes (CHN) or names (China). Thresholds and their calibration on real"
          + " event data: docs/relationship-model.md."
    },
    footer = {
      "",
      "Examples:",
      "  entente relation CHN RUS --by year",
      "  entente relation China Russia --from 2014-01-01 --format json"
    })
final class RelationCommand implements Callable<Integer> {

  @ParentCommand EntenteCommand parent;
  @Spec CommandSpec spec;
  @Mixin StoreOption store;
  @Mixin AnalysisOptions analysis;

  @Parameters(index = "0", paramLabel = "A", description = "First country.")
  String a;

  @Parameters(index = "1", paramLabel = "B", description = "Second country.")
  String b;

  @Option(
      names = "--by",
      defaultValue = "year",
      paramLabel = "month|quarter|year",
      description = "Period of the table (default: ${DEFAULT-VALUE}).")
  String by;

  @Override
  public Integer call() {
    Dyad dyad = Arguments.dyad(a, b, parent.dictionary());
    Period period = Arguments.period(by);
    try (EventStore eventStore = store.openToRead()) {
      var window = analysis.window();
      DyadProfile profile = new StoreAnalyses(eventStore).relation(dyad, window, period);
      spec.commandLine().getOut().println(analysis.format().renderer().profile(profile));
    }
    return ExitCodes.OK;
  }
}
