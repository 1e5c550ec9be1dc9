package org.entente.validate;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One event a gold record expects. Sources and targets are lists: a coded event matches when its
 * source matches any of the sources and its target any of the targets (compound actors, "Hungary
 * and Romania agreed"). An empty target list matches any target. A reciprocal event ({@code
 * SRC/TAR} in PLOVER) lists its parties as sources and needs a coded event between two different
 * parties, either way round.
 *
 * @param sources the acceptable sources
 * @param targets the acceptable targets, or empty for any
 * @param reciprocal whether the sources are the parties of a reciprocal event
 * @param codePrefixes CAMEO code prefixes of the event type ({@code ["03", "057"]} for PLOVER
 *     AGREE, the root {@code ["06"]} for PETRARCH's 064); what {@link Level#COUNTRY_ROOT} and
 *     {@link Level#ROOT} compare
 * @param code the exact CAMEO code for {@link Level#STRICT}, or empty when the gold names a type
 *     only (PLOVER), in which case the prefixes decide there too
 * @param label how reports name the event type ({@code "AGREE"}, {@code "064"})
 */
public record ExpectedEvent(
    List<GoldActor> sources,
    List<GoldActor> targets,
    boolean reciprocal,
    List<String> codePrefixes,
    String code,
    String label) {

  public ExpectedEvent {
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
    codePrefixes = List.copyOf(codePrefixes);
    requireNonNull(code, "code is null");
    requireNonNull(label, "label is null");
    if (codePrefixes.isEmpty()) {
      throw new IllegalArgumentException("an expected event needs at least one code prefix");
    }
    if (reciprocal && !targets.isEmpty()) {
      throw new IllegalArgumentException("a reciprocal event lists its parties as sources only");
    }
  }

  /** A PETRARCH-style triple: {@code ARN → GON 064}. */
  public static ExpectedEvent triple(String source, String target, String code) {
    return new ExpectedEvent(
        List.of(GoldActor.ofCode(source)),
        target.isEmpty() ? List.of() : List.of(GoldActor.ofCode(target)),
        false,
        List.of(code.length() >= 2 ? code.substring(0, 2) : code),
        code,
        code);
  }

  /** {@code "HUN+ROM <-> AGREE"}, {@code "ARN -> GON 064"}, {@code "SRB -> * 112"}. */
  @Override
  public String toString() {
    String from = sources.stream().map(GoldActor::toString).collect(Collectors.joining("+"));
    if (reciprocal) {
      return from + " <-> " + label;
    }
    String to =
        targets.isEmpty()
            ? "*"
            : targets.stream().map(GoldActor::toString).collect(Collectors.joining("+"));
    return from + " -> " + to + " " + label;
  }
}
