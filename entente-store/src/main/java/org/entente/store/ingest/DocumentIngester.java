package org.entente.store.ingest;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.entente.core.Document;
import org.entente.event.Assessment;
import org.entente.event.Event;
import org.entente.event.EventActor;
import org.entente.store.EventKeys;

/**
 * Stores one coded document in one transaction: its row, its events (new keys get a row, known keys
 * have their counts raised), every reporting sentence as a mention, its assessments and the actor
 * words it used. A process killed at any moment leaves the document fully stored or absent; a
 * document already present (same id and text, or same {@link TextHash} under another id) adds
 * nothing, and a different text under a stored id is a conflict that stores nothing ({@link
 * IngestResult.Status#ID_CONFLICT}); {@code entente ingest} then stores it under {@link #unusedId}.
 *
 * <pre>{@code
 * IngestResult result = new DocumentIngester(connection, clock).ingest(doc, events, assessments);
 * // doc-7: stored; 3 new events, 2 merged into known events, 5 mentions, 1 assessments
 * }</pre>
 */
public final class DocumentIngester {

  /** What joins an id and the number of the next document of a conflict: {@code d1#2}. */
  public static final String CONFLICT_SEPARATOR = "#";

  private final Connection connection;
  private final Clock clock;

  public DocumentIngester(Connection connection, Clock clock) {
    this.connection = requireNonNull(connection, "connection is null");
    this.clock = requireNonNull(clock, "clock is null");
  }

  public IngestResult ingest(Document doc, List<Event> events, List<Assessment> assessments)
      throws SQLException {
    checkBelong(doc, events, assessments);
    String hash = TextHash.of(doc.text());
    connection.setAutoCommit(false);
    try {
      Optional<IngestResult> duplicate = findStored(doc, hash);
      if (duplicate.isPresent()) {
        connection.rollback();
        return duplicate.get();
      }
      LocalDateTime now = LocalDateTime.now(clock);
      insertDocument(doc, hash, now);
      Map<Long, Map<String, Event>> reports = byKey(events);
      int fresh = 0;
      int mentions = 0;
      try (EventRowWriter rows = new EventRowWriter(connection)) {
        Set<Long> known = rows.existing(reports.keySet());
        for (Map.Entry<Long, Map<String, Event>> entry : reports.entrySet()) {
          long key = entry.getKey();
          int count = entry.getValue().size();
          if (known.contains(key)) {
            rows.addReports(key, count, doc.source());
          } else {
            rows.insert(key, entry.getValue().values().iterator().next(), doc, count, now);
            fresh++;
          }
          mentions += count;
        }
        rows.flush();
      }
      insertMentions(reports);
      insertAssessments(assessments);
      countActors(reports);
      connection.commit();
      return new IngestResult(
          doc.id(),
          IngestResult.Status.STORED,
          doc.id(),
          fresh,
          reports.size() - fresh,
          mentions,
          assessments.size());
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  private static void checkBelong(Document doc, List<Event> events, List<Assessment> assessments) {
    requireNonNull(doc, "doc is null");
    for (Event event : requireNonNull(events, "events is null")) {
      if (!event.docId().equals(doc.id())) {
        throw new IllegalArgumentException(
            "event " + event.id() + " belongs to " + event.docId() + ", not to " + doc.id());
      }
    }
    for (Assessment assessment : requireNonNull(assessments, "assessments is null")) {
      if (!assessment.docId().equals(doc.id())) {
        throw new IllegalArgumentException(
            "assessment "
                + assessment.id()
                + " belongs to "
                + assessment.docId()
                + ", not to "
                + doc.id());
      }
    }
  }

  /**
   * Whether the document is stored already (its text under its id or another), or its id holds a
   * different text (a conflict): what {@link #ingest} would answer without storing, so a caller can
   * skip a stored document before coding it.
   */
  public Optional<IngestResult> findStored(Document doc) throws SQLException {
    return findStored(doc, TextHash.of(doc.text()));
  }

  /** The first of {@code id#2}, {@code id#3}, … no stored document has. */
  public String unusedId(String id, java.util.function.Predicate<String> alsoTaken)
      throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT 1 FROM documents WHERE id = ?")) {
      for (int n = 2; ; n++) {
        String candidate = id + CONFLICT_SEPARATOR + n;
        if (alsoTaken.test(candidate)) {
          continue;
        }
        query.setString(1, candidate);
        try (ResultSet rows = query.executeQuery()) {
          if (!rows.next()) {
            return candidate;
          }
        }
      }
    }
  }

