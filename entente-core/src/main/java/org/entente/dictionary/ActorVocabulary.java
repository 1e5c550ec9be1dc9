package org.entente.dictionary;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.entente.core.Tsv;

/**
 * The CAMEO actor vocabulary: country codes (with their display names), regions, agents, groups and
 * organisation parts. It parses actor codes into their parts and rejects unknown parts.
 */
public final class ActorVocabulary {

  /** What a 3-letter code part stands for. */
  public enum PartKind {
    COUNTRY,
    REGION,
    AGENT,
    GROUP,
    ORGANIZATION
  }

  /** One code part: {@code GOV}, agent, "Government". */
  public record Part(String code, PartKind kind, String name) {
    public Part {
      requireNonNull(code, "code is null");
      requireNonNull(kind, "kind is null");
      requireNonNull(name, "name is null");
    }
  }

  private final Map<String, Part> parts;

  private ActorVocabulary(Map<String, Part> parts) {
    this.parts = Collections.unmodifiableMap(parts);
  }

  /**
   * Builds the vocabulary from {@code actor-codes.tsv} rows ({@code code, kind, name}) and the
   * countries (code → display name).
   */
  static ActorVocabulary load(Iterable<Tsv.Row> codeRows, Map<String, String> countries) {
    Map<String, Part> parts = new LinkedHashMap<>();
    countries.forEach((code, name) -> parts.put(code, new Part(code, PartKind.COUNTRY, name)));
    for (Tsv.Row row : codeRows) {
      row.requireFields(3, 3);
      String code = row.field(0);
      if (code.length() != 3 || !ActorCode.isWellFormed(code)) {
        throw row.error("'%s' is not a 3-letter upper-case code part", code);
      }
      PartKind kind;
      try {
        kind = PartKind.valueOf(row.field(1).toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw row.error(
            "unknown kind '%s' (expected region, agent, group or organization)", row.field(1));
      }
      if (kind == PartKind.COUNTRY) {
        throw row.error("countries belong in countries.tsv, not actor-codes.tsv");
      }
      Part previous = parts.get(code);
      if (previous != null && previous.kind() == PartKind.COUNTRY) {
        throw row.error("code part %s is already the country %s", code, previous.name());
      }
      parts.putIfAbsent(code, new Part(code, kind, row.field(2)));
    }
    return new ActorVocabulary(parts);
  }

  /**
   * This vocabulary with {@code extra} parts added; a code it already has keeps its meaning. Used
   * for dictionaries that bring their own codes (PETRARCH's validation suite has the countries
   * {@code ARN} and {@code GON}).
   */
  public ActorVocabulary with(Iterable<Part> extra) {
    Map<String, Part> merged = new LinkedHashMap<>(parts);
    for (Part part : extra) {
      merged.putIfAbsent(part.code(), part);
    }
    return new ActorVocabulary(merged);
  }

  public Optional<Part> part(String code) {
    return Optional.ofNullable(parts.get(code));
  }

  public boolean isCountry(String code) {
    Part part = parts.get(code);
    return part != null && part.kind() == PartKind.COUNTRY;
  }

  /** The display name of a country code ("China" for CHN), or the code itself. */
  public String countryName(String code) {
    Part part = parts.get(code);
    return part != null && part.kind() == PartKind.COUNTRY ? part.name() : code;
  }

  public Map<String, Part> parts() {
    return parts;
  }

  /**
   * Parses a code into its parts: the country is the first part when it is a state, the agent the
   * first agent part after it.
   *
   * @throws IllegalArgumentException naming the unknown part
   */
  public ActorCode parse(String code) {
    requireNonNull(code, "code is null");
    String upper = code.strip().toUpperCase(java.util.Locale.ROOT);
    if (!ActorCode.isWellFormed(upper)) {
      throw new IllegalArgumentException(
          "'" + code + "' is not an actor code (3-letter parts such as CHN, CHNGOV, IGOUNO)");
    }
    String country = null;
    String agent = null;
    for (int i = 0; i < upper.length(); i += 3) {
      String piece = upper.substring(i, i + 3);
      Part part = parts.get(piece);
      if (part == null) {
        throw new IllegalArgumentException("unknown code part '" + piece + "' in '" + upper + "'");
      }
      if (i == 0 && part.kind() == PartKind.COUNTRY) {
        country = piece;
      } else if (agent == null && part.kind() == PartKind.AGENT) {
        agent = piece;
      }
    }
    return new ActorCode(upper, country, agent);
  }
}
