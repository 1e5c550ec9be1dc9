package org.entente.analysis.triangle;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.entente.analysis.dyad.DyadAnalyzer;
import org.entente.analysis.dyad.Measurement;
import org.entente.analysis.figures.Figures;
import org.entente.analysis.scope.Dyad;
import org.entente.analysis.scope.DyadCells;
import org.entente.analysis.scope.DyadEvents;
import org.entente.analysis.scope.EventAggregates;
import org.entente.analysis.scope.Window;
import org.entente.analysis.triangle.TriangleShape.MenageATrois;
import org.entente.analysis.triangle.TriangleShape.RomanticTriangle;
import org.entente.analysis.triangle.TriangleShape.StableMarriage;
import org.entente.analysis.triangle.TriangleShape.Undetermined;
import org.entente.analysis.triangle.TriangleShape.UnitVeto;
import org.entente.event.Event;

/**
 * Measures the three dyads of a triangle over a window and names its shape.
 *
 * <pre>{@code
 * Triangle t = new TriangleAnalyzer(new DyadAnalyzer(5)).triangle("USA", "CHN", "RUS", Window.ALL, events);
 * t.shape();   // StableMarriage[pair=CHN–RUS, outsider=USA]
 * }</pre>
 */
public final class TriangleAnalyzer {

  private final DyadAnalyzer dyads;

  public TriangleAnalyzer(DyadAnalyzer dyads) {
    this.dyads = requireNonNull(dyads, "dyads is null");
  }

  public Triangle triangle(String a, String b, String c, Window window, List<Event> events) {
    List<Dyad> pairs = List.of(Dyad.of(a, b), Dyad.of(a, c), Dyad.of(b, c));
    List<TriangleSide> sides = pairs.stream().map(pair -> side(pair, window, events)).toList();
    return new Triangle(List.of(a, b, c), sides, shape(sides));
  }

  /** The triangle from a store's tallies: the same as from the events among the three. */
  public Triangle triangle(
      String a, String b, String c, Window window, EventAggregates aggregates) {
    EventAggregates.Tallies tallies = dyads.tally(aggregates, Set.of(a, b, c), window, null);
    List<Dyad> pairs = List.of(Dyad.of(a, b), Dyad.of(a, c), Dyad.of(b, c));
    List<TriangleSide> sides =
        pairs.stream()
            .map(
                pair ->
                    side(
                        pair,
                        dyads.measure(
                            DyadCells.select(pair, window, tallies.cells(), tallies.read()))))
            .toList();
    return new Triangle(List.of(a, b, c), sides, shape(sides));
  }

  private TriangleSide side(Dyad dyad, Window window, List<Event> events) {
    return side(dyad, dyads.measure(DyadEvents.select(dyad, window, events)));
  }

  private static TriangleSide side(Dyad dyad, Measurement measurement) {
    Figures both = measurement.figures().both();
    return new TriangleSide(
        dyad,
        both.events(),
        measurement.level(),
        both.goldsteinMean(),
        Sign.of(measurement.level().level(), both.goldsteinMean()));
  }

  /** The shape of three sides that share three countries. */
  public static TriangleShape shape(List<TriangleSide> sides) {
    List<TriangleSide> unknown = sides.stream().filter(s -> s.sign() == Sign.UNKNOWN).toList();
    if (!unknown.isEmpty()) {
      return new Undetermined(unknown);
    }
    List<Dyad> positive =
        sides.stream().filter(s -> s.sign() == Sign.POSITIVE).map(TriangleSide::dyad).toList();
    List<Dyad> negative =
        sides.stream().filter(s -> s.sign() == Sign.NEGATIVE).map(TriangleSide::dyad).toList();
    return switch (positive.size()) {
      case 3 -> new MenageATrois();
      case 2 -> {
        Dyad wings = negative.get(0);
        String pivot = thirdOf(sides, wings);
        yield new RomanticTriangle(pivot, wings.a(), wings.b());
      }
      case 1 -> new StableMarriage(positive.get(0), thirdOf(sides, positive.get(0)));
      case 0 -> new UnitVeto();
      default -> throw new IllegalStateException("a triangle has three sides: " + sides);
    };
  }

  private static String thirdOf(List<TriangleSide> sides, Dyad pair) {
    return sides.stream()
        .flatMap(side -> Stream.of(side.dyad().a(), side.dyad().b()))
        .filter(country -> !pair.contains(country))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("the sides do not form a triangle"));
  }
}
