package org.entente.analysis.dyad;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.entente.analysis.alignment.Alignment;
import org.entente.analysis.alignment.AlignmentAnalyzer;
import org.entente.analysis.evidence.Evidence;
import org.entente.analysis.figures.DirectedFigures;
import org.entente.analysis.leadership.LeadershipAnalyzer;
import org.entente.analysis.level.AllianceSignals;
import org.entente.analysis.level.LevelClassifier;
import org.entente.analysis.level.LevelInputs;
import org.entente.analysis.scope.Dyad;
import org.entente.analysis.scope.DyadEvents;
import org.entente.analysis.scope.Period;
import org.entente.analysis.scope.PeriodSpan;
import org.entente.analysis.scope.Window;
import org.entente.analysis.stated.StatedVsMeasured;
import org.entente.event.Assessment;
import org.entente.event.Event;

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

  /**
   * @param evidenceLimit how many sentences to keep behind each figure
   */
  public DyadAnalyzer(int evidenceLimit) {
    if (evidenceLimit < 0) {
      throw new IllegalArgumentException("the evidence limit is negative: " + evidenceLimit);
    }
    this.evidenceLimit = evidenceLimit;
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

  /** Figures, alignment and level of already selected events. */
  public Measurement measure(DyadEvents events) {
    DirectedFigures figures = DirectedFigures.of(events.aToB(), events.bToA(), evidenceLimit);
    Alignment alignment = AlignmentAnalyzer.analyze(events, evidenceLimit);
    List<Event> signals = AllianceSignals.in(events.both());
    LevelInputs inputs =
        new LevelInputs(
            events.dyad(),
            figures.both().events(),
            figures.aToB().events(),
            figures.bToA().events(),
            events.context().size(),
            figures.both().quads().cooperation(),
            figures.both().quads().materialConflict(),
            figures.both().breadth(),
            alignment.stances().size(),
            alignment.agreeing(),
            signals.size());
    return new Measurement(
        figures,
        alignment,
        Evidence.of(signals, evidenceLimit),
        Evidence.of(events.context(), evidenceLimit),
        LevelClassifier.classify(inputs));
  }

  /**
   * The periods of the trend: the whole window when both ends are given, otherwise from the first
   * to the last dyad event the period can place.
   */
  static List<PeriodSpan> spans(DyadEvents events, Window window, Period period) {
    Optional<LocalDate> first =
        window.from() != null ? Optional.of(window.from()) : events.firstDate(period);
    Optional<LocalDate> last =
        window.to() != null ? Optional.of(window.to()) : events.lastDate(period);
    List<PeriodSpan> spans = new ArrayList<>();
    if (first.isEmpty() || last.isEmpty() || first.get().isAfter(last.get())) {
      return spans;
    }
    PeriodSpan end = period.spanOf(last.get());
    for (PeriodSpan span = period.spanOf(first.get());
        !span.start().isAfter(end.start());
        span = span.next()) {
      spans.add(span);
    }
    return spans;
  }
}
