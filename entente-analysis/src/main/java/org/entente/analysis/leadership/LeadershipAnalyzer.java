package org.entente.analysis.leadership;

import static org.entente.analysis.level.LevelThresholds.LEAD_MIN_SHARE;
import static org.entente.analysis.level.LevelThresholds.atLeast;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.entente.analysis.evidence.Evidence;
import org.entente.analysis.scope.DyadCells;
import org.entente.analysis.scope.DyadEvents;
import org.entente.analysis.scope.EventCell;
import org.entente.event.Event;

/**
 * Finds who leads on each third party A or B acts on: the one with at least {@link
 * org.entente.analysis.level.LevelThresholds#LEAD_MIN_SHARE} of the pair's factual events toward
 * it. A third party only one of them acts on is led by that one: the seed op-ed names Beijing alone
 * on North Korea, and that is what leading means there.
 */
public final class LeadershipAnalyzer {
  private LeadershipAnalyzer() {}

  public static Leadership analyze(DyadEvents events, int evidenceLimit) {
    TreeSet<String> thirdParties = new TreeSet<>(events.aToThird().keySet());
    thirdParties.addAll(events.bToThird().keySet());
    List<IssueLead> issues = new ArrayList<>();
    for (String thirdParty : thirdParties) {
      List<Event> fromA = events.aToThird().getOrDefault(thirdParty, List.of());
      List<Event> fromB = events.bToThird().getOrDefault(thirdParty, List.of());
      List<Event> both = new ArrayList<>(fromA);
      both.addAll(fromB);
      issues.add(
          new IssueLead(
              thirdParty,
              fromA.size(),
              fromB.size(),
              leader(events.dyad().a(), fromA.size(), events.dyad().b(), fromB.size()),
              Evidence.of(both, evidenceLimit)));
    }
    issues.sort(
        Comparator.comparingInt((IssueLead issue) -> -(issue.aEvents() + issue.bEvents()))
            .thenComparing(IssueLead::thirdParty));
    return new Leadership(events.dyad(), events.window(), issues);
  }

  /** {@link #analyze(DyadEvents, int)} for cells a store tallied. */
  public static Leadership analyze(DyadCells cells, int evidenceLimit) {
    TreeSet<String> thirdParties = new TreeSet<>(cells.aToThird().keySet());
    thirdParties.addAll(cells.bToThird().keySet());
    List<IssueLead> issues = new ArrayList<>();
    for (String thirdParty : thirdParties) {
      List<EventCell> fromA = cells.aToThird().getOrDefault(thirdParty, List.of());
      List<EventCell> fromB = cells.bToThird().getOrDefault(thirdParty, List.of());
      List<EventCell> both = new ArrayList<>(fromA);
      both.addAll(fromB);
      int aEvents = EventCell.events(fromA);
      int bEvents = EventCell.events(fromB);
      issues.add(
          new IssueLead(
              thirdParty,
              aEvents,
              bEvents,
              leader(cells.dyad().a(), aEvents, cells.dyad().b(), bEvents),
              EventCell.evidence(both, evidenceLimit)));
    }
    return leadership(new Leadership(cells.dyad(), cells.window(), issues));
  }

  private static Leadership leadership(Leadership unsorted) {
    List<IssueLead> issues = new ArrayList<>(unsorted.issues());
    issues.sort(
        Comparator.comparingInt((IssueLead issue) -> -(issue.aEvents() + issue.bEvents()))
            .thenComparing(IssueLead::thirdParty));
    return new Leadership(unsorted.dyad(), unsorted.window(), issues);
  }

  static Optional<String> leader(String a, int aEvents, String b, int bEvents) {
    int total = aEvents + bEvents;
    if (total == 0) {
      return Optional.empty();
    }
    if (atLeast((double) aEvents / total, LEAD_MIN_SHARE)) {
      return Optional.of(a);
    }
    if (atLeast((double) bEvents / total, LEAD_MIN_SHARE)) {
      return Optional.of(b);
    }
    return Optional.empty();
  }
}
