package org.entente.coder;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.event.DatePrecision;
import org.entente.text.Arcs;
import org.entente.text.Dependency;
import org.entente.text.ParsedSentence;
import org.entente.text.Token;

/**
 * The date of an event: a date expression governed by the predicate ("By 2018, … trade exceeded" →
 * 2018, year) or by a predicate above it; otherwise the document's date.
 */
final class EventDates {

  /** How many predicates up the graph a date may come from. */
  static final int GOVERNOR_DEPTH = 2;

  private static final Pattern TIMEX = Pattern.compile("(\\d{4}|XXXX)(?:-(\\d{2})(?:-(\\d{2}))?)?");

  /** SUTime's weeks and quarters: {@code 1987-W15} ("next week"), {@code 1987-Q2}. */
  private static final Pattern PERIOD = Pattern.compile("(\\d{4})-(W|Q)(\\d{1,2}).*");

  record Dated(LocalDate date, DatePrecision precision, String from) {}

  private EventDates() {}

  /**
   * Whether the date the predicate governs lies after the document's: "Nakasone leaves for
   * Washington next week" (1987-W15 in a story of 1987-04-01) is planned, not done. A date known to
   * the month or year is later only when its month or year is.
   */
  static boolean isLater(
      ParsedSentence sentence, Arcs arcs, int predicate, LocalDate documentDate) {
    String tag = sentence.token(predicate).pos();
    if (tag.equals("VBD") || tag.equals("VBN")) {
      return false; // "Afghan aircraft raided villages on Monday": told in the past, done
    }
    Dependency up = arcs.head(predicate);
    if (sentence.token(predicate).isNoun()
        && up != null
        && up.head() >= 0
        && (up.base().equals("obj") || up.base().equals("nsubj"))) {
      String governor = sentence.token(up.head()).pos();
      if (governor.equals("VBD") || governor.equals("VBN")) {
        return false; // "Italy announced a suspension of air links with Serbia on Wednesday"
      }
    }
    if (isPresent(sentence, arcs, predicate) && laterToday(sentence, arcs, predicate)) {
      return true; // "Weizsaecker is hosting a dinner tonight", "who travels to Italy this evening"
    }
    if (timedToday(sentence, arcs, predicate, tag.equals("VBZ") || tag.equals("VBP"))) {
      return true; // "Rha leaves today for Ottawa", "was to leave later today": not yet gone
    }
    Dated dated = of(sentence, arcs, predicate, documentDate);
    if (!dated.from().equals("text")) {
      return false;
    }
    if (comingWeekday(sentence, arcs, predicate)) {
      return true; // "Howard leaves for Japan on Saturday": the coming Saturday, whatever SUTime
      // says
    }
    Dated own = governed(sentence, arcs, predicate, documentDate);
    if ((tag.equals("VBZ") || tag.equals("VBP"))
        && own != null
        && !own.date().isBefore(documentDate)) {
      return true; // "Miyazawa travels to Washington this evening": a present tense, scheduled
    }
    return switch (dated.precision()) {
      case DAY -> dated.date().isAfter(documentDate);
      case MONTH -> dated.date().isAfter(documentDate.withDayOfMonth(1));
      case YEAR -> dated.date().getYear() > documentDate.getYear();
    };
  }

  /** Parts of the day that, after "this", are still to come with a present tense. */
  static final Set<String> DAY_PARTS = Set.of("evening", "afternoon", "morning", "night");

  /** A word that is a part of the story's day still to come, whatever its tense: "tonight". */
  static final String TONIGHT = "tonight";

  /** Whether a verb is in the present: "travels", "meet", "is hosting". */
  private static boolean isPresent(ParsedSentence sentence, Arcs arcs, int predicate) {
    String tag = sentence.token(predicate).pos();
    if (tag.equals("VBZ") || tag.equals("VBP")) {
      return true;
    }
    return tag.equals("VBG")
        && arcs.children(predicate, "aux").stream()
            .anyMatch(
                a ->
                    Set.of("is", "are", "am")
                        .contains(
                            sentence
                                .token(a.dependent())
                                .word()
                                .toLowerCase(java.util.Locale.ROOT)));
  }

