package org.entente.store.export;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.entente.event.Event;
import org.entente.event.EventJson;
import org.entente.plover.PloverCoding;
import org.entente.plover.PloverJson;
import org.entente.plover.PloverType;
import org.entente.store.Sql;
import org.entente.store.query.EventQueries;
import org.entente.store.query.EventQuery;
import org.entente.store.query.EventRows;
import org.entente.store.query.SqlFilter;

/**
 * Writes the events a query selects: Parquet straight from DuckDB ({@code COPY … TO}), GDELT 2.0
 * rows through {@link GdeltRow} (the layout {@code entente code --format gdelt} writes too), JSON
 * Lines through {@link EventJson} and PLOVER records through {@link PloverJson} (which {@code
 * entente code --format plover} uses too). The text formats can also go to any {@link Writer}
 * (standard output).
 *
 * <pre>{@code
 * exporter.export(ExportFormat.GDELT, Path.of("chn-rus.CSV"), EventQuery.between("CHN", "RUS"));
 * }</pre>
 */
public final class EventExporter {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Connection connection;
  private final boolean ploverTable;

  /** An exporter of a store of the current schema. */
  public EventExporter(Connection connection) {
    this(connection, true);
  }

  /**
   * @param ploverTable whether the store has {@code plover_events} (a version 1 store opened to
   *     read has not)
   */
  public EventExporter(Connection connection, boolean ploverTable) {
    this.connection = requireNonNull(connection, "connection is null");
    this.ploverTable = ploverTable;
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
            case PLOVER -> plover(out, query);
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

  /**
   * PLOVER records: the events by date, then document and sentence (or PLOVER record), so that the
   * events of one sentence are written together and an event coded both ways round becomes one
   * record; an event read from a PLOVER file keeps the type, mode, contexts and location it was
   * read with. Returns the records written.
   */
  private long plover(Writer out, EventQuery query) throws SQLException {
    String kept =
        ploverTable
            ? ", plover_type, plover_mode, plover_contexts, plover_location,"
                + " plover_file || '/' || plover_record FROM events"
                + " LEFT JOIN plover_events USING (event_key)"
            : ", NULL, NULL, NULL, NULL, NULL FROM events";
    SqlFilter filter = SqlFilter.of(query);
    String sql =
        EventRows.SELECT.replace(" FROM events", kept)
            + " WHERE "
            + filter.sql()
            + " ORDER BY date, doc_id, sentence, "
            + (ploverTable ? "plover_file, plover_record, " : "")
            + "event_key"
            + (query.limit() > 0 ? " LIMIT " + query.limit() : "");
    long written = 0;
    List<PloverJson.Item> sentence = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      filter.bind(statement, 1);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          PloverJson.Item item = ploverItem(rows);
          if (!sentence.isEmpty() && !sameWords(sentence.get(0), item)) {
            written += writePlover(out, sentence);
          }
          sentence.add(item);
        }
      }
    }
    return written + writePlover(out, sentence);
  }

  /** Whether two rows come from the same sentence, or the same PLOVER record. */
  private static boolean sameWords(PloverJson.Item first, PloverJson.Item next) {
    Event a = first.event();
    Event b = next.event();
    if (first.record() != null) {
      return first.record().equals(next.record());
    }
    return a.sentence() >= 0
        && a.sentence() == b.sentence()
        && a.docId().equals(b.docId())
        && a.date().equals(b.date());
  }

  private static long writePlover(Writer out, List<PloverJson.Item> items) {
    List<String> lines = PloverJson.write(items);
    lines.forEach(line -> line(out, line));
    items.clear();
    return lines.size();
  }

  private static PloverJson.Item ploverItem(ResultSet row) throws SQLException {
    Event event = EventRows.read(row);
    int first = EventRows.COLUMNS + 1;
    String type = row.getString(first);
    if (type == null) {
      return PloverJson.Item.of(event);
    }
    List<String> contexts = new ArrayList<>();
    try {
      MAPPER.readTree(row.getString(first + 2)).forEach(each -> contexts.add(each.asText()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("plover_contexts is not a JSON list", e);
    }
    return new PloverJson.Item(
        event,
        new PloverCoding(PloverType.parse(type), row.getString(first + 1), contexts),
        row.getString(first + 3),
        row.getString(first + 4));
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
