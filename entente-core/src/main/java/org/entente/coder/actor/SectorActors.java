package org.entente.coder.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.dictionary.ActorMention;
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

  private SectorActors() {}

  /** Adds the sector-only mentions no other actor overlaps. */
  static void add(ParsedSentence sentence, List<ActorMention> descriptions, List<Actor> actors) {
    for (ActorMention mention : descriptions) {
      String agent = mention.code().agent();
      boolean taken =
          actors.stream().anyMatch(a -> a.start() < mention.end() && mention.start() < a.end());
      // "Taliban militants", "Boko Haram fighters": the group named just before is the actor
      boolean named =
          actors.stream().anyMatch(a -> a.end() == mention.start() && a.country() != null);
      if (taken || named || !LOCAL_AGENTS.contains(agent)) {
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
}
