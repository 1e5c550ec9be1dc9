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
  private final Set<String> cameoCodes;

  GdeltRowCheck(GdeltFormat format, Set<String> cameoCodes) {
    this.format = format;
    this.cameoCodes = cameoCodes;
  }

  /** "EventCode is empty" for a line of the right width with a required field empty. */
  Optional<String> emptyRequired(String line) {
    String[] fields = line.split("\t", -1);
    if (fields.length != format.columnCount()) {
      return Optional.empty();
    }
    for (String column : GdeltImportSql.REQUIRED) {
      if (field(fields, column).isEmpty()) {
        return Optional.of(column + " is empty");
      }
    }
    return Optional.empty();
  }

  /** What is wrong with the line, or empty if these checks find nothing. */
  Optional<String> problem(String line) {
    String[] fields = line.split("\t", -1);
    if (fields.length != format.columnCount()) {
      return Optional.of(
          String.format(
              "expected %d tab-separated columns (%s), found %d",
              format.columnCount(), format.description(), fields.length));
    }
    for (String column : GdeltImportSql.REQUIRED) {
      if (field(fields, column).isEmpty()) {
        return Optional.of(column + " is empty");
      }
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
    return format.dateAddedHasTime()
        ? check(fields, "DATEADDED", v -> parses(v, TIME), "a time (YYYYMMDDHHMMSS)")
        : check(fields, "DATEADDED", v -> parses(v, DAY), "a date (YYYYMMDD)");
  }

  private String field(String[] fields, String column) {
    return fields[format.columns().indexOf(column)];
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
