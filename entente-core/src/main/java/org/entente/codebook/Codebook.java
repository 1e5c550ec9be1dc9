package org.entente.codebook;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.entente.core.EntenteException;
import org.entente.core.Tsv;

/**
 * The CAMEO event codebook: every code GDELT uses, with its name, root, quad class and Goldstein
 * weight. Immutable; load it once with {@link #standard()} and pass it on.
 */
public final class Codebook {

  private static final String RESOURCE = "cameo.tsv";

  private final Map<String, CameoCode> codes;

  private Codebook(Map<String, CameoCode> codes) {
    this.codes = Collections.unmodifiableMap(codes);
  }

  /** The codebook shipped with Entente ({@code codebook/cameo.tsv}). */
  public static Codebook standard() {
    return load(Tsv.readResource(Codebook.class, RESOURCE));
  }

  /** Builds a codebook from rows of {@code code, goldstein, name}; the rows' places name errors. */
  public static Codebook load(Iterable<Tsv.Row> rows) {
    Map<String, CameoCode> codes = new LinkedHashMap<>();
    for (Tsv.Row row : rows) {
      row.requireFields(3, 3);
      String code = row.field(0);
      if (!CameoCode.isWellFormed(code)) {
        throw row.error("'%s' is not a CAMEO code (2 to 4 digits, root 01 to 20)", code);
      }
      double weight;
      try {
        weight = Double.parseDouble(row.field(1));
      } catch (NumberFormatException e) {
        throw row.error("Goldstein weight '%s' is not a number", row.field(1));
      }
      if (weight < -10 || weight > 10) {
        throw row.error("Goldstein weight %s is outside -10..10", row.field(1));
      }
      if (codes.containsKey(code)) {
        throw row.error("code %s is listed twice", code);
      }
      if (code.length() > 2
          && !codes.containsKey(code.substring(0, code.length() - 1))
          && !codes.containsKey(code.substring(0, 2))) {
        throw row.error("code %s comes before its parent code", code);
      }
      codes.put(code, new CameoCode(code, row.field(2), weight));
    }
    return new Codebook(codes);
  }

  public Optional<CameoCode> find(String code) {
    return Optional.ofNullable(codes.get(requireNonNull(code, "code is null")));
  }

  /** The code, or a user error naming it and the usual fix. */
  public CameoCode get(String code) {
    CameoCode found = codes.get(requireNonNull(code, "code is null"));
    if (found == null) {
      throw EntenteException.userError(
          "'%s' is not a CAMEO event code (codes look like 04, 042 or 0211; see 'entente"
              + " codebook')",
          code);
    }
    return found;
  }

  public boolean contains(String code) {
    return codes.containsKey(code);
  }

  /** All codes, roots first within each root, in codebook order. */
  public Collection<CameoCode> codes() {
    return codes.values();
  }

  public int size() {
    return codes.size();
  }
}