  private Optional<IngestResult> findStored(Document doc, String hash) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT id, text_hash = ? FROM documents WHERE id = ? OR text_hash = ?"
                + " ORDER BY text_hash = ? DESC, id = ? DESC LIMIT 1")) {
      query.setString(1, hash);
      query.setString(2, doc.id());
      query.setString(3, hash);
      query.setString(4, hash);
      query.setString(5, doc.id());
      try (ResultSet rows = query.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        String existing = rows.getString(1);
        boolean sameText = rows.getBoolean(2);
        IngestResult.Status status =
            !sameText
                ? IngestResult.Status.ID_CONFLICT
                : existing.equals(doc.id())
                    ? IngestResult.Status.DUPLICATE_ID
                    : IngestResult.Status.DUPLICATE_TEXT;
        return Optional.of(IngestResult.duplicate(doc.id(), status, existing));
      }
    }
  }

  private void insertDocument(Document doc, String hash, LocalDateTime now) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, doc.id());
      insert.setString(2, doc.url());
      insert.setString(3, doc.source());
      insert.setObject(4, doc.date());
      insert.setString(5, doc.title());
      insert.setString(6, hash);
      insert.setObject(7, now);
      insert.executeUpdate();
    }
  }

  /** Reports grouped by event key, each group keyed by event id so a repeat counts once. */
  private static Map<Long, Map<String, Event>> byKey(List<Event> events) {
    Map<Long, Map<String, Event>> reports = new LinkedHashMap<>();
    for (Event event : events) {
      reports
          .computeIfAbsent(EventKeys.of(event), key -> new LinkedHashMap<>())
          .putIfAbsent(event.id(), event);
    }
    return reports;
  }

  private void insertMentions(Map<Long, Map<String, Event>> reports) throws SQLException {
    MultiRowInsert insert = new MultiRowInsert("INSERT INTO event_mentions VALUES", 5, "");
    for (Map.Entry<Long, Map<String, Event>> entry : reports.entrySet()) {
      for (Event event : entry.getValue().values()) {
        insert.add(entry.getKey(), event.id(), event.docId(), event.sentence(), event.text());
      }
    }
    insert.execute(connection);
  }

  private void insertAssessments(List<Assessment> assessments) throws SQLException {
    MultiRowInsert insert =
        new MultiRowInsert("INSERT INTO assessments VALUES", 10, "ON CONFLICT (id) DO NOTHING");
    for (Assessment a : assessments) {
      insert.add(
          a.id(),
          a.docId(),
          a.sentence(),
          a.text(),
          a.url(),
          a.date(),
          a.countryA(),
          a.countryB(),
          a.label(),
          a.phrase());
    }
    insert.execute(connection);
  }

  /** Adds each actor's (code, words) pair of every mention to {@code actors_seen}. */
  private void countActors(Map<Long, Map<String, Event>> reports) throws SQLException {
    Map<List<String>, Integer> counts = new LinkedHashMap<>();
    for (Map<String, Event> group : reports.values()) {
      for (Event event : group.values()) {
        for (EventActor actor : List.of(event.source(), event.target())) {
          if (!actor.text().isBlank()) {
            counts.merge(List.of(actor.code(), actor.text()), 1, Integer::sum);
          }
        }
      }
    }
    MultiRowInsert upsert =
        new MultiRowInsert(
            "INSERT INTO actors_seen VALUES",
            3,
            "ON CONFLICT (code, text) DO UPDATE SET count = actors_seen.count + excluded.count");
    for (Map.Entry<List<String>, Integer> entry : counts.entrySet()) {
      upsert.add(entry.getKey().get(0), entry.getKey().get(1), (long) entry.getValue());
    }
    upsert.execute(connection);
  }
}
