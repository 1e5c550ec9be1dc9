package org.entente.store.query;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.entente.event.Event;

/**
 * One page of events in their reading order.
 *
 * @param next where the next page starts, or {@code null} when this page is the last
 */
public record EventPage(List<Event> events, EventCursor next) {

  public EventPage {
    events = List.copyOf(requireNonNull(events, "events is null"));
  }
}
