package org.entente.analysis.figures;

import java.util.OptionalDouble;

/**
 * How balanced A→B and B→A are — Trenin's "essential equality". 1 is perfect balance, 0 is all one
 * way (or, for Goldstein, opposite signs).
 *
 * <ul>
 *   <li>{@code events} = 1 − |nAB − nBA| / (nAB + nBA): 2 CHN→RUS and 8 RUS→CHN give 1 − 6/10 =
 *       0.4; empty without events.
 *   <li>{@code goldstein} = 1 − |gAB − gBA| / (|gAB| + |gBA|) over the Goldstein sums: +10 and +5
 *       give 0.67, +5 and −5 give 0; empty when both sums are 0.
 * </ul>
 *
 * <p>Symmetry is shown, not used by the level: the seed's entente is lopsided in the events the
 * op-ed happens to mention (Russia sells, provides, invites), not in the relationship it describes.
 */
public record Symmetry(OptionalDouble events, OptionalDouble goldstein) {

  public static Symmetry of(Figures aToB, Figures bToA) {
    int n = aToB.events() + bToA.events();
    OptionalDouble events =
        n == 0
            ? OptionalDouble.empty()
            : OptionalDouble.of(1 - (double) Math.abs(aToB.events() - bToA.events()) / n);
    double g = Math.abs(aToB.goldsteinSum()) + Math.abs(bToA.goldsteinSum());
    OptionalDouble goldstein =
        g == 0
            ? OptionalDouble.empty()
            : OptionalDouble.of(1 - Math.abs(aToB.goldsteinSum() - bToA.goldsteinSum()) / g);
    return new Symmetry(events, goldstein);
  }
}
