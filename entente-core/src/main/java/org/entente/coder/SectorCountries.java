package org.entente.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.coder.actor.Actor;
import org.entente.coder.actor.SectorActors;
import org.entente.coder.predicate.Frame;
import org.entente.dictionary.ActorCode;

/**
 * Gives a country to an actor the sentence names by its sector alone ("rebels", "police",
 * "protesters", see {@link SectorActors}), from what the event says, in this order:
 *
 * <ol>
 *   <li>the event's place: a country or place the trigger governs with one of {@link
 *       #PLACE_PREPOSITIONS} ("killed three militants in Gaza"), or the target itself when force is
 *       used on a place ("Rebels shelled Homs", {@link #FORCE_ROOTS});
 *   <li>the other side, when it is itself a sector that acts at home ("Egyptian police arrested
 *       opposition supporters": Egyptians), or when a state coerces ("Nigerian authorities jailed
 *       activists", root 17);
 *   <li>the story's dateline ("CAIRO (Reuters) - Security forces dispersed protesters").
 * </ol>
 *
 * Otherwise the actor keeps no country and the event is not made: an analyst cannot count it.
 */
final class SectorCountries {

  /** Prepositions by which a predicate names where it happened. */
  static final Set<String> PLACE_PREPOSITIONS =
      Set.of("in", "at", "near", "inside", "outside", "across", "throughout", "around");

  /** Nouns of attacks, which an "in" names as what did harm, not where: "killed in an attack". */
  static final Set<String> ATTACK_NOUNS =
      Set.of(
          "attack",
          "strike",
          "airstrike",
          "raid",
          "bombing",
          "shelling",
          "ambush",
          "assault",
          "offensive",
          "bombardment",
          "explosion",
          "blast",
          "crossfire",
          "clash",
          "fighting");

  /** Roots of force, whose target may be a place ("shelled Homs", "blockaded Gaza"). */
  static final Set<String> FORCE_ROOTS = Set.of("15", "17", "18", "19", "20");

  /**
   * Roots of force that are aimed at someone even when the sentence names only where: coercion,
   * assault, fighting, mass violence. A show of force (15: "sent troops to the drills in Russia's
   * Far East", "attended a military parade in Beijing") is not.
   */
  static final Set<String> AIMED_FORCE_ROOTS = Set.of("17", "18", "19", "20");

  /** The root of coercion (arrests, detentions, curfews): a state does it at home. */
  static final String COERCION_ROOT = "17";

  private final ArgumentActors arguments;
  private final org.entente.text.Arcs arcs;
  private final String dateline;
  private final org.entente.text.ParsedSentence sentence;

  SectorCountries(
      ArgumentActors arguments,
      org.entente.text.Arcs arcs,
      String dateline,
      org.entente.text.ParsedSentence sentence) {
    this.sentence = sentence;
    this.arguments = arguments;
    this.arcs = arcs;
    this.dateline = dateline;
  }

