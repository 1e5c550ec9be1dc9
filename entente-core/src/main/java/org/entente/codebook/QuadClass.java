package org.entente.codebook;

/**
 * GDELT's four quad classes. The quad class of an event follows from its CAMEO root: 01–05 verbal
 * cooperation, 06–08 material cooperation, 09–13 verbal conflict, 14–20 material conflict.
 */
public enum QuadClass {
  VERBAL_COOPERATION(1),
  MATERIAL_COOPERATION(2),
  VERBAL_CONFLICT(3),
  MATERIAL_CONFLICT(4);

  private final int number;

  QuadClass(int number) {
    this.number = number;
  }

  /** GDELT's number for the class, 1–4. */
  public int number() {
    return number;
  }

  public boolean isCooperation() {
    return this == VERBAL_COOPERATION || this == MATERIAL_COOPERATION;
  }

  public boolean isMaterial() {
    return this == MATERIAL_COOPERATION || this == MATERIAL_CONFLICT;
  }

  /** The class of a CAMEO root, {@code 1}–{@code 20}. */
  public static QuadClass ofRoot(int root) {
    if (root >= 1 && root <= 5) {
      return VERBAL_COOPERATION;
    }
    if (root >= 6 && root <= 8) {
      return MATERIAL_COOPERATION;
    }
    if (root >= 9 && root <= 13) {
      return VERBAL_CONFLICT;
    }
    if (root >= 14 && root <= 20) {
      return MATERIAL_CONFLICT;
    }
    throw new IllegalArgumentException("CAMEO roots run from 01 to 20, not " + root);
  }

  public static QuadClass ofNumber(int number) {
    for (QuadClass quadClass : values()) {
      if (quadClass.number == number) {
        return quadClass;
      }
    }
    throw new IllegalArgumentException("quad classes run from 1 to 4, not " + number);
  }
}
