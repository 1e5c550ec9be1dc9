package org.entente.store.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.entente.codebook.EventCode;
import org.entente.codebook.QuadClass;
import org.entente.event.Area;
import org.entente.event.DatePrecision;
import org.entente.event.Event;
import org.entente.event.EventActor;
import org.entente.event.Modality;
import org.entente.store.export.GdeltRow;

/**
 * Reads {@code events} rows as {@link Event} records. GDELT rows have no sentence: they come back
 * with sentence {@code -1}, empty text, document id and trigger, and their GLOBALEVENTID as id.
 */
public final class EventRows {

  /** The select list {@link #read} expects, in order. */
  public static final String SELECT =
      "SELECT coalesce(id, CAST(event_key AS VARCHAR)), coalesce(doc_id, ''),"
          + " coalesce(sentence, -1), coalesce(text, ''), coalesce(url, ''), date, date_precision,"
          + " date_from, "
          + actor("source")
          + ", "
          + actor("target")
          + ", cameo, root, quad_class, goldstein, negated, modality, coalesce(trigger, ''),"
          + " coalesce(trigger_start, 0), coalesce(trigger_end, 0), area FROM events";

  /**
   * {@link #SELECT} with GDELT's columns after the event's ({@link #readGdelt}): event_key,
   * is_root_event, num_mentions, num_sources, num_articles, avg_tone, date_added.
   */
  public static final String SELECT_WITH_GDELT =
      SELECT.replace(
          " FROM events",
          ", event_key, coalesce(is_root_event, false), coalesce(num_mentions, 1),"
              + " coalesce(num_sources, 1), coalesce(num_articles, 1), avg_tone, date_added"
              + " FROM events");

  /** How many columns {@link #SELECT} has. */
  public static final int COLUMNS = 32;

  private EventRows() {}

  /** The event in the current row of a result of {@link #SELECT_WITH_GDELT}, as a GDELT row. */
  public static GdeltRow readGdelt(ResultSet row) throws SQLException {
    double tone = row.getDouble(38);
    Double avgTone = row.wasNull() ? null : tone;
    return new GdeltRow(
        row.getLong(33),
        read(row),
        row.getBoolean(34),
        row.getInt(35),
        row.getInt(36),
        row.getInt(37),
        avgTone,
        row.getObject(39, LocalDateTime.class));
  }

  private static String actor(String side) {
    return String.format(
        "coalesce(%1$s_code, ''), %1$s_country, %1$s_agent, %1$s_name,"
            + " coalesce(%1$s_text, ''), coalesce(%1$s_start, 0), coalesce(%1$s_end, 0)",
        side);
  }

  /** The event in the current row of a result of {@link #SELECT}. */
  public static Event read(ResultSet row) throws SQLException {
    return new Event(
        row.getString(1),
        row.getString(2),
        row.getInt(3),
        row.getString(4),
        row.getString(5),
        row.getObject(6, LocalDate.class),
        DatePrecision.parse(row.getString(7)),
        row.getString(8),
        actor(row, 9),
        actor(row, 16),
        EventCode.of(row.getString(23)),
        QuadClass.ofNumber(row.getInt(25)),
        row.getDouble(26),
        row.getBoolean(27),
        Modality.parse(row.getString(28)),
        row.getString(29),
        row.getInt(30),
        row.getInt(31),
        Area.parse(row.getString(32)));
  }

  private static EventActor actor(ResultSet row, int first) throws SQLException {
    String code = row.getString(first);
    if (code.isEmpty()) {
      return EventActor.unresolved(
          row.getString(first + 3),
          row.getString(first + 4),
          row.getInt(first + 5),
          row.getInt(first + 6));
    }
    return new EventActor(
        code,
        row.getString(first + 1),
        row.getString(first + 2),
        row.getString(first + 3),
        row.getString(first + 4),
        row.getInt(first + 5),
        row.getInt(first + 6));
  }
}
