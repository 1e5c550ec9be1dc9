package org.entente.app;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.entente.analysis.RelationshipAnalysis;
import org.entente.analysis.dyad.DyadProfile;
import org.entente.analysis.leadership.Leadership;
import org.entente.analysis.report.Format;
import org.entente.analysis.report.Renderer;
import org.entente.analysis.scope.Dyad;
import org.entente.analysis.scope.Window;
import org.entente.analysis.triangle.Triangle;
import org.entente.event.Assessment;
import org.entente.event.Event;
import org.entente.event.Period;
import org.entente.store.EventStore;
import org.entente.store.query.EventQuery;
import org.entente.store.query.PairCount;

/**
 * The relationship analyses of one store: asks the store for what each needs (its countries' events
 * tallied by cell, a few events in full, the dyad's assessments) and runs {@link
 * RelationshipAnalysis}. The {@code relation}, {@code triangle}, {@code leads} and {@code demo}
 * commands and the server's endpoints all go through here.
 *
 * <pre>{@code
 * DyadProfile profile =
 *     new StoreAnalyses(store).relation(Dyad.of("CHN", "RUS"), Window.ALL, Period.YEAR);
 * }</pre>
 */
public final class StoreAnalyses {

  private final EventStore store;
  private final RelationshipAnalysis analysis;
  private final StoreAggregates aggregates;

  public StoreAnalyses(EventStore store) {
    this(store, RelationshipAnalysis.standard());
  }

  public StoreAnalyses(EventStore store, RelationshipAnalysis analysis) {
    this.store = requireNonNull(store, "store is null");
    this.analysis = requireNonNull(analysis, "analysis is null");
    this.aggregates = new StoreAggregates(store);
  }

  /**
   * The dyad's profile by period, with what commentators stated of it, from the store's tallies
   * ({@link StoreAggregates}): the store counts, the analysis adds the cells up.
   */
  public DyadProfile relation(Dyad dyad, Window window, Period period) {
    return analysis.relation(dyad, window, period, aggregates, assessments(dyad, window));
  }

  /**
   * Computes the relation by year and the leadership of the store's busiest pair over all dates,
   * and renders them as JSON, for nothing: what a server does before it listens, so that its first
   * request does not also pay for compiling the code it runs (the JIT) and for reading the store's
   * pages from disk. Returns the pair, or nothing when the store has no pair.
   */
  public Optional<Dyad> warmUp() {
    List<PairCount> busiest = store.pairs(EventQuery.all().limit(1));
    if (busiest.isEmpty()) {
      return Optional.empty();
    }
    Dyad dyad = Dyad.of(busiest.get(0).a(), busiest.get(0).b());
    Renderer json = Format.JSON.renderer();
    json.profile(relation(dyad, Window.ALL, Period.YEAR));
    json.leadership(leads(dyad, Window.ALL));
    return Optional.of(dyad);
  }

  /** The strategic triangle of three countries. */
  public Triangle triangle(String a, String b, String c, Window window) {
    return analysis.triangle(a, b, c, window, aggregates);
  }

  /** Who of the pair acts more on each third party. */
  public Leadership leads(Dyad dyad, Window window) {
    return analysis.leads(dyad, window, aggregates);
  }

  /**
   * The profile {@link #relation} gives, computed from every event instead of the store's tallies:
   * slower by far on a large store, and the reference the tallies are checked against.
   */
  public DyadProfile relationFromEvents(Dyad dyad, Window window, Period period) {
    return analysis.relation(
        dyad,
        window,
        period,
        events(List.of(dyad.a(), dyad.b()), window),
        assessments(dyad, window));
  }

  /** {@link #triangle} from every event of the three. */
  public Triangle triangleFromEvents(String a, String b, String c, Window window) {
    return analysis.triangle(a, b, c, window, events(List.of(a, b, c), window));
  }

  /** {@link #leads} from every event of the pair. */
  public Leadership leadsFromEvents(Dyad dyad, Window window) {
    return analysis.leads(dyad, window, events(List.of(dyad.a(), dyad.b()), window));
  }

  private List<Assessment> assessments(Dyad dyad, Window window) {
    return store.assessments(dyad.a(), dyad.b(), window.from(), window.to());
  }

  /**
   * What the analyses of these countries read: every stored event within the window whose source is
   * one of them. A dyad's figures, alignment and leadership count only what A and B do (to each
   * other and to third countries), so what third countries do to them is never read.
   */
  public List<Event> events(List<String> countries, Window window) {
    List<Event> events = new ArrayList<>();
    for (String country : new LinkedHashSet<>(countries)) {
      EventQuery query = EventQuery.all().source(country);
      if (window.from() != null) {
        query = query.from(window.from());
      }
      if (window.to() != null) {
        query = query.to(window.to());
      }
      store.forEachEvent(query, events::add);
    }
    return events;
  }
}
