package org.entente.plover;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.entente.codebook.CameoCode;
import org.entente.codebook.Codebook;
import org.entente.core.Tsv;

/**
 * The one table between CAMEO and PLOVER ({@code cameo-plover.tsv}): for each CAMEO code or prefix
 * the PLOVER type, mode and contexts Entente writes, and back from a PLOVER type and mode to the
 * CAMEO code an event gets when read. {@code docs/plover.md} documents it and its exceptions to the
 * PLOVER manual's root mapping.
 *
 * <pre>{@code
 * PloverTable.standard().of("0422")   // no such code; "042" → CONSULT, mode visit
 * PloverTable.standard().of("193")    // ASSAULT, mode firearms, contexts [military]
 * PloverTable.standard().cameoOf(PloverType.CONSULT, "visit")   // "042"
 * PloverTable.standard().intensity(PloverType.ASSAULT, "firearms")  // -10.0 (CAMEO 193)
 * }</pre>
 */
public final class PloverTable {

  private static final String RESOURCE = "cameo-plover.tsv";
  private static final PloverTable STANDARD =
      load(Tsv.readResource(PloverTable.class, RESOURCE), Codebook.standard());

  private final Map<String, PloverCoding> byPrefix;
  private final Map<String, Double> intensities;

  private PloverTable(Map<String, PloverCoding> byPrefix, Map<String, Double> intensities) {
    this.byPrefix = byPrefix;
    this.intensities = intensities;
  }

  /** The table shipped with Entente. */
  public static PloverTable standard() {
    return STANDARD;
  }

  /**
   * Builds a table from rows of {@code cameo, type, mode, contexts}, with intensities from the
   * codebook's Goldstein weights; rows name their errors.
   */
  public static PloverTable load(Iterable<Tsv.Row> rows, Codebook codebook) {
    Map<String, PloverCoding> byPrefix = new LinkedHashMap<>();
    for (Tsv.Row row : rows) {
      row.requireFields(2, 4);
      String cameo = row.field(0);
      if (!CameoCode.isWellFormed(cameo)) {
        throw row.error("'%s' is not a CAMEO code (2 to 4 digits, root 01 to 20)", cameo);
      }
      PloverType type;
      try {
        type = PloverType.parse(row.field(1));
      } catch (RuntimeException e) {
        throw row.error("%s", e.getMessage());
      }
      if (!type.isCurrent()) {
        throw row.error("%s is a PLOVER 0.5 type; write %s", type, type.current());
      }
      if (byPrefix.put(cameo, new PloverCoding(type, row.field(2), row.list(3))) != null) {
        throw row.error("code %s is listed twice", cameo);
      }
    }
    return new PloverTable(byPrefix, intensities(byPrefix, codebook));
  }

  /**
   * The PLOVER type, mode and contexts of a CAMEO code: the row of its longest listed prefix; empty
   * for CAMEO 01 (public statements), which PLOVER has no type for.
   */
  public Optional<PloverCoding> of(String cameo) {
    requireNonNull(cameo, "cameo is null");
    for (int length = Math.min(cameo.length(), 4); length >= 2; length--) {
      PloverCoding coding = byPrefix.get(cameo.substring(0, length));
      if (coding != null) {
        return Optional.of(coding);
      }
    }
    return Optional.empty();
  }

  /**
   * The CAMEO code a PLOVER event of this type and mode is read as: the shortest listed code that
   * the table writes as this type (its current form) and mode and that the type covers ({@code
   * CONSULT, visit} → 042, {@code FIGHT, firearms} → 193), else the type's {@link
   * PloverType#readCode} ({@code CONSULT} → 04, a mode the table does not know too).
   */
  public String cameoOf(PloverType type, String mode) {
    requireNonNull(type, "type is null");
    String wanted = mode == null ? "" : mode.strip();
    if (!wanted.isEmpty()) {
      String best = null;
      for (Map.Entry<String, PloverCoding> row : byPrefix.entrySet()) {
        PloverCoding coding = row.getValue();
        boolean covered =
            type.isCurrent()
                ? coding.type() == type
                : coding.type() == type.current() && type.covers(row.getKey());
        if (covered
            && coding.mode().equals(wanted)
            && (best == null || row.getKey().length() < best.length())) {
          best = row.getKey();
        }
      }
      if (best != null) {
        return best;
      }
    }
    return type.readCode();
  }

  /**
   * The intensity of a PLOVER type and mode on the Goldstein scale (−10 … +10): the mean Goldstein
   * weight of the codebook's codes that the table writes as this type and mode, or, for an empty
   * mode or one the table does not write, as this type; rounded to a tenth. A PLOVER 0.5 type has
   * the intensity of its current form. {@code docs/plover.md} lists the values.
   */
  public double intensity(PloverType type, String mode) {
    requireNonNull(type, "type is null");
    PloverType current = type.current();
    Double byMode = intensities.get(current.label() + "/" + (mode == null ? "" : mode.strip()));
    return byMode != null ? byMode : intensities.getOrDefault(current.label(), 0.0);
  }

  private static Map<String, Double> intensities(
      Map<String, PloverCoding> byPrefix, Codebook codebook) {
    Map<String, List<Double>> weights = new LinkedHashMap<>();
    PloverTable table = new PloverTable(byPrefix, Map.of());
    for (CameoCode code : codebook.codes()) {
      Optional<PloverCoding> coding = table.of(code.code());
      if (coding.isEmpty()) {
        continue;
      }
      String type = coding.get().type().label();
      weights.computeIfAbsent(type, k -> new ArrayList<>()).add(code.goldstein());
      if (!coding.get().mode().isEmpty()) {
        weights
            .computeIfAbsent(type + "/" + coding.get().mode(), k -> new ArrayList<>())
            .add(code.goldstein());
      }
    }
    Map<String, Double> means = new LinkedHashMap<>();
    weights.forEach(
        (key, values) -> {
          double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
          means.put(key, Math.round(mean * 10) / 10.0);
        });
    return Map.copyOf(means);
  }

  /** The modes the table writes for a type, in table order. */
  public Set<String> modes(PloverType type) {
    Set<String> modes = new LinkedHashSet<>();
    byPrefix.values().stream()
        .filter(coding -> coding.type() == type && !coding.mode().isEmpty())
        .forEach(coding -> modes.add(coding.mode()));
    return Collections.unmodifiableSet(modes);
  }
}
