package org.entente.coder;

import java.util.ArrayList;
import java.util.List;
import org.entente.coder.actor.Actor;
import org.entente.coder.actor.SentenceActors;
import org.entente.text.Arcs;
import org.entente.text.Dependency;

/**
 * Maps an argument's head token to the actors it names: the actor covering the head, the actors
 * among its modifiers ("Moscow-Beijing relations", "Chinese and Russian representatives",
 * "relations between Moscow and Beijing"), and those of its conjuncts ("both Beijing and Moscow").
 */
final class ArgumentActors {

  /** How deep modifiers of modifiers are searched: "Sino-Russian" is Sino ← Russian ← noun. */
  static final int MODIFIER_DEPTH = 2;

  private final SentenceActors actors;
  private final Arcs arcs;

  ArgumentActors(SentenceActors actors, Arcs arcs) {
    this.actors = actors;
    this.arcs = arcs;
  }

  List<Actor> of(List<Integer> heads) {
    List<Actor> found = new ArrayList<>();
    for (int head : heads) {
      List<Actor> ofHead = new ArrayList<>();
      collect(head, ofHead, 0, true);
      for (Actor actor : ofHead) {
        if (found.stream().noneMatch(other -> sameCountry(other, actor))) {
          found.add(actor);
        }
      }
    }
    return found;
  }

  /**
   * "West German Finance Minister Gerhard Stoltenberg": the name and its title are one side, not
   * two; an argument names each country once (the actor on the head first).
   */
  private static boolean sameCountry(Actor a, Actor b) {
    return a.country() != null && a.country().equals(b.country()) && a.code() != null;
  }

  /** Actors among the modifiers only (for nouns: "US sanctions", "Sino-Russian trade"). */
  List<Actor> modifiers(int head) {
    List<Actor> found = new ArrayList<>();
    for (Dependency arc : arcs.children(head)) {
      if (isModifier(arc)) {
        collect(arc.dependent(), found, 1, false);
      }
    }
    return found;
  }

  private void collect(int token, List<Actor> found, int depth, boolean followConj) {
    for (Actor actor : actors.at(token)) {
      add(found, actor);
    }
    if (depth < MODIFIER_DEPTH) {
      for (Dependency arc : arcs.children(token)) {
        if (isModifier(arc)) {
          collect(arc.dependent(), found, depth + 1, false);
        }
      }
    }
    if (followConj) {
      for (Dependency arc : arcs.children(token)) {
        if (arc.base().equals("conj")) {
          collect(arc.dependent(), found, depth, false);
        }
      }
    }
  }

  private static boolean isModifier(Dependency arc) {
    String relation = arc.relation();
    return relation.equals("amod")
        || relation.equals("compound")
        || relation.equals("nmod:poss")
        || relation.equals("nmod:between")
        || relation.equals("conj:and");
  }

  private static void add(List<Actor> found, Actor actor) {
    if (!found.contains(actor)) {
      found.add(actor);
    }
  }
}
