package org.entente.store.gdelt;

import static java.util.stream.Collectors.joining;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.store.RootAreas;
import org.entente.store.Sql;

/**
 * The one SQL statement that imports a GDELT file: DuckDB's {@code read_csv} with every column
 * typed, so that a wrong column count, a bad date, number or CAMEO code (an {@code ENUM} of the
 * codebook) becomes a reject DuckDB records with its line, and the valid rows go straight into
 * {@code events}. Rows whose GLOBALEVENTID is already stored are skipped by the primary key.
 *
 * <p>An empty required field reads as NULL and fails the statement on a NOT NULL column of {@code
 * events}; {@link GdeltImporter} then finds those lines itself and runs the statement again with
 * {@code skipEmptyRequired}. (DuckDB's {@code force_not_null} would make them rejects, but in
 * DuckDB 1.4 it picks the wrong columns once the scan reads only some of them.)
 */
final class GdeltImportSql {

  /** DuckDB's temporary table of rejected lines. */
  static final String REJECTS = "entente_gdelt_rejects";

  static final String REJECT_SCANS = "entente_gdelt_reject_scans";

  /** Required columns: a row with one of them empty is malformed. */
  static final List<String> REQUIRED =
      List.of("GLOBALEVENTID", "SQLDATE", "EventCode", "QuadClass", "GoldsteinScale");

  private static final Map<String, String> TYPES =
      Map.of(
          "GLOBALEVENTID", "BIGINT",
          "SQLDATE", "DATE",
          "IsRootEvent", "INTEGER",
          "QuadClass", "ENUM('1', '2', '3', '4')",
          "GoldsteinScale", "DOUBLE",
          "NumMentions", "INTEGER",
          "NumSources", "INTEGER",
          "NumArticles", "INTEGER",
          "AvgTone", "DOUBLE");

  private GdeltImportSql() {}

  static String insert(
      GdeltFormat format, Path file, Collection<String> cameoCodes, boolean skipEmptyRequired) {
    String url = format.hasSourceUrl() ? "SOURCEURL" : "NULL";
    return "INSERT INTO events (event_key, origin, url, date, date_precision, date_from,"
        + " source_code, source_country, source_agent, source_name, target_code, target_country,"
        + " target_agent, target_name, cameo, root, quad_class, goldstein, negated, modality,"
        + " area, is_root_event, num_mentions, num_sources, num_articles, avg_tone, date_added)"
        + " SELECT GLOBALEVENTID, 'gdelt', "
        + url
        + ", SQLDATE, 'day', 'document', Actor1Code, Actor1CountryCode, Actor1Type1Code,"
        + " Actor1Name, Actor2Code, Actor2CountryCode, Actor2Type1Code, Actor2Name, code,"
        + " left(code, 2), CAST(enum_code(QuadClass) + 1 AS TINYINT), GoldsteinScale, false,"
        + " 'factual', "
        + RootAreas.sqlCase("left(code, 2)")
        + ", IsRootEvent = 1, NumMentions, NumSources, NumArticles, AvgTone,"
        + " CAST(DATEADDED AS TIMESTAMP)"
        + " FROM (SELECT *, CAST(EventCode AS VARCHAR) AS code FROM "
        + readCsv(format, file, cameoCodes)
        + ")"
        + (skipEmptyRequired
            ? REQUIRED.stream()
                .map(c -> c + " IS NOT NULL")
                .collect(joining(" AND ", " WHERE ", ""))
            : "")
        + " ON CONFLICT DO NOTHING";
  }

  private static String readCsv(GdeltFormat format, Path file, Collection<String> cameoCodes) {
    String codes = cameoCodes.stream().map(code -> Sql.literal(code)).collect(joining(", "));
    String columns =
        format.columns().stream()
            .map(name -> Sql.literal(name) + ": " + Sql.literal(type(format, name, codes)))
            .collect(joining(", ", "{", "}"));
    return "read_csv("
        + Sql.literal(file.toString())
        + ", delim = '\\t', header = false, quote = '', escape = '', auto_detect = false,"
        + " columns = "
        + columns
        + ", dateformat = '%Y%m%d', timestampformat = '%Y%m%d%H%M%S',"
        + " store_rejects = true, rejects_table = '"
        + REJECTS
        + "', rejects_scan = '"
        + REJECT_SCANS
        + "')";
  }

  private static String type(GdeltFormat format, String column, String codes) {
    if (column.equals("EventCode")) {
      return "ENUM(" + codes + ")";
    }
    if (column.equals("DATEADDED")) {
      return format.dateAddedHasTime() ? "TIMESTAMP" : "DATE";
    }
    return TYPES.getOrDefault(column, "VARCHAR");
  }

  /** The rejected lines of the last import, one row per line with all its errors. */
  static String rejects() {
    return "SELECT line, any_value(csv_line), string_agg(DISTINCT error_message, '; ')"
        + " FROM "
        + REJECTS
        + " GROUP BY line ORDER BY line";
  }

  static Set<String> dropRejects() {
    return Set.of("DROP TABLE IF EXISTS " + REJECTS, "DROP TABLE IF EXISTS " + REJECT_SCANS);
  }
}
