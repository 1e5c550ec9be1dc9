package org.entente.store;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import org.entente.codebook.Codebook;
import org.entente.core.Document;
import org.entente.core.EntenteException;
import org.entente.core.Problem;
import org.entente.event.Assessment;
import org.entente.event.Event;
import org.entente.event.Period;
import org.entente.store.export.EventExporter;
import org.entente.store.export.ExportFormat;
import org.entente.store.gdelt.GdeltImportResult;
import org.entente.store.gdelt.GdeltImporter;
import org.entente.store.gdelt.ImportListener;
import org.entente.store.ingest.DocumentIngester;
import org.entente.store.ingest.IngestResult;
import org.entente.store.plover.PloverImportResult;
import org.entente.store.plover.PloverImporter;
import org.entente.store.query.CellQuery;
import org.entente.store.query.CountryCount;
import org.entente.store.query.EventCursor;
import org.entente.store.query.EventMention;
import org.entente.store.query.EventPage;
import org.entente.store.query.EventQueries;
import org.entente.store.query.EventQuery;
import org.entente.store.query.PairCount;
import org.entente.store.query.PeriodTally;
import org.entente.store.query.StoreCounts;
import org.entente.store.query.Tallied;

/**
 * Entente's event store: one embedded DuckDB file holding documents, events (Entente's and
 * GDELT's), the sentences behind them, assessments and the actor words seen. Created on first open;
 * its schema is documented in {@code docs/store.md}. One instance uses one connection, and its
 * methods are synchronized; DuckDB lets one process at a time write a file.
 *
 * <pre>{@code
 * try (EventStore store = EventStore.open(Path.of("entente.duckdb"))) {
 *   store.ingest(doc, events, assessments);
 *   store.importGdelt(Path.of("20150218230000.export.CSV.zip"), ImportListener.NONE);
 *   List<Event> deals = store.events(EventQuery.all().source("RUS").target("CHN").roots("06"));
 * }
 * }</pre>
 */
public final class EventStore implements AutoCloseable {

  /** The path that opens a store in memory, for tests. */
  public static final Path IN_MEMORY = Path.of(":memory:");

  private final Connection connection;
  private final String where;
  private final Codebook codebook;
  private final DocumentIngester ingester;
  private final EventQueries queries;

  /** How many writes this store has taken since it was opened ({@link #version()}). */
  private long version;

  private final boolean ploverTable; // false in a version 1 store opened to read
  private final Clock clock;
  private CodeAreas areas; // loaded with the lexicon on the first GDELT or PLOVER import

  /** A store of schema version {@code schema} (older ones are opened to read only). */
  private EventStore(Connection connection, String where, Clock clock, int schema) {
    this.connection = connection;
    this.where = where;
    this.clock = clock;
    this.ploverTable = schema >= 2;
    this.codebook = Codebook.standard();
    this.ingester = new DocumentIngester(connection, clock);
    this.queries = new EventQueries(connection, schema >= 3);
  }

  /** Opens the store at {@code path}, creating it if absent; {@link #IN_MEMORY} for tests. */
  public static EventStore open(Path path) {
    return open(path, Clock.systemUTC());
  }

  /**
   * Opens an existing store to read it only: queries use this, so a read-only file can be queried
   * and a mistyped path is an error rather than a new empty store. Other processes may read the
   * same file at the same time; none may write it meanwhile.
   */
  public static EventStore openReadOnly(Path path) {
    requireNonNull(path, "path is null");
    if (!Files.exists(path)) {
      throw EntenteException.userError(
          "there is no store at %s; check --db (entente ingest or entente import gdelt creates"
              + " one)",
          path);
    }
    if (Files.isDirectory(path)) {
      throw EntenteException.userError(
          "%s is a folder, not a store; give the store's file with --db", path);
    }
    String where = path.toString();
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    try {
      Connection connection = DriverManager.getConnection("jdbc:duckdb:" + path, readOnly);
      int version;
      try {
        version = StoreSchema.check(connection, where);
      } catch (SQLException | RuntimeException e) {
        connection.close();
        throw e;
      }
      return new EventStore(connection, where, Clock.systemUTC(), version);
    } catch (SQLException e) {
      throw Sql.failure(e, "opening the store " + where);
    }
  }

