package org.entente.analysis.calibration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.analysis.figures.QuadCounts;
import org.entente.core.SharedFiles;

/**
 * The ICEWS dyad-year reference ({@code ../shared/reference/icews/}) as directed quad-class counts
 * per pair and year, with ISO codes turned into the CAMEO codes Entente writes (ROU → ROM).
 */
final class IcewsReference {

  static final String FILE = "reference/icews/icews-dyad-year-quads-2002-2014.csv";

  /** {@code "USA RUS 2014"} → counts from USA to RUS that year. */
  private final Map<String, QuadCounts> directed;

  private IcewsReference(Map<String, QuadCounts> directed) {
    this.directed = directed;
  }

  static IcewsReference load() {
    Path file = SharedFiles.resolve(FILE);
    Map<String, QuadCounts> directed = new TreeMap<>();
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.split(",");
        directed.put(
            key(cameo(f[0]), cameo(f[1]), Integer.parseInt(f[2])),
            new QuadCounts(
                Integer.parseInt(f[3]),
                Integer.parseInt(f[4]),
                Integer.parseInt(f[5]),
                Integer.parseInt(f[6])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new IcewsReference(directed);
  }

  static String cameo(String iso) {
    return iso.equals("ROU") ? "ROM" : iso;
  }

  private static String key(String source, String target, int year) {
    return source + " " + target + " " + year;
  }

  QuadCounts counts(String source, String target, int year) {
    return directed.getOrDefault(key(source, target, year), QuadCounts.ZERO);
  }

  /** Both directions of every unordered pair-year, summed. */
  List<QuadCounts> pairYears() {
    Map<String, QuadCounts> undirected = new TreeMap<>();
    directed.forEach(
        (key, counts) -> {
          String[] k = key.split(" ");
          String pair =
              (k[0].compareTo(k[1]) < 0 ? k[0] + " " + k[1] : k[1] + " " + k[0]) + " " + k[2];
          undirected.merge(pair, counts, IcewsReference::plus);
        });
    return new ArrayList<>(undirected.values());
  }

  static QuadCounts plus(QuadCounts x, QuadCounts y) {
    return new QuadCounts(
        x.verbalCooperation() + y.verbalCooperation(),
        x.materialCooperation() + y.materialCooperation(),
        x.verbalConflict() + y.verbalConflict(),
        x.materialConflict() + y.materialConflict());
  }
}
