package org.entente.analysis.report;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A piece of a report section, laid out by the text and markdown renderers alike: a line of prose
 * ({@code Turning points: 2014 partnership → confrontation}) or a table. Java 17 has no switch over
 * a sealed interface's records, so the layouts test with {@code instanceof}.
 */
sealed interface Block {

  /** A line of prose: {@code Level: entente}. */
  record Note(String text) implements Block {
    public Note {
      requireNonNull(text, "text is null");
    }
  }

  /**
   * A table. {@code alignments} has one letter per column, {@code l} or {@code r}: {@code "lrr"}
   * puts text left and two numbers right.
   */
  record Table(List<String> headers, String alignments, List<List<String>> rows) implements Block {
    public Table {
      headers = List.copyOf(headers);
      rows = rows.stream().map(List::copyOf).toList();
      if (alignments.length() != headers.size() || !alignments.matches("[lr]*")) {
        throw new IllegalArgumentException(
            "alignments '" + alignments + "' do not fit " + headers.size() + " columns");
      }
      for (List<String> row : rows) {
        if (row.size() != headers.size()) {
          throw new IllegalArgumentException(
              "a row of " + row.size() + " cells in a table of " + headers.size() + " columns");
        }
      }
    }
  }
}