  /** The word of the story's own day. */
  static final String TODAY = "today";

  /**
   * Whether a predicate is timed "later today", in any tense, or "today" in the simple present: a
   * wire story tells in the present what is set for the day it is filed ("flies to Brussels today
   * for talks"), and the trip is not yet made; "is holding talks today" is under way, and a past
   * tense is done.
   */
  private static boolean timedToday(
      ParsedSentence sentence, Arcs arcs, int predicate, boolean simplePresent) {
    for (Dependency arc : arcs.children(predicate)) {
      if (!sentence.token(arc.dependent()).word().equalsIgnoreCase(TODAY)) {
        continue;
      }
      boolean later =
          arcs.children(arc.dependent()).stream()
              .anyMatch(m -> sentence.token(m.dependent()).word().equalsIgnoreCase("later"));
      if (later || simplePresent) {
        return true;
      }
    }
    return false;
  }

  /** Whether a predicate is timed "tonight" or "this evening" (or "this afternoon", "morning"). */
  private static boolean laterToday(ParsedSentence sentence, Arcs arcs, int predicate) {
    for (Dependency arc : arcs.children(predicate)) {
      String word = sentence.token(arc.dependent()).word().toLowerCase(java.util.Locale.ROOT);
      if (word.equals(TONIGHT)) {
        return true;
      }
      if (DAY_PARTS.contains(word)
          && arcs.children(arc.dependent(), "det").stream()
              .anyMatch(d -> sentence.token(d.dependent()).word().equalsIgnoreCase("this"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Weekday names: with a present tense they name a day to come ("leaves for Japan on Saturday",
   * "meets Kohl on Monday"), which SUTime may place in the week before the story.
   */
  static final Set<String> WEEKDAYS = org.entente.coder.predicate.NominalEvents.WEEKDAYS;

  /** A present tense with a weekday: a day to come ({@link #WEEKDAYS}). */
  private static boolean comingWeekday(ParsedSentence sentence, Arcs arcs, int predicate) {
    String tag = sentence.token(predicate).pos();
    return (tag.equals("VBZ") || tag.equals("VBP")) && governsWeekday(sentence, arcs, predicate);
  }

  private static boolean governsWeekday(ParsedSentence sentence, Arcs arcs, int predicate) {
    for (Dependency arc : arcs.children(predicate)) {
      if ((arc.base().equals("obl") || arc.base().equals("nmod"))
          && WEEKDAYS.contains(sentence.token(arc.dependent()).lowerLemma())) {
        return true;
      }
    }
    return false;
  }

  /**
   * How an event noun's own phrase dates it besides its obliques: a participle ("his visit to
   * Washington starting on April 29") or an apposition ("Nakasone's visit to Washington, April 29
   * to May 5"). Only nouns have them.
   */
  static final Set<String> NOUN_DATING = Set.of("acl", "appos");

  static Dated of(ParsedSentence sentence, Arcs arcs, int predicate, LocalDate documentDate) {
    int current = predicate;
    for (int depth = 0; depth <= GOVERNOR_DEPTH; depth++) {
      Dated dated = governed(sentence, arcs, current, documentDate);
      boolean coming =
          comingWeekday(sentence, arcs, predicate)
              || (sentence.token(predicate).isNoun()
                  && org.entente.coder.predicate.ModalityRules.scheduled(
                      sentence, arcs, predicate));
      if (dated != null && depth <= 1 && coming) {
        // "Fawzi, who flies to Amman on Sunday" (story of Tuesday 16 March): the coming Sunday,
        // where SUTime may give the one before
        LocalDate day = dated.date();
        while (day.isBefore(documentDate)) {
          day = day.plusWeeks(1);
        }
        return new Dated(day, dated.precision(), dated.from());
      }
      if (dated != null) {
        return dated;
      }
      Dependency head = arcs.head(current);
      if (head == null || head.head() < 0) {
        break;
      }
      current = head.head();
    }
    return new Dated(documentDate, DatePrecision.DAY, "document");
  }

  /**
   * Words that put a phrase's own event before or after the predicate's: the date in "talks with
   * Kohl ahead of her visit to Moscow next week" is the visit's, not the talks'.
   */
  static final Set<String> OTHER_TIME_WORDS =
      Set.of("before", "after", "ahead", "prior", "following", "until", "since");

  private static boolean otherTime(ParsedSentence sentence, Dependency arc) {
    String relation = arc.relation();
    int colon = relation.indexOf(':');
    if (colon >= 0
        && OTHER_TIME_WORDS.contains(relation.substring(colon + 1).split("_")[0])
        && sentence.token(arc.dependent()).timex().isEmpty()) {
      // "met him before his visit to Moscow next week"; not "will act after April 1", a date
      return true;
    }
    return arc.base().equals("advmod")
        && OTHER_TIME_WORDS.contains(sentence.token(arc.dependent()).lowerLemma());
  }

  private static Dated governed(
      ParsedSentence sentence, Arcs arcs, int predicate, LocalDate documentDate) {
    for (Dependency arc : arcs.children(predicate)) {
      String base = arc.base();
      boolean timeObject =
          base.equals("obj")
              && org.entente.coder.predicate.FrameFinder.TIME_NER.contains(
                  sentence.token(arc.dependent()).ner());
      if (!(base.equals("obl")
              || base.equals("nmod")
              || base.equals("advmod")
              || NOUN_DATING.contains(base)
              || timeObject)
          || otherTime(sentence, arc)) {
        continue;
      }
      java.util.Set<Integer> elsewhen = new java.util.HashSet<>();
      for (int t : arcs.subtree(arc.dependent())) {
        for (Dependency inner : arcs.children(t)) {
          if (otherTime(sentence, inner)) {
            // "talks with the German chancellor ahead of her visit to Moscow next week"
            elsewhen.addAll(arcs.subtree(inner.dependent()));
          }
        }
      }
      for (int t : arcs.subtree(arc.dependent())) {
        if (elsewhen.contains(t)) {
          continue;
        }
        Dated dated = parse(sentence.token(t), documentDate);
        if (dated != null) {
          return dated;
        }
      }
    }
    return null;
  }

  /** A SUTime value as a date: {@code 2018} (year), {@code 2019-06} (month), {@code 2019-06-05}. */
  static Dated parse(Token token, LocalDate documentDate) {
    if (token.timex().isEmpty()) {
      return null;
    }
    Matcher period = PERIOD.matcher(token.timex());
    if (period.matches()) {
      int year = Integer.parseInt(period.group(1));
      int number = Integer.parseInt(period.group(3));
      try {
        if (period.group(2).equals("W")) {
          LocalDate monday =
              LocalDate.of(year, 1, 4)
                  .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, number)
                  .with(java.time.DayOfWeek.MONDAY);
          // "flies to Washington this weekend" (1987-W15-WE): the Saturday, not the Monday
          return new Dated(
              token.timex().endsWith("-WE") ? monday.plusDays(5) : monday,
              DatePrecision.DAY,
              "text");
        }
        return new Dated(LocalDate.of(year, 3 * number - 2, 1), DatePrecision.MONTH, "text");
      } catch (java.time.DateTimeException e) {
        return null;
      }
    }
    Matcher matcher = TIMEX.matcher(token.timex());
    if (!matcher.matches()) {
      return null;
    }
    int year =
        matcher.group(1).equals("XXXX")
            ? documentDate.getYear()
            : Integer.parseInt(matcher.group(1));
    try {
      if (matcher.group(3) != null) {
        return new Dated(
            LocalDate.of(
                year, Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3))),
            DatePrecision.DAY,
            "text");
      }
      if (matcher.group(2) != null) {
        return new Dated(
            LocalDate.of(year, Integer.parseInt(matcher.group(2)), 1), DatePrecision.MONTH, "text");
      }
      return new Dated(LocalDate.of(year, 1, 1), DatePrecision.YEAR, "text");
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }
}
