package org.entente.analysis.stated;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.entente.analysis.level.Level;

/**
 * The one mapping from the words commentators use to the measured scale: "has reached the level of
 * an entente" → {@link Level#ENTENTE}; "the US-China competition" → {@link Level#RIVALRY}; "a trade
 * war against China" → {@link Level#CONFRONTATION}. The map below is the table; {@code
 * docs/relationship-model.md} shows it by level, and a test keeps the two equal.
 *
 * <p>"Strategic partnership" is a partnership: the word says how wide, not how close, and the label
 * is given to pairs as far apart as the EU and China. "Trade war" is a confrontation: tariffs are
 * material conflict. A label not listed is shown but not compared.
 */
public final class AssessmentLabels {

  private static final Map<String, Level> LEVELS =
      Map.ofEntries(
          Map.entry("alliance", Level.ALLIANCE),
          Map.entry("military alliance", Level.ALLIANCE),
          Map.entry("defence pact", Level.ALLIANCE),
          Map.entry("defense pact", Level.ALLIANCE),
          Map.entry("allies", Level.ALLIANCE),
          Map.entry("entente", Level.ENTENTE),
          Map.entry("partnership", Level.PARTNERSHIP),
          Map.entry("strategic partnership", Level.PARTNERSHIP),
          Map.entry("close partner", Level.PARTNERSHIP),
          Map.entry("rapprochement", Level.PARTNERSHIP),
          Map.entry("friendship", Level.PARTNERSHIP),
          Map.entry("mixed", Level.MIXED),
          Map.entry("ambivalence", Level.MIXED),
          Map.entry("frenemies", Level.MIXED),
          Map.entry("competition", Level.RIVALRY),
          Map.entry("strategic competition", Level.RIVALRY),
          Map.entry("rivalry", Level.RIVALRY),
          Map.entry("rival", Level.RIVALRY),
          Map.entry("tension", Level.RIVALRY),
          Map.entry("tensions", Level.RIVALRY),
          Map.entry("confrontation", Level.CONFRONTATION),
          Map.entry("cold war", Level.CONFRONTATION),
          Map.entry("trade war", Level.CONFRONTATION),
          Map.entry("conflict", Level.CONFRONTATION),
          Map.entry("hostility", Level.CONFRONTATION),
          Map.entry("war", Level.CONFRONTATION));

  private AssessmentLabels() {}

  /** The level a label states, if it is on the scale; case, hyphens and underscores are ignored. */
  public static Optional<Level> levelOf(String label) {
    return Optional.ofNullable(LEVELS.get(normalize(label)));
  }

  /** Every known label with its level. */
  public static Map<String, Level> all() {
    return LEVELS;
  }

  static String normalize(String label) {
    return label.strip().toLowerCase(Locale.ROOT).replaceAll("[-_\\s]+", " ");
  }
}
