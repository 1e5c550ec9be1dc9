package org.entente.analysis.scope;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.entente.event.Event;
import org.entente.event.Period;

/**
 * The events that bear on one dyad in a window, sorted out once. For CHN–RUS, "Russia sells oil to
 * China" goes to {@link #bToA()}, "Russia and China will never be against each other" (negated) to
 * {@link #context()}, and "Russia supports Syria" to {@link #bToThird()} under {@code SYR}.
 *
 * <p>Countries are {@code source.country()} and {@code target.country()}; an event with either
 * missing, or with both the same, is no one's dyad event. Counted events ({@link Counting}: factual
 * or reported, not negated, not claimed) are measured; the dyad's others are kept as context. An id
 * seen twice counts once.
 *
 * @param aToB counted events from A to B
 * @param bToA counted events from B to A
 * @param context the dyad's events not counted, in either direction: shown, never counted
 * @param aToThird counted events from A to each third country, by country code
 * @param bToThird counted events from B to each third country, by country code
 */
public record DyadEvents(
    Dyad dyad,
    Window window,
    List<Event> aToB,
    List<Event> bToA,
    List<Event> context,
    Map<String, List<Event>> aToThird,
    Map<String, List<Event>> bToThird) {

  public DyadEvents {
    requireNonNull(dyad, "dyad is null");
    requireNonNull(window, "window is null");
    aToB = List.copyOf(aToB);
    bToA = List.copyOf(bToA);
    context = List.copyOf(context);
    aToThird = copy(aToThird);
    bToThird = copy(bToThird);
  }

  /** Sorts {@code events} out for {@code dyad} within {@code window}. */
  public static DyadEvents select(Dyad dyad, Window window, Collection<Event> events) {
    List<Event> aToB = new ArrayList<>();
    List<Event> bToA = new ArrayList<>();
    List<Event> context = new ArrayList<>();
    Map<String, List<Event>> aToThird = new TreeMap<>();
    Map<String, List<Event>> bToThird = new TreeMap<>();
    Map<String, Event> unique = new LinkedHashMap<>();
    for (Event event : events) {
      unique.putIfAbsent(event.id(), event);
    }
    for (Event event : unique.values()) {
      String source = event.source().country();
      String target = event.target().country();
      if (source == null || target == null || source.equals(target)) {
        continue;
      }
      if (!window.contains(event.date())) {
        continue;
      }
      if (dyad.matches(source, target)) {
        if (!Counting.counts(event)) {
          context.add(event);
        } else if (source.equals(dyad.a())) {
          aToB.add(event);
        } else {
          bToA.add(event);
        }
      } else if (Counting.counts(event) && source.equals(dyad.a()) && !dyad.contains(target)) {
        aToThird.computeIfAbsent(target, k -> new ArrayList<>()).add(event);
      } else if (Counting.counts(event) && source.equals(dyad.b()) && !dyad.contains(target)) {
        bToThird.computeIfAbsent(target, k -> new ArrayList<>()).add(event);
      }
    }
    return new DyadEvents(dyad, window, aToB, bToA, context, aToThird, bToThird);
  }

  /** The factual events in both directions, A→B first. */
  public List<Event> both() {
    return Stream.concat(aToB.stream(), bToA.stream()).toList();
  }

  /** Of the counted dyad events, those told through a source ({@link Counting.Status#REPORTED}). */
  public int reported() {
    return (int) both().stream().filter(e -> Counting.of(e) == Counting.Status.REPORTED).count();
  }

  /**
   * Every counted event A or B initiates, toward each other or a third country: the news volume the
   * dyad's events are a share of. It grows and shrinks with the news supply, so counts that compare
   * periods are read against it.
   */
  public int volume() {
    int thirds =
        Stream.concat(aToThird.values().stream(), bToThird.values().stream())
            .mapToInt(List::size)
            .sum();
    return aToB.size() + bToA.size() + thirds;
  }

  /** The events of one period: those dated in it precisely enough to be placed there. */
  public DyadEvents within(PeriodSpan span) {
    Predicate<Event> in =
        event -> span.contains(event.date()) && span.period().resolves(event.datePrecision());
    return new DyadEvents(
        dyad,
        new Window(span.start(), span.end()),
        aToB.stream().filter(in).toList(),
        bToA.stream().filter(in).toList(),
        context.stream().filter(in).toList(),
        filter(aToThird, in),
        filter(bToThird, in));
  }

  /** Dyad events (factual or not) dated too coarsely for {@code period}: counted overall only. */
  public int coarselyDated(Period period) {
    return (int)
        Stream.of(aToB, bToA, context)
            .flatMap(List::stream)
            .filter(event -> !period.resolves(event.datePrecision()))
            .count();
  }

  /** The earliest date of a dyad event, factual or not, that {@code period} can place. */
  public Optional<LocalDate> firstDate(Period period) {
    return dyadDates(period).min(LocalDate::compareTo);
  }

  /** The latest date of a dyad event, factual or not, that {@code period} can place. */
  public Optional<LocalDate> lastDate(Period period) {
    return dyadDates(period).max(LocalDate::compareTo);
  }

  private Stream<LocalDate> dyadDates(Period period) {
    return Stream.of(aToB, bToA, context)
        .flatMap(List::stream)
        .filter(event -> period.resolves(event.datePrecision()))
        .map(Event::date);
  }

  private static Map<String, List<Event>> filter(
      Map<String, List<Event>> byCountry, Predicate<Event> keep) {
    Map<String, List<Event>> kept = new TreeMap<>();
    byCountry.forEach(
        (country, events) -> {
          List<Event> inside = events.stream().filter(keep).toList();
          if (!inside.isEmpty()) {
            kept.put(country, inside);
          }
        });
    return kept;
  }

  private static Map<String, List<Event>> copy(Map<String, List<Event>> byCountry) {
    Map<String, List<Event>> copy = new TreeMap<>();
    byCountry.forEach((country, events) -> copy.put(country, List.copyOf(events)));
    return Collections.unmodifiableMap(copy);
  }
}
