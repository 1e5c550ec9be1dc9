package org.entente.store.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The {@code SELECT} that writes {@code events} rows as GDELT 2.0's 61 event columns. Columns the
 * store does not keep (known group, ethnicity, religion, second and third types, the three
 * geographies) are blank. Entente's own events carry their key as GLOBALEVENTID, their first ingest
 * time as DATEADDED and their counts as NumMentions, NumSources and NumArticles. Tabs and line
 * breaks inside values become spaces, so every row keeps its 61 columns.
 */
final class GdeltExportSql {

  private GdeltExportSql() {}

  static String select() {
    List<String> columns = new ArrayList<>();
    columns.add("event_key");
    columns.add("strftime(date, '%Y%m%d')");
    columns.add("strftime(date, '%Y%m')");
    columns.add("year(date)");
    columns.add("printf('%.4f', year(date) + ((month(date) - 1) * 30 + day(date)) / 365.0)");
    actor(columns, "source");
    actor(columns, "target");
    columns.add("CAST(is_root_event AS INTEGER)");
    columns.add("cameo");
    columns.add("CASE WHEN length(cameo) > 3 THEN left(cameo, 3) ELSE cameo END");
    columns.add("root");
    columns.add("quad_class");
    columns.add("goldstein");
    columns.add("num_mentions");
    columns.add("num_sources");
    columns.add("num_articles");
    columns.add("avg_tone");
    columns.addAll(Collections.nCopies(3 * 8, "NULL"));
    columns.add("strftime(date_added, '%Y%m%d%H%M%S')");
    columns.add(clean("url"));
    return "SELECT " + String.join(", ", columns) + " FROM events";
  }

  private static void actor(List<String> columns, String side) {
    columns.add(clean(side + "_code"));
    columns.add(clean(side + "_name"));
    columns.add(clean(side + "_country"));
    columns.addAll(Collections.nCopies(4, "NULL"));
    columns.add(clean(side + "_agent"));
    columns.addAll(Collections.nCopies(2, "NULL"));
  }

  private static String clean(String column) {
    return "nullif(regexp_replace(" + column + ", '[\\t\\r\\n]', ' ', 'g'), '')";
  }
}
