package org.entente.analysis.scope;

import static java.util.Objects.requireNonNull;

import org.entente.core.EntenteException;

/**
 * Two countries whose relationship is measured, in the order the caller named them: {@code new
 * Dyad("CHN", "RUS")} makes A China and B Russia, so "A→B" reads "China toward Russia". Country
 * codes are those of {@code EventActor.country()} ({@code CHN}, {@code RUS}, {@code USA}).
 */
public record Dyad(String a, String b) {

  public Dyad {
    requireNonNull(a, "a is null");
    requireNonNull(b, "b is null");
    if (a.isBlank() || b.isBlank()) {
      throw EntenteException.userError("a dyad needs two country codes, not '%s' and '%s'", a, b);
    }
    if (a.equals(b)) {
      throw EntenteException.userError("a dyad needs two different countries, not %s twice", a);
    }
  }

  public static Dyad of(String a, String b) {
    return new Dyad(a, b);
  }

  /** True when {@code x} and {@code y} are this dyad's countries, in either order. */
  public boolean matches(String x, String y) {
    return (a.equals(x) && b.equals(y)) || (a.equals(y) && b.equals(x));
  }

  public boolean contains(String country) {
    return a.equals(country) || b.equals(country);
  }

  /** {@code "CHN–RUS"}. */
  public String label() {
    return a + "–" + b;
  }

  /** {@code "CHN→RUS"}. */
  public String aToBLabel() {
    return a + "→" + b;
  }

  /** {@code "RUS→CHN"}. */
  public String bToALabel() {
    return b + "→" + a;
  }
}
