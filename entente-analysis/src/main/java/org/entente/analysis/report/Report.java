package org.entente.analysis.report;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** A report before layout: a title and its sections, in the order they are read. */
record Report(String title, List<Section> sections) {

  Report {
    requireNonNull(title, "title is null");
    sections = List.copyOf(sections);
  }
}
