package org.entente.store.query;

import java.util.List;
import org.entente.event.Event;

/**
 * What {@code EventStore.cells} answers: the cells, and the few events read in full (those the
 * query's {@code readCodes} and {@code readAreas} select), by date then key.
 */
public record Tallied(List<CellTally> cells, List<Event> read) {

  public Tallied {
    cells = List.copyOf(cells);
    read = List.copyOf(read);
  }
}