  /** As {@link #open(Path)}, with the clock that stamps ingest times. */
  public static EventStore open(Path path, Clock clock) {
    requireNonNull(path, "path is null");
    requireNonNull(clock, "clock is null");
    boolean memory = path.equals(IN_MEMORY);
    Path parent = path.toAbsolutePath().getParent();
    if (!memory && parent != null && !Files.isDirectory(parent)) {
      throw EntenteException.userError(
          "cannot open the store %s: the folder %s does not exist (create it, or give another"
              + " --db)",
          path, parent);
    }
    String where = memory ? "the in-memory store" : path.toString();
    if (!memory && Files.isDirectory(path)) {
      throw EntenteException.userError(
          "%s is a folder, not a store; give a file path with --db", path);
    }
    try {
      Connection connection = DriverManager.getConnection("jdbc:duckdb:" + (memory ? "" : path));
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET enable_progress_bar = true");
        statement.execute("SET enable_progress_bar_print = false");
        StoreSchema.createOrCheck(connection, where);
      } catch (SQLException | RuntimeException e) {
        connection.close();
        throw e;
      }
      return new EventStore(connection, where, clock, StoreSchema.VERSION);
    } catch (SQLException e) {
      throw Sql.failure(e, "opening the store " + where);
    }
  }

  /** Stores a coded document in one transaction; a document already stored adds nothing. */
  public synchronized IngestResult ingest(
      Document doc, List<Event> events, List<Assessment> assessments) {
    version++;
    try {
      return ingester.ingest(doc, events, assessments);
    } catch (SQLException e) {
      throw Sql.failure(e, "storing document " + doc.id() + " in " + where);
    }
  }

  /**
   * What {@link #ingest} would say of this document without storing it: already stored (same id and
   * text, or same text under another id), a conflict (a different text under its id), or empty when
   * it is new. Lets a caller skip stored documents before coding them.
   */
  public synchronized Optional<IngestResult> findStored(Document doc) {
    try {
      return ingester.findStored(doc);
    } catch (SQLException e) {
      throw Sql.failure(e, "looking up document " + doc.id() + " in " + where);
    }
  }

  /**
   * The id under which {@code entente ingest} keeps a document whose id is stored with a different
   * text: {@code id#2}, or the next number no stored document has.
   */
  public synchronized String unusedId(String id) {
    return unusedId(id, taken -> false);
  }

  /** As {@link #unusedId(String)}, also passing over the ids {@code alsoTaken} accepts. */
  public synchronized String unusedId(String id, java.util.function.Predicate<String> alsoTaken) {
    try {
      return ingester.unusedId(id, alsoTaken);
    } catch (SQLException e) {
      throw Sql.failure(e, "looking up ids in " + where);
    }
  }

  /** Imports a GDELT 1.0 or 2.0 event file (plain, .zip or .gz); malformed rows are skipped. */
  public synchronized GdeltImportResult importGdelt(Path file, ImportListener listener) {
    version++;
    try {
      if (areas == null) {
        areas = CodeAreas.standard(codebook);
      }
      return new GdeltImporter(connection, codebook, areas).importFile(file, listener);
    } catch (SQLException e) {
      throw Sql.failure(e, "importing " + file + " into " + where);
    } catch (IOException e) {
      throw new EntenteException(
          EntenteException.Kind.BAD_DATA,
          file + ": cannot read the file (" + e.getMessage() + "); is it a complete download?",
          e);
    }
  }

  /**
   * Imports a file of PLOVER records (JSON Lines, or a JSON array of records; plain or .gz) in one
   * transaction: each record's events are stored with origin {@code plover} and the PLOVER type,
   * mode, contexts and location they were read with; a record that cannot be read is reported to
   * {@code problems} and skipped; events already stored add nothing.
   */
  public synchronized PloverImportResult importPlover(Path file, Consumer<Problem> problems) {
    version++;
    try {
      if (areas == null) {
        areas = CodeAreas.standard(codebook);
      }
      return new PloverImporter(connection, codebook, areas, clock).importFile(file, problems);
    } catch (SQLException e) {
      throw Sql.failure(e, "importing " + file + " into " + where);
    } catch (IOException e) {
      throw new EntenteException(
          EntenteException.Kind.BAD_DATA,
          file + ": cannot read the file (" + e.getMessage() + "); is it a complete download?",
          e);
    }
  }

  /** Writes the events the query selects to a file; returns how many. */
  public synchronized long export(ExportFormat format, Path out, EventQuery query) {
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw EntenteException.userError(
          "cannot write %s: the folder %s does not exist (create it, or give another --out)",
          out, parent);
    }
    if (Files.isDirectory(out)) {
      throw EntenteException.userError(
          "cannot write %s: it is a folder; give a file name with --out", out);
    }
    try {
      return new EventExporter(connection, ploverTable).export(format, out, query);
    } catch (SQLException e) {
      throw Sql.failure(e, "exporting " + format.label() + " to " + out);
    } catch (IOException e) {
      throw Sql.writeFailure(e, out);
    }
  }

  /**
   * Writes the events the query selects, GDELT rows, JSON Lines or PLOVER records, to a stream;
   * returns how many (PLOVER: records written).
   */
  public synchronized long export(ExportFormat format, Writer out, EventQuery query) {
    if (format == ExportFormat.PARQUET) {
      throw EntenteException.userError(
          "Parquet is a binary format; export it to a file (--out events.parquet)");
    }
    try {
      return new EventExporter(connection, ploverTable).export(format, out, query);
    } catch (SQLException e) {
      throw Sql.failure(e, "exporting " + format.label());
    } catch (IOException e) {
      throw new EntenteException(
          EntenteException.Kind.USER_ERROR,
          "cannot write the " + format.label() + " export: " + e.getMessage(),
          e);
    }
  }

  /** The events the query selects, by date; use a limit or {@link #forEachEvent} for many. */
  public synchronized List<Event> events(EventQuery query) {
    try {
      return queries.list(query);
    } catch (SQLException e) {
      throw Sql.failure(e, "reading events from " + where);
    }
  }

  /** Streams the events the query selects, by date; returns how many. */
  public synchronized long forEachEvent(EventQuery query, Consumer<Event> action) {
    try {
      return queries.forEach(query, action);
    } catch (SQLException e) {
      throw Sql.failure(e, "reading events from " + where);
    }
  }

  /** A page of the events the query selects, after {@code after} ({@code null}: the first). */
  public synchronized EventPage eventPage(EventQuery query, EventCursor after, int size) {
    try {
      return queries.page(query, after, size);
    } catch (SQLException e) {
      throw Sql.failure(e, "reading events from " + where);
    }
  }

  /** The countries of the events the query selects, with their event counts, most first. */
  public synchronized List<CountryCount> countries(EventQuery query) {
    try {
      return queries.countries(query);
    } catch (SQLException e) {
      throw Sql.failure(e, "counting countries in " + where);
    }
  }

  /** The pairs of countries of the events the query selects, with their counts, most first. */
  public synchronized List<PairCount> pairs(EventQuery query) {
    try {
      return queries.pairs(query);
    } catch (SQLException e) {
      throw Sql.failure(e, "counting pairs in " + where);
    }
  }

  /** Counts and Goldstein sums per period, direction and quad class. */
  public synchronized List<PeriodTally> tally(EventQuery query, Period period) {
    try {
      return queries.tally(query, period);
    } catch (SQLException e) {
      throw Sql.failure(e, "tallying events in " + where);
    }
  }

  /**
   * The events of the query's countries tallied by cell (direction, period, status, and among the
   * countries quad class and area), each with its oldest ids and strongest events, and the few
   * events the query reads in full: what the relationship model reads instead of every event.
   */
  public synchronized Tallied cells(CellQuery query) {
    try {
      return queries.cells(query);
    } catch (SQLException e) {
      throw Sql.failure(e, "tallying events in " + where);
    }
  }

  /** Assessments of the dyad {a, b}; {@code null} window ends are open. */
  public synchronized List<Assessment> assessments(
      String a, String b, LocalDate from, LocalDate to) {
    try {
      return queries.assessments(a, b, from, to);
    } catch (SQLException e) {
      throw Sql.failure(e, "reading assessments from " + where);
    }
  }

  /** The sentences that reported this event (none for GDELT rows). */
  public synchronized List<EventMention> mentions(Event event) {
    try {
      return queries.mentions(EventKeys.of(event));
    } catch (SQLException e) {
      throw Sql.failure(e, "reading the evidence of event " + event.id() + " from " + where);
    }
  }

  /**
   * A number that changes whenever this store takes a write (an ingest or an import) through this
   * object: what a cache of answers read from it is keyed by. Another process cannot write a store
   * this one holds open for writing (DuckDB allows one writer per file).
   */
  public synchronized long version() {
    return version;
  }

  public synchronized StoreCounts counts() {
    try {
      return queries.counts();
    } catch (SQLException e) {
      throw Sql.failure(e, "counting rows in " + where);
    }
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw Sql.failure(e, "closing " + where);
    }
  }
}
