package org.entente.dictionary;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * One phrase of an actor dictionary and the code it stands for, with the dates it holds (for
 * people's terms of office) and where it was defined.
 *
 * @param phrase the phrase as written in the dictionary
 * @param keys the comparison keys of the phrase's word pieces (see {@link Phrases})
 * @param from first day the code holds, or {@code null}
 * @param to last day the code holds, or {@code null}
 * @param label what the entry is: the role for a person, the display name for a state
 * @param origin {@code file:line} of the entry
 */
public record ActorEntry(
    String phrase,
    List<String> keys,
    ActorCode code,
    EntryKind kind,
    LocalDate from,
    LocalDate to,
    String label,
    String origin) {

  public ActorEntry {
    requireNonNull(phrase, "phrase is null");
    keys = List.copyOf(keys);
    requireNonNull(code, "code is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(label, "label is null");
    requireNonNull(origin, "origin is null");
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("entry '" + phrase + "' has no words");
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException(
          "entry '" + phrase + "' ends (" + to + ") before it starts (" + from + ")");
    }
  }

  /** True when the entry has no dates, or {@code date} lies within them. */
  public boolean holdsOn(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }

  public boolean isDated() {
    return from != null || to != null;
  }
}
