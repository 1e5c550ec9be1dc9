package org.entente.validate;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.entente.event.Event;

/**
 * A gold record with what the coder made of it.
 *
 * @param record the gold record
 * @param events the events coded from its sentence; empty when coding crashed
 * @param crash why coding failed, or empty when it did not
 */
public record CodedRecord(GoldRecord record, List<Event> events, String crash) {

  public CodedRecord {
    requireNonNull(record, "record is null");
    events = List.copyOf(events);
    requireNonNull(crash, "crash is null");
  }

  public boolean crashed() {
    return !crash.isEmpty();
  }
}
