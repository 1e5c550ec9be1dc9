package org.entente.plover;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.entente.event.Event;

/**
 * One PLOVER record read into Entente: the events it makes (one per actor–recipient pair, every
 * ordered pair of the parties of a reciprocal event), the PLOVER type, mode and contexts it was
 * coded with, and its location as JSON (or {@code null}).
 *
 * @param line the line of the file where the record starts
 */
public record PloverRecord(
    String id, int line, List<Event> events, PloverCoding coding, String location) {

  public PloverRecord {
    requireNonNull(id, "id is null");
    events = List.copyOf(events);
    requireNonNull(coding, "coding is null");
  }
}
