package org.entente.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.entente.core.EntenteException;
import org.entente.store.query.MonthTallies;

/**
 * The store's tables, created on first open and checked on every open. {@code docs/store.md}
 * documents each column; this class is the one place that defines them.
 *
 * <p>{@code events.event_key} is one key space for both origins: GDELT rows keep their
 * GLOBALEVENTID (below 2<sup>60</sup>); Entente's events use {@link EventKeys}, which are 2<sup>60
 * </sup> and above, so the two never collide and one primary key deduplicates both.
 */
final class StoreSchema {

  /** The schema version this code reads and writes. */
  static final int VERSION = 3;

  /**
   * The oldest version this code reads as it is: version 1 lacks {@code plover_events} (and is read
   * as having no PLOVER records), version 2 {@code month_tallies} (its cells are read from every
   * event). Opened for writing, either is upgraded to this version.
   */
  static final int OLDEST_READ = 1;

  /** Version 2's table, which a version 1 store gets when it is opened for writing. */
  private static final String PLOVER_EVENTS =
      """
      CREATE TABLE plover_events (
        event_key BIGINT PRIMARY KEY,
        plover_type VARCHAR NOT NULL,
        plover_mode VARCHAR NOT NULL,
        plover_contexts VARCHAR NOT NULL,
        plover_location VARCHAR,
        plover_file VARCHAR NOT NULL,
        plover_record VARCHAR NOT NULL)""";

  /**
   * Where events happened ({@code EventLocation}), one row per located event. Additive, so it has
   * no version of its own: a store of version 1 or 2 that lacks it gets it when opened for writing,
   * and is read as having no locations (an empty temporary table stands in) when opened to read.
   */
  private static final String EVENT_LOCATIONS =
      """
      TABLE event_locations (
        event_key BIGINT PRIMARY KEY,
        location_name VARCHAR NOT NULL,
        location_country VARCHAR NOT NULL,
        location_iso2 VARCHAR NOT NULL,
        location_lat DOUBLE NOT NULL,
        location_lon DOUBLE NOT NULL,
        location_kind VARCHAR NOT NULL,
        location_geonames_id BIGINT NOT NULL,
        location_from VARCHAR NOT NULL)""";

  private static final List<String> TABLES =
      List.of(
          """
          CREATE TABLE schema_version (
            version INTEGER NOT NULL,
            applied_at TIMESTAMP NOT NULL)""",
          """
          CREATE TABLE documents (
            id VARCHAR PRIMARY KEY,
            url VARCHAR NOT NULL,
            source VARCHAR NOT NULL,
            date DATE,
            title VARCHAR NOT NULL,
            text_hash VARCHAR NOT NULL UNIQUE,
            ingested_at TIMESTAMP NOT NULL)""",
          """
          CREATE TABLE events (
            event_key BIGINT PRIMARY KEY,
            id VARCHAR,
            origin VARCHAR NOT NULL,
            doc_id VARCHAR,
            sentence INTEGER,
            text VARCHAR,
            url VARCHAR,
            date DATE NOT NULL,
            date_precision VARCHAR NOT NULL,
            date_from VARCHAR NOT NULL,
            source_code VARCHAR,
            source_country VARCHAR,
            source_agent VARCHAR,
            source_name VARCHAR,
            source_text VARCHAR,
            source_start INTEGER,
            source_end INTEGER,
            target_code VARCHAR,
            target_country VARCHAR,
            target_agent VARCHAR,
            target_name VARCHAR,
            target_text VARCHAR,
            target_start INTEGER,
            target_end INTEGER,
            cameo VARCHAR NOT NULL,
            root VARCHAR NOT NULL,
            quad_class TINYINT NOT NULL,
            goldstein DOUBLE NOT NULL,
            negated BOOLEAN NOT NULL,
            modality VARCHAR NOT NULL,
            trigger VARCHAR,
            trigger_start INTEGER,
            trigger_end INTEGER,
            area VARCHAR NOT NULL,
            is_root_event BOOLEAN,
            num_mentions INTEGER,
            num_sources INTEGER,
            num_articles INTEGER,
            avg_tone DOUBLE,
            date_added TIMESTAMP)""",
          """
          CREATE TABLE event_mentions (
            event_key BIGINT NOT NULL,
            event_id VARCHAR NOT NULL,
            doc_id VARCHAR NOT NULL,
            sentence INTEGER NOT NULL,
            text VARCHAR NOT NULL)""",
          "CREATE INDEX event_mentions_by_key ON event_mentions (event_key)",
          """
          CREATE TABLE assessments (
            id VARCHAR PRIMARY KEY,
            doc_id VARCHAR NOT NULL,
            sentence INTEGER NOT NULL,
            text VARCHAR NOT NULL,
            url VARCHAR NOT NULL,
            date DATE NOT NULL,
            country_a VARCHAR NOT NULL,
            country_b VARCHAR NOT NULL,
            label VARCHAR NOT NULL,
            phrase VARCHAR NOT NULL)""",
          """
          CREATE TABLE actors_seen (
            code VARCHAR NOT NULL,
            text VARCHAR NOT NULL,
            count BIGINT NOT NULL,
            PRIMARY KEY (code, text))""",
          PLOVER_EVENTS,
          "CREATE " + EVENT_LOCATIONS,
          MonthTallies.TABLE,
          MonthTallies.CODES_TABLE);

