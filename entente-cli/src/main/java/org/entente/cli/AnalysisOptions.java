package org.entente.cli;

import org.entente.analysis.report.Format;
import org.entente.analysis.scope.Window;
import org.entente.app.Arguments;
import picocli.CommandLine.Option;

/** Window and output format of {@code relation}, {@code triangle} and {@code leads}. */
final class AnalysisOptions {

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day of the window.")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day of the window.")
  String to;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "text|json|markdown",
      description = "Output: text (default), json or markdown.")
  String format;

  Window window() {
    return Arguments.window("--from", from, "--to", to);
  }

  Format format() {
    return Format.parse(format);
  }
}
