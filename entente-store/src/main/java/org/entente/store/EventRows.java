package org.entente.store;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.entente.event.Event;
import org.entente.event.EventActor;

/**
 * The one row layout of the {@code events} table for an event that is inserted whole: by ingest
 * (coded events) and by the PLOVER import. GDELT rows come from DuckDB's own reader instead.
 */
public final class EventRows {

  /** The columns {@link #row} fills, in its order. */
  public static final String COLUMNS =
      "event_key, id, origin, doc_id, sentence, text, url, date, date_precision, date_from,"
          + " source_code, source_country, source_agent, source_name, source_text, source_start,"
          + " source_end, target_code, target_country, target_agent, target_name, target_text,"
          + " target_start, target_end, cameo, root, quad_class, goldstein, negated, modality,"
          + " trigger, trigger_start, trigger_end, area, is_root_event, num_mentions, num_sources,"
          + " num_articles, avg_tone, date_added";

  /** How many columns {@link #COLUMNS} names. */
  public static final int COLUMN_COUNT = COLUMNS.split(",").length;

  private EventRows() {}

  /**
   * The values of {@link #COLUMNS} for {@code event}; the caller gives what its origin decides: the
   * origin's label, the document id and sentence (or null), the url and the number of mentions.
   */
  public static Object[] row(
      long key,
      Event event,
      String origin,
      String docId,
      Integer sentence,
      String url,
      int mentions,
      LocalDateTime now) {
    List<Object> row = new ArrayList<>(COLUMN_COUNT);
    Collections.addAll(
        row,
        key,
        event.id(),
        origin,
        docId,
        sentence,
        event.text(),
        url,
        event.date(),
        event.datePrecision().label(),
        event.dateFrom());
    actor(row, event.source());
    actor(row, event.target());
    Collections.addAll(
        row,
        event.cameo().code(),
        event.root(),
        event.quadClass().number(),
        event.goldstein(),
        event.negated(),
        event.modality().label(),
        event.trigger(),
        event.triggerStart(),
        event.triggerEnd(),
        event.area().label(),
        event.sentence() == 0,
        mentions,
        1,
        1,
        null,
        now);
    return row.toArray();
  }

  private static void actor(List<Object> row, EventActor actor) {
    Collections.addAll(
        row,
        actor.code(),
        actor.country(),
        actor.agent(),
        actor.name(),
        actor.text(),
        actor.start(),
        actor.end());
  }
}
