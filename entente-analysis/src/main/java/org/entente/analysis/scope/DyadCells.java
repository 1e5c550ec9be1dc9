package org.entente.analysis.scope;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.entente.event.Event;

/**
 * {@link DyadEvents} from a store's tallies: the cells that bear on one dyad, sorted out once. The
 * same sorting (A→B, B→A, context, each one's third parties), on cells instead of events.
 *
 * @param aToB counted cells from A to B
 * @param bToA counted cells from B to A
 * @param context the dyad's cells not counted, in either direction
 * @param aToThird counted cells from A to each third country
 * @param bToThird counted cells from B to each third country
 * @param signings candidates read in full: the dyad's factual events that may sign a defence pact,
 *     A→B first
 */
public record DyadCells(
    Dyad dyad,
    Window window,
    List<EventCell> aToB,
    List<EventCell> bToA,
    List<EventCell> context,
    Map<String, List<EventCell>> aToThird,
    Map<String, List<EventCell>> bToThird,
    List<Event> signings) {

  public DyadCells {
    requireNonNull(dyad, "dyad is null");
    requireNonNull(window, "window is null");
    aToB = List.copyOf(aToB);
    bToA = List.copyOf(bToA);
    context = List.copyOf(context);
    aToThird = copy(aToThird);
    bToThird = copy(bToThird);
    signings = List.copyOf(signings);
  }

  /**
   * Sorts {@code cells} out for {@code dyad}, as {@link DyadEvents#select} sorts events; {@code
   * signings} are the factual events read in full ({@link EventAggregates#tally}); those of other
   * dyads are left out.
   */
  public static DyadCells select(
      Dyad dyad, Window window, Collection<EventCell> cells, Collection<Event> signings) {
    List<EventCell> aToB = new ArrayList<>();
    List<EventCell> bToA = new ArrayList<>();
    List<EventCell> context = new ArrayList<>();
    Map<String, List<EventCell>> aToThird = new TreeMap<>();
    Map<String, List<EventCell>> bToThird = new TreeMap<>();
    for (EventCell cell : cells) {
      String source = cell.source();
      String target = cell.target();
      if (source.equals(target)) {
        continue;
      }
      boolean counts = cell.status().counts();
      if (dyad.matches(source, target)) {
        if (!counts) {
          context.add(cell);
        } else if (source.equals(dyad.a())) {
          aToB.add(cell);
        } else {
          bToA.add(cell);
        }
      } else if (counts && source.equals(dyad.a()) && !dyad.contains(target)) {
        aToThird.computeIfAbsent(target, k -> new ArrayList<>()).add(cell);
      } else if (counts && source.equals(dyad.b()) && !dyad.contains(target)) {
        bToThird.computeIfAbsent(target, k -> new ArrayList<>()).add(cell);
      }
    }
    List<Event> ordered =
        signings.stream()
            .filter(event -> window.contains(event.date()))
            .filter(event -> dyad.matches(event.source().country(), event.target().country()))
            .sorted(Comparator.comparing(event -> !dyad.a().equals(event.source().country())))
            .toList();
    return new DyadCells(dyad, window, aToB, bToA, context, aToThird, bToThird, ordered);
  }

  /** The counted cells in both directions, A→B first. */
  public List<EventCell> both() {
    return Stream.concat(aToB.stream(), bToA.stream()).toList();
  }

  /** Of the counted dyad events, those told through a source ({@link DyadEvents#reported()}). */
  public int reported() {
    return EventCell.events(
        both().stream().filter(cell -> cell.status() == Counting.Status.REPORTED).toList());
  }

  /** Every counted event A or B initiates ({@link DyadEvents#volume()}). */
  public int volume() {
    return EventCell.events(aToB)
        + EventCell.events(bToA)
        + Stream.concat(aToThird.values().stream(), bToThird.values().stream())
            .mapToInt(EventCell::events)
            .sum();
  }

  /**
   * The cells of one period: those placed in it. The cells must have been tallied by the span's
   * period; cells too coarsely dated for it are in none.
   */
  public DyadCells within(PeriodSpan span) {
    Predicate<EventCell> in = cell -> span.start().equals(cell.period());
    return new DyadCells(
        dyad,
        new Window(span.start(), span.end()),
        aToB.stream().filter(in).toList(),
        bToA.stream().filter(in).toList(),
        context.stream().filter(in).toList(),
        filter(aToThird, in),
        filter(bToThird, in),
        signings.stream()
            .filter(
                event ->
                    span.contains(event.date()) && span.period().resolves(event.datePrecision()))
            .toList());
  }

  /** Dyad events (counted or not) in no period: too coarsely dated for the one tallied by. */
  public int coarselyDated() {
    return EventCell.events(dyadCells().filter(cell -> cell.period() == null).toList());
  }

  /** The earliest date of a dyad event placed in a period. */
  public Optional<LocalDate> firstDate() {
    return dyadCells()
        .filter(cell -> cell.period() != null)
        .map(EventCell::first)
        .min(LocalDate::compareTo);
  }

  /** The latest date of a dyad event placed in a period. */
  public Optional<LocalDate> lastDate() {
    return dyadCells()
        .filter(cell -> cell.period() != null)
        .map(EventCell::last)
        .max(LocalDate::compareTo);
  }

  /** The latest date of any dyad event, counted or not, however precisely dated. */
  public Optional<LocalDate> lastDyadDate() {
    return dyadCells().map(EventCell::last).max(LocalDate::compareTo);
  }

  private Stream<EventCell> dyadCells() {
    return Stream.of(aToB, bToA, context).flatMap(List::stream);
  }

  private static Map<String, List<EventCell>> filter(
      Map<String, List<EventCell>> byCountry, Predicate<EventCell> keep) {
    Map<String, List<EventCell>> kept = new TreeMap<>();
    byCountry.forEach(
        (country, cells) -> {
          List<EventCell> inside = cells.stream().filter(keep).toList();
          if (!inside.isEmpty()) {
            kept.put(country, inside);
          }
        });
    return kept;
  }

  private static Map<String, List<EventCell>> copy(Map<String, List<EventCell>> byCountry) {
    Map<String, List<EventCell>> copy = new TreeMap<>();
    byCountry.forEach((country, cells) -> copy.put(country, List.copyOf(cells)));
    return Collections.unmodifiableMap(copy);
  }
}
