package org.entente.analysis.alignment;

import static org.entente.analysis.level.LevelThresholds.ALIGNMENT_MIN_EVENTS_PER_SIDE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.entente.analysis.evidence.Evidence;
import org.entente.analysis.figures.GoldsteinSums;
import org.entente.analysis.level.AlignmentVerdict;
import org.entente.analysis.scope.DyadCells;
import org.entente.analysis.scope.DyadEvents;
import org.entente.analysis.scope.EventCell;
import org.entente.event.Event;

/**
 * Compares how A and B treat each third party both act on at least {@link
 * org.entente.analysis.level.LevelThresholds#ALIGNMENT_MIN_EVENTS_PER_SIDE} times: the mean
 * Goldstein weight of A's events toward it beside B's.
 */
public final class AlignmentAnalyzer {
  private AlignmentAnalyzer() {}

  public static Alignment analyze(DyadEvents events, int evidenceLimit) {
    List<ThirdPartyStance> stances = new ArrayList<>();
    for (Map.Entry<String, List<Event>> entry : events.aToThird().entrySet()) {
      List<Event> fromA = entry.getValue();
      List<Event> fromB = events.bToThird().getOrDefault(entry.getKey(), List.of());
      if (fromA.size() >= ALIGNMENT_MIN_EVENTS_PER_SIDE
          && fromB.size() >= ALIGNMENT_MIN_EVENTS_PER_SIDE) {
        stances.add(
            new ThirdPartyStance(
                entry.getKey(),
                fromA.size(),
                mean(fromA),
                fromB.size(),
                mean(fromB),
                Evidence.of(fromA, evidenceLimit),
                Evidence.of(fromB, evidenceLimit)));
      }
    }
    return alignment(stances);
  }

  private static Alignment alignment(List<ThirdPartyStance> stances) {
    stances.sort(
        Comparator.comparingInt((ThirdPartyStance s) -> -(s.aEvents() + s.bEvents()))
            .thenComparing(ThirdPartyStance::thirdParty));
    int agreeing = (int) stances.stream().filter(ThirdPartyStance::agree).count();
    return new Alignment(
        stances, AlignmentVerdict.of(stances.size(), agreeing), correlation(stances));
  }

  /** {@link #analyze(DyadEvents, int)} for cells a store tallied. */
  public static Alignment analyze(DyadCells cells, int evidenceLimit) {
    List<ThirdPartyStance> stances = new ArrayList<>();
    for (Map.Entry<String, List<EventCell>> entry : cells.aToThird().entrySet()) {
      List<EventCell> fromA = entry.getValue();
      List<EventCell> fromB = cells.bToThird().getOrDefault(entry.getKey(), List.of());
      int aEvents = EventCell.events(fromA);
      int bEvents = EventCell.events(fromB);
      if (aEvents >= ALIGNMENT_MIN_EVENTS_PER_SIDE && bEvents >= ALIGNMENT_MIN_EVENTS_PER_SIDE) {
        stances.add(
            new ThirdPartyStance(
                entry.getKey(),
                aEvents,
                EventCell.goldsteinSum(fromA) / aEvents,
                bEvents,
                EventCell.goldsteinSum(fromB) / bEvents,
                EventCell.evidence(fromA, evidenceLimit),
                EventCell.evidence(fromB, evidenceLimit)));
      }
    }
    return alignment(stances);
  }

  /** Pearson's r of A's and B's means; empty with fewer than 3 stances or without variance. */
  static OptionalDouble correlation(List<ThirdPartyStance> stances) {
    int n = stances.size();
    if (n < 3) {
      return OptionalDouble.empty();
    }
    double meanA = stances.stream().mapToDouble(ThirdPartyStance::aMean).average().orElseThrow();
    double meanB = stances.stream().mapToDouble(ThirdPartyStance::bMean).average().orElseThrow();
    double covariance = 0;
    double varianceA = 0;
    double varianceB = 0;
    for (ThirdPartyStance stance : stances) {
      double da = stance.aMean() - meanA;
      double db = stance.bMean() - meanB;
      covariance += da * db;
      varianceA += da * da;
      varianceB += db * db;
    }
    if (varianceA == 0 || varianceB == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(covariance / Math.sqrt(varianceA * varianceB));
  }

  private static double mean(List<Event> events) {
    return GoldsteinSums.of(events.stream().mapToDouble(Event::goldstein)) / events.size();
  }
}
