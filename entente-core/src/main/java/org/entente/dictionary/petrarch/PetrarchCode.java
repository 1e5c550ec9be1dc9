package org.entente.dictionary.petrarch;

import static java.util.Objects.requireNonNull;

/**
 * A code as PETRARCH writes it between {@code [...]}: an actor code ({@code USAGOV}), an event code
 * ({@code 042}), the null code {@code ---} ("no code": the phrase is known but codes nothing), or a
 * compound {@code source:target} event code ({@code 042:043}: the pattern codes a visit the source
 * makes and a visit the target hosts; {@code :173} leaves the first part empty).
 *
 * <p>The text is kept as written; {@link #source()} and {@link #target()} are its parsed form.
 * PETRARCH does not check codes against CAMEO, and neither does this class: the validation
 * dictionaries hold {@code [075A]}, {@code [def]} and {@code [###]}.
 *
 * @param text the code as written, without brackets and surrounding spaces
 */
public record PetrarchCode(String text) {

  /** PETRARCH's null code. */
  public static final String NONE = "---";

  public PetrarchCode {
    requireNonNull(text, "text is null");
    if (text.isBlank()) {
      throw new IllegalArgumentException("empty code");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '[' || c == ']') {
        throw new IllegalArgumentException("code '" + text + "' contains '" + c + "'");
      }
    }
  }

  /** {@code true} for {@code ---}: no code. */
  public boolean isNone() {
    return text.equals(NONE);
  }

  /** {@code true} for {@code source:target} codes such as {@code 042:043}. */
  public boolean isCompound() {
    return text.indexOf(':') >= 0;
  }

  /**
   * The code itself, or the part before {@code :} of a compound; {@code null} when that part is
   * empty or {@code ---}.
   */
  public String source() {
    int colon = text.indexOf(':');
    return orNull(colon < 0 ? text : text.substring(0, colon));
  }

  /** The part after {@code :} of a compound; {@code null} for a plain code or an empty part. */
  public String target() {
    int colon = text.indexOf(':');
    return colon < 0 ? null : orNull(text.substring(colon + 1));
  }

  private static String orNull(String part) {
    return part.isEmpty() || part.equals(NONE) ? null : part;
  }

  @Override
  public String toString() {
    return text;
  }
}
