package org.entente.store.query;

import java.time.LocalDate;

/** An event's id with its date: what a cell lists of the events it counts. */
public record DatedId(LocalDate date, String id) {}
