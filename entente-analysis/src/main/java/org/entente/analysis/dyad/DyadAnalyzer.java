package org.entente.analysis.dyad;

import static java.util.Objects.requireNonNull;
import static org.entente.analysis.level.LevelThresholds.PACT_AREAS;
import static org.entente.analysis.level.LevelThresholds.PACT_CODES;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import org.entente.analysis.alignment.Alignment;
import org.entente.analysis.alignment.AlignmentAnalyzer;
import org.entente.analysis.evidence.Evidence;
import org.entente.analysis.figures.DirectedFigures;
import org.entente.analysis.leadership.LeadershipAnalyzer;
import org.entente.analysis.level.LevelClassifier;
import org.entente.analysis.level.LevelInputs;
import org.entente.analysis.scope.Dyad;
import org.entente.analysis.scope.DyadCells;
import org.entente.analysis.scope.DyadEvents;
import org.entente.analysis.scope.EventAggregates;
import org.entente.analysis.scope.EventCell;
import org.entente.analysis.scope.PeriodSpan;
import org.entente.analysis.scope.Window;
import org.entente.analysis.stated.StatedVsMeasured;
import org.entente.analysis.treaty.DefenceCommitment;
import org.entente.analysis.treaty.DefenceTreaties;
import org.entente.analysis.treaty.PactSignings;
import org.entente.event.Assessment;
import org.entente.event.Event;
import org.entente.event.Period;

/**
 * Composes the relationship model for one dyad: selects its events, measures the window and each
 * period, finds issue leadership and compares the stated levels.
 *
 * <pre>{@code
 * DyadProfile profile = new DyadAnalyzer(5)
 *     .profile(Dyad.of("CHN", "RUS"), Window.ALL, Period.YEAR, events, assessments);
 * profile.overall().level().level();   // ENTENTE
 * }</pre>
 */
public final class DyadAnalyzer {

  private final int evidenceLimit;
  private final DefenceTreaties treaties;

  /**
   * @param evidenceLimit how many sentences to keep behind each figure
   * @param treaties the defence commitments an alliance is read from
   */
  public DyadAnalyzer(int evidenceLimit, DefenceTreaties treaties) {
    if (evidenceLimit < 0) {
      throw new IllegalArgumentException("the evidence limit is negative: " + evidenceLimit);
    }
    this.evidenceLimit = evidenceLimit;
    this.treaties = requireNonNull(treaties, "treaties is null");
  }

  /** How many sentences it keeps behind each figure. */
  public int evidenceLimit() {
    return evidenceLimit;
  }

  /** With the bundled treaty table ({@link DefenceTreaties#standard()}). */
  public DyadAnalyzer(int evidenceLimit) {
    this(evidenceLimit, DefenceTreaties.standard());
  }

  /**
   * The profile of {@code dyad}. {@code events} should hold every event whose source or target is A
   * or B in the window (third-party events feed alignment and leadership); others are ignored.
   */
  public DyadProfile profile(
      Dyad dyad, Window window, Period period, List<Event> events, List<Assessment> assessments) {
    DyadEvents selected = DyadEvents.select(dyad, window, events);
    Measurement overall = measure(selected);
    List<PeriodProfile> periods = new ArrayList<>();
    for (PeriodSpan span : spans(selected, window, period)) {
      periods.add(new PeriodProfile(span, measure(selected.within(span))));
    }
    return new DyadProfile(
        dyad,
        window,
        period,
        overall,
        LeadershipAnalyzer.analyze(selected, evidenceLimit),
        Trend.of(periods),
        StatedVsMeasured.compare(dyad, window, assessments, overall.level().level()),
        selected.coarselyDated(period));
  }

  /**
   * The profile of {@code dyad} from a store's tallies: the same profile {@link #profile(Dyad,
   * Window, Period, List, List)} gives from the events, read as cells (one query) and the few
   * events that may sign a defence pact.
   */
  public DyadProfile profile(
      Dyad dyad,
      Window window,
      Period period,
      EventAggregates aggregates,
      List<Assessment> assessments) {
    EventAggregates.Tallies tallies = tally(aggregates, Set.of(dyad.a(), dyad.b()), window, period);
    DyadCells selected = DyadCells.select(dyad, window, tallies.cells(), tallies.read());
    Measurement overall = measure(selected);
    List<PeriodProfile> periods = new ArrayList<>();
    for (PeriodSpan span : spans(selected, window, period)) {
      periods.add(new PeriodProfile(span, measure(selected.within(span))));
    }
    return new DyadProfile(
        dyad,
        window,
        period,
        overall,
        LeadershipAnalyzer.analyze(selected, evidenceLimit),
        Trend.of(periods),
        StatedVsMeasured.compare(dyad, window, assessments, overall.level().level()),
        selected.coarselyDated());
  }

