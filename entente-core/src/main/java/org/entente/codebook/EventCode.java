package org.entente.codebook;

import static java.util.Objects.requireNonNull;

/**
 * The CAMEO code an event carries, as a value: 2 to 4 digits whose first two are a root from 01 to
 * 20 ({@code 042}, {@code 1631}). It knows its root, base code and quad class; its name and
 * Goldstein weight are the codebook's ({@link CameoCode}), so that events read from JSON, a store
 * or a GDELT file need no codebook.
 */
public record EventCode(String code) implements Comparable<EventCode> {

  public EventCode {
    requireNonNull(code, "code is null");
    if (!isWellFormed(code)) {
      throw new IllegalArgumentException(
          "a CAMEO code is 2 to 4 digits with a root from 01 to 20, not '" + code + "'");
    }
  }

  public static EventCode of(String code) {
    return new EventCode(code);
  }

  /** True for 2–4 digits whose first two form a root 01–20. */
  public static boolean isWellFormed(String code) {
    if (code.length() < 2 || code.length() > 4 || !code.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int root = Integer.parseInt(code.substring(0, 2));
    return root >= 1 && root <= 20;
  }

  /** The two-digit root, {@code "04"}. */
  public String root() {
    return code.substring(0, 2);
  }

  /** The three-digit base code ({@code "163"} for {@code "1631"}), or the root for a root. */
  public String base() {
    return code.length() > 3 ? code.substring(0, 3) : code;
  }

  /** The quad class of the code's root. */
  public QuadClass quadClass() {
    return QuadClass.ofRoot(Integer.parseInt(root()));
  }

  public boolean isRoot() {
    return code.length() == 2;
  }

  @Override
  public int compareTo(EventCode other) {
    return code.compareTo(other.code);
  }

  /** The digits, {@code "042"}. */
  @Override
  public String toString() {
    return code;
  }
}
