package org.entente.analysis.triangle;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A strategic triangle: its three countries, in the order given, its three sides (A–B, A–C, B–C)
 * and its shape. {@code entente triangle USA CHN RUS} renders one.
 */
public record Triangle(List<String> countries, List<TriangleSide> sides, TriangleShape shape) {

  public Triangle {
    countries = List.copyOf(countries);
    sides = List.copyOf(sides);
    requireNonNull(shape, "shape is null");
    if (countries.size() != 3 || countries.stream().distinct().count() != 3) {
      throw new IllegalArgumentException("a triangle has three different countries: " + countries);
    }
    if (sides.size() != 3) {
      throw new IllegalArgumentException("a triangle has three sides, not " + sides.size());
    }
  }
}