  /**
   * The tallies of these countries' events, with the events that may sign a defence pact read in
   * full (the codes and areas a pact needs).
   */
  public EventAggregates.Tallies tally(
      EventAggregates aggregates, Set<String> countries, Window window, Period period) {
    return aggregates.tally(
        countries, window, period, Evidence.ID_LIMIT, evidenceLimit, PACT_CODES, PACT_AREAS);
  }

  /** {@link #measure(DyadEvents)} of cells a store tallied. */
  public Measurement measure(DyadCells cells) {
    DirectedFigures figures = DirectedFigures.ofCells(cells.aToB(), cells.bToA(), evidenceLimit);
    Alignment alignment = AlignmentAnalyzer.analyze(cells, evidenceLimit);
    List<Event> signings = PactSignings.in(cells.signings());
    LevelInputs inputs =
        new LevelInputs(
            cells.dyad(),
            figures.both().events(),
            figures.aToB().events(),
            figures.bToA().events(),
            cells.reported(),
            EventCell.events(cells.context()),
            figures.both().quads().cooperation(),
            figures.both().quads().materialConflict(),
            OptionalInt.of(figures.both().breadth()),
            alignment.stances().size(),
            alignment.agreeing(),
            commitments(cells.dyad(), end(cells.window(), cells.lastDyadDate()), signings));
    return new Measurement(
        figures,
        alignment,
        Evidence.of(signings, evidenceLimit),
        EventCell.evidence(cells.context(), evidenceLimit),
        LevelClassifier.classify(inputs),
        cells.volume());
  }

  /** Figures, alignment and level of already selected events. */
  public Measurement measure(DyadEvents events) {
    DirectedFigures figures = DirectedFigures.of(events.aToB(), events.bToA(), evidenceLimit);
    Alignment alignment = AlignmentAnalyzer.analyze(events, evidenceLimit);
    List<Event> signings = PactSignings.in(events.both());
    LevelInputs inputs =
        new LevelInputs(
            events.dyad(),
            figures.both().events(),
            figures.aToB().events(),
            figures.bToA().events(),
            events.reported(),
            events.context().size(),
            figures.both().quads().cooperation(),
            figures.both().quads().materialConflict(),
            OptionalInt.of(figures.both().breadth()),
            alignment.stances().size(),
            alignment.agreeing(),
            commitments(events, signings));
    return new Measurement(
        figures,
        alignment,
        Evidence.of(signings, evidenceLimit),
        Evidence.of(events.context(), evidenceLimit),
        LevelClassifier.classify(inputs),
        events.volume());
  }

  /**
   * The defence commitments binding the pair at the end of the window — its last day, or the date
   * of its last dyad event when the window is open — from the treaty table and the pacts signed in
   * the window. An open window without dyad events has no end to date a treaty by: none.
   */
  List<DefenceCommitment> commitments(DyadEvents events, List<Event> signings) {
    return commitments(
        events.dyad(),
        end(
            events.window(),
            Stream.concat(events.both().stream(), events.context().stream())
                .map(Event::date)
                .max(LocalDate::compareTo)),
        signings);
  }

  private static Optional<LocalDate> end(Window window, Optional<LocalDate> lastDyadEvent) {
    return window.to() != null ? Optional.of(window.to()) : lastDyadEvent;
  }

  private List<DefenceCommitment> commitments(
      Dyad dyad, Optional<LocalDate> end, List<Event> signings) {
    if (end.isEmpty()) {
      return List.of();
    }
    List<DefenceCommitment> found =
        new ArrayList<>(treaties.inForce(dyad.a(), dyad.b(), end.get()));
    for (Event signing : signings) {
      DefenceCommitment pact = PactSignings.commitment(signing);
      if (pact.inForceOn(end.get())) {
        found.add(pact);
      }
    }
    return found;
  }

  /**
   * The periods of the trend: the whole window when both ends are given, otherwise from the first
   * to the last dyad event the period can place.
   */
  static List<PeriodSpan> spans(DyadEvents events, Window window, Period period) {
    return spans(events.firstDate(period), events.lastDate(period), window, period);
  }

  static List<PeriodSpan> spans(DyadCells cells, Window window, Period period) {
    return spans(cells.firstDate(), cells.lastDate(), window, period);
  }

  private static List<PeriodSpan> spans(
      Optional<LocalDate> firstEvent, Optional<LocalDate> lastEvent, Window window, Period period) {
    Optional<LocalDate> first = window.from() != null ? Optional.of(window.from()) : firstEvent;
    Optional<LocalDate> last = window.to() != null ? Optional.of(window.to()) : lastEvent;
    List<PeriodSpan> spans = new ArrayList<>();
    if (first.isEmpty() || last.isEmpty() || first.get().isAfter(last.get())) {
      return spans;
    }
    PeriodSpan end = PeriodSpan.of(period, last.get());
    for (PeriodSpan span = PeriodSpan.of(period, first.get());
        !span.start().isAfter(end.start());
        span = span.next()) {
      spans.add(span);
    }
    return spans;
  }
}
