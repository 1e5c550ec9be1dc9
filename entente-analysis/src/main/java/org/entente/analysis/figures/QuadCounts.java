package org.entente.analysis.figures;

import java.util.Collection;
import org.entente.analysis.scope.EventCell;
import org.entente.codebook.QuadClass;
import org.entente.event.Event;

/**
 * Events counted by GDELT quad class: verbal cooperation (CAMEO 01–05), material cooperation
 * (06–08), verbal conflict (09–13), material conflict (14–20). "Russia sells oil to China" (061)
 * adds one to {@code materialCooperation}.
 */
public record QuadCounts(
    int verbalCooperation, int materialCooperation, int verbalConflict, int materialConflict) {

  public static final QuadCounts ZERO = new QuadCounts(0, 0, 0, 0);

  public QuadCounts {
    if (verbalCooperation < 0
        || materialCooperation < 0
        || verbalConflict < 0
        || materialConflict < 0) {
      throw new IllegalArgumentException("quad-class counts are never negative");
    }
  }

  public static QuadCounts of(Collection<Event> events) {
    int[] counts = new int[4];
    for (Event event : events) {
      counts[event.quadClass().number() - 1]++;
    }
    return new QuadCounts(counts[0], counts[1], counts[2], counts[3]);
  }

  /** The counts of cells between two countries asked about (each has a quad class). */
  public static QuadCounts ofCells(Collection<EventCell> cells) {
    int[] counts = new int[4];
    for (EventCell cell : cells) {
      counts[cell.quadClass().number() - 1] += cell.events();
    }
    return new QuadCounts(counts[0], counts[1], counts[2], counts[3]);
  }

  public int get(QuadClass quadClass) {
    return switch (quadClass) {
      case VERBAL_COOPERATION -> verbalCooperation;
      case MATERIAL_COOPERATION -> materialCooperation;
      case VERBAL_CONFLICT -> verbalConflict;
      case MATERIAL_CONFLICT -> materialConflict;
    };
  }

  public int total() {
    return verbalCooperation + materialCooperation + verbalConflict + materialConflict;
  }

  /** Quad classes 1 and 2. */
  public int cooperation() {
    return verbalCooperation + materialCooperation;
  }

  /** Quad classes 3 and 4. */
  public int conflict() {
    return verbalConflict + materialConflict;
  }
}
