package org.entente.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.entente.app.Coders;
import org.entente.core.EntenteException;
import picocli.CommandLine;

/** The {@code entente} command's entry point: the one place that exits the JVM. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    // events and exports are UTF-8 whatever the platform's default
    PrintWriter out =
        new PrintWriter(
            new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)), true);
    PrintWriter err = new PrintWriter(System.err, true);
    int exit = run(args, out, err, new Coders());
    out.flush();
    err.flush();
    System.exit(exit);
  }

  /** Runs the command line with the given writers; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, new Coders());
  }

  /**
   * Runs the command line with the given writers and coders (the tests share one set of coders
   * between runs); returns the exit code.
   */
  static int run(String[] args, PrintWriter out, PrintWriter err, Coders coders) {
    return commandLine(out, err, coders).execute(args);
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err, Coders coders) {
    CommandLine commandLine = new CommandLine(new EntenteCommand(coders));
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(Main::handle);
    return commandLine;
  }

  /** Turns any failure into one line on standard error and an exit code by its kind. */
  private static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult result) {
    PrintWriter err = commandLine.getErr();
    boolean verbose = result != null && result.hasMatchedOption("--verbose");
    if (e instanceof EntenteException entente) {
      err.println("entente: " + entente.getMessage());
      if (verbose) {
        e.printStackTrace(err);
      }
      return ExitCodes.of(entente.kind());
    }
    err.println("entente: internal error: " + e + " (run again with --verbose for details)");
    if (verbose) {
      e.printStackTrace(err);
    }
    return ExitCodes.INTERNAL;
  }
}
