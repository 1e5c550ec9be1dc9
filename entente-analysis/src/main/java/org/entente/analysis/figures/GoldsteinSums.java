package org.entente.analysis.figures;

import java.math.BigDecimal;
import java.util.stream.DoubleStream;

/**
 * Adds Goldstein weights as decimals and rounds once, so that a sum does not depend on how the
 * weights are grouped: the events one by one, or a store's per-cell sums (22.3 + 7.5 is
 * 29.799999999999997 as doubles, and a mean of 7.45 would print as 7.4). Weights have one decimal
 * (the codebook's and GDELT's), and a double of at most 15 significant digits reads back as its
 * decimal.
 */
public final class GoldsteinSums {
  private GoldsteinSums() {}

  /** The exact sum of {@code weights}, as the nearest double. */
  public static double of(DoubleStream weights) {
    BigDecimal sum = BigDecimal.ZERO;
    for (double weight : weights.toArray()) {
      sum = sum.add(BigDecimal.valueOf(weight));
    }
    return sum.doubleValue();
  }
}
