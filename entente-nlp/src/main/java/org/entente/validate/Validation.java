package org.entente.validate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Figures over several gold files. */
public final class Validation {

  private Validation() {}

  /** Per level, the tallies of all files summed. */
  public static Map<Level, Tally> overall(List<FileScore> files) {
    Map<Level, Tally> overall = new EnumMap<>(Level.class);
    for (Level level : Level.values()) {
      Tally total = Tally.EMPTY;
      for (FileScore file : files) {
        total = total.plus(file.tally(level));
      }
      overall.put(level, total);
    }
    return overall;
  }
}
