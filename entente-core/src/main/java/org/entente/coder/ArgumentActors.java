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

  /** The word by which a sum stands for the goods it is worth: "300 mln dlrs worth of chips". */
  static final String WORTH = "worth";

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
      List<Actor> before = List.copyOf(found);
      for (Actor actor : ofHead) {
        if (found.stream()
            .noneMatch(
                other ->
                    sameCountry(other, actor)
                        && !(before.contains(other) && contenders(other, actor)))) {
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
  /**
   * Nouns of people and states whose "including" names who they are: "21 officials, including the
   * commander of Russia's Black Sea Fleet", "four countries, including the U.S.". Not things:
   * "weaponry, including Soviet helicopters" is no one's.
   */
  static final Set<String> INCLUDING_HEADS =
      Set.of(
          "official",
          "people",
          "person",
          "individual",
          "country",
          "nation",
          "state",
          "government",
          "member",
          "leader",
          "minister",
          "diplomat",
          "envoy",
          "lawmaker",
          "politician",
          "figure",
          "ally",
          "partner",
          "neighbour",
          "neighbor",
          "power",
          "entity",
          // "reached an agreement with its official creditors, including China"
          "creditor",
          "lender",
          "donor");

  /**
   * Nouns of others that a possessor has: "accused Ukraine's allies of not being ready" accuses
   * Ukraine's allies, not Ukraine; "Israel's enemies", "China's partners". The possessor is not the
   * party (the noun may still name it: "its Western allies").
   */
  static final Set<String> OTHERS_NOUNS =
      Set.of(
          "ally",
          "partner",
          "backer",
          "friend",
          "supporter",
          "enemy",
          "foe",
          "rival",
          "adversary",
          "neighbour",
          "neighbor",
          "creditor",
          "lender",
          "donor",
          "sponsor");

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
          "government", // "his government also rejected…"
          "cabinet",
          "leadership",
          "regime",
          "coalition",
          "bloc",
          "agent",
          // a named organisation's own noun: "the radical Palestinian Islamic Jihad movement"
          "movement",
          "party",
          "organization",
          "organisation",
          "faction",
          "wing",
          // an organisation's own organs: "the IMF's executive board", "a U.N. expert panel"
          "board",
          "panel",
          // a state's own bodies, owned by a pronoun: "Russia has denied any role, and its embassy
          // in London called the measures unjustified", "its foreign ministry said"
          "ministry",
          "embassy",
          "consulate",
          "military",
          "army",
          "navy",
          "parliament",
          "legislature",
          "court",
          "police",
          // what a state or a body issues, which speaks for it: "a U.S. letter last month which
          // praised Colombia", "a Soviet statement said"
          "statement",
          "letter",
          "communique",
          "declaration",
          // people who act for what modifies them: "Red Cross officials", "AKK officials"
          "official",
          // "Sudan's army chief accused…": the head of what modifies it
          "chief",
          "commander",
          "spokesman",
          "spokeswoman",
          "representative",
          "envoy",
          "negotiator",
          "diplomat",
          // "European Community foreign ministers demanded…", "Arab leaders"
          "minister",
          "leader",
          "ambassador",
          "commissioner",
          "delegate");

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
          "division",
          "force",
          "troop",
          "troops", // CoreNLP's lemma of "troops"
          // acts of force that stand for whoever used them: "an Israeli air strike killed…"
          "strike",
          "airstrike",
          "shelling",
          "bombardment",
          "bombing",
          "raid",
          "fire",
          "gunfire",
          "attack",
          "ambush",
          "offensive");

  /**
   * Nouns for a number or part of people, which stand for the people their "of" names: "a group of
   * Moroccan diplomats", "thousands of Nigerians", "leaders of the opposition", "the first
   * deployment of NATO troops".
   */
  static final Set<String> OF_NOUNS =
      Set.of(
          "group",
          "number",
          "batch",
          "patch",
          "wave",
          "convoy",
          "column",
          "detachment",
          "handful",
          "hundreds",
          "thousands",
          "dozens",
          "scores",
          "millions",
          "tens",
          "member",
          "leader",
          "deployment",
          "contingent",
          "delegation",
          "team",
          "representative",
          "official",
          "head",
          "chief",
          "minister",
          // "the military government of President Prosper Avril", "the forces of the regime"
          "government",
          "regime",
          "administration",
          "cabinet",
          "forces",
          "troops",
          "army");

  /**
   * Nouns for part of a place, which stand for the place their "of"/"in" names: "shelled a district
   * of Homs", "a village in southern Lebanon".
   */
  static final Set<String> PLACE_NOUNS =
      Set.of(
          "district",
          "part",
          "city",
          "town",
          "village",
          "area",
          "province",
          "region",
          "neighbourhood",
          "neighborhood",
          "suburb",
          "outskirts",
          "camp",
          "capital",
          "border",
          "territory");

  /** Seas and skies that stand for the country they surround: "waters around Taiwan". */
  static final Set<String> SURROUNDINGS = Set.of("water", "waters", "airspace", "sea", "coast");

  /** How the parser hangs the country that seas and skies surround. */
  static final Set<String> SURROUNDING_RELATIONS = Set.of("nmod:around", "nmod:off", "nmod:near");

  /** Whether {@code actor} is a city standing for its country: a place, never one who acts. */
  boolean isPlaceOnly(Actor actor) {
    return actors.isPlaceOnly(actor);
  }

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
    List<Actor> agents = new ArrayList<>(standingFor(heads, true));
    agents.removeIf(actors::isPlaceOnly);
    return agents;
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
          || (OF_NOUNS.contains(lemma) && hasOf(head))
          || (forces && FORCE_NOUNS.contains(lemma))
          || (forces && GIFT_NOUNS.contains(lemma) && hasFrom(head))
          || Reciprocity.RELATIONSHIP_NOUNS.contains(lemma)) {
        acting.add(head);
      }
    }
    return of(acting);
  }

  /**
   * Nouns of what is given, whose "from" names the giver, who acts through it as a subject: "Rescue
   * teams and aid from Egypt, Turkey and Algeria arrived in eastern Libya".
   */
  static final Set<String> GIFT_NOUNS =
      Set.of("aid", "assistance", "relief", "supplies", "help", "donation", "shipment");

  private boolean hasFrom(int head) {
    return arcs.children(head).stream().anyMatch(arc -> arc.relation().equals("nmod:from"));
  }

  private boolean hasOf(int head) {
    return arcs.children(head).stream().anyMatch(arc -> arc.relation().equals("nmod:of"));
  }

  /**
   * "West German Finance Minister Gerhard Stoltenberg": the name and its title are one side, not
   * two; an argument names each country once (the actor on the head first).
   */
  /**
   * Whether one of two actors of a country contends with its state for power and the other does
   * not: "Colombia's government and the ELN rebels resumed peace talks" are two sides.
   */
  private static boolean contenders(Actor a, Actor b) {
    return isContender(a) != isContender(b);
  }

  private static boolean isContender(Actor actor) {
    return actor.isResolved()
        && SectorCountries.POLITICAL_AGENTS.contains(String.valueOf(actor.code().agent()));
  }

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
      // "the leaders of Britain and France": the dictionary joined the title to the first
      // country its "of" names; the others the "of" lists are the title's too
      for (Dependency of : arcs.children(token)) {
        if (of.relation().equals("nmod:of")
            && (of.dependent() < actor.start() || of.dependent() >= actor.end())
            && arcs.heads(of.dependent()).stream()
                .anyMatch(
                    up ->
                        up.relation().equals("conj:and")
                            && up.head() >= actor.start()
                            && up.head() < actor.end())) {
          collect(of.dependent(), found, depth, false);
        }
      }
    }
    // "fellow OPEC member Venezuela" is Venezuela: below an actor head only the modifiers that
    // are actors themselves count ("Chinese and Russian representatives"), not those of a word
    // between them ("member")
    boolean actorHead = !actors.at(token).isEmpty();
    if (!actorHead) {
      for (Dependency arc : arcs.children(token)) {
        if (arc.base().equals("appos")
            && actors.at(arc.dependent()).stream().anyMatch(Actor::isResolved)) {
          // "Norway's North Sea neighbour Britain has refused…": the appositive names the noun;
          // the noun's own modifiers name others. A name no dictionary knows does not: "a
          // member of the Syrian parliament, Mohammed Mamoun," is the member the "of" names
          collect(arc.dependent(), found, depth, false);
          return;
        }
      }
    }
    // "Foreign Ministers of the Association of South-east Asian Nations": a title no dictionary
    // resolves is no actor of its own, and its "of" names whom it serves
    boolean unresolvedHead = actorHead && actors.at(token).stream().noneMatch(Actor::isResolved);
    if (!actorHead || unresolvedHead) {
      for (Dependency arc : arcs.children(token)) {
        int named = arc.dependent();
        if ((arc.base().equals("dep") || arc.base().equals("appos"))
            && named > 0
            && sentence.token(named - 1).word().equals("(")
            && actors.at(named).stream().anyMatch(Actor::isResolved)) {
          // "its funding to the International Development Agency (IDA)": the name in
          // parentheses names the one the dictionary does not know
          collect(named, found, depth, false);
          return;
        }
      }
    }
    // "Governments across the region, including Brazil and Colombia": a sector no country owns
    // is named by whom it includes
    boolean countryless =
        actorHead
            && actors.at(token).stream()
                .noneMatch(a -> a.isResolved() && (a.country() != null || isOrganisation(a)));
    if ((!actorHead || unresolvedHead || countryless)
        && INCLUDING_HEADS.contains(sentence.token(token).lowerLemma())) {
      int before = found.size();
      for (Dependency arc : arcs.children(token)) {
        if (arc.relation().equals("nmod:including")) {
          // "sanctioned 21 officials, including the commander of Russia's Black Sea Fleet": the
          // ones named stand for the group no dictionary knows
          collect(arc.dependent(), found, depth, true);
        }
      }
      if (countryless && found.size() > before) {
        found.removeAll(actors.at(token));
      }
    }
    String lemma = sentence.token(token).lowerLemma();
    if ((!actorHead || unresolvedHead)
        && (PLACE_NOUNS.contains(lemma)
            || OF_NOUNS.contains(lemma)
            || GIFT_NOUNS.contains(lemma)
            || org.entente.coder.actor.ActorFinder.SIDE_PEOPLE.contains(lemma))) {
      // "opposition groups in Zimbabwe" are the opposition, located there ({@link
      // SectorCountries}), "U.S. and EC officials in London" the US and the EC; "officials in
      // Baghdad" stand for Iraq
      boolean sectorModified = hasActorModifier(token);
      for (Dependency arc : arcs.children(token)) {
        if (arc.relation().equals("nmod:of")
            || (arc.relation().equals("nmod:in") && !sectorModified)
            || (arc.relation().equals("nmod:from")
                && (org.entente.coder.actor.ActorFinder.SIDE_PEOPLE.contains(lemma)
                    || GIFT_NOUNS.contains(lemma)))) {
          // "the leaders of the United States, Mexico and Canada": all whom the "of" lists
          collect(arc.dependent(), found, depth, !arc.relation().equals("nmod:in"));
        }
      }
    }
    if ((!actorHead || unresolvedHead) && SURROUNDINGS.contains(lemma)) {
      // "fired ballistic missiles into waters around Taiwan": the country the waters surround
      for (Dependency arc : arcs.children(token)) {
        if (SURROUNDING_RELATIONS.contains(arc.relation())) {
          collect(arc.dependent(), found, depth, false);
        }
      }
    }
    if (!actorHead) {
      // "tariffs on 300 mln dlrs worth of Japanese electronic goods": the goods the sum is worth
      for (Dependency arc : arcs.children(token)) {
        if (sentence.token(arc.dependent()).lowerLemma().equals(WORTH)) {
          for (Dependency of : arcs.children(arc.dependent())) {
            if (of.relation().equals("nmod:of")) {
              collect(of.dependent(), found, depth, false);
            }
          }
        }
      }
    }
    if (!actorHead && GROUP_NOUNS.contains(lemma)) {
      // "the Commissioners, led by President Jacques Delors", "a delegation led by Shevardnadze"
      for (Dependency acl : arcs.children(token, "acl")) {
        if (sentence.token(acl.dependent()).lowerLemma().equals("lead")) {
          for (Dependency by : arcs.children(acl.dependent())) {
            if (by.relation().equals("obl:by") || by.relation().equals("obl:agent")) {
              collect(by.dependent(), found, depth, false);
            }
          }
        }
      }
    }
    if (depth < MODIFIER_DEPTH) {
      boolean others = !actorHead && OTHERS_NOUNS.contains(lemma);
      for (Dependency arc : arcs.children(token)) {
        if (isModifier(arc) && !(others && arc.relation().equals("nmod:poss"))) {
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

  /** Whether an actor modifies the noun: "opposition groups", "U.S. and EC officials". */
  private boolean hasActorModifier(int token) {
    for (Dependency arc : arcs.children(token)) {
      if (arc.base().equals("compound") || arc.base().equals("amod")) {
        for (Actor actor : actors.at(arc.dependent())) {
          if (actor.isResolved()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Participles after a hyphen that make the country before it the owner of a thing: "a
   * British-flagged tanker", "a Greek-owned ship", "Kuwaiti-connected vessels", "an Israel-linked
   * container ship"; not "Chinese-made missiles", "a Canadian-led consortium" or "British-based
   * planes", which belong to someone else.
   */
  static final Set<String> OWNERSHIP_PARTICIPLES =
      Set.of(
          "flag",
          "flagged",
          "own",
          "owned",
          "register",
          "registered",
          "link",
          "linked",
          "connect",
          "connected");

  /**
   * Armed forces and alliances that a country leading them stands for: "Vietnamese-led forces",
   * "the Saudi-led coalition", "U.S.-led troops" act for the country that leads them (a
   * "Canadian-led consortium" is a firm's, and stays no one's).
   */
  static final Set<String> LED_HEADS =
      Set.of(
          "force",
          "troop",
          "troops",
          "coalition",
          "army",
          "alliance",
          "military",
          "militia",
          "operation",
          "mission",
          "campaign");

  /**
   * Whether a participle modifies an armed group ({@link #LED_HEADS}), or a noun an armed group
   * modifies ("Saudi-led coalition aircraft").
   */
  private boolean ledGroup(int participle) {
    Dependency up = arcs.head(participle);
    if (up == null || up.head() < 0) {
      return false;
    }
    int noun = up.head();
    if (LED_HEADS.contains(sentence.token(noun).lowerLemma())) {
      return true;
    }
    return arcs.children(noun, "compound").stream()
        .anyMatch(c -> LED_HEADS.contains(sentence.token(c.dependent()).lowerLemma()));
  }

  private boolean isModifier(Dependency arc) {
    String relation = arc.relation();
    if ((relation.equals("dep") || relation.equals("obl"))
        && arc.head() >= 0
        && arc.dependent() + 2 == arc.head()
        && sentence.token(arc.dependent() + 1).word().equals("-")) {
      String participle = sentence.token(arc.head()).lowerLemma();
      if (OWNERSHIP_PARTICIPLES.contains(participle)) {
        return true; // "a British-flagged tanker", "a Greek-owned ship": the country of the thing
      }
      if (participle.equals("lead") && ledGroup(arc.head())) {
        // "Vietnamese-led forces launched artillery fire…", "Saudi-led coalition aircraft"
        return true;
      }
    }
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

  private static boolean isOrganisation(Actor actor) {
    String code = actor.code().code();
    return code.startsWith("IGO") || code.startsWith("NGO");
  }
}
