package org.entente.store.gdelt;

import static java.util.stream.Collectors.joining;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.store.CodeAreas;
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

  /** GDELT's Goldstein scale runs from −10 to 10; other values are rejected. */
  static final double GOLDSTEIN_LIMIT = 10;

  /** The message of the error a row with an invalid value raises in the statement. */
  static final String INVALID_ROW = "entente: invalid GDELT row";

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

  /**
   * The statement. Without {@code skipInvalid}, a row with an empty required field or a Goldstein
   * value that is not a number from −10 to 10 fails the whole statement (a NOT NULL violation, or
   * {@link #INVALID_ROW}); with it, such rows are left out, once {@link GdeltImporter} has reported
   * them.
   */
  static String insert(
      GdeltFormat format,
      Path file,
      Collection<String> cameoCodes,
      CodeAreas areas,
      boolean skipInvalid) {
    GdeltFormat layout = layout(format);
    String url = layout.hasSourceUrl() ? "SOURCEURL" : "NULL";
    return "INSERT INTO events (event_key, origin, url, date, date_precision, date_from,"
        + " source_code, source_country, source_agent, source_name, target_code, target_country,"
        + " target_agent, target_name, cameo, root, quad_class, goldstein, negated, modality,"
        + " area, is_root_event, num_mentions, num_sources, num_articles, avg_tone, date_added)"
        + " SELECT GLOBALEVENTID, 'gdelt', "
        + url
        + ", SQLDATE, 'day', 'document', Actor1Code, Actor1CountryCode, Actor1Type1Code,"
        + " Actor1Name, Actor2Code, Actor2CountryCode, Actor2Type1Code, Actor2Name, code,"
        + " left(code, 2), CAST(enum_code(QuadClass) + 1 AS TINYINT), "
        + checkedGoldstein(format)
        + ", false,"
        + " 'factual', "
        + areas.sqlCase("code")
        + ", IsRootEvent = 1, NumMentions, NumSources, NumArticles, AvgTone,"
        + " CAST(DATEADDED AS TIMESTAMP)"
        + " FROM (SELECT *, CAST(EventCode AS VARCHAR) AS code FROM "
        + readCsv(layout, file, cameoCodes)
        + ")"
        + (skipInvalid ? " WHERE " + valid(format) : "")
        + " ON CONFLICT DO NOTHING";
  }

  /**
   * The columns the statement reads: GDELT 1.0 files mix 57-column rows (before April 2013) and
   * 58-column rows (+ SOURCEURL), so both are read as 58 columns with the missing last one NULL and
   * each row keeps its own width.
   */
  static GdeltFormat layout(GdeltFormat format) {
    return format.dateAddedHasTime() ? format : GdeltFormat.V1_DAILY;
  }

  /**
   * The columns a row cannot do without: GDELT 1.0 also needs DATEADDED (a row too short lacks it).
   */
  static List<String> required(GdeltFormat format) {
    if (format.dateAddedHasTime()) {
      return REQUIRED;
    }
    List<String> required = new java.util.ArrayList<>(REQUIRED);
    required.add("DATEADDED");
    return List.copyOf(required);
  }

  private static String valid(GdeltFormat format) {
    return required(format).stream().map(c -> c + " IS NOT NULL").collect(joining(" AND "))
        + " AND "
        + goldsteinInRange();
  }

  private static String goldsteinInRange() {
    return "isfinite(GoldsteinScale) AND GoldsteinScale BETWEEN -"
        + GOLDSTEIN_LIMIT
        + " AND "
        + GOLDSTEIN_LIMIT;
  }

  /**
   * GoldsteinScale, or an error that fails the statement when the row is not valid: a required
   * field empty, or a Goldstein value that is NaN, infinite or outside −10…10.
   */
  private static String checkedGoldstein(GdeltFormat format) {
    return "CASE WHEN "
        + valid(format)
        + " THEN GoldsteinScale ELSE error("
        + Sql.literal(INVALID_ROW)
        + ") END";
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
        + (format.dateAddedHasTime() ? "" : " null_padding = true,")
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
