package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The exit codes {@link ExitCodes} defines are the ones {@code docs/exit-codes.md}, the README and
 * {@code --help} list: add or drop a code and this test names the place to update.
 */
class ExitCodesTest {

  private static final Pattern TABLE_ROW = Pattern.compile("^\\| (\\d+) \\|", Pattern.MULTILINE);

  static Set<Integer> defined() throws IllegalAccessException {
    Set<Integer> codes = new TreeSet<>();
    for (Field field : ExitCodes.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == int.class) {
        field.setAccessible(true);
        codes.add(field.getInt(null));
      }
    }
    return codes;
  }

  @Test
  void theDocsTableListsEveryCodeAndNoOther() throws Exception {
    String doc = Files.readString(find("../docs/exit-codes.md"), StandardCharsets.UTF_8);
    Set<Integer> listed = new TreeSet<>();
    Matcher row = TABLE_ROW.matcher(doc);
    while (row.find()) {
      listed.add(Integer.parseInt(row.group(1)));
    }
    assertThat(listed).isEqualTo(defined()).contains(0, 1, 2, 3, 4, 70);
  }

  @Test
  void theReadmeAndTheHelpNameEveryCode() throws Exception {
    String readme = Files.readString(find("../README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("Exit codes:");
    int end = readme.indexOf("lists the cases", start);
    assertThat(start).as("README has an exit-code line").isNotNegative();
    String line = readme.substring(start, end).replaceAll("\\s+", " ");
    for (int code : defined()) {
      assertThat(line).as("README exit-code line").containsPattern("[:;] " + code + " ");
      assertThat(ExitCodes.HELP).as("--help footer").containsPattern("[:;] " + code + " ");
    }
  }

  private static Path find(String relative) throws IOException {
    Path here = Path.of("").toAbsolutePath();
    for (Path base : List.of(here, here.resolve("entente-cli"))) {
      Path candidate = base.resolve(relative).normalize();
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IOException("cannot find " + relative + " from " + here);
  }
}
