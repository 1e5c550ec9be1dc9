package org.entente.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.entente.app.Lookups;
import org.entente.codebook.CameoCode;
import org.entente.codebook.Codebook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code entente codebook [CODE…]}: the CAMEO event codes, their roots, classes and weights. */
@Command(
    name = "codebook",
    mixinStandardHelpOptions = true,
    description = {
      "Show CAMEO event codes: name, root, quad class and Goldstein weight.",
      "With no code, lists the 20 roots; a root (04) lists its codes; a code (163) shows it"
          + " and its sub-codes."
    },
    footer = {"", "Examples:", "  entente codebook 163", "  entente codebook 04 --json"})
final class CodebookCommand implements Callable<Integer> {

  @ParentCommand EntenteCommand parent;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "CODE", arity = "0..*", description = "CAMEO codes, e.g. 04, 042, 0211.")
  List<String> codes = new ArrayList<>();

  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  @Override
  public Integer call() {
    Codebook codebook = parent.codebook();
    List<CameoCode> shown = Lookups.codes(codebook, codes);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (CameoCode code : shown) {
        rows.add(Lookups.toJson(code));
      }
      out.println(Json.write(rows.size() == 1 ? rows.get(0) : rows));
      return ExitCodes.OK;
    }
    for (CameoCode code : shown) {
      String indent = "  ".repeat(Math.max(0, code.code().length() - 2));
      out.printf(
          "%-6s %s%s  [root %s, quad %d %s, Goldstein %+.1f]%n",
          code.code(),
          indent,
          code.name(),
          code.root(),
          code.quadClass().number(),
          code.quadClass().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
          code.goldstein());
    }
    return ExitCodes.OK;
  }
}
