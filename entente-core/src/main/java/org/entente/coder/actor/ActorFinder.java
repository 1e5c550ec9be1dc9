package org.entente.coder.actor;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.entente.dictionary.ActorCode;
import org.entente.dictionary.ActorMatcher;
import org.entente.dictionary.ActorMention;
import org.entente.dictionary.EntryKind;
import org.entente.text.Arcs;
import org.entente.text.Dependency;
import org.entente.text.ParsedSentence;
import org.entente.text.Token;

/**
 * Finds the actors of a sentence: dictionary matches, then what the parse and the paragraph add.
 *
 * <ul>
 *   <li>an appositive role overrides an out-of-office person: "Barack Obama, then US president,
 *       imposed…" (2019) → USAGOV, not USAELI;
 *   <li>pronouns carry the subject of an earlier sentence of the paragraph: "It now provides
 *       military technology to China" → RUS;
 *   <li>proper names no dictionary knows are kept, unresolved, with their text.
 * </ul>
 */
public final class ActorFinder {

  private static final Set<String> SINGULAR_PRONOUNS = Set.of("it", "its");
  private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "their", "them");

  /**
   * Pronouns of a person: only the subject of a clause above them in the same sentence stands for
   * them ("Stoltenberg told the DIHT that his meeting with Baker…"), and only an official.
   */
  /**
   * The numbers of a group the story named that "the two sides", "the three governments" or "the
   * four leaders" stand for; no more than {@link
   * org.entente.coder.predicate.Reciprocity#MAX_MUTUAL_PARTIES}, past which a shared act is not
   * split into pairs.
   */
  static final Map<String, Integer> GROUP_SIZES = Map.of("two", 2, "three", 3, "four", 4);

  /** Nouns that after "the two" stand for the two countries the story is about. */
  static final Set<String> PAIR_NOUNS =
      Set.of(
          "countries",
          "sides",
          "nations",
          "states",
          "governments",
          "neighbours",
          "neighbors",
          "powers",
          "allies",
          "leaders",
          "partners",
          "superpowers",
          "presidents",
          "premiers",
          "ministers",
          "counterparts",
          "armies",
          "militaries",
          "men",
          "delegations");

  /**
   * Plural nouns of states that make a region's adjective a party: "Western powers", "Latin
   * American countries", "African nations". A region alone is a topic or a place ("Middle East
   * peace prospects"), not a party.
   */
  static final Set<String> REGIONAL_STATE_NOUNS =
      Set.of("country", "nation", "power", "ally", "state", "partner", "capital", "democracy");

  /** The region whose name alone is a party in news: "the West" accused, sanctioning, arming. */
  static final String WEST = "WST";

  /**
   * Regions named as states act as their governments: "Western powers" and "seven Latin American
   * countries" are WSTGOV and LAMGOV, as CAMEO codes a region's governments; so is "the West".
   */
  private static void regionalStates(ParsedSentence sentence, Arcs arcs, List<Actor> actors) {
    for (int i = 0; i < actors.size(); i++) {
      Actor actor = actors.get(i);
      ActorCode code = actor.code();
      if (code.country() != null
          || code.agent() != null
          || code.code().startsWith("IGO")
          || code.code().startsWith("NGO")
          || code.code().startsWith("IMG")) {
        continue;
      }
      int next = actor.end();
      Dependency up = arcs.head(actor.end() - 1);
      boolean states =
          next < sentence.size()
              && up != null
              && up.head() == next
              && (up.base().equals("amod") || up.base().equals("compound"))
              && sentence.token(next).pos().equals("NNS")
              && REGIONAL_STATE_NOUNS.contains(sentence.token(next).lowerLemma());
      boolean west =
          code.code().equals(WEST)
              && sentence.token(actor.start()).pos().startsWith("NNP")
              && actor.start() > 0
              && sentence.token(actor.start() - 1).word().equalsIgnoreCase("the");
      if (!states && !west || namesPair(sentence, actor.start())) {
        continue; // "the two Central Asian states" are the story's pair (addPairs)
      }
      int end = states ? next + 1 : actor.end();
      ActorCode governments = new ActorCode(code.code() + "GOV", null, "GOV");
      String phrase = sentence.span(actor.start(), end);
      List<String> why = new ArrayList<>(actor.why());
      why.add(
          String.format(
              "\"%s\" → %s: a region named as states acts as its governments",
              phrase, governments));
      actors.set(i, new Actor(actor.start(), end, phrase, governments, why));
    }
  }

  /** Whether the words before {@code start} are "the two" or "both". */
  private static boolean namesPair(ParsedSentence sentence, int start) {
    return start > 0 && sentence.token(start - 1).word().equalsIgnoreCase("both")
        || start > 1
            && GROUP_SIZES.containsKey(sentence.token(start - 1).word().toLowerCase(Locale.ROOT))
            && sentence.token(start - 2).word().equalsIgnoreCase("the");
  }

  /** Nouns that after "the" alone stand for the two the story is about: "the pair signed…". */
  static final Set<String> DUO_NOUNS = Set.of("pair", "duo");

  /**
   * People of a side, whose "from" or "of" names the side they act for: "negotiators from the two
   * sides are still discussing…", "officials of both sides met…", "negotiators from the EU and
   * China" ({@code ArgumentActors} reads their "from" too).
   */
  public static final Set<String> SIDE_PEOPLE =
      Set.of(
          "negotiator",
          "official",
          "delegation",
          "delegate",
          "representative",
          "diplomat",
          "minister",
          "envoy",
          "expert",
          "leader",
          "team",
          // relief workers sent by a side: "rescuers from Spain arrived in Morocco"
          "rescuer",
          "doctor",
          "medic",
          "firefighter");

  /**
   * "The two countries signed a pact last September", "both sides agreed…": as the subject of a
   * verb two sides do together, the two countries the last sentences (and this one before the
   * phrase) named, when they named exactly two and no organisation.
   */
  private static void addPairs(
      ParsedSentence sentence, Arcs arcs, PronounContext context, List<Actor> actors) {
    for (int t = 0; t + 1 < sentence.size(); t++) {
      boolean both = sentence.token(t).word().equalsIgnoreCase("both");
      int size =
          t > 0 && sentence.token(t - 1).word().equalsIgnoreCase("the")
              ? GROUP_SIZES.getOrDefault(sentence.token(t).word().toLowerCase(Locale.ROOT), 0)
              : 0;
      boolean theTwo = size > 0;
      int at = both || theTwo ? pairNoun(sentence, arcs, t) : t + 1;
      Token noun = sentence.token(at);
      boolean duo =
          sentence.token(t).word().equalsIgnoreCase("the")
              && DUO_NOUNS.contains(noun.word().toLowerCase(Locale.ROOT));
      if (!duo
          && (!(both || theTwo) || !PAIR_NOUNS.contains(noun.word().toLowerCase(Locale.ROOT)))) {
        continue;
      }
      // "The EU and France urged both sides to halt military action": as the object of a verb,
      // the two the last sentences named, whoever this sentence's subjects are; "fighting between
      // the two states" names both sides wherever it stands
      boolean between = !duo && isBetween(arcs, at);
      boolean object = !duo && isObject(arcs, at);
      int acting = sidePeople(sentence, arcs, at);
      if (!object
          && !between
          && (!isSubject(arcs, acting) || !actsTogether(sentence, arcs, acting))) {
        continue; // only as the ones who act together: not "the two countries' U.N. missions"
      }
      int start = both || duo ? t : t - 1;
      int end = at + 1;
      // a region inside the phrase is no party of its own: "the two Central Asian states"
      Predicate<Actor> region =
          a ->
              a.start() >= start
                  && a.end() <= end
                  && a.isResolved()
                  && a.country() == null
                  && !a.code().code().startsWith("IGO");
      boolean taken =
          actors.stream().anyMatch(a -> a.start() < end && start < a.end() && !region.test(a));
      List<Actor> earlier = actors.stream().filter(a -> a.end() <= start).toList();
      List<Actor> before = object ? List.of() : earlier;
      List<String> pair = context.group(sentence.index(), before, earlier, theTwo ? size : 2);
      if (taken || pair.isEmpty()) {
        continue;
      }
      actors.removeIf(region);
      boolean government =
          !noun.word().equalsIgnoreCase("countries")
              && !noun.word().equalsIgnoreCase("nations")
              && !noun.word().equalsIgnoreCase("states");
      for (String country : pair) {
        actors.add(
            standIn(
                sentence,
                start,
                end,
                country,
                government,
                "one of the "
                    + pair.size()
                    + " countries the last "
                    + PronounContext.PAIR_LOOKBACK
                    + " sentences named"));
      }
    }
  }

  /** Determiners that point back to what the sentence just named: "those", "these". */
  static final Set<String> POINTING_DETERMINERS = Set.of("those", "these");

  /** Plural nouns of states that a pointing determiner makes the ones just named. */
  static final Set<String> STATE_PLURALS = Set.of("countries", "governments", "nations", "states");

  /**
   * The most states a pointing phrase stands for: the seven Latin American governments Venezuela
   * expelled diplomats from in one sentence of the modern set 4.
   */
  static final int MAX_POINTED_STATES = 8;

  /**
   * "ordered diplomats from Argentina, Chile, … and Uruguay to leave, accusing those governments of
   * interfering", "stepping up the rhetoric against Taiwan and Korea, urging those countries to…":
   * "those" or "these" with a plural of states stands for the countries this sentence named before
   * it, when there are two or more and no more than {@link #MAX_POINTED_STATES}; a subject's
   * country is not among them.
   */
  private static void addDemonstrativeGroups(
      ParsedSentence sentence, Arcs arcs, List<Actor> actors) {
    for (int t = 0; t + 1 < sentence.size(); t++) {
      if (!POINTING_DETERMINERS.contains(sentence.token(t).word().toLowerCase(Locale.ROOT))
          || !STATE_PLURALS.contains(sentence.token(t + 1).word().toLowerCase(Locale.ROOT))) {
        continue;
      }
      int start = t;
      int end = t + 2;
      if (actors.stream().anyMatch(a -> a.start() < end && start < a.end())) {
        continue;
      }
      List<Actor> named =
          actors.stream()
              .filter(a -> a.end() <= start && a.country() != null && a.isResolved())
              .toList();
      List<String> subjects =
          named.stream().filter(a -> isSubjectSpan(arcs, a)).map(Actor::country).toList();
      List<String> countries = new ArrayList<>();
      for (Actor actor : named) {
        if (!countries.contains(actor.country()) && !subjects.contains(actor.country())) {
          countries.add(actor.country());
        }
      }
      if (countries.size() < 2 || countries.size() > MAX_POINTED_STATES) {
        continue;
      }
      boolean government = sentence.token(t + 1).word().equalsIgnoreCase("governments");
      for (String country : countries) {
        actors.add(
            standIn(
                sentence,
                start,
                end,
                country,
                government,
                "one of the countries the sentence named before"));
      }
    }
  }

  /**
   * The actor a phrase that stands for several ("the two countries", "those governments") gives one
   * of them: its government when the phrase says governments, an organisation by its code.
   */
  private static Actor standIn(
      ParsedSentence sentence,
      int start,
      int end,
      String country,
      boolean government,
      String whence) {
    ActorCode code =
        country.length() > 3
            ? new ActorCode(country, null, null) // an organisation: "IGOEUREEC"
            : government
                ? new ActorCode(country + "GOV", country, "GOV")
                : new ActorCode(country, country, null);
    String phrase = sentence.span(start, end);
    return new Actor(
        start, end, phrase, code, List.of(String.format("\"%s\" → %s, %s", phrase, code, whence)));
  }

  /**
   * Whether a person's mention is written as a name: capitalised, or a lower-case title (a noun or
   * an adjective: "leader", "bank president", "leftist") before a capitalised name. Not a verb
   * before one: "the communique said Musa and Sylla agreed" is no "Said Musa".
   */
  private static boolean isWrittenAsName(ParsedSentence sentence, ActorMention mention) {
    Token first = sentence.token(mention.start());
    if (Character.isUpperCase(first.word().charAt(0))) {
      return true;
    }
    return Character.isUpperCase(sentence.token(mention.end() - 1).word().charAt(0))
        && (first.pos().startsWith("NN") || first.pos().startsWith("JJ"));
  }

  /** Whether a token of the actor is a subject: "Venezuela expelled…". */
  private static boolean isSubjectSpan(Arcs arcs, Actor actor) {
    for (int t = actor.start(); t < actor.end(); t++) {
      if (arcs.heads(t).stream().anyMatch(arc -> arc.base().startsWith("nsubj"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Verbs besides the symmetric ones whose subjects act together: "signed a pact", "held talks".
   */
  static final Set<String> JOINT_VERBS = Set.of("sign", "hold", "reach", "conclude", "initial");

  /**
   * The people the side at {@code noun} is the "from" or "of" of ({@link #SIDE_PEOPLE}), who act
   * for it: "negotiators from the two sides"; else the noun itself.
   */
  private static int sidePeople(ParsedSentence sentence, Arcs arcs, int noun) {
    for (Dependency arc : arcs.heads(noun)) {
      if ((arc.relation().equals("nmod:from") || arc.relation().equals("nmod:of"))
          && arc.head() >= 0
          && SIDE_PEOPLE.contains(sentence.token(arc.head()).lowerLemma())) {
        return arc.head();
      }
    }
    return noun;
  }

  /** The most modifiers between "the two" and its noun: "the two Central Asian states". */
  static final int MAX_PAIR_MODIFIERS = 3;

  /**
   * The noun "both" or "the two" at {@code t} counts: the next word, or the noun the number belongs
   * to after at most {@link #MAX_PAIR_MODIFIERS} modifiers ("the two Central Asian states", "the
   * two nuclear-armed neighbours").
   */
  private static int pairNoun(ParsedSentence sentence, Arcs arcs, int t) {
    for (Dependency arc : arcs.heads(t)) {
      int head = arc.head();
      if ((arc.base().equals("nummod") || arc.base().equals("det"))
          && head > t + 1
          && head <= t + 1 + MAX_PAIR_MODIFIERS) {
        return head;
      }
    }
    return t + 1;
  }

  /** Whether the noun is what something is "between": "fighting between the two states". */
  private static boolean isBetween(Arcs arcs, int noun) {
    return arcs.heads(noun).stream().anyMatch(arc -> arc.relation().equals("nmod:between"));
  }

  /** Whether the noun is a verb's direct object: "urged both sides to exercise restraint". */
  private static boolean isObject(Arcs arcs, int noun) {
    return arcs.heads(noun).stream().anyMatch(arc -> arc.relation().equals("obj"));
  }

  /** Whether the subject at {@code noun} is the subject of a verb two sides do together. */
  private static boolean actsTogether(ParsedSentence sentence, Arcs arcs, int noun) {
    for (Dependency arc : arcs.heads(noun)) {
      if (arc.base().equals("nsubj") && arc.head() >= 0) {
        String verb = sentence.token(arc.head()).lowerLemma();
        if (org.entente.coder.predicate.Reciprocity.SYMMETRIC_VERBS.contains(verb)
            || JOINT_VERBS.contains(verb)
            || intendsSharedAct(sentence, arcs, arc.head())
            || doneToEachOther(sentence, arcs, arc.head())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Verbs of an intent whose shared act two sides intend together: "pledged to deepen ties". */
  static final Set<String> JOINT_INTENT_VERBS =
      Set.of("pledge", "vow", "promise", "decide", "plan", "resolve", "intend", "aim");

  /**
   * Whether a verb of intent ({@link #JOINT_INTENT_VERBS}) has under it an act two sides share, by
   * its verb or its object: "Both countries pledged to deepen military cooperation", "the two
   * leaders vowed to meet again".
   */
  private static boolean intendsSharedAct(ParsedSentence sentence, Arcs arcs, int verb) {
    if (!JOINT_INTENT_VERBS.contains(sentence.token(verb).lowerLemma())) {
      return false;
    }
    for (Dependency clause : arcs.children(verb, "xcomp")) {
      int inner = clause.dependent();
      if (org.entente.coder.predicate.Reciprocity.SYMMETRIC_VERBS.contains(
          sentence.token(inner).lowerLemma())) {
        return true;
      }
      for (Dependency object : arcs.children(inner, "obj")) {
        if (org.entente.coder.predicate.Reciprocity.SHARED_ACTS.contains(
            sentence.token(object.dependent()).lowerLemma())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a verb's object is "each other" or "one another": "Both sides accused each other of
   * violating the ceasefire", which the two sides do to each other.
   */
  private static boolean doneToEachOther(ParsedSentence sentence, Arcs arcs, int verb) {
    for (Dependency arc : arcs.children(verb)) {
      if (!arc.relation().equals("obj")) {
        continue;
      }
      String word = sentence.token(arc.dependent()).word().toLowerCase(Locale.ROOT);
      int before = arc.dependent() - 1;
      String previous = before >= 0 ? sentence.token(before).word().toLowerCase(Locale.ROOT) : "";
      if ((word.equals("other") && previous.equals("each"))
          || (word.equals("another") && previous.equals("one"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Offices a story's definite description refers back through to the one person it named with it
   * ("the minister", "the president"). Spokesmen and officials speak for many and are left out.
   */
  static final Set<String> STORY_OFFICES =
      Set.of(
          "minister",
          "secretary",
          "president",
          "premier",
          "chancellor",
          "ambassador",
          "envoy",
          "governor",
          "commissioner",
          "king",
          "prime");

  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "his", "she", "her");

  private final ActorMatcher matcher;

  public ActorFinder(ActorMatcher matcher) {
    this.matcher = requireNonNull(matcher, "matcher is null");
  }

  public SentenceActors find(
      ParsedSentence sentence, Arcs arcs, LocalDate date, PronounContext context) {
    List<Actor> actors = new ArrayList<>();
    List<ActorMention> descriptions = new ArrayList<>();
    List<int[]> cities = new ArrayList<>();
    for (ActorMention mention : matcher.find(sentence.words(), sentence.lemmas(), date)) {
      if (mention.code().isAgentOnly()) {
        descriptions.add(mention); // "the minister", "trade officials": perhaps someone's
        continue; // "the government" alone names no one yet
      }
      if (mention.kind() == EntryKind.PERSON && !isWrittenAsName(sentence, mention)) {
        // "…, said Musa": a person's name is written with capitals; a title before it need not be
        // ("detained democratically elected leader Aung San Suu Kyi")
        continue;
      }
      if (mention.kind() == EntryKind.PLACE) {
        cities.add(new int[] {mention.start(), mention.end()});
      }
      actors.add(
          new Actor(
              mention.start(),
              mention.end(),
              sentence.span(mention.start(), mention.end()),
              mention.code(),
              mention.why()));
    }
    if (sentence.index() == 0) {
      context.dateline(datelineCountry(sentence, actors));
    }
    List<Actor> posts = NotActors.posts(sentence, actors);
    NotActors.remove(sentence, arcs, actors);
    SectorActors.ethnic(sentence, actors);
    regionalStates(sentence, arcs, actors);
    Offices.joinAcrossModifiers(sentence, descriptions, actors);
    Offices.applyAppositiveRoles(actors, arcs);
    Offices.applyTitles(sentence, actors);
    Offices.applyTitleCountries(sentence, actors);
    Offices.applyLeaderGovernments(sentence, actors);
    Offices.applyFormer(sentence, actors);
    applyStoryNames(sentence, actors, context);
    applySharedBodies(actors, context);
    addDescriptions(sentence, context, descriptions, actors);
    context.rememberOrganisations(sentence.index(), actors);
    addOrganisationDescriptions(sentence, context, actors);
    addMemberStates(sentence, context, actors);
    addStateDescriptions(sentence, context, actors);
    addGroupDescriptions(sentence, context, actors);
    SectorActors.add(sentence, arcs, descriptions, actors);
    // "recalled its ambassador to Iran": the post is a place, so what is done to the envoy may be
    // aimed at it, though it gives the envoy no country
    for (Actor post : posts) {
      if (actors.stream().noneMatch(a -> a.start() < post.end() && post.start() < a.end())) {
        actors.add(post);
      }
    }
    List<Actor> heres = here(sentence, arcs, context, actors);
    actors.addAll(heres);
    NameRuns.add(sentence, arcs, actors, context);
    // after the names the story gave before: "Funaro said he hoped…" is Funaro
    addPronouns(sentence, arcs, context, actors);
    addFirstPerson(sentence, arcs, actors);
    addPairs(sentence, arcs, context, actors);
    addDemonstrativeGroups(sentence, arcs, actors);
    dropOrganisationModifiers(sentence, arcs, actors);
    // a city stands for its country as a place ("shelled Aleppo", "the mayor of Nablus"), never as
    // one who acts: "Nogales said…" is a person
    List<Actor> places =
        actors.stream()
            .filter(
                a ->
                    posts.contains(a)
                        || heres.contains(a)
                        || cities.stream().anyMatch(c -> c[0] == a.start() && c[1] == a.end()))
            .toList();
    SentenceActors found = new SentenceActors(sentence.size(), actors, places);
    List<Actor> subjects = subjects(sentence, arcs, found);
    if (sentence.index() == 0) {
      java.util.Set<String> countries = new java.util.LinkedHashSet<>();
      subjects.forEach(a -> countries.add(a.country()));
      context.lead(countries.size() == 1 ? countries.iterator().next() : null);
      context.leadGroup(actingCountries(sentence, arcs, found));
    }
    context.remember(sentence.paragraph(), subjects, pluralSubject(sentence, arcs));
    List<Actor> person = personSubject(sentence, arcs, found);
    if (person != null) {
      context.rememberPerson(sentence.index(), person);
    }
    context.rememberActors(sentence.index(), actors);
    context.rememberNames(sentence, actors);
    return found;
  }

  /**
   * The country of the place in the dateline that opens a story ("KABUL, Afghanistan (Reuters) -",
   * "CAIRO -"): the last place in it the dictionary knows, or null.
   */
  private static String datelineCountry(ParsedSentence sentence, List<Actor> actors) {
    int end = Datelines.end(sentence);
    String country = null;
    for (Actor actor : actors) {
      if (actor.end() < end && actor.country() != null && actor.code().agent() == null) {
        country = actor.country();
      }
    }
    return country;
  }

  /** How many words after "of" a group's noun is looked for: "of the two Gulf states". */
  static final int OF_GROUP_WINDOW = 5;

  /**
   * Whether the words at {@code end} are "of" and a group of states ({@link #PAIR_NOUNS}): "the
   * foreign ministers of the two Gulf states", "the leaders of both countries".
   */
  private static boolean ofGroup(ParsedSentence sentence, int end) {
    if (end >= sentence.size() || !sentence.token(end).lowerLemma().equals("of")) {
      return false;
    }
    for (int t = end + 1; t < Math.min(sentence.size(), end + 1 + OF_GROUP_WINDOW); t++) {
      if (PAIR_NOUNS.contains(sentence.token(t).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "The minister said he wants to tell U.S. political leaders…": a definite description stands for
   * the actor of that sector the last sentences named, when they named only one country's.
   */
  private static void addDescriptions(
      ParsedSentence sentence,
      PronounContext context,
      List<ActorMention> descriptions,
      List<Actor> actors) {
    for (ActorMention description : descriptions) {
      boolean speaking =
          description.start() > 0
              && INDEFINITE_ARTICLES.contains(
                  sentence.token(description.start() - 1).word().toLowerCase(Locale.ROOT))
              && (SPEAKING_FOR.contains(sentence.token(description.end() - 1).lowerLemma())
                  || (description.end() < sentence.size()
                      && SPEAKING_FOR.contains(sentence.token(description.end()).lowerLemma())));
      if (description.start() == 0
          || (!sentence.token(description.start() - 1).word().equalsIgnoreCase("the")
              && !speaking)) {
        continue;
      }
      if (description.end() < sentence.size()
          && sentence.token(description.end()).lowerLemma().equals("of")
          && sentence.token(description.end() - 1).lowerLemma().equals("state")) {
        continue; // "lifted the state of emergency", "the state of the economy": no government
      }
      if (ofGroup(sentence, description.end())) {
        continue; // "the foreign ministers of the two Gulf states": the group's, not the story's
      }
      if (ORGANISATION_CHIEFS.contains(description.text().toLowerCase(Locale.ROOT))) {
        continue; // "the Secretary General had no comment": an organisation's head, no state's
      }
      String agent = description.code().agent();
      boolean governing =
          STATE_GOVERNMENTS.contains(
              sentence.token(description.end() - 1).word().toLowerCase(Locale.ROOT));
      // "a foreign ministry spokesman" is someone the story has not named: only its dateline
      String country =
          speaking ? null : storyCountry(sentence, context, description, governing, actors);
      boolean taken =
          actors.stream()
              .anyMatch(a -> a.start() < description.end() && description.start() < a.end());
      boolean filedFrom = false;
      if (country == null
          && context.dateline() != null
          && names(sentence, description, HOME_BODIES)) {
        // "TOKYO (Reuters) - The foreign ministry said…", "…, a foreign ministry spokesman said":
        // a ministry named by no country, in a story filed from a country, is that country's
        country = context.dateline();
        filedFrom = true;
      }
      if (country == null || taken) {
        continue;
      }
      ActorCode code = new ActorCode(country + agent, country, agent);
      List<String> why = new ArrayList<>(description.why());
      why.add(
          filedFrom
              ? String.format(
                  "\"%s\" named by no country → %s, of the story's dateline",
                  description.text(), code)
              : String.format(
                  "\"the %s\" → %s, the one %s actor of the last %d sentences",
                  description.text(), code, agent, PronounContext.DESCRIPTION_LOOKBACK));
      actors.add(
          new Actor(
              description.start(),
              description.end(),
              sentence.span(description.start(), description.end()),
              code,
              why));
    }
  }

  /**
   * The country of the one actor of a definite description's sector ("the minister", "the
   * government") that the story named lately, or null.
   */
  private static String storyCountry(
      ParsedSentence sentence,
      PronounContext context,
      ActorMention description,
      boolean governing,
      List<Actor> actors) {
    String agent = description.code().agent();
    List<Actor> before = actors.stream().filter(a -> a.end() <= description.start()).toList();
    String head = sentence.token(description.end() - 1).word().toLowerCase(Locale.ROOT);
    Set<String> here = new java.util.HashSet<>();
    for (Actor actor : before) {
      if (actor.isResolved()
          && actor.country() != null
          && agent.equals(actor.code().agent())
          && actor.text().toLowerCase(Locale.ROOT).contains(head)) {
        here.add(actor.country());
      }
    }
    boolean ownPhrase =
        description.end() < sentence.size()
            && sentence.token(description.end()).word().equals("of");
    if (here.size() == 1 && !ownPhrase) {
      // "Foreign Ministry spokeswoman Maria Zakharova said…, and the ministry summoned U.S.
      // Ambassador John Sullivan": the one actor this sentence named before it by the same noun
      return here.iterator().next();
    }
    String country = context.countryOf(agent, sentence.index());
    if (country == null && governing) {
      // "Peru is in arrears to its creditors. The government accused Bolivia…": with no
      // government named lately, the government of the one state this sentence and the last
      // named, else the last three
      country = context.onlyCountry(sentence.index(), before, GOVERNMENT_LOOKBACK);
    }
    boolean person =
        STORY_OFFICES.contains(
            sentence.token(description.end() - 1).word().toLowerCase(Locale.ROOT));
    if (country == null && person) {
      // "the minister": the one such person the story has named, when recent sentences are
      // ambiguous ("… under pressure from the U.S. Government")
      country = context.personCountry(agent);
    }
    if (country == null && governing) {
      country = context.onlyCountry(sentence.index(), before, PronounContext.DESCRIPTION_LOOKBACK);
    }
    if (country == null && HOME_INSTITUTIONS.contains(agent)) {
      // "Sudan's protesters… The army toppled long-time President Omar al-Bashir": the army, the
      // police, the opposition of the one state the last sentences named; not of a state this
      // sentence names before it ("Washington backed the opposition" is no American opposition)
      country =
          context.onlyCountry(sentence.index(), List.of(), PronounContext.DESCRIPTION_LOOKBACK);
      String filed = context.dateline();
      if (country == null
          && filed != null
          && !context.namedAny()
          && actors.stream().allMatch(a -> a.country() == null || filed.equals(a.country()))) {
        // a lead: "CARACAS (Reuters) - Maduro accused the opposition…" is Venezuela's; not when
        // it names another state ("ABUJA - … gave the military officers who seized power in
        // Niger one week")
        country = filed;
      }
    }
    return country;
  }

  /**
   * Sectors of a state's own institutions and politics that "the" names without a country: the
   * armed forces, the police, the opposition, the courts, the legislature.
   */
  static final Set<String> HOME_INSTITUTIONS = Set.of("MIL", "COP", "OPP", "JUD", "LEG");

  /**
   * The last words of a state's bodies that, named by no country and by nothing the story told, are
   * those of the country the story is filed from: "the foreign ministry", "the defence ministry".
   * Not persons ("the minister" may be a visitor's), not forces, and not "the government", which
   * the story's other states may have ("BEIJING - The Honduran foreign ministry said the government
   * recognised only one China").
   */
  static final Set<String> HOME_BODIES = Set.of("ministry", "office", "presidency");

  /** Whether one of the words of {@code mention} is one of {@code words}. */
  private static boolean names(ParsedSentence sentence, ActorMention mention, Set<String> words) {
    for (int t = mention.start(); t < mention.end(); t++) {
      if (words.contains(sentence.token(t).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** "a", "an": a body named so is one only when someone speaks for it ({@link #SPEAKING_FOR}). */
  static final Set<String> INDEFINITE_ARTICLES = Set.of("a", "an");

  /** Persons who speak for a body: "a foreign ministry spokesman said". */
  static final Set<String> SPEAKING_FOR =
      Set.of("spokesman", "spokeswoman", "spokesperson", "official", "source");

  /**
   * National bodies whose name several states share, with the states: the dictionary codes the
   * first; a story filed from another of them means its own ("Wilson told the House of Commons" in
   * an Ottawa story is Canada's).
   */
  static final Map<String, List<String>> SHARED_BODIES =
      Map.of("House of Commons", List.of("GBR", "CAN"));

  private static void applySharedBodies(List<Actor> actors, PronounContext story) {
    String home = story.dateline() != null ? story.dateline() : story.filedFromAnyway();
    for (int i = 0; i < actors.size(); i++) {
      Actor actor = actors.get(i);
      List<String> states = SHARED_BODIES.get(actor.text());
      if (states == null
          || home == null
          || !states.contains(home)
          || !actor.isResolved()
          || home.equals(actor.country())) {
        continue;
      }
      ActorCode code = new ActorCode(home + actor.code().agent(), home, actor.code().agent());
      List<String> why = new ArrayList<>(actor.why());
      why.add("a body several states have, in a story filed from " + home + " → " + code);
      actors.set(i, new Actor(actor.start(), actor.end(), actor.text(), code, why));
    }
  }

  /**
   * A bare last name the story introduced with an office means that person, whatever else the
   * dictionary knows by it: after "West German Finance Minister Gerhard Stoltenberg", "Stoltenberg"
   * is DEUGOV, not another Stoltenberg.
   */
  private static void applyStoryNames(
      ParsedSentence sentence, List<Actor> actors, PronounContext story) {
    for (int i = 0; i < actors.size(); i++) {
      Actor actor = actors.get(i);
      if (actor.end() - actor.start() != 1 || !sentence.token(actor.start()).isProperNoun()) {
        continue;
      }
      ActorCode earlier = story.surname(actor.text());
      if (earlier != null && !earlier.equals(actor.code())) {
        List<String> why = new ArrayList<>(actor.why());
        why.add("the story named \"" + actor.text() + "\" before with an office → " + earlier);
        actors.set(i, new Actor(actor.start(), actor.end(), actor.text(), earlier, why));
      }
    }
  }

  /**
   * Subject and possessive pronouns only: "It now provides…", "its rich energy reserves". An object
   * "it" is most often a thing ("China bought it").
   */
  private static void addPronouns(
      ParsedSentence sentence, Arcs arcs, PronounContext context, List<Actor> actors) {
    List<Actor> antecedents = context.antecedents(sentence.paragraph());
    List<Actor> named = List.copyOf(actors);
    for (Token token : sentence.tokens()) {
      String word = token.word().toLowerCase(Locale.ROOT);
      boolean person = PERSON_PRONOUNS.contains(word);
      if (!token.pos().startsWith("PRP")
          || !(SINGULAR_PRONOUNS.contains(word) || PLURAL_PRONOUNS.contains(word) || person)) {
        continue;
      }
      boolean possessive = token.pos().equals("PRP$");
      if (!possessive && !isSubject(arcs, token.index())) {
        continue;
      }
      // "Washington has broken with its old policy": its is the clause's own subject;
      // "The United States said it would back a loan": it is the subject of the clause above
      List<Actor> above = clauseSubject(sentence, arcs, token.index(), named);
      if (above == null) {
        continue; // "Communist rebels said they had destroyed…": they are the rebels, unknown
      }
      List<Actor> refersTo = above;
      if (person) {
        refersTo = above.stream().filter(ActorFinder::mayBePerson).toList();
        if (refersTo.isEmpty() && !above.isEmpty()) {
          continue; // "The United States said he…": no country is "he"
        }
      }
      String whence = "the subject of a clause above it";
      if (refersTo.isEmpty() && possessive) {
        refersTo = quotedSubject(sentence, arcs, token.index(), named);
        whence = "the subject of what its speaker is said to have said";
      }
      boolean earlier = refersTo.isEmpty();
      if (earlier && PLURAL_PRONOUNS.contains(word) && !possessive) {
        List<Actor> pair = coordinatedBefore(sentence, arcs, token.index(), named);
        if (!pair.isEmpty()) {
          refersTo = pair;
          earlier = false;
          whence = "the countries named together before it in the sentence";
        }
      }
      if (earlier && person) {
        // "President Reagan announced… He accused Japan of…": the person the story's last
        // sentences had for subject
        refersTo = context.person(sentence.index());
        whence = "the person an earlier sentence had for subject";
      } else if (earlier) {
        refersTo = antecedents;
        whence = "the subject of an earlier sentence in the paragraph";
      }
      // "they" from an earlier sentence stands for several actors or a group ("officials"),
      // never for one country: "They (the Kuwaitis) have also asked…" after a sentence about
      // the United States is not the United States
      if (refersTo.isEmpty()) {
        continue;
      }
      if (refersTo.size() > 1 && refersTo.stream().map(Actor::code).distinct().count() == 1) {
        // "U.N. Secretary-General Kofi Annan announced that he will withdraw…": a title and a
        // name for one actor
        refersTo = List.of(refersTo.get(refersTo.size() - 1));
      }
      boolean plural = PLURAL_PRONOUNS.contains(word);
      boolean fits =
          plural
              ? !earlier
                  || refersTo.size() > 1
                  || refersTo.get(0).code().agent() != null
                  || context.pluralAntecedent()
              : refersTo.size() == 1 && !(earlier && !person && context.pluralAntecedent());
      if (!fits) {
        continue;
      }
      for (Actor antecedent : refersTo) {
        actors.add(
            oneWord(
                token,
                antecedent.code(),
                String.format(
                    "pronoun \"%s\" → %s, \"%s\", %s",
                    token.word(), antecedent.code(), antecedent.text(), whence)));
      }
    }
  }

  /** Pronouns by which a speaker names himself or his side: "'We will retaliate,' Baker said". */
  static final Set<String> FIRST_PERSON_PRONOUNS = Set.of("i", "we", "my", "our");

  /**
   * A speaker's "I", "we", "my" or "our" inside a quotation the sentence credits to the speaker
   * stands for the speaker: '"We will impose sanctions on Japan," Baker said', 'Baker said: "We are
   * ready…"'. Only a subject or a possessive, as for the other pronouns; a quotation with no
   * speaker in its own sentence is left alone.
   */
  private static void addFirstPerson(ParsedSentence sentence, Arcs arcs, List<Actor> actors) {
    Actor speaker = null;
    for (Token token : sentence.tokens()) {
      if (!token.isVerb()
          || !CREDITING_VERBS.contains(token.lowerLemma())
          || quoted(sentence, token.index())) {
        continue;
      }
      for (Dependency subject : arcs.children(token.index(), "nsubj")) {
        for (Actor actor : actors) {
          if (actor.covers(subject.dependent())
              && actor.isResolved()
              && (actor.country() != null || actor.code().code().startsWith("IGO"))) {
            if (speaker != null && !speaker.code().equals(actor.code())) {
              return; // two speakers: whose words are whose is not told
            }
            speaker = actor;
          }
        }
      }
    }
    if (speaker == null) {
      return;
    }
    List<Actor> found = new ArrayList<>();
    for (Token token : sentence.tokens()) {
      String word = token.word().toLowerCase(Locale.ROOT);
      if (!FIRST_PERSON_PRONOUNS.contains(word)
          || !token.pos().startsWith("PRP")
          || !(token.pos().equals("PRP$") || isSubject(arcs, token.index()))
          || !quoted(sentence, token.index())
          || actors.stream().anyMatch(a -> a.covers(token.index()))) {
        continue;
      }
      found.add(
          oneWord(
              token,
              speaker.code(),
              String.format(
                  "\"%s\" in a quotation → %s, \"%s\", who is said to have said it",
                  token.word(), speaker.code(), speaker.text())));
    }
    actors.addAll(found);
  }

  /**
   * Whether a token stands inside quotation marks: after an opening mark not yet closed, or, in a
   * sentence that opens none, before a closing one (a quotation carried over from the sentence
   * before: 'The Japanese understand that full well," Yeutter said.').
   */
  static boolean quoted(ParsedSentence sentence, int index) {
    boolean open = false;
    boolean opened = false;
    for (int t = 0; t < index; t++) {
      if (isQuoteMark(sentence.token(t))) {
        open = opens(sentence, t);
        opened |= open;
      }
    }
    if (open) {
      return true;
    }
    if (opened) {
      return false;
    }
    for (int t = index + 1; t < sentence.size(); t++) {
      if (isQuoteMark(sentence.token(t))) {
        return !opens(sentence, t);
      }
    }
    return false;
  }

  private static boolean isQuoteMark(Token token) {
    return token.pos().equals("``") || token.pos().equals("''");
  }

  /**
   * Whether a quotation mark opens a quotation: it starts the sentence or stands apart from what
   * precedes it. The tagger's `` and '' say so only within a sentence; at a sentence's edge it
   * takes the closing mark of a quotation carried over ('…full well," Yeutter said.') for an
   * opening one.
   */
  private static boolean opens(ParsedSentence sentence, int t) {
    return t == 0 || sentence.token(t).begin() > sentence.token(t - 1).end();
  }

  /** Verbs of force, whose object or target a possessive names as another's than the doer's. */
  static final Set<String> HOSTILE_VERBS =
      Set.of(
          "attack", "shell", "bomb", "strike", "raid", "fire", "hit", "target", "invade", "shoot",
          "seize", "capture", "occupy", "storm");

  /** The relations of what an act of force is aimed at: "opened fire on its positions". */
  static final Set<String> ATTACKED_RELATIONS =
      Set.of("obl:on", "obl:at", "obl:against", "obl:into");

  /** Whether a verb is an act of force: {@link #HOSTILE_VERBS}, or "open" with "fire". */
  private static boolean hostile(ParsedSentence sentence, Arcs arcs, int verb) {
    String lemma = sentence.token(verb).lowerLemma();
    return HOSTILE_VERBS.contains(lemma)
        || lemma.equals("open")
            && arcs.children(verb, "obj").stream()
                .anyMatch(o -> sentence.token(o.dependent()).lowerLemma().equals("fire"));
  }

  /** Verbs by which a trailing speaker is credited with the clause before it. */
  static final Set<String> CREDITING_VERBS = Set.of("say", "add", "tell", "state", "announce");

  /**
   * "Kenya will send 1,000 police officers to Haiti, its government said": a possessive in the
   * speaker of a trailing attribution is the subject of the clause the speaker said, which comes
   * first; else an empty list.
   */
  private static List<Actor> quotedSubject(
      ParsedSentence sentence, Arcs arcs, int token, List<Actor> named) {
    Dependency owner = arcs.head(token);
    if (owner == null || owner.head() < 0 || !owner.relation().equals("nmod:poss")) {
      return List.of();
    }
    Dependency speaker = arcs.head(owner.head());
    if (speaker == null
        || speaker.head() < 0
        || !speaker.base().equals("nsubj")
        || !CREDITING_VERBS.contains(sentence.token(speaker.head()).lowerLemma())) {
      return List.of();
    }
    for (Dependency clause : arcs.children(speaker.head())) {
      if (!(clause.base().equals("ccomp") || clause.base().equals("parataxis"))
          || clause.dependent() > token) {
        continue;
      }
      List<Actor> subjects = new ArrayList<>();
      for (Dependency arc : arcs.children(clause.dependent(), "nsubj")) {
        for (Actor actor : named) {
          if (actor.covers(arc.dependent()) && actor.isResolved() && !subjects.contains(actor)) {
            subjects.add(actor);
          }
        }
      }
      return subjects;
    }
    return List.of();
  }

  /** How many heads up a pronoun looks for the subject it stands for. */
  static final int PRONOUN_CLAUSE_DEPTH = 6;

  /**
   * The resolved actors that are the subject of the nearest predicate above {@code token} that has
   * one other than the pronoun itself.
   */
  /**
   * Capitalised nouns that, after "the", stand for the organisation of their kind the story named
   * last: "the Bank" for the World Bank or a regional development bank, "the Fund" for the IMF,
   * "the Community" and "the Commission" for the EC ("… in the Reagan administration who viewed the
   * Bank as a bloated and inefficient bureaucracy", after the story named the World Bank). Only
   * written with a capital: "the bank" is as often a commercial one.
   */
  /**
   * Lower-case descriptions that stand for an organisation only when this sentence or the one
   * before named it ({@link PronounContext#recentOrganisation}): wire copy's "the bank" after "the
   * Asian Development Bank"; farther back it is as likely a commercial bank.
   */
  static final Map<String, String> LOWER_DESCRIPTIONS =
      Map.of(
          "bank", "Bank",
          // today's wires: "The EU imposed sanctions… The bloc also criticised China", "the
          // lender" for the IMF, "the alliance" for NATO
          "bloc", "Bloc",
          "lender", "Lender",
          "fund", "Fund",
          "alliance", "Alliance");

  /** The regional and trade blocs "the bloc" stands for. */
  static final Set<String> BLOCS =
      Set.of(
          "IGOEUREEC",
          "IGOWAFWAS",
          "IGOSEAASN",
          "IGOAFRAFU",
          "IGOSAFSAD",
          "IGOSAMMRC",
          "IGOPGSGCC",
          "IGOMEAARL",
          "IGOCASEAE",
          "IGOCASSCO",
          "IGOCRB",
          "IGOOAS",
          "IGOBUSOPC");

  /**
   * The organisations whose "member states" act for them: the blocs, NATO and the UN ("ECOWAS said
   * member states would recall their ambassadors").
   */
  static final Set<String> MEMBERSHIPS =
      java.util.stream.Stream.concat(
              BLOCS.stream(), java.util.stream.Stream.of("IGOWSTNAT", "IGOUNO"))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  static final Map<String, Set<String>> ORGANISATION_DESCRIPTIONS =
      Map.of(
          "Bank", Set.of("IGOUNODEVWBK", "IGOASADEVADB", "IGOAFRDEVAFB", "IGOLAMDEVIDB"),
          "Fund", Set.of("IGOBUSIMF"),
          "Community", Set.of("IGOEUREEC"),
          "Commission", Set.of("IGOEUREEC"),
          "Bloc", BLOCS,
          "Lender",
              Set.of("IGOBUSIMF", "IGOUNODEVWBK", "IGOASADEVADB", "IGOAFRDEVAFB", "IGOLAMDEVIDB"),
          "Alliance", Set.of("IGOWSTNAT"),
          "Members", MEMBERSHIPS);

  /** The nouns that follow "member" to name an organisation's members: "member states". */
  static final Set<String> MEMBER_NOUNS = Set.of("states", "countries", "nations", "governments");

  /**
   * "member states" with no organisation named before it in the phrase: the one membership
   * organisation this sentence or the last named ({@code ORGANISATION_DESCRIPTIONS} "Members"), as
   * "the bloc" is. "ECOWAS said member states would recall their ambassadors from Bamako" is ECOWAS
   * recalling them. Not "EU member states", which its own name codes.
   */
  private static void addMemberStates(
      ParsedSentence sentence, PronounContext context, List<Actor> actors) {
    for (int t = 1; t < sentence.size(); t++) {
      int member = t - 1;
      int index = t;
      if (!MEMBER_NOUNS.contains(sentence.token(t).word().toLowerCase(Locale.ROOT))
          || !sentence.token(member).word().equalsIgnoreCase("member")
          || actors.stream().anyMatch(a -> a.covers(index) || a.covers(member))
          || (member > 0
              && (sentence.token(member - 1).isProperNoun()
                  || sentence.token(member - 1).pos().equals("POS")
                  || actors.stream().anyMatch(a -> a.covers(member - 1))))) {
        continue;
      }
      ActorCode code = context.recentOrganisation("Members", sentence.index());
      if (code == null) {
        continue;
      }
      actors.add(
          new Actor(
              member,
              t + 1,
              sentence.token(member).word() + " " + sentence.token(t).word(),
              code,
              List.of(
                  String.format(
                      "\"%s %s\" → %s: the members of the one membership organisation this"
                          + " sentence or the last named",
                      sentence.token(member).word(), sentence.token(t).word(), code))));
    }
  }

  /**
   * Titles of an organisation's head, which after "the" stand for no state's official: "the
   * Secretary General", "the Managing Director".
   */
  static final Set<String> ORGANISATION_CHIEFS =
      Set.of(
          "secretary general",
          "secretary-general",
          "director general",
          "director-general",
          "managing director");

  /** Words of coming to a place, whose "here" is where the story was filed from. */
  static final Set<String> ARRIVAL_WORDS =
      Set.of("visit", "arrive", "arrival", "trip", "tour", "come", "fly", "stay");

  /**
   * "here" after a word of coming: the place of the story's dateline, standing for its country
   * ("Weizsaecker began a four-day visit here", "arrived here last night", in a story filed from
   * Peking or Caracas). Only as a place, never as one who acts.
   */
  private static List<Actor> here(
      ParsedSentence sentence, Arcs arcs, PronounContext context, List<Actor> actors) {
    String country = context.dateline() != null ? context.dateline() : context.filedFromAnyway();
    List<Actor> found = new ArrayList<>();
    if (country == null) {
      return found;
    }
    for (Token token : sentence.tokens()) {
      Dependency up = arcs.head(token.index());
      if (!token.word().equalsIgnoreCase("here")
          || up == null
          || up.head() < 0
          || !ARRIVAL_WORDS.contains(sentence.token(up.head()).lowerLemma())
          || actors.stream().anyMatch(a -> a.covers(token.index()))) {
        continue;
      }
      found.add(
          oneWord(
              token,
              new ActorCode(country, country, null),
              "\"here\" after \""
                  + sentence.token(up.head()).word()
                  + "\" → "
                  + country
                  + ": place standing for the country of the story's dateline"));
    }
    return found;
  }

  /** An actor of one word that stands for another actor or place, with why it does. */
  private static Actor oneWord(Token token, ActorCode code, String why) {
    return new Actor(token.index(), token.index() + 1, token.word(), code, List.of(why));
  }

  /** Nouns that, after "the", stand for a state: "the kingdom", "the country". */
  static final Set<String> STATE_NOUNS =
      Set.of("kingdom", "country", "nation", "republic", "emirate", "sheikhdom", "sultanate");

  /**
   * The states a noun of a kind of state can stand for (facts of today's and the 1980s' map): after
   * Saudi Arabia and Lebanon, "the kingdom" is Saudi Arabia; "the emirate" after Qatar and Egypt is
   * Qatar. Nouns not listed stand for any state.
   */
  static final Map<String, Set<String>> STATE_KINDS =
      Map.of(
          "kingdom",
          Set.of(
              "GBR", "ESP", "NLD", "BEL", "NOR", "SWE", "DNK", "SAU", "JOR", "MAR", "BHR", "THA",
              "KHM", "BTN", "LSO", "SWZ", "TON", "NPL"),
          "emirate",
          Set.of("ARE", "QAT", "KWT"),
          "sultanate",
          Set.of("OMN", "BRN"),
          "sheikhdom",
          Set.of("KWT", "QAT", "BHR", "ARE"));

  /**
   * How many sentences back "the government" that no government named lately stands for first looks
   * for the one state it belongs to, before it looks {@link PronounContext#DESCRIPTION_LOOKBACK}
   * sentences back.
   */
  static final int GOVERNMENT_LOOKBACK = 1;

  /** Nouns that, after "the", stand for a state's government when they name no agent's country. */
  static final Set<String> STATE_GOVERNMENTS = Set.of("government", "authorities", "regime");

  /**
   * "Saudi Arabia signed an arms deal with Britain… The kingdom will buy 48 Tornado jets": a state
   * noun after "the" is the one state the sentence so far and the last sentences named ({@link
   * PronounContext#onlyCountry}); nothing when they named several. Not "the country of origin", nor
   * "the nation's capital" in a phrase that names a state of its own ("the Republic of Korea").
   */
  private static void addStateDescriptions(
      ParsedSentence sentence, PronounContext context, List<Actor> actors) {
    addDescribed(
        sentence,
        actors,
        STATE_NOUNS,
        (noun, before) -> {
          String country =
              context.onlyCountry(
                  sentence.index(),
                  before,
                  PronounContext.DESCRIPTION_LOOKBACK,
                  STATE_KINDS.getOrDefault(noun, Set.of()));
          return country == null ? null : new ActorCode(country, country, null);
        },
        "state");
  }

  /**
   * "The European Union and the South American bloc Mercosur concluded negotiations", "the West
   * African bloc ECOWAS": a region and a word of kind that modify an organisation's name are its
   * description, no parties of their own.
   */
  private static void dropOrganisationModifiers(
      ParsedSentence sentence, Arcs arcs, List<Actor> actors) {
    List<Actor> organisations =
        actors.stream().filter(a -> a.isResolved() && a.code().code().startsWith("IGO")).toList();
    if (organisations.isEmpty()) {
      return;
    }
    actors.removeIf(
        actor -> {
          boolean description =
              !actor.isResolved()
                  || (actor.country() == null
                      && actor.code().agent() == null
                      && !actor.code().code().startsWith("IGO")
                      && !actor.code().code().startsWith("NGO"));
          if (!description) {
            return false;
          }
          return arcs.modifies(
              actor.end() - 1,
              MAX_STATE_MODIFIERS_OF_NAME,
              NAME_MODIFIER_RELATIONS,
              head -> organisations.stream().anyMatch(o -> o.covers(head)));
        });
  }

  /** How many modifiers up an organisation's name a description of it is looked for. */
  static final int MAX_STATE_MODIFIERS_OF_NAME = 3;

  /** How a description modifies a name: "the South American bloc Mercosur". */
  static final Set<String> NAME_MODIFIER_RELATIONS = Set.of("amod", "compound");

  /** Nouns that, after "the", stand for an armed or political group: "the group", "the militia". */
  static final Set<String> GROUP_DESCRIPTIONS =
      Set.of("group", "movement", "militia", "organisation", "organization", "faction");

  /**
   * "A senior Hamas official said the group had rejected an Israeli proposal": a group noun after
   * "the" is the one named group (rebels, militia, insurgents, an opposition) that the sentence so
   * far and the last sentences named ({@link PronounContext#onlyGroup}); nothing when they named
   * none or several, or when a name follows ("the group of eight").
   */
  private static void addGroupDescriptions(
      ParsedSentence sentence, PronounContext context, List<Actor> actors) {
    addDescribed(
        sentence,
        actors,
        GROUP_DESCRIPTIONS,
        (noun, before) -> context.onlyGroup(sentence.index(), before),
        "group");
  }

  /**
   * Adds an actor for each of {@code nouns} after "the" that no actor covers and that is no
   * modifier of a name or a noun ("the group of eight", "the country risk"), coded as {@code
   * resolve} codes the actors before it, when it codes them at all.
   */
  private static void addDescribed(
      ParsedSentence sentence,
      List<Actor> actors,
      Set<String> nouns,
      java.util.function.BiFunction<String, List<Actor>, ActorCode> resolve,
      String kind) {
    for (int t = 1; t < sentence.size(); t++) {
      int index = t;
      Token word = sentence.token(t);
      if (!nouns.contains(word.word().toLowerCase(Locale.ROOT))
          || !sentence.token(t - 1).word().equalsIgnoreCase("the")
          || actors.stream().anyMatch(a -> a.covers(index))
          || (t + 1 < sentence.size()
              && (sentence.token(t + 1).word().equals("of") || sentence.token(t + 1).isNoun()))) {
        continue;
      }
      List<Actor> before = actors.stream().filter(a -> a.end() <= index - 1).toList();
      ActorCode code = resolve.apply(word.word().toLowerCase(Locale.ROOT), before);
      if (code == null) {
        continue;
      }
      actors.add(
          new Actor(
              t,
              t + 1,
              word.word(),
              code,
              List.of(
                  String.format(
                      "\"the %s\" → %s, the one %s this sentence and the last %d named",
                      word.word(), code, kind, PronounContext.DESCRIPTION_LOOKBACK))));
    }
  }

  private static void addOrganisationDescriptions(
      ParsedSentence sentence, PronounContext context, List<Actor> actors) {
    for (int t = 1; t < sentence.size(); t++) {
      String word = sentence.token(t).word();
      ActorCode code = context.organisation(word);
      boolean recent = code == null && LOWER_DESCRIPTIONS.containsKey(word);
      if (recent) {
        code = context.recentOrganisation(LOWER_DESCRIPTIONS.get(word), sentence.index());
      }
      int index = t;
      if (code == null
          || !sentence.token(t - 1).word().equalsIgnoreCase("the")
          || actors.stream().anyMatch(a -> a.covers(index))
          || (t + 1 < sentence.size()
              && (sentence.token(t + 1).word().equals("of")
                  || sentence.token(t + 1).isProperNoun()))) {
        continue; // "the Bank of Japan", "the Commission President" are names of their own
      }
      actors.add(
          new Actor(
              t,
              t + 1,
              word,
              code,
              List.of(
                  recent
                      ? String.format(
                          "\"the %s\" → %s: the one organisation of that kind this sentence or"
                              + " the last named",
                          word, code)
                      : String.format(
                          "\"the %s\" → %s: the organisation of that kind the story named last",
                          word, code))));
    }
  }

  /**
   * Two or more countries joined by "and" before a plural pronoun in its sentence, which it stands
   * for rather than an earlier sentence's subject: "a dispute over U.S. access to the grain markets
   * of Spain and Portugal after they joined the European Community" (they: Spain and Portugal).
   */
  private static List<Actor> coordinatedBefore(
      ParsedSentence sentence, Arcs arcs, int pronoun, List<Actor> named) {
    for (Actor first : named) {
      if (first.end() > pronoun || !first.isResolved() || first.country() == null) {
        continue;
      }
      List<Actor> pair = new ArrayList<>(List.of(first));
      for (Dependency arc : arcs.children(first.end() - 1)) {
        if (!arc.relation().equals("conj:and") || arc.dependent() >= pronoun) {
          continue;
        }
        for (Actor other : named) {
          if (other.covers(arc.dependent())
              && other.isResolved()
              && other.country() != null
              && !other.country().equals(first.country())) {
            pair.add(other);
          }
        }
      }
      if (pair.size() > 1) {
        return pair;
      }
    }
    return List.of();
  }

  /**
   * Whether "he" or "she" may stand for an actor: one with a sector (an official, a leader), or a
   * person the dictionary of office holders gives an organisation's code ("U.N. Secretary-General
   * Kofi Annan announced that he will withdraw…").
   */
  private static boolean mayBePerson(Actor actor) {
    return actor.code().agent() != null
        || actor.why().stream()
            .anyMatch(
                line -> line.contains(PERSON_ENTRIES) || line.startsWith(Offices.APPOSITIVE_OFFICE))
        || titledName(actor.text());
  }

  /** Verbs that only attribute what a lead reports: "…, U.S. President Donald Trump announced". */
  static final Set<String> ATTRIBUTING_VERBS =
      Set.of("say", "announce", "tell", "report", "add", "confirm");

  /**
   * The countries of the subjects of a sentence's acts, not of its attributions: "Sudan and Israel
   * agreed on Friday to take steps to normalise relations, U.S. President Donald Trump announced"
   * acts for Sudan and Israel.
   */
  private static java.util.Set<String> actingCountries(
      ParsedSentence sentence, Arcs arcs, SentenceActors found) {
    java.util.Set<String> countries = new java.util.LinkedHashSet<>();
    for (Dependency arc : sentence.dependencies()) {
      if (arc.head() < 0
          || !arc.relation().equals("nsubj")
          || ATTRIBUTING_VERBS.contains(sentence.token(arc.head()).lowerLemma())) {
        continue;
      }
      for (Actor actor : found.at(arc.dependent())) {
        if (actor.isResolved()) {
          countries.add(actor.country());
        }
      }
    }
    return countries;
  }

  /** Whether the organisation dictionary, and no dictionary of people, named the actor. */
  private static boolean isBody(Actor actor) {
    return actor.why().stream().anyMatch(line -> line.contains(ORGANISATION_ENTRY))
        && actor.why().stream().noneMatch(line -> line.contains(PERSON_ENTRIES));
  }

  /**
   * Whether an actor's words end in a name after a title: "Philippine Coconut Authority chairman
   * Jose Romero", whom no dictionary knows but whose country the adjective gives, is a person.
   */
  static boolean titledName(String text) {
    String[] words = text.split(" ");
    int last = words.length - 1;
    int names = 0;
    while (last >= 0
        && !words[last].isEmpty()
        && Character.isUpperCase(words[last].charAt(0))
        && !isTitle(words[last])) {
      last--; // "Finance Minister Dilson Funaro": the name ends at the capitalised title
      names++;
    }
    String title = last >= 0 ? words[last].toLowerCase(Locale.ROOT) : "";
    return names >= 1 && (NameRuns.TITLE_WORDS.contains(title) || PERSON_TITLES.contains(title));
  }

  private static boolean isTitle(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return NameRuns.TITLE_WORDS.contains(lower) || PERSON_TITLES.contains(lower);
  }

  /**
   * Titles of people who head bodies, beside the offices of state ({@link NameRuns#TITLE_WORDS}):
   * "Coffee Institute president", "Tea Board chairman", "Cocoa Association director".
   */
  static final Set<String> PERSON_TITLES =
      Set.of(
          "chairman",
          "chairwoman",
          "director",
          "head",
          "chief",
          "leader",
          "delegate",
          "adviser",
          "advisor",
          "manager");

  /** How the rule trail names an entry of the dictionary of people: "(people.tsv:1113)". */
  static final String PERSON_ENTRIES = "people";

  /** What a name's explanation says when the organisation dictionary gave it. */
  static final String ORGANISATION_ENTRY = ": organisation ";

  private static List<Actor> clauseSubject(
      ParsedSentence sentence, Arcs arcs, int token, List<Actor> named) {
    int current = token;
    // "The Israeli military said its aircraft struck Hezbollah targets": the subject "its" owns
    // is never what it stands for ("their countries should cooperate" is read as the speakers'
    // own, SentenceCoding.OWN_POSSESSIVES)
    java.util.Set<Integer> owned = new java.util.HashSet<>(List.of(token));
    // "Thatcher said she and Ryzhkov met": those joined to the pronoun share its clause, and are
    // not what it stands for
    for (Dependency partner : arcs.children(token, "conj")) {
      owned.add(partner.dependent());
    }
    Dependency possessed = arcs.head(token);
    if (possessed != null
        && possessed.head() >= 0
        && possessed.relation().equals("nmod:poss")
        && sentence.token(token).word().equalsIgnoreCase("its")) {
      owned.add(possessed.head());
    }
    for (int depth = 0; depth < PRONOUN_CLAUSE_DEPTH; depth++) {
      Dependency head = arcs.head(current);
      if (head == null || head.head() < 0) {
        return List.of();
      }
      current = head.head();
      if (possessed != null
          && possessed.relation().equals("nmod:poss")
          && depth == 1
          && hostile(sentence, arcs, current)
          && (head.relation().equals("obj") || ATTACKED_RELATIONS.contains(head.relation()))) {
        // "Armenia said Azerbaijani troops had opened fire on its positions": one does not attack
        // one's own; "its" is the subject's above
        continue;
      }
      List<Actor> subjects = new ArrayList<>();
      boolean unknownSubject = false;
      for (Dependency arc : arcs.children(current)) {
        if (arc.base().equals("nsubj") && !owned.contains(arc.dependent())) {
          boolean known = false;
          for (int part : titledName(sentence, arcs, arc.dependent())) {
            for (Actor actor : named) {
              if (actor.covers(part) && actor.isResolved() && !subjects.contains(actor)) {
                subjects.add(actor);
                known = true;
              }
            }
            if (known) {
              break;
            }
          }
          unknownSubject |=
              !known && agrees(sentence.token(token), sentence.token(arc.dependent()));
        }
      }
      if (!subjects.isEmpty()) {
        return subjects;
      }
      if (unknownSubject) {
        return null;
      }
    }
    return List.of();
  }

  /**
   * A subject head and, when it is a name no actor covers, the title words before it: "U.S.
   * Undersecretary of State for Economic Affairs Allen Wallis said he had urged Japan…" — the actor
   * is the title ("U.S. Undersecretary"), the subject's head the unknown name.
   */
  private static List<Integer> titledName(ParsedSentence sentence, Arcs arcs, int head) {
    List<Integer> parts = new ArrayList<>(List.of(head));
    if (sentence.token(head).isProperNoun()) {
      for (Dependency arc : arcs.children(head, "compound")) {
        parts.add(arc.dependent());
      }
    }
    return parts;
  }

  /**
   * Whether a pronoun can stand for a subject noun no dictionary resolves, which then is what it
   * refers to: "they" for "Communist rebels", "it" for "the company", "he" for a person's name.
   * Pronouns that refer to such a subject resolve to nothing rather than to an earlier actor.
   */
  private static boolean agrees(Token pronoun, Token subject) {
    String word = pronoun.word().toLowerCase(Locale.ROOT);
    String pos = subject.pos();
    if (PLURAL_PRONOUNS.contains(word)) {
      return pos.equals("NNS") || pos.equals("NNPS");
    }
    if (PERSON_PRONOUNS.contains(word)) {
      // the tagger runs for dates only, so a name is a capitalised proper noun: "Smith said he…"
      return subject.ner().equals("PERSON") || isPersonWord(subject);
    }
    return (pos.equals("NN") || pos.equals("NNP")) && !subject.ner().equals("PERSON");
  }

  private static boolean isSubject(Arcs arcs, int token) {
    for (Dependency arc : arcs.heads(token)) {
      if (arc.base().equals("nsubj")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the subject of the sentence's root predicate is a plural noun: "ministers". */
  private static boolean pluralSubject(ParsedSentence sentence, Arcs arcs) {
    for (Dependency root : sentence.dependencies()) {
      if (root.head() == -1) {
        for (Dependency arc : arcs.children(root.dependent())) {
          if (arc.base().equals("nsubj")
              && sentence.token(arc.dependent()).pos().startsWith("NNS")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The resolved actors that are the subject of the sentence's root predicate. */
  /**
   * Nouns that make a sentence's subject a person whom a later "he" or "she" may stand for, known
   * or not ("A spokesman said… He added…" is the spokesman, whoever he is), beside names and the
   * title words of {@link NameRuns#TITLE_WORDS}.
   */
  static final Set<String> PERSON_NOUNS =
      Set.of(
          "man",
          "woman",
          "analyst",
          "dealer",
          "trader",
          "economist",
          "banker",
          "source",
          "diplomat",
          "negotiator",
          "leader",
          "chairman",
          "director",
          "head",
          "chief",
          "aide",
          "adviser",
          "advisor",
          "expert",
          "delegate");

  /**
   * The person the main clause has for subject: the actors that may be a person at it (empty when
   * the person is no one the dictionary knows, "A spokesman said…", "Smith said…"), or null when
   * the subject is no person ("Japan said…", "The talks ended…").
   */
  private static List<Actor> personSubject(
      ParsedSentence sentence, Arcs arcs, SentenceActors found) {
    List<Integer> clauses = new ArrayList<>();
    // '"The Japanese understand that full well," Yeutter said.', "Kato told reporters … all
    // topics will be discussed": the speaker first, wherever the parser hung the verb of saying
    for (Token token : sentence.tokens()) {
      if (token.isVerb()
          && CREDITING_VERBS.contains(token.lowerLemma())
          && !quoted(sentence, token.index())) {
        clauses.add(token.index());
      }
    }
    for (Dependency root : sentence.dependencies()) {
      if (root.head() == -1) {
        clauses.add(root.dependent());
      }
    }
    for (int clause : clauses) {
      for (Dependency arc : arcs.children(clause)) {
        if (!arc.relation().equals("nsubj") && !arc.relation().equals("nsubj:pass")) {
          continue;
        }
        Token subject = sentence.token(arc.dependent());
        List<Actor> at = found.at(arc.dependent());
        // "The Fed certainly has to intervene. … He said…": a body named is no "he" of a later
        // sentence
        List<Actor> people =
            at.stream().filter(a -> a.isResolved() && mayBePerson(a) && !isBody(a)).toList();
        if (!people.isEmpty()) {
          return people;
        }
        if (at.stream().anyMatch(Actor::isResolved)) {
          continue; // "Japan said…": a country, no person
        }
        if (subject.ner().equals("PERSON")
            || PERSON_PRONOUNS.contains(subject.word().toLowerCase(Locale.ROOT))
            || isPersonWord(subject)) {
          return List
              .of(); // "A spokesman said…", "Ergenc told…": someone the dictionary does not know
        }
      }
    }
    return null;
  }

  /**
   * Whether a word may name a person: a capitalised proper noun (a name the dictionary may not
   * know: "Ergenc", "Smith") or a noun of {@link #PERSON_NOUNS} or {@link NameRuns#TITLE_WORDS}.
   */
  private static boolean isPersonWord(Token token) {
    String lemma = token.lowerLemma();
    return token.isProperNoun() && Character.isUpperCase(token.word().charAt(0))
        || NameRuns.TITLE_WORDS.contains(lemma)
        || PERSON_NOUNS.contains(lemma);
  }

  private static List<Actor> subjects(ParsedSentence sentence, Arcs arcs, SentenceActors found) {
    List<Actor> subjects = new ArrayList<>();
    for (Dependency root : sentence.dependencies()) {
      if (root.head() != -1) {
        continue;
      }
      for (Dependency arc : arcs.children(root.dependent())) {
        if (arc.relation().equals("nsubj") || arc.relation().equals("nsubj:pass")) {
          List<Actor> at = found.at(arc.dependent());
          if (at.isEmpty() && sentence.token(arc.dependent()).pos().equals("NNS")) {
            // "EC foreign ministers issued a statement… They also said…": a group named by its
            // body stands for it
            at = new ArrayList<>();
            for (Dependency modifier : arcs.children(arc.dependent())) {
              if (modifier.base().equals("compound") || modifier.base().equals("amod")) {
                at.addAll(found.at(modifier.dependent()));
              }
            }
          }
          for (Actor actor : at) {
            boolean party =
                actor.isResolved()
                    && (actor.country() != null || actor.code().code().startsWith("IGO"));
            if (party && !subjects.contains(actor)) {
              subjects.add(actor);
            }
          }
        }
      }
    }
    return subjects;
  }
}
