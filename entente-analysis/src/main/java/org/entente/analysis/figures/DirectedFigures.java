package org.entente.analysis.figures;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.entente.analysis.scope.EventCell;
import org.entente.event.Event;

/**
 * A dyad's figures in each direction and both, with their symmetry: for CHN–RUS, CHN→RUS, RUS→CHN
 * and the two together.
 */
public record DirectedFigures(Figures aToB, Figures bToA, Figures both, Symmetry symmetry) {

  public DirectedFigures {
    requireNonNull(aToB, "aToB is null");
    requireNonNull(bToA, "bToA is null");
    requireNonNull(both, "both is null");
    requireNonNull(symmetry, "symmetry is null");
    if (aToB.events() + bToA.events() != both.events()) {
      throw new IllegalArgumentException(
          "both directions have "
              + both.events()
              + " events, not "
              + aToB.events()
              + " + "
              + bToA.events());
    }
  }

  /** {@link #of} for cells a store tallied. */
  public static DirectedFigures ofCells(
      List<EventCell> aToB, List<EventCell> bToA, int evidenceLimit) {
    Figures ab = Figures.ofCells(aToB, evidenceLimit);
    Figures ba = Figures.ofCells(bToA, evidenceLimit);
    List<EventCell> both = new ArrayList<>(aToB);
    both.addAll(bToA);
    return new DirectedFigures(ab, ba, Figures.ofCells(both, evidenceLimit), Symmetry.of(ab, ba));
  }

  public static DirectedFigures of(List<Event> aToB, List<Event> bToA, int evidenceLimit) {
    Figures ab = Figures.of(aToB, evidenceLimit);
    Figures ba = Figures.of(bToA, evidenceLimit);
    List<Event> both = new ArrayList<>(aToB);
    both.addAll(bToA);
    return new DirectedFigures(ab, ba, Figures.of(both, evidenceLimit), Symmetry.of(ab, ba));
  }
}
