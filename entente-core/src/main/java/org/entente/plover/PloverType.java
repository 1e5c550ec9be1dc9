package org.entente.plover;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.entente.core.EntenteException;

/**
 * The 18 event types of PLOVER 0.5 and the CAMEO codes each covers: the one table between the two
 * ontologies. Reading PLOVER (gold records, {@code import plover}) maps a type to its CAMEO
 * prefixes; writing PLOVER maps a CAMEO code to a type with {@link #of(String)}.
 *
 * <p>The root-level mapping is the PLOVER manual's: AGREE 03 (and 057, signing a formal agreement,
 * which CAMEO files under 05), CONSULT 04, SUPPORT 05, COOPERATE 06, AID 07, CONCEDE and RETREAT
 * 08, INVESTIGATE 09, DEMAND 02 and 10, DISAPPROVE 11, REJECT 12, THREATEN 13, PROTEST 14, MOBILIZE
 * 15, SANCTION 16, COERCE 17, ASSAULT 18 and 20, FIGHT 19. Entente's exceptions, for writing: 087
 * (de-escalate militarily: retreat, ceasefire, demobilise) is RETREAT, the rest of 08 CONCEDE;
 * CAMEO 01 (public statements) has no PLOVER type and is not written.
 */
public enum PloverType {
  AGREE("03", "057"),
  CONSULT("04"),
  SUPPORT("05"),
  COOPERATE("06"),
  AID("07"),
  CONCEDE("08"),
  RETREAT("08"),
  INVESTIGATE("09"),
  DEMAND("02", "10"),
  DISAPPROVE("11"),
  REJECT("12"),
  THREATEN("13"),
  PROTEST("14"),
  MOBILIZE("15"),
  SANCTION("16"),
  COERCE("17"),
  ASSAULT("18", "20"),
  FIGHT("19");

  private final List<String> cameoPrefixes;

  PloverType(String... cameoPrefixes) {
    this.cameoPrefixes = List.of(cameoPrefixes);
  }

  /**
   * The CAMEO code prefixes this type covers: roots ({@code "03"}) and the odd code ({@code
   * "057"}). An event whose code starts with one of them has this type's CAMEO counterpart.
   */
  public List<String> cameoPrefixes() {
    return cameoPrefixes;
  }

  /** Whether a CAMEO code ({@code "0311"}, {@code "057"}) falls under this type. */
  public boolean covers(String cameo) {
    for (String prefix : cameoPrefixes) {
      if (cameo.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** The type name as PLOVER writes it ({@code "AGREE"}). */
  public String label() {
    return name();
  }

  /**
   * The type of a PLOVER label, in any case ({@code "agree"}).
   *
   * @throws EntenteException (bad data) for a label that is not a PLOVER 0.5 event type
   */
  public static PloverType parse(String label) {
    try {
      return valueOf(label.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw EntenteException.badData(
          "unknown PLOVER event type '%s'; PLOVER 0.5 has %s", label, List.of(values()));
    }
  }

  /**
   * The PLOVER type of a CAMEO code, or empty for CAMEO 01 (statements), which PLOVER has no type
   * for. {@code "057"} is AGREE, {@code "087"} and below RETREAT, the rest by root.
   */
  public static Optional<PloverType> of(String cameo) {
    if (cameo.length() < 2) {
      return Optional.empty();
    }
    if (cameo.startsWith("057")) {
      return Optional.of(AGREE);
    }
    if (cameo.startsWith("087")) {
      return Optional.of(RETREAT);
    }
    return switch (cameo.substring(0, 2)) {
      case "02", "10" -> Optional.of(DEMAND);
      case "03" -> Optional.of(AGREE);
      case "04" -> Optional.of(CONSULT);
      case "05" -> Optional.of(SUPPORT);
      case "06" -> Optional.of(COOPERATE);
      case "07" -> Optional.of(AID);
      case "08" -> Optional.of(CONCEDE);
      case "09" -> Optional.of(INVESTIGATE);
      case "11" -> Optional.of(DISAPPROVE);
      case "12" -> Optional.of(REJECT);
      case "13" -> Optional.of(THREATEN);
      case "14" -> Optional.of(PROTEST);
      case "15" -> Optional.of(MOBILIZE);
      case "16" -> Optional.of(SANCTION);
      case "17" -> Optional.of(COERCE);
      case "18", "20" -> Optional.of(ASSAULT);
      case "19" -> Optional.of(FIGHT);
      default -> Optional.empty();
    };
  }
}
