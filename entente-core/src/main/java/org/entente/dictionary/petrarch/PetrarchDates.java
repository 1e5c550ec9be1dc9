package org.entente.dictionary.petrarch;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the content of an actor code bracket, {@code HOBGOV 20121109-20130119}, into a {@link
 * PetrarchDatedCode}.
 *
 * <p>Leniencies, each needed by the Phoenix dictionaries:
 *
 * <ul>
 *   <li>spaces may stand around {@code <}, {@code >} and the {@code -} of a range ({@code [HOB <
 *       950601]}, {@code [HOBGOV 19950601 - 19990815]});
 *   <li>a bare date means "from that day on", like {@code >date} ({@code [USAGOV 19820101] #
 *       entered Foreign Service});
 *   <li>a date of 7 to 10 digits is read as PETRARCH reads it: four digits of year, two of month,
 *       the rest the day ({@code 2004017} is 2004-01-07, {@code 201005011} is 2010-05-11);
 *   <li>a code whose date is not on the calendar ({@code 9008223}: month 22; {@code 1920030320}:
 *       day 320) is dropped with a warning, since no story date can fall in it.
 * </ul>
 */
final class PetrarchDates {

  private static final Logger LOG = LoggerFactory.getLogger(PetrarchDates.class);
  private static final String DATE = "(\\d{4}-\\d{2}-\\d{2}|\\d+)";
  private static final Pattern RANGE = Pattern.compile(DATE + "\\s*-\\s*" + DATE);
  private static final Pattern BOUND = Pattern.compile("([<>]?)\\s*" + DATE);

  /** Years {@code 00}–{@code 30} of {@code YYMMDD} dates are 2000–2030, the others 1931–1999. */
  static final int CENTURY_PIVOT = 30;

  private PetrarchDates() {}

  /**
   * Reads {@code CODE [restriction]}.
   *
   * @return the code, or {@code null} when a date of it is not on the calendar (logged)
   */
  static PetrarchDatedCode code(PetrarchLines.Line line, String content) {
    String text = content.strip();
    if (text.isEmpty()) {
      throw line.error("empty code '[]'");
    }
    int space = 0;
    while (space < text.length() && !Character.isWhitespace(text.charAt(space))) {
      space++;
    }
    PetrarchCode code = PetrarchReading.code(line, text.substring(0, space));
    String restriction = text.substring(space).strip();
    try {
      if (restriction.isEmpty()) {
        return new PetrarchDatedCode(text, code, null, null);
      }
      Matcher range = RANGE.matcher(restriction);
      if (range.matches()) {
        LocalDate from = date(line, text, range.group(1));
        LocalDate to = date(line, text, range.group(2));
        return new PetrarchDatedCode(text, code, from, to);
      }
      Matcher bound = BOUND.matcher(restriction);
      if (bound.matches()) {
        LocalDate date = date(line, text, bound.group(2));
        return bound.group(1).equals("<")
            ? new PetrarchDatedCode(text, code, null, date)
            : new PetrarchDatedCode(text, code, date, null);
      }
    } catch (DateTimeException e) {
      LOG.warn(
          "{}: code [{}] skipped: a date of it is not on the calendar ({})",
          line.origin(),
          text,
          e.getMessage());
      return null;
    }
    throw line.error(
        "date restriction '%s' in code '[%s]' is not <DATE, >DATE or DATE-DATE"
            + " (dates are YYMMDD, YYYYMMDD or YYYY-MM-DD)",
        restriction, text);
  }

  private static LocalDate date(PetrarchLines.Line line, String code, String written) {
    String digits = written.replace("-", "");
    int year;
    if (digits.length() == 6) {
      int twoDigits = Integer.parseInt(digits.substring(0, 2));
      year = twoDigits <= CENTURY_PIVOT ? 2000 + twoDigits : 1900 + twoDigits;
      digits = digits.substring(2);
    } else if (digits.length() >= 7 && digits.length() <= 10) {
      year = Integer.parseInt(digits.substring(0, 4));
      digits = digits.substring(4);
    } else {
      throw line.error(
          "date '%s' in code '[%s]' is not YYMMDD, YYYYMMDD or YYYY-MM-DD", written, code);
    }
    int month = Integer.parseInt(digits.substring(0, 2));
    int day = Integer.parseInt(digits.substring(2));
    return LocalDate.of(year, month, day);
  }
}
