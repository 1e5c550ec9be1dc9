package org.entente.store;

import java.util.Map;
import java.util.stream.Collectors;
import org.entente.event.Area;

/**
 * The area of an event from its CAMEO root alone: {@code 04} CONSULT → diplomatic, {@code 19} FIGHT
 * → military. The store uses it for GDELT rows, which carry no words to look at; the coder's
 * lexicon has the finer mapping that also reads the words around the event (oil, arms, tariffs…).
 * This is the one place the store keeps it.
 */
public final class RootAreas {

  private static final Map<String, Area> AREAS =
      Map.ofEntries(
          Map.entry("01", Area.POLITICAL), // make public statement
          Map.entry("02", Area.DIPLOMATIC), // appeal
          Map.entry("03", Area.DIPLOMATIC), // express intent to cooperate
          Map.entry("04", Area.DIPLOMATIC), // consult
          Map.entry("05", Area.DIPLOMATIC), // engage in diplomatic cooperation
          Map.entry("06", Area.ECONOMIC), // engage in material cooperation
          Map.entry("07", Area.HUMANITARIAN), // provide aid
          Map.entry("08", Area.POLITICAL), // yield
          Map.entry("09", Area.LEGAL), // investigate
          Map.entry("10", Area.DIPLOMATIC), // demand
          Map.entry("11", Area.DIPLOMATIC), // disapprove
          Map.entry("12", Area.DIPLOMATIC), // reject
          Map.entry("13", Area.SECURITY), // threaten
          Map.entry("14", Area.POLITICAL), // protest
          Map.entry("15", Area.MILITARY), // exhibit force posture
          Map.entry("16", Area.DIPLOMATIC), // reduce relations
          Map.entry("17", Area.SECURITY), // coerce
          Map.entry("18", Area.SECURITY), // assault
          Map.entry("19", Area.MILITARY), // fight
          Map.entry("20", Area.MILITARY)); // use unconventional mass violence

  private RootAreas() {}

  /** The area of a root {@code "01"}–{@code "20"}. */
  public static Area of(String root) {
    Area area = AREAS.get(root);
    if (area == null) {
      throw new IllegalArgumentException("CAMEO roots run from 01 to 20, not '" + root + "'");
    }
    return area;
  }

  /** A SQL {@code CASE} giving the area label of the root in {@code rootExpression}. */
  public static String sqlCase(String rootExpression) {
    return AREAS.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> "WHEN '" + e.getKey() + "' THEN '" + e.getValue().label() + "'")
        .collect(Collectors.joining(" ", "CASE " + rootExpression + " ", " END"));
  }
}
