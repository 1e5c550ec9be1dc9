package org.entente.plover;

import java.util.Locale;
import java.util.Map;

/**
 * Country codes between PLOVER and CAMEO. PLOVER writes ISO 3166 alpha-3, CAMEO (and Entente's
 * {@code countries.tsv}) the same codes with a few old ones kept; the PLOVER gold-standard records
 * also hold a few typos. {@link #toCameo} maps:
 *
 * <ul>
 *   <li>ROU → ROM (CAMEO keeps Romania's pre-2002 ISO code), KSV → XKX (Kosovo in Phoenix/PETRARCH
 *       dictionaries), and the old codes CAMEO dictionaries still write: ZAR → COD, TMP → TLS, GER
 *       → DEU;
 *   <li>the gold records' typos: JAP → JPN, ITL → ITA, VTN → VNM.
 * </ul>
 *
 * Every other code (USA, IGO, NGO, IMG …) is the same in both. {@link #toIso} undoes the first
 * group for writing PLOVER.
 */
public final class PloverCountries {

  private static final Map<String, String> TO_CAMEO =
      Map.of(
          "ROU", "ROM",
          "KSV", "XKX",
          "ZAR", "COD",
          "TMP", "TLS",
          "GER", "DEU",
          "JAP", "JPN",
          "ITL", "ITA",
          "VTN", "VNM");

  private static final Map<String, String> TO_ISO = Map.of("ROM", "ROU");

  private PloverCountries() {}

  /** The CAMEO code of a PLOVER actor code ({@code "ROU"} → {@code "ROM"}), upper-cased. */
  public static String toCameo(String code) {
    String upper = code.strip().toUpperCase(Locale.ROOT);
    return TO_CAMEO.getOrDefault(upper, upper);
  }

  /** The ISO code PLOVER writes for a CAMEO country code ({@code "ROM"} → {@code "ROU"}). */
  public static String toIso(String cameo) {
    return TO_ISO.getOrDefault(cameo, cameo);
  }
}
