package org.entente.analysis.report;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** A titled part of a report: {@code Issue leadership} and its table. */
record Section(String title, List<Block> blocks) {

  Section {
    requireNonNull(title, "title is null");
    blocks = List.copyOf(blocks);
  }

  static Section of(String title, Block... blocks) {
    return new Section(title, List.of(blocks));
  }
}
