package org.entente.cli;

import org.entente.app.Coders;
import org.entente.codebook.Codebook;
import org.entente.dictionary.ActorDictionary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top-level {@code entente} command; it holds what its subcommands share, loaded once. */
@Command(
    name = "entente",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Entente reads what is published about international relations, codes it into CAMEO"
          + " events and models the relations between states.",
      ""
    },
    footer = {"", ExitCodes.HELP, "Try: entente demo"},
    subcommands = {
      DemoCommand.class,
      CodeCommand.class,
      ParseCommand.class,
      IngestCommand.class,
      ImportCommand.class,
      ExportCommand.class,
      EventsCommand.class,
      RelationCommand.class,
      TriangleCommand.class,
      LeadsCommand.class,
      CodebookCommand.class,
      ActorCommand.class,
      ValidateCommand.class,
      ServeCommand.class
    })
public final class EntenteCommand implements Runnable {

  @Option(
      names = {"-v", "--verbose"},
      description = "Print stack traces with errors.",
      scope = picocli.CommandLine.ScopeType.INHERIT)
  boolean verbose;

  private final Coders coders;
  private Codebook codebook;
  private ActorDictionary dictionary;

  EntenteCommand(Coders coders) {
    this.coders = java.util.Objects.requireNonNull(coders, "coders is null");
  }

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The document coders, loaded when a command first needs one. */
  Coders coders() {
    return coders;
  }

  Codebook codebook() {
    if (codebook == null) {
      codebook = Codebook.standard();
    }
    return codebook;
  }

  ActorDictionary dictionary() {
    if (dictionary == null) {
      dictionary = ActorDictionary.standard();
    }
    return dictionary;
  }
}
