package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the reference data in {@code ../shared} beside the checkout, or where the system property
 * {@code entente.shared} says; tests never copy it in. (The same logic as core's test helper; the
 * store does not depend on core's test jar.)
 */
public final class SharedFiles {
  private SharedFiles() {}

  public static Path root() {
    String configured = System.getProperty("entente.shared");
    Path root;
    if (configured != null && !configured.isBlank()) {
      root = Path.of(configured);
    } else {
      Path here = Path.of("").toAbsolutePath();
      root = here.resolve("../shared");
      if (!Files.isDirectory(root)) {
        root = here.resolve("../../shared");
      }
    }
    assertThat(root).as("the shared reference data beside the checkout").isDirectory();
    return root.normalize();
  }

  public static Path resolve(String relative) {
    Path path = root().resolve(relative);
    assertThat(path).as("shared file " + relative).exists();
    return path;
  }
}
