package org.entente.store.export;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.entente.event.EventJson;
import org.entente.store.Sql;
import org.entente.store.query.EventQueries;
import org.entente.store.query.EventQuery;
import org.entente.store.query.SqlFilter;

/**
 * Writes the events a query selects: Parquet straight from DuckDB ({@code COPY … TO}), GDELT 2.0
 * rows through {@link GdeltRow} (the layout {@code entente code --format gdelt} writes too) and
 * JSON Lines through {@link EventJson}. The text formats can also go to any {@link Writer}
 * (standard output).
 *
 * <pre>{@code
 * exporter.export(ExportFormat.GDELT, Path.of("chn-rus.CSV"), EventQuery.between("CHN", "RUS"));
 * }</pre>
 */
public final class EventExporter {

  private final Connection connection;

  public EventExporter(Connection connection) {
    this.connection = requireNonNull(connection, "connection is null");
  }

  /** Writes the selected events to a file, by date then key; returns how many. */
  public long export(ExportFormat format, Path out, EventQuery query)
      throws SQLException, IOException {
    requireNonNull(format, "format is null");
    requireNonNull(out, "out is null");
    requireNonNull(query, "query is null");
    if (format == ExportFormat.PARQUET) {
      return copy(query, out);
    }
    try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      return export(format, writer, query);
    }
  }

  /**
   * Writes the selected events of a text format (GDELT, JSON Lines) to {@code out}, which is
   * flushed but not closed.
   */
  public long export(ExportFormat format, Writer out, EventQuery query)
      throws SQLException, IOException {
    requireNonNull(out, "out is null");
    EventQueries queries = new EventQueries(connection);
    long count;
    try {
      count =
          switch (format) {
            case GDELT -> queries.forEachGdeltRow(query, row -> line(out, row.line()));
            case JSONL -> queries.forEach(query, event -> line(out, EventJson.write(event)));
            case PARQUET ->
                throw new IllegalArgumentException(
                    "Parquet is binary: export it to a file, not a stream");
          };
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    out.flush();
    return count;
  }

  private static void line(Writer out, String line) {
    try {
      out.write(line);
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private long copy(EventQuery query, Path out) throws SQLException {
    SqlFilter filter = SqlFilter.of(query);
    String sql =
        "COPY (SELECT * FROM events WHERE "
            + filter.sql()
            + " ORDER BY date, event_key"
            + (query.limit() > 0 ? " LIMIT " + query.limit() : "")
            + ") TO "
            + Sql.literal(out.toString())
            + " (FORMAT PARQUET)";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      filter.bind(statement, 1);
      return statement.executeLargeUpdate();
    }
  }
}
