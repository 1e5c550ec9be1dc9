package org.entente.analysis.level;

import java.util.Locale;

/**
 * A share with its Wilson score interval: 0 conflict events in 10 is a share of 0.00 with a 95 %
 * interval 0.00–0.28; 50 in 5,000 is 0.010 with 0.008–0.013. The interval stays inside 0–1 and is
 * honest about small counts, where the normal approximation is not.
 *
 * @param count the events in the class
 * @param total all events; the interval is 0–1 when there are none
 */
public record ShareInterval(int count, int total, double low, double high) {

  public ShareInterval {
    if (count < 0 || total < 0 || count > total) {
      throw new IllegalArgumentException(count + " of " + total + " is not a share");
    }
    if (low < 0 || high > 1 || low > high) {
      throw new IllegalArgumentException("interval " + low + "–" + high + " is not within 0–1");
    }
  }

  /** The Wilson score interval of {@code count / total} at normal quantile {@code z}. */
  public static ShareInterval wilson(int count, int total, double z) {
    if (total == 0) {
      return new ShareInterval(0, 0, 0, 1);
    }
    double p = (double) count / total;
    double z2 = z * z;
    double denominator = 1 + z2 / total;
    double centre = (p + z2 / (2.0 * total)) / denominator;
    double half = z * Math.sqrt(p * (1 - p) / total + z2 / (4.0 * total * total)) / denominator;
    return new ShareInterval(count, total, Math.max(0, centre - half), Math.min(1, centre + half));
  }

  public double share() {
    return total == 0 ? 0 : (double) count / total;
  }

  /** {@code 0.00 (0.00–0.28)}. */
  public String describe() {
    return String.format(Locale.ROOT, "%.2f (%.2f–%.2f)", share(), low, high);
  }
}
