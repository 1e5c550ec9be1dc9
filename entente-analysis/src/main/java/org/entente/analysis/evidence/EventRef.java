package org.entente.analysis.evidence;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/** An event named by its id, with its date: how a figure lists the events behind it. */
public record EventRef(LocalDate date, String id) {

  public EventRef {
    requireNonNull(date, "date is null");
    requireNonNull(id, "id is null");
  }
}
