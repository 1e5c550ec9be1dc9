package org.entente.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The dependency graph of a sentence indexed both ways: the arcs into and out of each token.
 *
 * <p>"Russia sells oil to China": {@code children(1)} are {@code nsubj Russia}, {@code obj oil},
 * {@code obl:to China}; {@code heads(0)} is {@code nsubj} from "sells".
 */
public final class Arcs {

  private final List<List<Dependency>> out;
  private final List<List<Dependency>> in;

  public Arcs(ParsedSentence sentence) {
    int size = sentence.size();
    out = new ArrayList<>(size);
    in = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(new ArrayList<>(3));
      in.add(new ArrayList<>(2));
    }
    for (Dependency arc : sentence.dependencies()) {
      if (arc.head() >= 0) {
        out.get(arc.head()).add(arc);
      }
      in.get(arc.dependent()).add(arc);
    }
  }

  /** Arcs from {@code token} to its dependents. */
  public List<Dependency> children(int token) {
    return out.get(token);
  }

  /** Arcs into {@code token} (several in the enhanced graph). */
  public List<Dependency> heads(int token) {
    return in.get(token);
  }

  /** Dependents of {@code token} whose relation's base is {@code base} ({@code obl} for obl:to). */
  public List<Dependency> children(int token, String base) {
    return filter(out.get(token), arc -> arc.base().equals(base));
  }

  /** True if {@code token} has a dependent with exactly this relation. */
  public boolean has(int token, String relation) {
    for (Dependency arc : out.get(token)) {
      if (arc.relation().equals(relation)) {
        return true;
      }
    }
    return false;
  }

  /** The first head arc, preferring the basic tree's (non-enhanced) relation, or null at root. */
  public Dependency head(int token) {
    for (Dependency arc : in.get(token)) {
      if (arc.head() >= 0) {
        return arc;
      }
    }
    return null;
  }

  /**
   * Whether {@code token} modifies, through at most {@code depth} arcs whose base relation or full
   * relation is one of {@code relations}, a head that {@code found} accepts: "U.S." in "the U.S.
   * trade deficit" modifies "deficit" through two compounds.
   */
  public boolean modifies(
      int token,
      int depth,
      java.util.Set<String> relations,
      java.util.function.IntPredicate found) {
    int at = token;
    for (int step = 0; step < depth; step++) {
      Dependency up = head(at);
      if (up == null || !(relations.contains(up.base()) || relations.contains(up.relation()))) {
        return false;
      }
      at = up.head();
      if (found.test(at)) {
        return true;
      }
    }
    return false;
  }

  /** All tokens under {@code token}, itself included, following arcs out (cycle-safe). */
  public List<Integer> subtree(int token) {
    List<Integer> seen = new ArrayList<>();
    boolean[] visited = new boolean[out.size()];
    collect(token, visited, seen, 0);
    return seen;
  }

  private void collect(int token, boolean[] visited, List<Integer> seen, int depth) {
    if (visited[token] || depth > 40) {
      return;
    }
    visited[token] = true;
    seen.add(token);
    for (Dependency arc : out.get(token)) {
      if (!arc.base().equals("conj")
          && !arc.base().equals("acl")
          && !arc.relation().startsWith("acl:relcl")) {
        collect(arc.dependent(), visited, seen, depth + 1);
      }
    }
  }

  private static List<Dependency> filter(List<Dependency> arcs, Predicate<Dependency> keep) {
    List<Dependency> kept = new ArrayList<>(arcs.size());
    for (Dependency arc : arcs) {
      if (keep.test(arc)) {
        kept.add(arc);
      }
    }
    return kept;
  }
}
