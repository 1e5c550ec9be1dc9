package org.entente.plover;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.entente.core.EntenteException;

/**
 * The PLOVER event types: the 16 of the current PLOVER manual, which Entente writes, and the four
 * PLOVER 0.5 types the manual has since folded into others (DEMAND into REQUEST, DISAPPROVE and
 * INVESTIGATE into ACCUSE, FIGHT into ASSAULT), which Entente still reads — the gold-standard
 * records and older coders' files use them.
 *
 * <p>Each type lists the CAMEO prefixes it covers, for matching gold records (a record of the type
 * accepts a coded event whose code starts with one of them): the root mapping of the PLOVER
 * gold-standard records, so ASSAULT covers 18 and 20 and FIGHT 19, as those records mean them,
 * although Entente writes CAMEO 19 as ASSAULT. Each type also has the CAMEO code an event of the
 * type gets when it is read into the store ({@link #readCode}). Which CAMEO code is written as
 * which type, mode and contexts is {@link PloverTable}'s business ({@code cameo-plover.tsv});
 * {@link #of(String)} is its type.
 */
public enum PloverType {
  AGREE("03", List.of("03", "057")),
  CONSULT("04", List.of("04")),
  SUPPORT("05", List.of("05")),
  CONCEDE("08", List.of("08")),
  COOPERATE("06", List.of("06")),
  AID("07", List.of("07")),
  RETREAT("087", List.of("08")),
  REQUEST("02", List.of("02", "10")),
  ACCUSE("11", List.of("09", "11")),
  REJECT("12", List.of("12")),
  THREATEN("13", List.of("13")),
  PROTEST("14", List.of("14")),
  SANCTION("16", List.of("16")),
  MOBILIZE("15", List.of("15")),
  COERCE("17", List.of("17")),
  ASSAULT("18", List.of("18", "20")),
  /** PLOVER 0.5: demands and appeals; the current manual's REQUEST. */
  DEMAND("10", List.of("02", "10")),
  /** PLOVER 0.5: criticism and accusation; the current manual's ACCUSE. */
  DISAPPROVE("11", List.of("11")),
  /** PLOVER 0.5: investigations; the current manual's ACCUSE, mode {@code investigate}. */
  INVESTIGATE("09", List.of("09")),
  /** PLOVER 0.5: conventional military force; the current manual's ASSAULT. */
  FIGHT("19", List.of("19"));

  private final String readCode;
  private final List<String> cameoPrefixes;

  PloverType(String readCode, List<String> cameoPrefixes) {
    this.readCode = readCode;
    this.cameoPrefixes = cameoPrefixes;
  }

  /**
   * The CAMEO code prefixes this type covers: roots ({@code "03"}) and the odd code ({@code
   * "057"}). An event whose code starts with one of them has this type's CAMEO counterpart.
   */
  public List<String> cameoPrefixes() {
    return cameoPrefixes;
  }

  /**
   * The CAMEO code an event of this type gets when read, where its mode says no more ({@link
   * PloverTable#cameoOf}): the root, but 087 (de-escalate militarily) for RETREAT, 02 (appeal) for
   * REQUEST and 10 (demand) for the older DEMAND, 11 (disapprove) for ACCUSE.
   */
  public String readCode() {
    return readCode;
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

  /** Whether the current PLOVER manual has this type (false for the four PLOVER 0.5 ones). */
  public boolean isCurrent() {
    return current() == this;
  }

  /** The current manual's type for this one: REQUEST for DEMAND, ASSAULT for FIGHT, … */
  public PloverType current() {
    return switch (this) {
      case DEMAND -> REQUEST;
      case DISAPPROVE, INVESTIGATE -> ACCUSE;
      case FIGHT -> ASSAULT;
      default -> this;
    };
  }

  /** The type name as PLOVER writes it ({@code "AGREE"}). */
  public String label() {
    return name();
  }

  /**
   * The type of a PLOVER label, in any case ({@code "agree"}), current or PLOVER 0.5.
   *
   * @throws EntenteException (bad data) for a label that is not a PLOVER event type
   */
  public static PloverType parse(String label) {
    try {
      return valueOf(label.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw EntenteException.badData(
          "unknown PLOVER event type '%s'; PLOVER has %s (and, in version 0.5, %s)",
          label, List.of(values()).subList(0, 16), List.of(values()).subList(16, 20));
    }
  }

  /**
   * The PLOVER type Entente writes for a CAMEO code, or empty for CAMEO 01 (statements), which
   * PLOVER has no type for: {@code PloverTable.standard().of(cameo)}'s type.
   */
  public static Optional<PloverType> of(String cameo) {
    return PloverTable.standard().of(cameo).map(PloverCoding::type);
  }
}
