package org.entente.text;

import static java.util.Objects.requireNonNull;

/**
 * A dependency arc of the enhanced Universal Dependencies graph: {@code head} → {@code dependent}
 * with a relation such as {@code nsubj}, {@code obj}, {@code obl:to}, {@code nmod:poss}. The root
 * arc has head {@code -1}.
 */
public record Dependency(int head, int dependent, String relation) {
  public Dependency {
    requireNonNull(relation, "relation is null");
    if (dependent < 0 || head < -1) {
      throw new IllegalArgumentException("bad arc " + head + " -> " + dependent);
    }
  }

  /** The relation without its subtype: {@code obl} for {@code obl:to}. */
  public String base() {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }

  /** The subtype ({@code to} for {@code obl:to}), or empty. */
  public String subtype() {
    int colon = relation.indexOf(':');
    return colon < 0 ? "" : relation.substring(colon + 1);
  }
}
