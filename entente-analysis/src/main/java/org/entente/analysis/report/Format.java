package org.entente.analysis.report;

import java.util.Locale;
import org.entente.core.EntenteException;

/** The output formats of {@code --format}: {@code text}, {@code json}, {@code markdown}. */
public enum Format {
  TEXT,
  JSON,
  MARKDOWN;

  public Renderer renderer() {
    return switch (this) {
      case TEXT -> new TextRenderer();
      case JSON -> new JsonRenderer();
      case MARKDOWN -> new MarkdownRenderer();
    };
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Format parse(String label) {
    for (Format format : values()) {
      if (format.label().equalsIgnoreCase(label.strip())) {
        return format;
      }
    }
    throw EntenteException.userError(
        "'%s' is not an output format; use text, json or markdown", label);
  }
}
