package org.entente.store.export;

import static java.util.Objects.requireNonNull;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * Writes the events a query selects to a file: GDELT 2.0 columns and Parquet straight from DuckDB
 * ({@code COPY … TO}), JSON Lines through {@link EventJson}.
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

  /** Writes the selected events, by date then key; returns how many. */
  public long export(ExportFormat format, Path out, EventQuery query) throws SQLException {
    requireNonNull(format, "format is null");
    requireNonNull(out, "out is null");
    requireNonNull(query, "query is null");
    return switch (format) {
      case GDELT ->
          copy(
              GdeltExportSql.select(),
              query,
              out,
              "FORMAT CSV, DELIMITER '\\t', HEADER false, QUOTE '', ESCAPE ''");
      case PARQUET -> copy("SELECT * FROM events", query, out, "FORMAT PARQUET");
      case JSONL -> jsonLines(out, query);
    };
  }

  private long copy(String select, EventQuery query, Path out, String options) throws SQLException {
    SqlFilter filter = SqlFilter.of(query);
    String sql =
        "COPY ("
            + select
            + " WHERE "
            + filter.sql()
            + " ORDER BY date, event_key"
            + (query.limit() > 0 ? " LIMIT " + query.limit() : "")
            + ") TO "
            + Sql.literal(out.toString())
            + " ("
            + options
            + ")";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      filter.bind(statement, 1);
      return statement.executeLargeUpdate();
    }
  }

  private long jsonLines(Path out, EventQuery query) throws SQLException {
    try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      return new EventQueries(connection)
          .forEach(
              query,
              event -> {
                try {
                  writer.write(EventJson.write(event));
                  writer.write('\n');
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
    }
  }
}
