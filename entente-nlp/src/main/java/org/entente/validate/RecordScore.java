package org.entente.validate;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.entente.event.Event;

/**
 * One coded record scored at every level: its tally per level, and at the file's headline level the
 * gold events missed and the coded events that match no gold event (what {@code --why} lists).
 */
public record RecordScore(
    CodedRecord coded, Map<Level, Tally> tallies, List<ExpectedEvent> missed, List<Event> wrong) {

  public RecordScore {
    requireNonNull(coded, "coded is null");
    tallies = Map.copyOf(tallies);
    missed = List.copyOf(missed);
    wrong = List.copyOf(wrong);
  }

  /** Scores a coded record; {@code headline} decides {@link #missed} and {@link #wrong}. */
  public static RecordScore of(CodedRecord coded, Level headline) {
    Map<Level, Tally> tallies = new EnumMap<>(Level.class);
    List<ExpectedEvent> missed = new ArrayList<>();
    List<Event> wrong = new ArrayList<>();
    List<ExpectedEvent> expected = coded.record().expected();
    List<Event> events = coded.events();
    for (Level level : Level.values()) {
      int found = 0;
      for (ExpectedEvent gold : expected) {
        boolean hit = events.stream().anyMatch(e -> EventMatcher.matches(gold, e, level));
        found += hit ? 1 : 0;
        if (!hit && level == headline) {
          missed.add(gold);
        }
      }
      int right = 0;
      for (Event event : events) {
        boolean hit = expected.stream().anyMatch(g -> EventMatcher.matches(g, event, level));
        right += hit ? 1 : 0;
        if (!hit && level == headline) {
          wrong.add(event);
        }
      }
      boolean fullyRight = !coded.crashed() && found == expected.size() && right == events.size();
      tallies.put(
          level,
          new Tally(
              1,
              fullyRight ? 1 : 0,
              expected.isEmpty() ? 0 : 1,
              found > 0 ? 1 : 0,
              expected.size(),
              found,
              events.size(),
              right));
    }
    return new RecordScore(coded, tallies, missed, wrong);
  }

  public Tally tally(Level level) {
    return tallies.get(level);
  }
}
