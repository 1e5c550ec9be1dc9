package org.entente.analysis.triangle;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.stream.Collectors;
import org.entente.analysis.level.LevelThresholds;
import org.entente.analysis.scope.Dyad;

/**
 * Dittmer's strategic triangle, from the signs of its three sides. For USA, CHN, RUS in the seed
 * op-ed: CHN–RUS positive, USA–CHN and USA–RUS negative → {@link StableMarriage} of CHN–RUS, with
 * USA the outsider.
 */
public sealed interface TriangleShape {

  /** {@code stable marriage}. */
  String name();

  /** {@code stable marriage: CHN–RUS the pair, USA the outsider}. */
  String description();

  /** All three sides positive. */
  record MenageATrois() implements TriangleShape {
    @Override
    public String name() {
      return "ménage à trois";
    }

    @Override
    public String description() {
      return "ménage à trois: all three on good terms";
    }
  }

  /** The pivot is positive with both wings, which are negative to each other. */
  record RomanticTriangle(String pivot, String wingA, String wingB) implements TriangleShape {
    public RomanticTriangle {
      requireNonNull(pivot, "pivot is null");
      requireNonNull(wingA, "wingA is null");
      requireNonNull(wingB, "wingB is null");
    }

    @Override
    public String name() {
      return "romantic triangle";
    }

    @Override
    public String description() {
      return "romantic triangle: "
          + pivot
          + " the pivot, courted by "
          + wingA
          + " and "
          + wingB
          + ", who are at odds";
    }
  }

  /** One positive pair, both negative to the third. */
  record StableMarriage(Dyad pair, String outsider) implements TriangleShape {
    public StableMarriage {
      requireNonNull(pair, "pair is null");
      requireNonNull(outsider, "outsider is null");
    }

    @Override
    public String name() {
      return "stable marriage";
    }

    @Override
    public String description() {
      return "stable marriage: " + pair.label() + " the pair, " + outsider + " the outsider";
    }
  }

  /** All three sides negative. */
  record UnitVeto() implements TriangleShape {
    @Override
    public String name() {
      return "unit veto";
    }

    @Override
    public String description() {
      return "unit veto: each at odds with the other two";
    }
  }

  /** At least one side's sign is unknown: the shape cannot be told. */
  record Undetermined(List<TriangleSide> unknown) implements TriangleShape {
    public Undetermined {
      unknown = List.copyOf(unknown);
      if (unknown.isEmpty()) {
        throw new IllegalArgumentException("an undetermined triangle has an unknown side");
      }
    }

    @Override
    public String name() {
      return "insufficient evidence";
    }

    @Override
    public String description() {
      return "insufficient evidence: "
          + unknown.stream()
              .map(
                  side ->
                      side.dyad().label()
                          + " has "
                          + side.events()
                          + " counted events ("
                          + side.level().reading()
                          + (side.events() < LevelThresholds.MIN_EVENTS
                              ? ", " + LevelThresholds.MIN_EVENTS + " needed"
                              : "")
                          + ")")
              .collect(Collectors.joining("; "));
    }
  }
}
