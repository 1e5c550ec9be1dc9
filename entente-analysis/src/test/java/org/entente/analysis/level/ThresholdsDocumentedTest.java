package org.entente.analysis.level;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.entente.analysis.stated.AssessmentLabels;
import org.entente.event.Area;
import org.junit.jupiter.api.Test;

/**
 * The thresholds table of {@code docs/relationship-model.md} and the javadoc table of {@link
 * LevelThresholds} show every public constant with its value, and the doc's label table is {@link
 * AssessmentLabels}: change a constant or a label and this test says where to update the docs.
 */
class ThresholdsDocumentedTest {

  private static final Path DOC = find("../docs/relationship-model.md");
  private static final Path SOURCE =
      find("src/main/java/org/entente/analysis/level/LevelThresholds.java");

  @Test
  void theDocTableShowsEveryConstantWithItsValue() throws Exception {
    List<String> lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
    for (Field constant : constants()) {
      String prefix = "| `" + constant.getName() + "` |";
      List<String> rows = lines.stream().filter(line -> line.startsWith(prefix)).toList();
      assertThat(rows)
          .as("%s: one row starting with '%s' in the thresholds table", DOC, prefix)
          .hasSize(1);
      String value = rows.get(0).substring(prefix.length()).split("\\|")[0].strip();
      assertThat(value)
          .as("%s: the value of %s", DOC, constant.getName())
          .isEqualTo(format(constant.get(null)));
    }
  }

  @Test
  void theJavadocTableShowsEveryConstantWithItsValue() throws Exception {
    String javadoc =
        Files.readString(SOURCE, StandardCharsets.UTF_8).replaceAll("\\s*\\n\\s*\\*\\s*", " ");
    for (Field constant : constants()) {
      assertThat(javadoc)
          .as("the javadoc table of LevelThresholds, row of %s", constant.getName())
          .contains(
              "<td>{@link #"
                  + constant.getName()
                  + "}</td><td>"
                  + format(constant.get(null))
                  + "</td>");
    }
  }

  @Test
  void theDocLabelTableIsTheMapping() throws Exception {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    String section = doc.substring(doc.indexOf("## Stated vs measured"));
    section = section.substring(0, section.indexOf("\n## ", 1));
    Map<Level, List<String>> byLevel =
        AssessmentLabels.all().entrySet().stream()
            .collect(
                Collectors.groupingBy(
                    Map.Entry::getValue,
                    Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
    for (Map.Entry<Level, List<String>> entry : byLevel.entrySet()) {
      String prefix = "| " + entry.getKey().label() + " | ";
      String row = section.lines().filter(line -> line.startsWith(prefix)).findFirst().orElse("");
      assertThat(row).as("%s: the labels row of %s", DOC, entry.getKey().label()).isNotEmpty();
      List<String> documented =
          Arrays.stream(row.substring(prefix.length()).replace("|", "").split(","))
              .map(String::strip)
              .toList();
      assertThat(documented)
          .as("%s: the labels of %s", DOC, entry.getKey().label())
          .containsExactlyInAnyOrderElementsOf(entry.getValue());
    }
  }

  private static List<Field> constants() {
    List<Field> fields = new ArrayList<>();
    for (Field field : LevelThresholds.class.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isPublic(modifiers)
          && Modifier.isStatic(modifiers)
          && Modifier.isFinal(modifiers)) {
        fields.add(field);
      }
    }
    assertThat(fields).hasSizeGreaterThan(10);
    return fields;
  }

  /** {@code 3}, {@code 0.7}, {@code 057}, {@code military, security}. */
  static String format(Object value) {
    if (value instanceof java.util.List<?> list) {
      return list.stream().map(Object::toString).collect(Collectors.joining(", "));
    }
    if (value instanceof Collection<?> values) {
      return values.stream()
          .map(v -> v instanceof Area area ? area.label() : v.toString())
          .sorted()
          .collect(Collectors.joining(", "));
    }
    return value.toString();
  }

  private static Path find(String relative) {
    Path here = Path.of("").toAbsolutePath();
    for (Path base : List.of(here, here.resolve("entente-analysis"))) {
      Path candidate = base.resolve(relative).normalize();
      if (Files.exists(candidate)) {
        return candidate;
      }
    }
    throw new AssertionError(new IOException(relative + " not found from " + here));
  }
}
