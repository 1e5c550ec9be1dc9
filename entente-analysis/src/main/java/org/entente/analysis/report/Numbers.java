package org.entente.analysis.report;

import java.util.Locale;
import java.util.OptionalDouble;

/** Number formats shared by the renderers: shares {@code 0.92}, Goldstein {@code +7.4}. */
final class Numbers {
  static final String NONE = "–";

  private Numbers() {}

  /** A share or ratio, two decimals: {@code 0.92}. */
  static String share(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  static String share(OptionalDouble value) {
    return value.isPresent() ? share(value.getAsDouble()) : NONE;
  }

  /** A Goldstein weight or sum, signed, one decimal: {@code +7.4}, {@code -8.0}. */
  static String goldstein(double value) {
    return String.format(Locale.ROOT, "%+.1f", value);
  }

  static String goldstein(OptionalDouble value) {
    return value.isPresent() ? goldstein(value.getAsDouble()) : NONE;
  }
}
