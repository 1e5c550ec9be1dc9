package org.entente.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.text.Dependency;
import org.entente.text.ParsedSentence;

/**
 * Repairs of a dependency parse that misreads wire style in a known way, applied before the coder
 * reads the sentence. Each is a pattern the parser gets wrong with its fix:
 *
 * <ul>
 *   <li>a day name between a verb and its object takes the object as its own dependent: "Beirut
 *       again rejected Thursday a United Nations appeal" parses "appeal" as a {@code dep} of
 *       "Thursday"; the appeal is what was rejected ({@link #TIME_WORDS});
 *   <li>a day name between the subject and its verb takes the subject as its compound and becomes
 *       the subject itself: "Israel Friday reimposed blockades in the West Bank".
 * </ul>
 */
final class ParseRepairs {

  /** Day names and deictic days that wire copy puts right after the verb. */
  static final Set<String> TIME_WORDS =
      java.util.stream.Stream.concat(
              EventDates.WEEKDAYS.stream(),
              java.util.stream.Stream.of("today", "yesterday", "tomorrow"))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private ParseRepairs() {}

  /** The sentence with its misread arcs repaired, or the sentence itself when none applies. */
  static ParsedSentence repair(ParsedSentence sentence) {
    List<Dependency> arcs = sentence.dependencies();
    List<Dependency> repaired = null;
    for (Dependency time : arcs) {
      if (time.head() < 0
          || !TIME_WORDS.contains(sentence.token(time.dependent()).word().toLowerCase(Locale.ROOT))
          || !sentence.token(time.head()).isVerb()
          || time.dependent() != time.head() + 1
          || !(time.relation().startsWith("obl") || time.relation().equals("obj"))) {
        continue;
      }
      boolean hasObject =
          arcs.stream().anyMatch(a -> a.head() == time.head() && a.relation().equals("obj"));
      for (Dependency taken : arcs) {
        if (taken.head() == time.dependent()
            && taken.relation().equals("dep")
            && taken.dependent() > time.dependent()
            && sentence.token(taken.dependent()).isNoun()
            && !hasObject) {
          if (repaired == null) {
            repaired = new ArrayList<>(arcs);
          }
          repaired.remove(taken);
          repaired.add(new Dependency(time.head(), taken.dependent(), "obj"));
        }
      }
    }
    // "Israel Friday reimposed blockades": the day took the subject as its compound
    for (Dependency time : arcs) {
      if (time.head() < 0
          || !time.relation().equals("nsubj")
          || !TIME_WORDS.contains(sentence.token(time.dependent()).word().toLowerCase(Locale.ROOT))
          || !sentence.token(time.head()).isVerb()) {
        continue;
      }
      for (Dependency subject : arcs) {
        if (subject.head() == time.dependent()
            && subject.relation().equals("compound")
            && subject.dependent() == time.dependent() - 1
            && sentence.token(subject.dependent()).isProperNoun()) {
          if (repaired == null) {
            repaired = new ArrayList<>(arcs);
          }
          repaired.remove(subject);
          repaired.remove(time);
          repaired.add(new Dependency(time.head(), subject.dependent(), "nsubj"));
          repaired.add(new Dependency(time.head(), time.dependent(), "obl:tmod"));
        }
      }
    }
    return repaired == null
        ? sentence
        : new ParsedSentence(
            sentence.index(), sentence.paragraph(), sentence.text(), sentence.tokens(), repaired);
  }
}