  private StoreSchema() {}

  /**
   * Creates the tables in an empty database, or checks the version of an existing one and upgrades
   * an older one in one transaction: version 1 gets the empty {@code plover_events} table, versions
   * 1 and 2 the table {@code month_tallies}, filled from the events ({@link MonthTallies#refresh}).
   */
  static void createOrCheck(Connection connection, String where) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      if (!exists(statement)) {
        if (tableCount(statement) > 0) {
          throw EntenteException.userError(
              "%s is a DuckDB database but not an Entente store (it has no schema_version"
                  + " table); give another path with --db",
              where);
        }
        connection.setAutoCommit(false);
        try {
          for (String ddl : TABLES) {
            statement.execute(ddl);
          }
          statement.execute(
              "INSERT INTO schema_version VALUES (" + VERSION + ", current_localtimestamp())");
          connection.commit();
        } catch (SQLException e) {
          connection.rollback();
          throw e;
        } finally {
          connection.setAutoCommit(true);
        }
        return;
      }
      int version = checkVersion(statement, where);
      if (version < VERSION) {
        connection.setAutoCommit(false);
        try {
          if (version == 1) {
            statement.execute(PLOVER_EVENTS);
          }
          statement.execute(MonthTallies.TABLE);
          statement.execute(MonthTallies.CODES_TABLE);
          MonthTallies.refresh(connection);
          statement.execute(
              "INSERT INTO schema_version VALUES (" + VERSION + ", current_localtimestamp())");
          connection.commit();
        } catch (SQLException e) {
          connection.rollback();
          throw e;
        } finally {
          connection.setAutoCommit(true);
        }
      }
      statement.execute("CREATE " + EVENT_LOCATIONS.replace("TABLE ", "TABLE IF NOT EXISTS "));
    }
  }

  /**
   * Checks an existing store without changing it: an Entente store of this schema version or an
   * older one down to {@link #OLDEST_READ}, which is read as it is; returns the version.
   */
  static int check(Connection connection, String where) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      if (!exists(statement)) {
        throw EntenteException.userError(
            "%s is %s, not an Entente store (it has no schema_version table); give another path"
                + " with --db",
            where, tableCount(statement) > 0 ? "a DuckDB database" : "an empty DuckDB database");
      }
      int version = checkVersion(statement, where);
      if (!hasTable(statement, "event_locations")) {
        statement.execute("CREATE TEMPORARY " + EVENT_LOCATIONS);
      }
      return version;
    }
  }

  private static boolean hasTable(Statement statement, String name) throws SQLException {
    try (ResultSet rows =
        statement.executeQuery(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main'"
                + " AND table_name = '"
                + name
                + "'")) {
      rows.next();
      return rows.getInt(1) > 0;
    }
  }

  /** The store's version: this one or an older one it reads; a newer one is refused. */
  private static int checkVersion(Statement statement, String where) throws SQLException {
    try (ResultSet rows = statement.executeQuery("SELECT max(version) FROM schema_version")) {
      rows.next();
      int version = rows.getInt(1);
      if (version > VERSION || version < OLDEST_READ) {
        throw EntenteException.userError(
            "%s has store schema version %d, but this Entente reads version %d; use the"
                + " Entente that wrote it, or export its events (entente export) and import"
                + " them into a new database",
            where, version, VERSION);
      }
      return version;
    }
  }

  private static boolean exists(Statement statement) throws SQLException {
    try (ResultSet rows =
        statement.executeQuery(
            "SELECT count(*) FROM information_schema.tables"
                + " WHERE table_schema = 'main' AND table_name = 'schema_version'")) {
      rows.next();
      return rows.getInt(1) > 0;
    }
  }

  private static int tableCount(Statement statement) throws SQLException {
    try (ResultSet rows =
        statement.executeQuery(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main'")) {
      rows.next();
      return rows.getInt(1);
    }
  }
}
