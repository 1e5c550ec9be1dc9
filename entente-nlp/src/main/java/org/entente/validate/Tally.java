package org.entente.validate;

/**
 * The counts of a set of records at one {@link Level}, and the figures made from them.
 *
 * @param records records scored
 * @param fullyRight records whose every gold event was found and every coded event matched
 * @param recordsWithGold records that expect at least one event
 * @param recordsFound of those, records with at least one gold event found
 * @param gold gold events
 * @param found gold events matched by some coded event of their record
 * @param coded coded events
 * @param right coded events that match some gold event of their record
 */
public record Tally(
    int records,
    int fullyRight,
    int recordsWithGold,
    int recordsFound,
    int gold,
    int found,
    int coded,
    int right) {

  public static final Tally EMPTY = new Tally(0, 0, 0, 0, 0, 0, 0, 0);

  public Tally {
    if (fullyRight > records || recordsFound > recordsWithGold || found > gold || right > coded) {
      throw new IllegalArgumentException("inconsistent tally " + this);
    }
  }

  public Tally plus(Tally other) {
    return new Tally(
        records + other.records,
        fullyRight + other.fullyRight,
        recordsWithGold + other.recordsWithGold,
        recordsFound + other.recordsFound,
        gold + other.gold,
        found + other.found,
        coded + other.coded,
        right + other.right);
  }

  /** Coded events that match / coded events; NaN when nothing was coded. */
  public double precision() {
    return ratio(right, coded);
  }

  /** Gold events found / gold events; NaN when there is no gold event. */
  public double recall() {
    return ratio(found, gold);
  }

  /**
   * Records with a gold event found / records with gold: PLOVER's record recall (one gold event a
   * record, so equal to {@link #recall()} there).
   */
  public double recordRecall() {
    return ratio(recordsFound, recordsWithGold);
  }

  /** The harmonic mean of precision and recall; 0 when both are 0, NaN when either is. */
  public double f1() {
    double p = precision();
    double r = recall();
    if (Double.isNaN(p) || Double.isNaN(r)) {
      return Double.NaN;
    }
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Records fully right / records. */
  public double fullyRightShare() {
    return ratio(fullyRight, records);
  }

  private static double ratio(int numerator, int denominator) {
    return denominator == 0 ? Double.NaN : (double) numerator / denominator;
  }
}
