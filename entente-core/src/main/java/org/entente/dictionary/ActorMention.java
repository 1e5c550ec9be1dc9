package org.entente.dictionary;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * An actor found in a sentence: tokens {@code start} (inclusive) to {@code end} (exclusive), the
 * code it resolves to, and why — the dictionary entries that matched, so that every code can be
 * traced to a line of a file.
 *
 * @param code the resolved code; agent-only codes ({@code GOV}) when no country is known yet
 * @param kind the kind of the entry that decided the code
 * @param why one line per step of the resolution, e.g. {@code "Kremlin" = RUS government
 *     (countries.tsv:142)}
 */
public record ActorMention(
    int start, int end, String text, ActorCode code, EntryKind kind, List<String> why) {

  public ActorMention {
    requireNonNull(text, "text is null");
    requireNonNull(code, "code is null");
    requireNonNull(kind, "kind is null");
    why = List.copyOf(why);
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad token span " + start + ".." + end);
    }
  }

  public boolean covers(int token) {
    return token >= start && token < end;
  }
}
