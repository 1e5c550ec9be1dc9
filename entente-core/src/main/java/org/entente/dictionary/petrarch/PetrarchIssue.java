package org.entente.dictionary.petrarch;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One phrase of the Phoenix issue list: text that tags a story with an issue.
 *
 * <pre>
 * &lt;ISSUE CATEGORY="EDUCATION" TYPE="ALL"&gt;
 * pre+n:school [EARLY_CHILDHOOD_EDUCATION]
 * ~financial literacy
 * &lt;/ISSUE&gt;
 * </pre>
 *
 * Words are kept raw, with PETRARCH's expansion marks: {@code n:} forms the noun's singular and
 * plural, {@code v:} the regular verb forms, {@code +} joins two words with a space or a hyphen.
 *
 * @param category the enclosing section's {@code CATEGORY}
 * @param type the enclosing section's {@code TYPE} ({@code ALL}, {@code COUNTEVENT})
 * @param words the phrase split at white space
 * @param code the issue code, or {@code null} for an exclusion or a line the file left without one
 * @param exclusion {@code true} for {@code ~} lines: a longer phrase that must not be coded ("olive
 *     oil" is not the issue {@code OIL})
 * @param origin {@code file:line}
 */
public record PetrarchIssue(
    String category,
    String type,
    List<String> words,
    String code,
    boolean exclusion,
    String origin) {

  public PetrarchIssue {
    requireNonNull(category, "category is null");
    requireNonNull(type, "type is null");
    words = List.copyOf(words);
    requireNonNull(origin, "origin is null");
    if (words.isEmpty()) {
      throw new IllegalArgumentException("issue phrase has no words");
    }
    if (exclusion && code != null) {
      throw new IllegalArgumentException("an exclusion has no code");
    }
  }

  /** The words joined by single spaces. */
  public String phrase() {
    return String.join(" ", words);
  }
}