  /**
   * {@code actor} with the country the event gives it, or {@code actor} itself.
   *
   * @param isTarget whether {@code actor} is the event's target ({@code other} its source)
   */
  Actor locate(Actor actor, Actor other, boolean isTarget, Frame frame, String code) {
    if (!actor.isResolved() && isTarget && isSite(actor)) {
      // "dispatched inspectors to Esfahan Uranium Conversion Facilities in central Iran": a site
      // no dictionary knows, in a country the sentence names
      String own = ownPlace(actor);
      if (own == null) {
        own = place(frame, other, code.substring(0, 2), false);
      }
      return own == null ? actor : asCountry(actor, own);
    }
    if (!actor.isResolved() || !actor.code().isAgentOnly()) {
      return actor;
    }
    if (SectorActors.DISPLACED_AGENTS.contains(actor.code().agent())) {
      // "refugees fleeing the civil war in Liberia" are Liberia's; refugees "in Guinea", or
      // where the event happens, are not Guinea's
      String fled = fled(actor.end() - 1);
      return fled == null ? actor : withCountry(actor, fled, "the country its people fled");
    }
    String own = ownPlace(actor);
    if (own != null) {
      return withCountry(actor, own, "its own place");
    }
    String root = code.substring(0, 2);
    String origin = isTarget || !AIMED_FORCE_ROOTS.contains(root) ? null : origin(frame);
    if (origin != null) {
      return withCountry(actor, origin, "the place it acts from");
    }
    String place = place(frame, other, root, !isTarget);
    if (place != null) {
      return withCountry(actor, place, "the event's place");
    }
    if (other.isResolved() && other.country() != null) {
      String agent = other.code().agent();
      if (agent != null && SectorActors.LOCAL_AGENTS.contains(agent)) {
        return withCountry(actor, other.country(), "the other side's, a sector that acts at home");
      }
      if (JUDICIARY.equals(actor.code().agent()) && isState(other)) {
        // "Judge Alejandro Rivera opened fraud investigations against 28 Chilean government
        // officials": a court judges its own state's officials; a foreigner it tries says nothing
        return withCountry(actor, other.country(), "the state whose officials a court judges");
      }
      if (root.equals(COERCION_ROOT) && isTarget) {
        return withCountry(actor, other.country(), "the coercing state's");
      }
      if (TALKS_ROOT.equals(root)
          && OPPOSITION.equals(actor.code().agent())
          && isState(other)
          && "GOV".equals(other.code().agent())) {
        // "Maduro's government has been holding talks with the opposition": a government talks
        // with its own opposition, not with the dateline's
        return withCountry(actor, other.country(), "the government it talks with");
      }
      if (!isTarget && POLICE.equals(actor.code().agent())) {
        // "Soldiers and police sealed off the National Assembly in Seoul": police act at home
        return withCountry(actor, other.country(), "the other side's: police act at home");
      }
      if (!isTarget
          && ARMED.equals(actor.code().agent())
          && AIMED_FORCE_ROOTS.contains(root)
          && HOME_TARGETS.contains(String.valueOf(other.code().agent()))) {
        // "the army toppled President Omar al-Bashir", "troops detained the prime minister": an
        // army that coerces or strikes a state's government, parliament or people is its own
        return withCountry(actor, other.country(), "the state whose own it coerces or strikes");
      }
      if (CONTENTION_ROOTS.contains(root)
          && POLITICAL_AGENTS.contains(actor.code().agent())
          && (isState(other) || other.code().agent() == null)
          && !(isTarget && root.equals(DEMAND_ROOT))) {
        return withCountry(actor, other.country(), "the state it contends with");
      }
    }
    if (dateline != null) {
      return withCountry(actor, dateline, "the story's dateline");
    }
    return actor;
  }

  /**
   * Roots of contention between a state and part of a society: demands, disapproval, rejection,
   * threats, protest, sanctions, coercion, assault and fighting. A state contends with its own
   * rebels, opposition and protesters, so a sector named without a country is the state's ("the
   * Sudanese government accused rebels of violating the ceasefire", "rebels demanded that Burundi's
   * government grant more rights"), and so is one contending with a country named bare ("the
   * fundamentalist party said it will boycott Algeria's elections"). Talks and aid say no such
   * thing: a state meets and arms another's rebels ("U.S. officials met rebel leaders").
   */
  static final Set<String> CONTENTION_ROOTS =
      Set.of("10", "11", "12", "13", "14", "16", "17", "18", "19", "20");

  /**
   * Sectors that contend with a state for power: rebels, insurgents, separatists, the opposition,
   * radicals, armed groups. Workers, farmers, teachers and "people" in a story about a state are as
   * often another country's ("killed 150 people in raids into Pakistani territory").
   */
  static final Set<String> POLITICAL_AGENTS = Set.of("REB", "INS", "SEP", "OPP", "RAD", "UAF");

  /** The sector of the police, which acts at home. */
  static final String POLICE = "COP";

  /** The sector of the armed forces. */
  static final String ARMED = "MIL";

