package org.entente.coder.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.dictionary.ActorCode;
import org.entente.dictionary.ActorMention;
import org.entente.text.Arcs;
import org.entente.text.Dependency;
import org.entente.text.ParsedSentence;

/**
 * Actors news names by their sector alone: "Rebels shelled…", "Police fired tear gas at
 * protesters", "killing five civilians". They are kept as actors without a country; the event they
 * take part in may give them one (its place, the other side, the story's dateline), and an event
 * whose side stays without a country is not made.
 */
public final class SectorActors {

  /**
   * Sectors that act where they are, at home: rebels and armed groups, the opposition, civil
   * society, police and courts. Governments, armies, diplomats, peacekeepers, refugees and settlers
   * are left out: they act abroad too ("troops in Mali" may be French), so only a nationality or
   * the story's own description ("the minister") gives them a country.
   */
  public static final Set<String> LOCAL_AGENTS =
      Set.of(
          "REB", "INS", "SEP", "UAF", "OPP", "RAD", "MOD", "CVL", "LAB", "EDU", "REL", "AGR", "HRI",
          "ENV", "CRM", "COP", "JUD");

  /**
   * Sectors of people who have left their country: refugees. Named without a country they take only
   * the country they fled ("refugees fleeing the civil war in Liberia"), never where they are.
   */
  public static final Set<String> DISPLACED_AGENTS = Set.of("REF");

  private SectorActors() {}

  /** Adds the sector-only mentions no other actor overlaps. */
  static void add(
      ParsedSentence sentence, Arcs arcs, List<ActorMention> descriptions, List<Actor> actors) {
    for (ActorMention mention : descriptions) {
      String agent = mention.code().agent();
      boolean taken =
          actors.stream().anyMatch(a -> a.start() < mention.end() && mention.start() < a.end());
      if (taken
          || !(LOCAL_AGENTS.contains(agent) || DISPLACED_AGENTS.contains(agent))
          || isStance(sentence, arcs, mention)) {
        continue;
      }
      // "Taliban militants", "Boko Haram fighters": the group named just before is the actor,
      // and the sector noun is its head
      int named = -1;
      for (int i = 0; i < actors.size(); i++) {
        if (actors.get(i).end() == mention.start() && actors.get(i).country() != null) {
          named = i;
        }
      }
      if (named >= 0) {
        Actor group = actors.get(named);
        actors.set(
            named,
            new Actor(
                group.start(),
                mention.end(),
                sentence.span(group.start(), mention.end()),
                group.code(),
                group.why()));
        continue;
      }
      List<String> why = new ArrayList<>(mention.why());
      why.add("a sector without a country: the event's place or the story may give it one");
      actors.add(
          new Actor(
              mention.start(),
              mention.end(),
              sentence.span(mention.start(), mention.end()),
              mention.code(),
              why));
    }
  }

  /**
   * Sector nouns that also name a stance one takes: "U.S. officials expressed opposition to the
   * transaction", "met USDA to express opposition to any quota expansion" name no opposition party.
   */
  static final Set<String> STANCE_NOUNS = Set.of("opposition");

  /** A stance noun that is a verb's object or takes a "to": the stance, not the party. */
  private static boolean isStance(ParsedSentence sentence, Arcs arcs, ActorMention mention) {
    int head = mention.end() - 1;
    if (!STANCE_NOUNS.contains(sentence.token(head).lowerLemma())) {
      return false;
    }
    if (arcs.children(head).stream().anyMatch(arc -> arc.relation().equals("nmod:to"))) {
      return true;
    }
    Dependency up = arcs.head(head);
    return up != null
        && up.head() >= 0
        && up.base().equals("obj")
        && sentence.token(up.head()).pos().startsWith("VB");
  }

  /** The word that makes a nationality a people rather than its state: "ethnic Albanians". */
  static final String ETHNIC = "ethnic";

  /**
   * "Ethnic Albanians in south Serbia", "ethnic Turks in Sweden": a people named by its nationality
   * is no act of that state but a part of the society where it lives. It becomes a civilian sector
   * (CVL) without a country, which the event's place or the other side locates.
   */
  static void ethnic(ParsedSentence sentence, List<Actor> actors) {
    for (int i = 0; i < actors.size(); i++) {
      Actor people = actors.get(i);
      if (people.start() == 0
          || people.country() == null
          || people.code().agent() != null
          || !sentence.token(people.start() - 1).word().equalsIgnoreCase(ETHNIC)) {
        continue;
      }
      List<String> why = new ArrayList<>(people.why());
      why.add("\"ethnic\" makes it a people, not the state: a sector the event's place locates");
      actors.set(
          i,
          new Actor(
              people.start() - 1,
              people.end(),
              sentence.span(people.start() - 1, people.end()),
              new ActorCode("CVL", null, "CVL"),
              why));
    }
  }
}
