package org.entente.validate;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The scores of one gold file: per record, and summed over the file and per category. */
public record FileScore(GoldFile gold, List<RecordScore> records) {

  public FileScore {
    requireNonNull(gold, "gold is null");
    records = List.copyOf(records);
  }

  /** Scores the coded records of {@code gold}, in its order. */
  public static FileScore of(GoldFile gold, List<CodedRecord> coded) {
    List<RecordScore> scores = new ArrayList<>();
    for (CodedRecord record : coded) {
      scores.add(RecordScore.of(record, gold.format().headline()));
    }
    return new FileScore(gold, scores);
  }

  public Level headline() {
    return gold.format().headline();
  }

  public Tally tally(Level level) {
    return sum(records, level);
  }

  /** Per level, the tally of the whole file. */
  public Map<Level, Tally> tallies() {
    Map<Level, Tally> tallies = new EnumMap<>(Level.class);
    for (Level level : Level.values()) {
      tallies.put(level, tally(level));
    }
    return tallies;
  }

  /** Per category (sorted), per level, the tally of its records. */
  public Map<String, Map<Level, Tally>> categories() {
    Map<String, List<RecordScore>> byCategory = new TreeMap<>();
    for (RecordScore score : records) {
      byCategory
          .computeIfAbsent(score.coded().record().category(), c -> new ArrayList<>())
          .add(score);
    }
    Map<String, Map<Level, Tally>> tables = new TreeMap<>();
    byCategory.forEach(
        (category, scores) -> {
          Map<Level, Tally> tallies = new EnumMap<>(Level.class);
          for (Level level : Level.values()) {
            tallies.put(level, sum(scores, level));
          }
          tables.put(category, tallies);
        });
    return tables;
  }

  /** Records whose coding failed. */
  public long crashed() {
    return records.stream().filter(score -> score.coded().crashed()).count();
  }

  private static Tally sum(List<RecordScore> scores, Level level) {
    Tally total = Tally.EMPTY;
    for (RecordScore score : scores) {
      total = total.plus(score.tally(level));
    }
    return total;
  }
}
