package org.entente.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.coder.actor.Actor;
import org.entente.coder.actor.SentenceActors;
import org.entente.coder.predicate.Reciprocity;
import org.entente.text.Arcs;
import org.entente.text.Dependency;
import org.entente.text.ParsedSentence;

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
  private final ParsedSentence sentence;

  ArgumentActors(SentenceActors actors, Arcs arcs, ParsedSentence sentence) {
    this.actors = actors;
    this.arcs = arcs;
    this.sentence = sentence;
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
   * Nouns that stand for the actors that modify them: "the Soviet delegation", "the two sides",
   * "Sino-Russian relations" (and, as subjects, a state's arms: {@link #FORCE_NOUNS}). Any other
   * noun that no actor covers is a thing the actor only qualifies ("Brazilian orange juice imports
   * have injured…", "Japanese computers would flood…"), and is no subject of an act.
   */
  static final Set<String> GROUP_NOUNS =
      Set.of(
          "delegation",
          "team",
          "side",
          "people",
          "nation",
          "country",
          "state",
          "mission",
          "group",
          "partner",
          "ally",
          "neighbour",
          "neighbor",
          "counterpart",
          "staff",
          "administration",
          "leadership",
          "regime",
          "coalition",
          "bloc",
          "agent");

  /**
   * A state's arms and units, which act for it ("Russian aircraft killed 46 Afghan civilians") but
   * are no party one deals with ("equipped itself with Chinese-made missiles").
   */
  static final Set<String> FORCE_NOUNS =
      Set.of(
          "helicopter",
          "aircraft",
          "plane",
          "warplane",
          "jet",
          "fighter",
          "bomber",
          "gunship",
          "tank",
          "ship",
          "warship",
          "vessel",
          "gunboat",
          "submarine",
          "destroyer",
          "frigate",
          "artillery",
          "missile",
          "rocket",
          "drone",
          "patrol",
          "unit",
          "battalion",
          "brigade",
          "division");

  /** The actors covering a token. */
  List<Actor> at(int token) {
    return actors.at(token);
  }

  /** Whether an actor is a pronoun standing for one named elsewhere ("its", "their", "it"). */
  static boolean isPronoun(Actor actor) {
    return actor.end() - actor.start() == 1
        && !actor.text().isEmpty()
        && Character.isLowerCase(actor.text().charAt(0))
        && actor.why().stream().anyMatch(w -> w.startsWith("pronoun"));
  }

  /** The acting actors of subject heads: {@link #of}, less the qualifiers of things. */
  List<Actor> agents(List<Integer> heads) {
    return standingFor(heads, true);
  }

  /**
   * The parties among prepositional heads: actors and groups of people, not things or arms ("with
   * Chinese-made missiles" names no party).
   */
  List<Actor> parties(List<Integer> heads) {
    return standingFor(heads, false);
  }

  private List<Actor> standingFor(List<Integer> heads, boolean forces) {
    List<Integer> acting = new ArrayList<>();
    for (int head : heads) {
      String lemma = sentence.token(head).lowerLemma();
      if (!actors.at(head).isEmpty()
          || !sentence.token(head).isNoun()
          || GROUP_NOUNS.contains(lemma)
          || (forces && FORCE_NOUNS.contains(lemma))
          || Reciprocity.RELATIONSHIP_NOUNS.contains(lemma)) {
        acting.add(head);
      }
    }
    return of(acting);
  }

  /**
   * "West German Finance Minister Gerhard Stoltenberg": the name and its title are one side, not
   * two; an argument names each country once (the actor on the head first).
   */
  private static boolean sameCountry(Actor a, Actor b) {
    return a.country() != null && a.country().equals(b.country()) && a.isResolved();
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
    // "fellow OPEC member Venezuela" is Venezuela: below an actor head only the modifiers that
    // are actors themselves count ("Chinese and Russian representatives"), not those of a word
    // between them ("member")
    boolean actorHead = !actors.at(token).isEmpty();
    if (depth < MODIFIER_DEPTH) {
      for (Dependency arc : arcs.children(token)) {
        if (isModifier(arc)) {
          collect(arc.dependent(), found, actorHead ? MODIFIER_DEPTH : depth + 1, false);
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
