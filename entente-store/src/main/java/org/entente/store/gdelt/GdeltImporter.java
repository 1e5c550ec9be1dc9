package org.entente.store.gdelt;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.duckdb.DuckDBPreparedStatement;
import org.entente.codebook.CameoCode;
import org.entente.codebook.Codebook;
import org.entente.core.Problem;
import org.entente.store.CodeAreas;
import org.entente.store.query.MonthTallies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports GDELT 1.0 and 2.0 event files into {@code events}, fast: DuckDB reads and types the file
 * itself in one statement (see {@link GdeltImportSql}) instead of rows crossing JDBC one by one; a
 * Java pass only explains the lines DuckDB rejected. Each file is imported in one statement, so it
 * is imported whole or not at all; importing it again adds nothing, GLOBALEVENTID being the key.
 * The statement and the update of the store's tallies by month ({@link MonthTallies}) are one
 * transaction.
 *
 * <pre>{@code
 * GdeltImportResult result = importer.importFile(Path.of("20150218230000.export.CSV.zip"), listener);
 * // 20150218230000.export.CSV.zip (GDELT 2.0 event export, 61 columns): 1874 rows, 1873 imported…
 * }</pre>
 */
public final class GdeltImporter {

  private static final Logger LOG = LoggerFactory.getLogger(GdeltImporter.class);

  private final Connection connection;
  private final Set<String> cameoCodes;
  private final CodeAreas areas;

  public GdeltImporter(Connection connection, Codebook codebook, CodeAreas areas) {
    this.connection = requireNonNull(connection, "connection is null");
    this.areas = requireNonNull(areas, "areas is null");
    this.cameoCodes =
        codebook.codes().stream()
            .map(CameoCode::code)
            .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  public GdeltImportResult importFile(Path file, ImportListener listener)
      throws SQLException, IOException {
    requireNonNull(listener, "listener is null");
    long rows = 0;
    long imported = 0;
    long rejected = 0;
    List<Problem> problems = new ArrayList<>();
    GdeltFormat format = null;
    try (GdeltInput input = GdeltInput.open(file)) {
      for (GdeltInput.Part part : input.parts()) {
        format = format == null ? part.format() : format;
        rows += part.lines();
        List<Problem> invalid = List.of();
        long added;
        try {
          added = insert(part, listener, false);
        } catch (SQLException e) {
          String message = String.valueOf(e.getMessage());
          if (!message.contains("NOT NULL constraint failed")
              && !message.contains(GdeltImportSql.INVALID_ROW)) {
            throw e;
          }
          invalid = findInvalid(part);
          added = insert(part, listener, true);
        }
        imported += added;
        rejected += reportRejects(part, invalid, listener, problems);
        listener.progress(part.name(), part.lines(), part.lines());
      }
    }
    GdeltImportResult result =
        new GdeltImportResult(
            file.getFileName().toString(),
            format,
            rows,
            imported,
            Math.max(0, rows - imported - rejected),
            rejected,
            problems);
    LOG.info("{}", result.describe());
    return result;
  }

  /**
   * Runs the statement, and brings {@code month_tallies} up to date with the rows it added ({@link
   * MonthTallies#refresh}), in one transaction: a failed or interrupted import leaves both as they
   * were.
   */
  private long insert(GdeltInput.Part part, ImportListener listener, boolean skipInvalid)
      throws SQLException {
    dropRejects();
    String sql = GdeltImportSql.insert(part.format(), part.path(), cameoCodes, areas, skipInvalid);
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (DuckDBPreparedStatement statement =
        connection.prepareStatement(sql).unwrap(DuckDBPreparedStatement.class)) {
      long added;
      try (ProgressWatcher watcher =
          new ProgressWatcher(statement, part.name(), part.lines(), listener)) {
        added = statement.executeLargeUpdate();
      }
      if (added > 0) {
        MonthTallies.refresh(connection);
      }
      connection.commit();
      return added;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  /**
   * The Java pass for the lines the statement refuses but DuckDB does not reject: an empty required
   * field (read as NULL), a GoldsteinScale outside −10…10, a GDELT 1.0 row shorter than 57 columns.
   */
  private List<Problem> findInvalid(GdeltInput.Part part) throws IOException {
    GdeltRowCheck check = new GdeltRowCheck(part.format(), cameoCodes);
    List<Problem> found = new ArrayList<>();
    try (BufferedReader lines = part.open()) {
      String line;
      long number = 0;
      while ((line = lines.readLine()) != null) {
        number++;
        Optional<String> problem = check.invalid(line);
        if (problem.isPresent()) {
          found.add(Problem.ofRow(part.name(), number, problem.get()));
        }
      }
    }
    return found;
  }

  private static void report(Problem problem, ImportListener listener, List<Problem> kept) {
    listener.problem(problem);
    if (kept.size() < GdeltImportResult.PROBLEMS_KEPT) {
      kept.add(problem);
    }
  }

  /**
   * Reports DuckDB's rejected lines merged in line order with {@code found} (lines the Java pass
   * rejected); returns how many lines were rejected in all.
   */
  private long reportRejects(
      GdeltInput.Part part, List<Problem> found, ImportListener listener, List<Problem> kept)
      throws SQLException {
    GdeltRowCheck check = new GdeltRowCheck(part.format(), cameoCodes);
    long count = found.size();
    int next = 0;
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(GdeltImportSql.rejects())) {
      while (rows.next()) {
        long number = rows.getLong(1);
        while (next < found.size() && found.get(next).line() <= number) {
          Problem empty = found.get(next++);
          if (empty.line() < number) {
            report(empty, listener, kept);
          } else {
            count--; // DuckDB rejected the same line for another reason; say that once
          }
        }
        String line = rows.getString(2);
        String message =
            check.problem(line == null ? "" : line).orElse(rows.getString(3).replace('\n', ' '));
        report(Problem.ofRow(part.name(), number, message), listener, kept);
        count++;
      }
    }
    while (next < found.size()) {
      report(found.get(next++), listener, kept);
    }
    dropRejects();
    return count;
  }

  private void dropRejects() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String drop : GdeltImportSql.dropRejects()) {
        statement.execute(drop);
      }
    }
  }
}
