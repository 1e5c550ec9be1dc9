package org.entente.coder;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.entente.core.Document;
import org.entente.event.Assessment;
import org.entente.event.Event;

/** What the coder found in a document: its events and assessments, in sentence order. */
public record CodedDocument(
    Document document, int sentences, List<Event> events, List<Assessment> assessments) {
  public CodedDocument {
    requireNonNull(document, "document is null");
    events = List.copyOf(events);
    assessments = List.copyOf(assessments);
  }
}
