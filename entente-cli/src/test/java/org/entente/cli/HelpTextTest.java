package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.entente.app.Coders;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command's {@code --help} renders as written: a literal '%' in a description must be written
 * "%%", or picocli prints a warning and shows "%n" instead of line breaks ("95% intervals").
 */
class HelpTextTest {

  @Test
  void everyCommandsHelpRendersWithoutAFormatWarning() {
    CommandLine root =
        Main.commandLine(
            new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), new Coders());
    List<CommandLine> commands = new ArrayList<>();
    commands.add(root);
    commands.addAll(root.getSubcommands().values());
    PrintStream stderr = System.err;
    ByteArrayOutputStream warnings = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
      for (CommandLine command : commands) {
        String help = command.getUsageMessage();
        assertThat(help).as(command.getCommandName()).doesNotContain("%n").isNotBlank();
      }
    } finally {
      System.setErr(stderr);
    }
    assertThat(warnings.toString(StandardCharsets.UTF_8)).doesNotContain("WARN");
    assertThat(commands).hasSizeGreaterThan(10);
  }
}