  /**
   * Sectors of a state that its own army coerces or strikes when no country is named for the army:
   * its government, parliament, courts, opposition and people. Not its army ("troops clashed with
   * Indian soldiers" are another's).
   */
  static final Set<String> HOME_TARGETS = Set.of("GOV", "LEG", "JUD", "OPP", "CVL");

  /** The root of consultations: talks between a government and its opposition are at home. */
  static final String TALKS_ROOT = "04";

  /** The sector of a political opposition. */
  static final String OPPOSITION = "OPP";

  /**
   * A demand on a sector says nothing of its country: "Britain said the Sudanese government and the
   * rebels must reach an agreement".
   */
  static final String DEMAND_ROOT = "10";

  /** The agent of courts and judges. */
  static final String JUDICIARY = "JUD";

  /** Agents that are the state itself, on the other side of a contention. */
  static final Set<String> STATE_AGENTS = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY");

  private static boolean isState(Actor actor) {
    return actor.isResolved()
        && actor.country() != null
        && STATE_AGENTS.contains(String.valueOf(actor.code().agent()));
  }

  /** The root of protest: demonstrations, rallies, strikes, boycotts. */
  static final String PROTEST_ROOT = "14";

  /**
   * Whether the frame's object names relief ({@link SentenceCoding#RELIEF_WORDS}): "stepped up
   * relief efforts", not "evacuating their stronghold", which its verb alone codes.
   */
  private boolean namesRelief(Frame frame) {
    for (int object : frame.objects()) {
      for (int t : arcs.subtree(object)) {
        if (SentenceCoding.RELIEF_WORDS.contains(sentence.token(t).lowerLemma())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Aid that goes to the country where it is given when it names no recipient: 070, 073. */
  static final Set<String> PLACED_AID_CODES = Set.of("070", "073");

  /**
   * Whom a protest or an act of force that names no one is aimed at: the country where it happens.
   * "Activists staged rallies in the Gaza Strip", "ethnic Albanians demonstrated in Serbia" (a
   * protest by people, not by a state: "Iran protested" names whom it protests to, or is no event);
   * "Turkish authorities imposed a curfew in the town of Cizre", "Israel reimposed blockades in the
   * West Bank".
   */
  List<Actor> placeTarget(Frame frame, List<Actor> sources, String code) {
    boolean protest =
        code.startsWith(PROTEST_ROOT)
            && sources.stream().anyMatch(s -> s.isResolved() && isPeople(s));
    boolean force =
        AIMED_FORCE_ROOTS.contains(code.substring(0, 2))
            || code.startsWith(EventFactory.DOMESTIC_EASING_CODE);
    // "The United Nations stepped up relief efforts in central Mozambique": aid given in a place
    // goes to its country
    boolean relief = PLACED_AID_CODES.contains(code) && (frame.noun() || namesRelief(frame));
    if (!protest && !force && !relief) {
      return List.of();
    }
    for (String prep : PLACE_PREPOSITIONS) {
      for (int head : frame.targets().getOrDefault(prep, List.of())) {
        if (TargetFinder.BORDER_NOUNS.contains(sentence.token(head).lowerLemma())) {
          continue; // "attacked a farming cooperative near the Honduran border": not Honduras
        }
        for (Actor actor : arguments.of(List.of(head))) {
          if (isPlace(actor)) {
            return List.of(actor);
          }
        }
      }
    }
    // "demonstrated on Tuesday in Serbia", "fired at targets in Jericho": the place hangs on
    // another phrase of the verb
    List<List<Integer>> phrases = new ArrayList<>(frame.targets().values());
    phrases.add(frame.objects()); // "lifted the curfew in Port Said"
    for (List<Integer> heads : phrases) {
      for (int head : heads) {
        if (frame.noun()) {
          continue; // "hostility between the company and union locals in Milwaukee": their place
        }
        for (var arc : arcs.children(head)) {
          if (arc.relation().equals("nmod:in")) {
            for (Actor actor : arguments.of(List.of(arc.dependent()))) {
              if (isPlace(actor)) {
                return List.of(actor);
              }
            }
          }
        }
      }
    }
    return protest && !frame.noun() ? ownState(frame, sources) : List.of();
  }

  /**
   * Sectors of a people whose protest that names no one and no place is against their own state:
   * "Egyptian demonstrators rioted", "Kenyan opposition supporters marched". Not workers or
   * farmers, whose strikes are mostly against employers and buyers.
   */
  static final Set<String> PROTESTING_PEOPLE =
      Set.of("CVL", "OPP", "RAD", "EDU", "REL", "HRI", "ENV");

  /** The one country of the protesting people among {@code sources}, as the target. */
  private List<Actor> ownState(Frame frame, List<Actor> sources) {
    List<String> countries =
        sources.stream()
            .filter(
                s ->
                    s.isResolved()
                        && s.code().agent() != null
                        && PROTESTING_PEOPLE.contains(s.code().agent()))
            .map(Actor::country)
            .filter(java.util.Objects::nonNull)
            .distinct()
            .toList();
    if (countries.size() != 1) {
      return List.of();
    }
    int at = frame.trigger();
    String country = countries.get(0);
    return List.of(
        Actor.inferredCountry(
            at,
            sentence.token(at).word(),
            country,
            "a people's protest that names no one and no place: against its own state → "
                + country));
  }

  /** A society's people: a sector outside the state, or a nationality ("Albanians"). */
  private static boolean isPeople(Actor actor) {
    String agent = actor.code().agent();
    return agent == null
        ? actor.country() != null && actor.text().endsWith("s")
        : SectorActors.LOCAL_AGENTS.contains(agent) && !agent.equals("COP") && !agent.equals("JUD");
  }

  /**
   * The preposition by which an act of force names where its subject acts from: "Militants fired
   * rockets at Israel from Gaza" are Palestinians, though the rockets fall in Israel. Only force:
   * "troops returned from Lebanon" are not Lebanon's.
   */
  static final String ORIGIN_PREPOSITION = "from";

  private String origin(Frame frame) {
    for (int head : frame.targets().getOrDefault(ORIGIN_PREPOSITION, List.of())) {
      for (Actor actor : arguments.of(List.of(head))) {
        if (isPlace(actor)) {
          return actor.country();
        }
      }
    }
    return null;
  }

  /** The country where the event happened, by the trigger's place or its target place. */
  /**
   * The country of where the event happened, by its place phrase; or, when {@code otherIsTarget},
   * the target itself as a place force was used on ("Rebels shelled Homs"). A source is never such
   * a place: "Pakistani air strikes on Afghan territory killed eight people" did not kill
   * Pakistanis.
   */
  private String place(Frame frame, Actor other, String root, boolean otherIsTarget) {
    for (String prep : PLACE_PREPOSITIONS) {
      for (int head : frame.targets().getOrDefault(prep, List.of())) {
        if (ATTACK_NOUNS.contains(sentence.token(head).lowerLemma())) {
          continue; // "injured in Monday's U.S. attack on an Iranian site": the attacker's, no
          // place
        }
        String country = placeIn(head, 0);
        if (country != null) {
          return country;
        }
      }
    }
    if (otherIsTarget
        && (FORCE_ROOTS.contains(root) || root.equals(PROTEST_ROOT))
        && isPlace(other)) {
      return other.country();
    }
    return null;
  }

  /**
   * The country of the place the actor's own phrase puts it in: "ethnic Albanians in south Serbia",
   * "three ethnic Albanians in a gunbattle in southeastern Serbia", "opposition groups in
   * Zimbabwe".
   */
  private String ownPlace(Actor actor) {
    int head = actor.end() - 1;
    String country = placeOf(head);
    var up = arcs.head(head);
    if (country == null
        && up != null
        && up.head() >= 0
        && (up.base().equals("compound") || up.base().equals("amod"))
        && arguments.at(up.head()).isEmpty()) {
      country = placeOf(up.head()); // "opposition groups in Zimbabwe": the sector's noun's place
    }
    return country;
  }

  private String placeOf(int head) {
    for (var arc : arcs.children(head)) {
      if (arc.relation().equals("nmod:in")) {
        String country = placeIn(arc.dependent(), 0);
        if (country != null) {
          return country;
        }
      }
    }
    return fled(head);
  }

  /** The country people flee: "refugees fleeing the civil war in Liberia", "fleeing Syria". */
  private String fled(int head) {
    for (var arc : arcs.children(head, "acl")) {
      if (!FLEEING_VERBS.contains(sentence.token(arc.dependent()).lowerLemma())) {
        continue;
      }
      for (var fled : arcs.children(arc.dependent())) {
        // "fleeing the civil war in Liberia", where the parser hangs the place on the verb
        if (FLED_RELATIONS.contains(fled.relation())) {
          String country = placeIn(fled.dependent(), 0);
          if (country != null) {
            return country;
          }
        }
      }
    }
    return null;
  }

  /** Relations of what a fleeing verb leaves: "fleeing Syria", "from Syria", "the war in Syria". */
  static final Set<String> FLED_RELATIONS = Set.of("obj", "obl:from", "obl:in");

  /** Verbs by which people leave the place they are of: "refugees fleeing Syria". */
  static final Set<String> FLEEING_VERBS = Set.of("flee", "escape");

  /** How deep a place phrase is searched for its country: "at a mosque in Kabul". */
  static final int PLACE_DEPTH = 2;

  private String placeIn(int head, int depth) {
    if (TargetFinder.BORDER_NOUNS.contains(sentence.token(head).lowerLemma())) {
      return null; // "near the Honduran border", "near the Turkish border": on which side is unsaid
    }
    for (Actor actor : arguments.of(List.of(head))) {
      if (isPlace(actor)) {
        return actor.country();
      }
    }
    if (depth < PLACE_DEPTH) {
      for (var arc : arcs.children(head)) {
        String relation = arc.relation();
        if (relation.equals("nmod:in")
            || relation.equals("nmod:of")
            || relation.equals("nmod:at")
            || relation.equals("nmod:poss")) {
          String country = placeIn(arc.dependent(), depth + 1);
          if (country != null) {
            return country;
          }
        }
      }
    }
    return null;
  }

  private static boolean isPlace(Actor actor) {
    return actor.isResolved() && actor.country() != null && actor.code().agent() == null;
  }

  /**
   * Nouns of sites a state holds, which stand for the country they are in when their name is
   * unknown: "Esfahan Uranium Conversion Facilities", "the Bagram air base". Plants, factories and
   * offices are firms' and are not among them ("struck General Motors' plants at Pontiac").
   */
  static final Set<String> SITE_NOUNS =
      Set.of(
          "facility",
          "site",
          "base",
          "reactor",
          "camp",
          "port",
          "airport",
          "embassy",
          "consulate",
          "crossing",
          "checkpoint",
          "headquarters",
          "installation",
          "garrison",
          "outpost");

  private boolean isSite(Actor actor) {
    var head = sentence.token(actor.end() - 1);
    // the parser keeps a proper noun's plural as its lemma: "Facilities"
    return org.entente.dictionary.Phrases.candidates(head.word(), head.lemma()).stream()
            .anyMatch(key -> SITE_NOUNS.contains(key.toLowerCase(java.util.Locale.ROOT)))
        || head.ner().equals("LOCATION");
  }

  private static Actor asCountry(Actor actor, String country) {
    List<String> why = new ArrayList<>(actor.why());
    why.add("a name no dictionary knows, in a place of " + country + " → " + country);
    return new Actor(
        actor.start(), actor.end(), actor.text(), new ActorCode(country, country, null), why);
  }

  private static Actor withCountry(Actor actor, String country, String whence) {
    String agent = actor.code().agent();
    ActorCode code = new ActorCode(country + actor.code().code(), country, agent);
    List<String> why = new ArrayList<>(actor.why());
    why.add("country " + country + " from " + whence + " → " + code);
    return new Actor(actor.start(), actor.end(), actor.text(), code, why);
  }
}
