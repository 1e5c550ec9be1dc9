package org.entente.store.gdelt;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Says what is wrong with a GDELT line DuckDB rejected, in words a person can act on: {@code
 * expected 61 tab-separated columns (GDELT 2.0 event export), found 60}, {@code SQLDATE '20151399'
 * is not a date (YYYYMMDD)}, {@code EventCode '999' is not a CAMEO event code}. It checks the same
 * things the import's column types do; DuckDB decides which rows are rejected, this only explains.
 */
final class GdeltRowCheck {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);
  private static final List<String> WHOLE =
      List.of("GLOBALEVENTID", "IsRootEvent", "NumMentions", "NumSources", "NumArticles");
  private static final List<String> DECIMAL = List.of("GoldsteinScale", "AvgTone");

  private final GdeltFormat format;
  private final GdeltFormat layout;
  private final Set<String> cameoCodes;

  GdeltRowCheck(GdeltFormat format, Set<String> cameoCodes) {
    this.format = format;
    this.layout = GdeltImportSql.layout(format);
    this.cameoCodes = cameoCodes;
  }

  /**
   * What makes the import statement refuse a line DuckDB itself reads: a GDELT 1.0 line shorter
   * than 57 columns, an empty required field ("EventCode is empty"), a GoldsteinScale outside
   * −10…10. Lines DuckDB rejects (too wide, unparsable values) are not this method's to find.
   */
  Optional<String> invalid(String line) {
    String[] fields = line.split("\t", -1);
    if (fields.length > layout.columnCount()) {
      return Optional.empty();
    }
    if (!widthFits(fields.length)) {
      return Optional.of(widthProblem(fields.length));
    }
    Optional<String> empty = emptyRequired(fields);
    return empty.isPresent() ? empty : goldsteinProblem(fields);
  }

  /** What is wrong with the line, or empty if these checks find nothing. */
  Optional<String> problem(String line) {
    String[] fields = line.split("\t", -1);
    if (!widthFits(fields.length)) {
      return Optional.of(widthProblem(fields.length));
    }
    Optional<String> empty = emptyRequired(fields);
    if (empty.isPresent()) {
      return empty;
    }
    for (String column : WHOLE) {
      Optional<String> problem = check(fields, column, GdeltRowCheck::isWhole, "a whole number");
      if (problem.isPresent()) {
        return problem;
      }
    }
    Optional<String> date = check(fields, "SQLDATE", v -> parses(v, DAY), "a date (YYYYMMDD)");
    if (date.isPresent()) {
      return date;
    }
    String code = field(fields, "EventCode");
    if (!cameoCodes.contains(code)) {
      return Optional.of(
          "EventCode '" + code + "' is not a CAMEO event code (see 'entente codebook')");
    }
    String quad = field(fields, "QuadClass");
    if (!quad.matches("[1-4]")) {
      return Optional.of("QuadClass '" + quad + "' is not a GDELT quad class (1 to 4)");
    }
    for (String column : DECIMAL) {
      Optional<String> problem = check(fields, column, GdeltRowCheck::isDecimal, "a number");
      if (problem.isPresent()) {
        return problem;
      }
    }
    Optional<String> goldstein = goldsteinProblem(fields);
    if (goldstein.isPresent()) {
      return goldstein;
    }
    return format.dateAddedHasTime()
        ? check(fields, "DATEADDED", v -> parses(v, TIME), "a time (YYYYMMDDHHMMSS)")
        : check(fields, "DATEADDED", v -> parses(v, DAY), "a date (YYYYMMDD)");
  }

  /** GDELT 1.0 rows have 57 or 58 columns, each row its own; GDELT 2.0 rows 61. */
  private boolean widthFits(int columns) {
    return format.dateAddedHasTime()
        ? columns == format.columnCount()
        : columns == GdeltFormat.V1_HISTORICAL.columnCount()
            || columns == GdeltFormat.V1_DAILY.columnCount();
  }

  private String widthProblem(int columns) {
    return format.dateAddedHasTime()
        ? String.format(
            "expected %d tab-separated columns (%s), found %d",
            format.columnCount(), format.description(), columns)
        : String.format("expected 57 or 58 tab-separated columns (GDELT 1.0), found %d", columns);
  }

  private Optional<String> emptyRequired(String[] fields) {
    for (String column : GdeltImportSql.required(format)) {
      if (field(fields, column).isEmpty()) {
        return Optional.of(column + " is empty");
      }
    }
    return Optional.empty();
  }

  /** "GoldsteinScale 'NaN' is not a number from -10 to 10". */
  private Optional<String> goldsteinProblem(String[] fields) {
    String value = field(fields, "GoldsteinScale").strip();
    if (value.isEmpty() || !isDecimal(value)) {
      return Optional.empty();
    }
    double goldstein = Double.parseDouble(value);
    if (Double.isFinite(goldstein) && Math.abs(goldstein) <= GdeltImportSql.GOLDSTEIN_LIMIT) {
      return Optional.empty();
    }
    return Optional.of("GoldsteinScale '" + value + "' is not a number from -10 to 10");
  }

  /** The field, or "" past the end of a GDELT 1.0 row without SOURCEURL. */
  private String field(String[] fields, String column) {
    int index = layout.columns().indexOf(column);
    return index < fields.length ? fields[index] : "";
  }

  private Optional<String> check(
      String[] fields, String column, Predicate<String> valid, String expected) {
    String value = field(fields, column);
    if (value.isEmpty() || valid.test(value)) {
      return Optional.empty();
    }
    return Optional.of(column + " '" + value + "' is not " + expected);
  }

  private static boolean isWhole(String value) {
    try {
      Long.parseLong(value.strip());
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean isDecimal(String value) {
    try {
      Double.parseDouble(value.strip());
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean parses(String value, DateTimeFormatter formatter) {
    try {
      if (formatter == TIME) {
        LocalDateTime.parse(value, formatter);
      } else {
        LocalDate.parse(value, formatter);
      }
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
