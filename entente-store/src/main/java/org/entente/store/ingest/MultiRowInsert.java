package org.entente.store.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Inserts many rows in one statement ({@code INSERT … VALUES (?, ?), (?, ?), …}): DuckDB pays a
 * fixed cost per statement, so one document's rows go in one round trip per table.
 *
 * <pre>{@code
 * MultiRowInsert mentions = new MultiRowInsert("INSERT INTO event_mentions VALUES", 5, "");
 * mentions.add(key, eventId, docId, sentence, text);
 * mentions.execute(connection);
 * }</pre>
 */
final class MultiRowInsert {

  private final String head;
  private final int columns;
  private final String tail;
  private final List<Object> values = new ArrayList<>();

  MultiRowInsert(String head, int columns, String tail) {
    this.head = head;
    this.columns = columns;
    this.tail = tail;
  }

  void add(Object... row) {
    if (row.length != columns) {
      throw new IllegalArgumentException(
          "a row of " + head + " has " + columns + " values, not " + row.length);
    }
    Collections.addAll(values, row);
  }

  int rows() {
    return values.size() / columns;
  }

  void execute(Connection connection) throws SQLException {
    if (values.isEmpty()) {
      return;
    }
    String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
    String sql = head + " " + String.join(", ", Collections.nCopies(rows(), row)) + " " + tail;
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.size(); i++) {
        statement.setObject(i + 1, values.get(i));
      }
      statement.executeUpdate();
    }
  }
}
