package org.entente.store.plover;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.entente.codebook.Codebook;
import org.entente.core.EntenteException;
import org.entente.core.Problem;
import org.entente.event.Event;
import org.entente.plover.PloverReader;
import org.entente.plover.PloverRecord;
import org.entente.plover.PloverTable;
import org.entente.store.CodeAreas;
import org.entente.store.EventKeys;
import org.entente.store.EventRows;
import org.entente.store.query.Origin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports PLOVER records into {@code events} and {@code plover_events}, the way GDELT rows come in:
 * origin {@code plover}, the CAMEO code from the PLOVER type and mode ({@link
 * PloverTable#cameoOf}), the record's own type, mode, contexts and location kept beside it. A file
 * is one transaction, so a killed import leaves none of it; an event is keyed as Entente's own
 * ({@link EventKeys}), so importing a file again adds nothing, and an event the store has already
 * (coded from the same sentence, or read from another file) is not stored twice.
 *
 * <pre>{@code
 * PloverImportResult result = importer.importFile(Path.of("polecat.jsonl"), System.err::println);
 * // polecat.jsonl (PLOVER): 1000 records, 1180 events, 1180 imported, 0 already present, …
 * }</pre>
 */
public final class PloverImporter {

  /** Events a statement inserts at most: DuckDB pays a fixed cost per statement. */
  static final int BATCH = 200;

  private static final Logger LOG = LoggerFactory.getLogger(PloverImporter.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final int PLOVER_COLUMN_COUNT = 7;

  private final Connection connection;
  private final PloverReader reader;
  private final Clock clock;

  public PloverImporter(Connection connection, Codebook codebook, CodeAreas areas, Clock clock) {
    this.connection = requireNonNull(connection, "connection is null");
    requireNonNull(areas, "areas is null");
    this.reader = new PloverReader(codebook, PloverTable.standard(), areas::of);
    this.clock = requireNonNull(clock, "clock is null");
  }

  /** Imports one file in one transaction; problems are reported and their records skipped. */
  public PloverImportResult importFile(Path file, Consumer<Problem> problems)
      throws SQLException, IOException {
    requireNonNull(problems, "problems is null");
    String name = file.getFileName().toString();
    LocalDateTime now = LocalDateTime.now(clock).withNano(0);
    Batch batch = new Batch(name, now);
    long[] rejected = {0};
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (Reader in = open(file)) {
      reader.read(
          name,
          in,
          record -> {
            try {
              batch.add(record);
            } catch (SQLException e) {
              throw new StoreFailure(e);
            }
          },
          problem -> {
            rejected[0]++;
            problems.accept(problem);
          });
      batch.flush();
      connection.commit();
    } catch (StoreFailure e) {
      connection.rollback();
      throw e.getCause();
    } catch (CharacterCodingException e) {
      connection.rollback();
      throw EntenteException.badData("%s: not UTF-8 text (save the file as UTF-8)", name);
    } catch (SQLException | IOException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
    PloverImportResult result =
        new PloverImportResult(
            name,
            batch.records,
            batch.events,
            batch.imported,
            batch.events - batch.imported,
            rejected[0]);
    LOG.info("{}", result.describe());
    return result;
  }

  private static Reader open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    try {
      if (file.getFileName().toString().endsWith(".gz")) {
        in = new GZIPInputStream(in, 1 << 16);
      }
    } catch (IOException e) {
      in.close();
      throw e;
    }
    return new InputStreamReader(
        in,
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  /** A store failure carried out of the reader's callback. */
  private static final class StoreFailure extends RuntimeException {
    StoreFailure(SQLException cause) {
      super(cause);
    }

    @Override
    public synchronized SQLException getCause() {
      return (SQLException) super.getCause();
    }
  }

  /** Records waiting to be written, and the counts so far. */
  private final class Batch {
    private final String file;
    private final LocalDateTime now;
    private final Set<Long> seen = new HashSet<>();
    private final List<Object[]> eventRows = new ArrayList<>();
    private final List<Object[]> ploverRows = new ArrayList<>();
    private final List<Long> keys = new ArrayList<>();
    long records;
    long events;
    long imported;

    Batch(String file, LocalDateTime now) {
      this.file = file;
      this.now = now;
    }

    void add(PloverRecord record) throws SQLException {
      records++;
      String contexts;
      try {
        contexts = MAPPER.writeValueAsString(record.coding().contexts());
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
      for (Event event : record.events()) {
        events++;
        long key = EventKeys.of(event);
        if (!seen.add(key)) {
          continue; // the same event twice in this file
        }
        keys.add(key);
        eventRows.add(eventRow(key, event, now));
        ploverRows.add(
            new Object[] {
              key,
              record.coding().type().label(),
              record.coding().mode(),
              contexts,
              record.location(),
              file,
              record.id()
            });
      }
      if (keys.size() >= BATCH) {
        flush();
      }
    }

    void flush() throws SQLException {
      if (keys.isEmpty()) {
        return;
      }
      Set<Long> existing = existing(keys);
      List<Object[]> newEvents = new ArrayList<>();
      List<Object[]> newPlover = new ArrayList<>();
      for (int i = 0; i < keys.size(); i++) {
        if (!existing.contains(keys.get(i))) {
          newEvents.add(eventRows.get(i));
          newPlover.add(ploverRows.get(i));
        }
      }
      insert(
          "INSERT INTO events (" + EventRows.COLUMNS + ") VALUES",
          EventRows.COLUMN_COUNT,
          newEvents);
      insert("INSERT INTO plover_events VALUES", PLOVER_COLUMN_COUNT, newPlover);
      imported += newEvents.size();
      keys.clear();
      eventRows.clear();
      ploverRows.clear();
    }
  }

  private Set<Long> existing(List<Long> keys) throws SQLException {
    Set<Long> found = new HashSet<>();
    String marks = String.join(", ", Collections.nCopies(keys.size(), "?"));
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT event_key FROM events WHERE event_key IN (" + marks + ")")) {
      int i = 0;
      for (long key : keys) {
        query.setLong(++i, key);
      }
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          found.add(rows.getLong(1));
        }
      }
    }
    return found;
  }

  private void insert(String head, int columns, List<Object[]> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
    String sql = head + " " + String.join(", ", Collections.nCopies(rows.size(), row));
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      int i = 0;
      for (Object[] values : rows) {
        for (Object value : values) {
          statement.setObject(++i, value);
        }
      }
      statement.executeUpdate();
    }
  }

  private static Object[] eventRow(long key, Event event, LocalDateTime now) {
    return EventRows.row(
        key,
        event,
        Origin.PLOVER.label(),
        event.docId().isEmpty() ? null : event.docId(),
        event.sentence() < 0 ? null : event.sentence(),
        event.url(),
        1,
        now);
  }
}
