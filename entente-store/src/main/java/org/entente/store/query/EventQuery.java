package org.entente.store.query;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which events to read. An actor matches by country when given three letters ({@code RUS}: every
 * actor whose country is Russia, {@code RUSGOV} and {@code RUSMIL} included) and by code prefix
 * otherwise ({@code RUSGOV}, {@code IGOUNO}). Dates are inclusive. Build it from a factory and
 * narrow it:
 *
 * <pre>{@code
 * EventQuery.all().source("RUS").target("CHN").from(LocalDate.of(2014, 1, 1)).roots("06")
 * EventQuery.between("CHN", "RUS").window(from, to).onlyFactual()   // either direction
 * EventQuery.involving("CHN")          // CHN with any other country, for alignment
 * }</pre>
 *
 * @param source the source actor, or {@code null} for any
 * @param target the target actor, or {@code null} for any
 * @param eitherDirection also match with source and target swapped
 * @param involving a country on either side facing another country, or {@code null}
 * @param roots CAMEO roots ({@code "06"}); empty for all
 * @param quadClasses quad classes 1–4; empty for all
 * @param origin one origin only, or {@code null} for both
 * @param factualOnly only factual, non-negated events (what the relation model counts)
 * @param limit at most this many events, 0 for no limit
 */
public record EventQuery(
    String source,
    String target,
    boolean eitherDirection,
    String involving,
    LocalDate from,
    LocalDate to,
    Set<String> roots,
    Set<Integer> quadClasses,
    Origin origin,
    boolean factualOnly,
    int limit) {

  public EventQuery {
    roots = Set.copyOf(requireNonNull(roots, "roots is null"));
    quadClasses = Set.copyOf(requireNonNull(quadClasses, "quadClasses is null"));
    for (String root : roots) {
      if (!root.matches("0[1-9]|1[0-9]|20")) {
        throw new IllegalArgumentException(
            "CAMEO roots are two digits from 01 to 20, not '" + root + "'");
      }
    }
    for (int quadClass : quadClasses) {
      if (quadClass < 1 || quadClass > 4) {
        throw new IllegalArgumentException("quad classes run from 1 to 4, not " + quadClass);
      }
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("the window starts " + from + ", after its end " + to);
    }
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be 0 (none) or more, not " + limit);
    }
  }

  /** Every event. */
  public static EventQuery all() {
    return new EventQuery(null, null, false, null, null, null, Set.of(), Set.of(), null, false, 0);
  }

  /** Events between two actors, in either direction. */
  public static EventQuery between(String a, String b) {
    return all().source(a).target(b).eitherDirection(true);
  }

  /** Events between a country and any other country, in either direction. */
  public static EventQuery involving(String country) {
    requireNonNull(country, "country is null");
    return new EventQuery(
        null, null, false, country, null, null, Set.of(), Set.of(), null, false, 0);
  }

  public EventQuery source(String code) {
    return new EventQuery(
        code,
        target,
        eitherDirection,
        involving,
        from,
        to,
        roots,
        quadClasses,
        origin,
        factualOnly,
        limit);
  }

  public EventQuery target(String code) {
    return new EventQuery(
        source,
        code,
        eitherDirection,
        involving,
        from,
        to,
        roots,
        quadClasses,
        origin,
        factualOnly,
        limit);
  }

  public EventQuery eitherDirection(boolean either) {
    return new EventQuery(
        source,
        target,
        either,
        involving,
        from,
        to,
        roots,
        quadClasses,
        origin,
        factualOnly,
        limit);
  }

  public EventQuery from(LocalDate day) {
    return window(day, to);
  }

  public EventQuery to(LocalDate day) {
    return window(from, day);
  }

  public EventQuery window(LocalDate first, LocalDate last) {
    return new EventQuery(
        source,
        target,
        eitherDirection,
        involving,
        first,
        last,
        roots,
        quadClasses,
        origin,
        factualOnly,
        limit);
  }

  public EventQuery roots(String... codes) {
    return new EventQuery(
        source,
        target,
        eitherDirection,
        involving,
        from,
        to,
        new TreeSet<>(Arrays.asList(codes)),
        quadClasses,
        origin,
        factualOnly,
        limit);
  }

  public EventQuery quadClasses(Integer... classes) {
    return new EventQuery(
        source,
        target,
        eitherDirection,
        involving,
        from,
        to,
        roots,
        new TreeSet<>(Arrays.asList(classes)),
        origin,
        factualOnly,
        limit);
  }

  public EventQuery origin(Origin only) {
    return new EventQuery(
        source,
        target,
        eitherDirection,
        involving,
        from,
        to,
        roots,
        quadClasses,
        only,
        factualOnly,
        limit);
  }

  public EventQuery onlyFactual() {
    return new EventQuery(
        source,
        target,
        eitherDirection,
        involving,
        from,
        to,
        roots,
        quadClasses,
        origin,
        true,
        limit);
  }

  public EventQuery limit(int most) {
    return new EventQuery(
        source,
        target,
        eitherDirection,
        involving,
        from,
        to,
        roots,
        quadClasses,
        origin,
        factualOnly,
        most);
  }
}
