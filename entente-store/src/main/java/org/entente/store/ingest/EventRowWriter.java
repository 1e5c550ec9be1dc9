package org.entente.store.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import org.entente.core.Document;
import org.entente.event.Event;
import org.entente.event.EventLocation;
import org.entente.store.EventRows;

/**
 * Writes and updates the {@code events} rows of Entente's own events, inside the ingest
 * transaction. A new key gets a full row from its first report; a known key only has its counts
 * raised, the way GDELT counts NumMentions, NumSources and NumArticles.
 */
final class EventRowWriter implements AutoCloseable {

  private final Connection connection;
  private final MultiRowInsert inserts;
  private final MultiRowInsert locations =
      new MultiRowInsert("INSERT INTO event_locations VALUES", 9, "");
  private final PreparedStatement addReports;
  private final PreparedStatement sameSource;

  EventRowWriter(Connection connection) throws SQLException {
    this.connection = connection;
    this.inserts =
        new MultiRowInsert(
            "INSERT INTO events (" + EventRows.COLUMNS + ") VALUES", EventRows.COLUMN_COUNT, "");
    this.addReports =
        connection.prepareStatement(
            "UPDATE events SET num_mentions = num_mentions + ?, num_articles = num_articles + 1,"
                + " num_sources = num_sources + ? WHERE event_key = ?");
    this.sameSource =
        connection.prepareStatement(
            "SELECT count(*) FROM event_mentions m JOIN documents d ON d.id = m.doc_id"
                + " WHERE m.event_key = ? AND d.source = ?");
  }

  /** The keys among {@code keys} that the store already has. */
  Set<Long> existing(Collection<Long> keys) throws SQLException {
    Set<Long> found = new HashSet<>();
    if (keys.isEmpty()) {
      return found;
    }
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

  /** Raises the counts of a known event by this document's reports. */
  void addReports(long key, int mentions, String source) throws SQLException {
    sameSource.setLong(1, key);
    sameSource.setString(2, source);
    boolean newSource;
    try (ResultSet rows = sameSource.executeQuery()) {
      rows.next();
      newSource = rows.getLong(1) == 0;
    }
    addReports.setInt(1, mentions);
    addReports.setInt(2, newSource ? 1 : 0);
    addReports.setLong(3, key);
    addReports.executeUpdate();
  }

  /** Queues the row of a new event, from its first report; {@link #flush} writes them. */
  void insert(long key, Event event, Document doc, int mentions, LocalDateTime now) {
    inserts.add(
        EventRows.row(
            key,
            event,
            "entente",
            event.docId(),
            event.sentence(),
            event.url().isEmpty() ? doc.url() : event.url(),
            mentions,
            now));
    EventLocation place = event.location();
    if (place != null) {
      locations.add(
          key,
          place.name(),
          place.country(),
          place.iso2(),
          place.latitude(),
          place.longitude(),
          place.kind(),
          place.geonamesId(),
          place.from());
    }
  }

  void flush() throws SQLException {
    inserts.execute(connection);
    locations.execute(connection);
  }

  @Override
  public void close() throws SQLException {
    addReports.close();
    sameSource.close();
  }
}
