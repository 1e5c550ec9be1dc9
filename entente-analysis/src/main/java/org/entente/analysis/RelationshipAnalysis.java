package org.entente.analysis;

import java.util.List;
import java.util.Set;
import org.entente.analysis.dyad.DyadAnalyzer;
import org.entente.analysis.dyad.DyadProfile;
import org.entente.analysis.evidence.Evidence;
import org.entente.analysis.leadership.Leadership;
import org.entente.analysis.leadership.LeadershipAnalyzer;
import org.entente.analysis.scope.Dyad;
import org.entente.analysis.scope.DyadCells;
import org.entente.analysis.scope.DyadEvents;
import org.entente.analysis.scope.EventAggregates;
import org.entente.analysis.scope.Window;
import org.entente.analysis.treaty.DefenceTreaties;
import org.entente.analysis.triangle.Triangle;
import org.entente.analysis.triangle.TriangleAnalyzer;
import org.entente.event.Assessment;
import org.entente.event.Event;
import org.entente.event.Period;

/**
 * The relationship model's entry point: profiles, triangles and issue leadership from events and
 * assessments read from the store. Render the results with {@code org.entente.analysis.report}.
 *
 * <pre>{@code
 * RelationshipAnalysis analysis = RelationshipAnalysis.standard();
 * DyadProfile profile =
 *     analysis.relation(Dyad.of("CHN", "RUS"), Window.ALL, Period.YEAR, events, assessments);
 * Triangle triangle = analysis.triangle("USA", "CHN", "RUS", Window.ALL, events);
 * String text = Format.TEXT.renderer().profile(profile);
 * }</pre>
 *
 * <p>What to pass: for a dyad, every event in the window whose source or target country is A or B
 * (third-party events feed alignment and leadership); for a triangle, the events among its three
 * countries. Other events are ignored, so passing more is only slower.
 */
public final class RelationshipAnalysis {

  /** Sentences kept behind each figure unless asked otherwise. */
  public static final int DEFAULT_EVIDENCE_LIMIT = 5;

  private final DyadAnalyzer dyads;
  private final int evidenceLimit;

  /**
   * @param evidenceLimit how many sentences to keep behind each figure (0 for ids only)
   */
  public RelationshipAnalysis(int evidenceLimit) {
    this(evidenceLimit, DefenceTreaties.standard());
  }

  /**
   * @param evidenceLimit how many sentences to keep behind each figure (0 for ids only)
   * @param treaties the defence commitments an alliance is read from
   */
  public RelationshipAnalysis(int evidenceLimit, DefenceTreaties treaties) {
    this.dyads = new DyadAnalyzer(evidenceLimit, treaties);
    this.evidenceLimit = evidenceLimit;
  }

  public static RelationshipAnalysis standard() {
    return new RelationshipAnalysis(DEFAULT_EVIDENCE_LIMIT);
  }

  /** {@code entente relation A B}: the dyad's profile, by period, with its stated levels. */
  public DyadProfile relation(
      Dyad dyad, Window window, Period period, List<Event> events, List<Assessment> assessments) {
    return dyads.profile(dyad, window, period, events, assessments);
  }

  /**
   * {@code entente relation A B} from a store's tallies: the same profile as from the events, with
   * only the cells and a few events read.
   */
  public DyadProfile relation(
      Dyad dyad,
      Window window,
      Period period,
      EventAggregates aggregates,
      List<Assessment> assessments) {
    return dyads.profile(dyad, window, period, aggregates, assessments);
  }

  /** {@code entente triangle A B C} from a store's tallies. */
  public Triangle triangle(
      String a, String b, String c, Window window, EventAggregates aggregates) {
    return new TriangleAnalyzer(dyads).triangle(a, b, c, window, aggregates);
  }

  /** {@code entente leads A B} from a store's tallies. */
  public Leadership leads(Dyad dyad, Window window, EventAggregates aggregates) {
    EventAggregates.Tallies tallies =
        aggregates.tally(
            Set.of(dyad.a(), dyad.b()),
            window,
            null,
            Evidence.ID_LIMIT,
            evidenceLimit,
            Set.of(),
            Set.of());
    return LeadershipAnalyzer.analyze(
        DyadCells.select(dyad, window, tallies.cells(), tallies.read()), evidenceLimit);
  }

  /** {@code entente triangle A B C}: the strategic triangle. */
  public Triangle triangle(String a, String b, String c, Window window, List<Event> events) {
    return new TriangleAnalyzer(dyads).triangle(a, b, c, window, events);
  }

  /** {@code entente leads A B}: who of A and B acts more on each third party. */
  public Leadership leads(Dyad dyad, Window window, List<Event> events) {
    return LeadershipAnalyzer.analyze(DyadEvents.select(dyad, window, events), evidenceLimit);
  }
}
