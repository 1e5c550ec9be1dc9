package org.entente.codebook;

import static java.util.Objects.requireNonNull;

/**
 * One CAMEO event code: {@code 042} "Make a visit", Goldstein weight +1.9, root {@code 04}, quad
 * class verbal cooperation.
 */
public record CameoCode(String code, String name, double goldstein) {

  public CameoCode {
    requireNonNull(code, "code is null");
    requireNonNull(name, "name is null");
    if (!isWellFormed(code)) {
      throw new IllegalArgumentException(
          "a CAMEO code is 2 to 4 digits with a root from 01 to 20, not '" + code + "'");
    }
    if (goldstein < -10 || goldstein > 10) {
      throw new IllegalArgumentException("Goldstein weights lie in -10..10, not " + goldstein);
    }
  }

  /** True for 2–4 digits whose first two form a root 01–20. */
  public static boolean isWellFormed(String code) {
    return EventCode.isWellFormed(code);
  }

  /** The code as events carry it. */
  public EventCode eventCode() {
    return new EventCode(code);
  }

  /** The two-digit root, {@code "04"}. */
  public String root() {
    return code.substring(0, 2);
  }

  /** The three-digit base code ({@code "163"} for {@code "1631"}), or the root for a root. */
  public String base() {
    return code.length() > 3 ? code.substring(0, 3) : code;
  }

  public QuadClass quadClass() {
    return QuadClass.ofRoot(Integer.parseInt(root()));
  }

  public boolean isRoot() {
    return code.length() == 2;
  }
}
