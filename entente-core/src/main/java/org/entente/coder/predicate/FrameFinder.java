package org.entente.coder.predicate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.text.Arcs;
import org.entente.text.Dependency;
import org.entente.text.ParsedSentence;
import org.entente.text.Token;

/**
 * Collects a predicate's arguments from the enhanced dependencies.
 *
 * <ul>
 *   <li>verbs: subject {@code nsubj} (or the passive's {@code obl:agent}); object {@code obj},
 *       {@code iobj} (and the passive subject); targets {@code obl:to/with/against/on/…}, also
 *       those attached to the object ("imposed sanctions on Russia"); a verb without a subject that
 *       hangs from another by {@code xcomp}, {@code advcl} or {@code conj} takes that one's ("By
 *       pushing back against Moscow…, the White House…");
 *   <li>nouns: subject {@code nmod:poss} or an actor modifier ("Xi Jinping's visit", "US
 *       sanctions"); targets {@code nmod:to/on/against/…}; a noun that is a verb's object takes the
 *       verb's subject when it has none.
 * </ul>
 */
public final class FrameFinder {

  /** Words that open a relative clause of place, time or cause: "Samarkand, where they met". */
  static final Set<String> RELATIVE_ADVERBS = Set.of("where", "when", "why", "whereby");

  /**
   * Nouns of a time a relative clause may follow with no pronoun: "the same day Trump and Xi met".
   */
  public static final Set<String> TIME_NOUNS =
      Set.of(
          "day", "week", "month", "year", "time", "moment", "hour", "night", "morning", "weekend");

  /** Verbs of passing on information, whose "on" or "about" names its subject, not a party. */
  static final Set<String> TOPIC_PREPOSITION_VERBS = Set.of("share", "exchange", "swap");

  /** The prepositions of what information is about. */
  static final Set<String> TOPIC_PREPOSITIONS = Set.of("on", "about");

  /** Verbs that with a signature "to" a document sign it: "put their names to the accord". */
  static final Map<String, String> SIGNING_PHRASES = Map.of("put", "sign", "set", "sign");

  /** What one puts to a document to sign it. */
  static final Set<String> SIGNATURE_NOUNS = Set.of("name", "signature", "seal");

  /** Verbs of a telephone call, made to someone for a purpose: "called Erdogan to offer…". */
  public static final Set<String> CALLING = Set.of("call", "phone", "telephone");

  /**
   * Prepositions under which the one called is the target of what the call is made to do:
   * "telephoned Obama to demand an explanation" as "demanded an explanation from Obama", "called
   * Trump to protest the tariffs" as "protested the tariffs to Trump", "to discuss" as "with".
   */
  static final List<String> CALLED_AS = List.of("to", "from", "with");

  /**
   * Purposes a telephone call already is: "called Netanyahu to discuss the deal" is the call (041)
   * and no second consultation.
   */
  public static final Set<String> CALL_CONSULTS = Set.of("discuss", "talk", "consult", "confer");

  /**
   * Whether a verb is the purpose of a telephone call to someone, told as the call is: "called
   * Trump to protest the tariffs". Not what the call already is ({@link #CALL_CONSULTS}).
   */
  public static boolean isCallPurpose(ParsedSentence sentence, Arcs arcs, int verb) {
    Dependency up = arcs.head(verb);
    return up != null
        && up.head() >= 0
        && up.relation().equals("advcl:to")
        && sentence.token(up.head()).isVerb()
        && CALLING.contains(sentence.token(up.head()).lowerLemma())
        && !CALL_CONSULTS.contains(sentence.token(verb).lowerLemma())
        && arcs.has(up.head(), "obj");
  }

  /** Prepositions that introduce a target, most telling first. */
  public static final List<String> TARGET_PREPOSITIONS =
      List.of(
          "to", "with", "against", "on", "toward", "towards", "for", "at", "into", "from", "over",
          "upon");

  /**
   * Prepositions before a gerund whose doer is the governing verb's object: "accused Turkey of
   * aiding", "charged Japan with violating", "prevented Iran from shipping", "thanked Japan for
   * helping"; "in destroying", "by selling", "before travelling" keep the subject.
   */
  static final Set<String> OBJECT_GERUND_CASES = Set.of("of", "with", "from", "for", "into");

  /**
   * Passive forms that say what the subject holds, not what was done to it: "is opposed to", "is
   * committed to", "is determined to", "is prepared to".
   */
  static final Set<String> STATIVE_PASSIVES =
      Set.of("oppose", "commit", "determine", "prepare", "dedicate", "devote", "resolve");

  /**
   * Verbs whose prepositional complement is what is done, as an object is: "agreed to a ceasefire",
   * "agreed on sanctions".
   */
  static final Map<String, Set<String>> COMPLEMENT_PREPOSITIONS =
      Map.of("agree", Set.of("to", "on"));

  /**
   * Acts that agreeing to is doing, whose noun as the complement of "agree" picks its sense: a
   * ceasefire agreed is declared, sanctions agreed are imposed. Not a proposal, a plan or reforms
   * ("agreed to Rha's proposal for cooperation", "agreed on certain economic reforms"), which are
   * an agreement, not the cooperation itself.
   */
  static final Set<String> AGREED_ACTS =
      Set.of("ceasefire", "truce", "armistice", "sanction", "embargo", "blockade");

  /**
   * Verbs said alike of what moves and of who moves it, whose subject picks the sense when there is
   * no object: "troops withdrew" as "withdrew troops", not as a state leaving a treaty.
   */
  static final Set<String> MOVING_SUBJECT_VERBS = Set.of("withdraw", "pull out", "pull back");

  /** The lemma a deadline to leave is coded as: "gave the ambassador 72 hours to leave". */
  static final String EXPELLING = "expel";

  /** Verbs of leaving a country, whose deadline given to someone expels them. */
  static final Set<String> LEAVING_VERBS = Set.of("leave", "depart", "quit");

  /** Units of a deadline: "72 hours", "two weeks", "48 hours". */
  static final Set<String> DEADLINE_UNITS = Set.of("hour", "day", "week", "month");

  /**
   * The one given a deadline to leave by "give" ("gave Qatari citizens two weeks to leave"): the
   * indirect object of "give", whose object is a span of time and whose clause is one of leaving;
   * else -1.
   */
  private int givenTimeToLeave(int verb, String lemma) {
    if (!lemma.equals("give")) {
      return -1;
    }
    int given = -1;
    boolean deadline = false;
    boolean leave = false;
    for (Dependency arc : arcs.children(verb)) {
      String word = sentence.token(arc.dependent()).lowerLemma();
      if (arc.relation().equals("iobj")) {
        given = arc.dependent();
      } else if (arc.relation().equals("obj") && DEADLINE_UNITS.contains(word)) {
        deadline = true;
      } else if ((arc.base().equals("advcl") || arc.base().equals("xcomp"))
          && LEAVING_VERBS.contains(word)) {
        leave = true;
      }
    }
    return deadline && leave ? given : -1;
  }

  private static final Set<String> SKIPPED_WORDS_POS = Set.of("DT", "PRP$", "POS", "IN", "CC", ",");

  private final ParsedSentence sentence;
  private final Arcs arcs;

  public FrameFinder(ParsedSentence sentence, Arcs arcs) {
    this.sentence = sentence;
    this.arcs = arcs;
  }

  /**
   * Entity tags of a point in time the parser may hang as a verb's object: "U.S. and Japanese
   * officials meet tomorrow" is no meeting with "tomorrow". Not a duration, which may hold the
   * event by "of" ("had months of talks"), unlike {@link #TIME_ENTITIES}.
   */
  public static final Set<String> TIME_NER = Set.of("DATE", "TIME");

  /**
   * Verbs whose predicate of the object makes one verb of them, listed in the lexicon as such:
   * "hold X responsible", "hold X accountable".
   */
  static final Map<String, Set<String>> HELD_AS =
      Map.of("hold", Set.of("responsible", "accountable", "liable"));

  /**
   * Verbs that with "to leave" send their object away, an expulsion ({@link #EXPELLING_VERB}):
   * "Washington ordered 60 Russians it described as intelligence officers to leave".
   */
  static final Map<String, Set<String>> SENT_AWAY =
      Map.of("order", Set.of("leave", "depart"), "tell", Set.of("leave", "depart"));

  /** The verb whose lexicon lines code an order to leave. */
  static final String EXPELLING_VERB = "expel";

  /** Adverbs right after a verb that are its particle when the parser took them for adverbs. */
  static final Set<String> PARTICLE_ADVERBS = Set.of("back", "off", "out", "away");

  /** Verbs with "home" after them that recall an envoy: "brought home its ambassador". */
  static final Set<String> HOME_VERBS = Set.of("bring", "call");

  public Frame verb(int verb) {
    Token token = sentence.token(verb);
    String lemma = token.lowerLemma();
    int heldAs = -1;
    boolean particle = arcs.children(verb, "compound:prt").size() > 0;
    for (Dependency arc : arcs.children(verb)) {
      if (arc.relation().equals("compound:prt")
          || (!particle
              && arc.relation().equals("advmod")
              && ((arc.dependent() == verb + 1
                      && PARTICLE_ADVERBS.contains(sentence.token(arc.dependent()).lowerLemma()))
                  || (HOME_VERBS.contains(lemma)
                      && arc.dependent() > verb
                      && sentence.token(arc.dependent()).lowerLemma().equals("home"))))) {
        // "rolled back sanctions", parsed with "back" as an adverb: the particle verb; "called
        // its ambassador to Egypt home": "call home", wherever "home" stands after the verb
        lemma = lemma + " " + sentence.token(arc.dependent()).lowerLemma();
      }
      if (arc.base().equals("xcomp")
          && SENT_AWAY
              .getOrDefault(lemma, Set.of())
              .contains(sentence.token(arc.dependent()).lowerLemma())
          && arcs.has(verb, "obj")) {
        // "India ordered a senior Canadian diplomat to leave the country": an expulsion
        lemma = EXPELLING_VERB;
      } else if (arc.base().equals("xcomp")
          && HELD_AS
              .getOrDefault(lemma, Set.of())
              .contains(sentence.token(arc.dependent()).lowerLemma())) {
        // "Israel held Hamas responsible for the deaths": one verb with its predicate
        lemma = lemma + " " + sentence.token(arc.dependent()).lowerLemma();
        heldAs = arc.dependent();
      } else if (arc.relation().equals("obj") && HELD_AS.containsKey(lemma)) {
        // or its object's modifier: "Brazil held Paraguay responsible for the collapse"
        for (Dependency modifier : arcs.children(arc.dependent(), "amod")) {
          String as = sentence.token(modifier.dependent()).lowerLemma();
          if (HELD_AS.get(lemma).contains(as) && modifier.dependent() > arc.dependent()) {
            lemma = lemma + " " + as;
            break;
          }
        }
      }
    }
    List<Integer> subjects = new ArrayList<>();
    List<Integer> objects = new ArrayList<>();
    Map<String, List<Integer>> targets = new LinkedHashMap<>();
    if (heldAs >= 0) {
      // the parser makes the one held responsible the predicate's subject
      for (Dependency held : arcs.children(heldAs, "nsubj")) {
        objects.add(held.dependent());
      }
    }
    for (Dependency arc : arcs.children(verb)) {
      String relation = arc.relation();
      if (relation.equals("nsubj:xsubj") && isPurposeOfOccurrence(verb, arc.dependent())) {
        // "began a hunger strike to protest against Sweden's decision": the strikers protest
        subjects.addAll(occurrenceSubjects(arc.dependent()));
      } else if (relation.equals("nsubj:xsubj")
          && INVITATION_NOUNS.contains(sentence.token(arc.dependent()).lowerLemma())) {
        // "Moon accepted an invitation to visit Pyongyang": the one who accepts it goes, where
        // the parser makes the invitation the visit's subject
        for (Dependency up : arcs.heads(verb)) {
          if (up.base().equals("xcomp")) {
            for (Dependency accepting : arcs.children(up.head(), "nsubj")) {
              subjects.add(accepting.dependent());
            }
          }
        }
      } else if (relation.equals("nsubj:xsubj") && !intentionOwners(arc.dependent()).isEmpty()) {
        // "criticised Washington's decision to impose tariffs", where the parser makes the
        // infinitive a complement of the verb: the decision's owner decides and does
        subjects.addAll(intentionOwners(arc.dependent()));
      } else if (relation.equals("nsubj")
          || relation.equals("nsubj:xsubj")
          || relation.equals("obl:agent")) {
        subjects.add(arc.dependent());
      } else if (relation.equals("nsubj:pass")) {
        // "Israel is opposed to French mediation": a state of mind, whose subject holds it
        (STATIVE_PASSIVES.contains(sentence.token(verb).lowerLemma()) ? subjects : objects)
            .add(arc.dependent());
      } else if ((relation.equals("obj") || relation.equals("iobj"))
          && !TIME_NER.contains(sentence.token(arc.dependent()).ner())) {
        objects.add(arc.dependent());
      } else if (arc.base().equals("obl")) {
        addTarget(targets, arc);
      } else if (isHere(arc)) {
        // "arrived here last night": in the place the story was filed from
        targets.computeIfAbsent("in", k -> new ArrayList<>()).add(arc.dependent());
      }
    }
    Dependency linked = arcs.head(verb);
    if (objects.isEmpty()
        && linked != null
        && linked.head() >= 0
        && (linked.relation().equals("acl:relcl")
            // the parser may leave such a clause hanging: "contract [the two sides signed]"
            || (linked.relation().equals("dep")
                && linked.head() < verb
                && arcs.children(verb, "nsubj").stream()
                    .allMatch(
                        a ->
                            a.dependent() < verb
                                && arcs.subtree(a.dependent()).stream()
                                        .min(Integer::compare)
                                        .orElse(-1)
                                    == linked.head() + 1)))
        && !subjects.isEmpty()
        && sentence.token(linked.head()).isNoun()
        && !TIME_NER.contains(sentence.token(linked.head()).ner())
        && !TIME_NOUNS.contains(sentence.token(linked.head()).lowerLemma())
        && arcs.children(verb).stream().noneMatch(a -> a.base().equals("aux"))
        && !arcs.has(verb, "ccomp")
        && !arcs.has(verb, "xcomp")
        && !arcs.has(verb, "mark")
        && arcs.children(verb).stream()
            .noneMatch(a -> RELATIVE_ADVERBS.contains(sentence.token(a.dependent()).lowerLemma()))
        && arcs.children(linked.head()).stream().noneMatch(a -> a.relation().equals("ref"))) {
      // "a 30-year supply contract the two sides signed in 2014": a relative clause with no
      // pronoun has its noun for the object the verb lacks
      objects.add(linked.head());
    }
    if (isCallPurpose(sentence, arcs, verb)) {
      // "telephoned Obama to demand an explanation": the one called is whom the purpose is aimed
      // at, where the verb names no one else
      for (Dependency called : arcs.children(linked.head(), "obj")) {
        for (String preposition : CALLED_AS) {
          targets.putIfAbsent(preposition, new ArrayList<>(List.of(called.dependent())));
        }
      }
    }
    if (subjects.isEmpty()
        && linked != null
        && linked.head() >= 0
        && linked.base().equals("xcomp")
        && sentence.token(verb).pos().equals("VBN")
        && LINKING_VERBS.contains(sentence.token(linked.head()).lowerLemma())
        && targets.containsKey("by")) {
      // "Sweden's bid remains blocked by Turkey": a passive under "remain", whose "by" does it
      // to the linking verb's subject
      subjects.addAll(targets.remove("by"));
      for (Dependency held : arcs.children(linked.head(), "nsubj")) {
        objects.add(held.dependent());
      }
    }
    if (objects.isEmpty()) {
      // "condemned what it called China's escalatory and irresponsible actions": what is
      // condemned is what the name is given to
      for (Dependency named : arcs.children(verb, "ccomp")) {
        objects.addAll(namedObjects(named.dependent()));
      }
    }
    if (subjects.isEmpty()) {
      subjects.addAll(inheritedSubjects(verb, 0));
    }
    Set<String> objectWords = new LinkedHashSet<>();
    List<Integer> phrase = new ArrayList<>();
    phrase.add(verb);
    if (STATIVE_PASSIVES.contains(lemma) && objects.isEmpty()) {
      // "Israel is opposed to French mediation": what the stance is toward picks the sense, as an
      // object would ("opposed French mediation")
      for (int held : targets.getOrDefault("to", List.of())) {
        collectWords(held, objectWords, phrase);
      }
    }
    if (objects.isEmpty() && COMPLEMENT_PREPOSITIONS.containsKey(lemma)) {
      // "Israel and Hamas agreed to a ceasefire": what one agrees to picks the sense, as an object
      // would ("agreed a ceasefire")
      for (String preposition : COMPLEMENT_PREPOSITIONS.get(lemma)) {
        for (int held : targets.getOrDefault(preposition, List.of())) {
          if (AGREED_ACTS.contains(sentence.token(held).lowerLemma())) {
            collectWords(held, objectWords, phrase);
          }
        }
      }
    }
    if (objects.isEmpty() && MOVING_SUBJECT_VERBS.contains(lemma)) {
      // "Israeli troops are to withdraw from southern Lebanon": who withdraws picks the sense, as
      // what is withdrawn would ("withdrew its troops from Lebanon")
      for (int subject : subjects) {
        collectWords(subject, objectWords, phrase);
      }
    }
    for (int object : objects) {
      if (unnamedEnvoy(object)) {
        // "recalled its ambassador in Tokyo", the post hung on the verb: the envoy's post
        for (Dependency post : arcs.children(verb)) {
          if (post.relation().equals("obl:in")
              && arcs.children(post.dependent(), "case").stream()
                  .anyMatch(c -> c.dependent() == object + 1)) {
            targets.computeIfAbsent("to", k -> new ArrayList<>()).add(post.dependent());
          }
        }
      }
      collectWords(object, objectWords, phrase);
      for (Dependency arc : arcs.children(object)) {
        if (arc.base().equals("nmod")) {
          addTarget(targets, arc);
        }
        if (arc.relation().equals("nmod:in") && unnamedEnvoy(object)) {
          // "recalled its top representative in Tokyo": the envoy's post, as "to Japan" is
          targets.computeIfAbsent("to", k -> new ArrayList<>()).add(arc.dependent());
        }
        if (arc.relation().equals("acl")
            && CARRYING_VERBS.contains(sentence.token(arc.dependent()).lowerLemma())) {
          // "flew a military aircraft carrying medical supplies and doctors into Mogadishu": the
          // cargo is what is sent
          for (Dependency cargo : arcs.children(arc.dependent(), "obj")) {
            collectWords(cargo.dependent(), objectWords, phrase);
          }
          for (Dependency bound : arcs.children(arc.dependent())) {
            if ((bound.base().equals("obl") || bound.base().equals("nmod"))
                && !targets.containsKey(bound.subtype())) {
              addTarget(targets, bound); // the parser hangs where it flies on the cargo's verb
            }
          }
        }
        if (arc.relation().equals("nmod:of") || arc.relation().equals("acl")) {
          // "imposed duties of up to 218 percent on Australian wine": the parser hangs whom the
          // duties are on on the rate that measures them
          rateTargets(arc.dependent(), 0, targets);
        }
        if (isSum(object)
            && (arc.relation().equals("nmod:in") || arc.relation().equals("nmod:of"))) {
          // "pledged $300 million in military aid to Ukraine": whom the aid the sum is of goes to
          for (Dependency inner : arcs.children(arc.dependent())) {
            if (inner.base().equals("nmod") && !targets.containsKey(inner.subtype())) {
              addTarget(targets, inner);
            }
          }
        }
      }
    }
    if (COMITATIVE_VERBS.contains(lemma) && !targets.containsKey("with") && subjects.size() == 1) {
      // "will discuss ways of increasing foreign investment here with the Malaysian government":
      // the parser hung whom one discusses with on a noun deep in what is discussed
      for (int object : objects) {
        withinPhrase(object, 0, targets);
      }
    }
    if (TOPIC_PREPOSITION_VERBS.contains(lemma)) {
      // "to share real-time data on North Korean missile launches": what the data is about, not
      // whom it is shared with
      targets.keySet().removeAll(TOPIC_PREPOSITIONS);
    }
    if (SIGNING_PHRASES.containsKey(lemma)
        && objects.size() == 1
        && SIGNATURE_NOUNS.contains(sentence.token(objects.get(0)).lowerLemma())
        && targets.containsKey("to")) {
      // "put their names to the United States-Mexico-Canada Agreement": signed it
      List<Integer> signed = targets.remove("to");
      Set<String> signedWords = new LinkedHashSet<>();
      List<Integer> signedPhrase = new ArrayList<>(List.of(verb));
      for (int object : signed) {
        collectWords(object, signedWords, signedPhrase);
      }
      return new Frame(
          verb,
          SIGNING_PHRASES.get(lemma),
          false,
          subjects,
          signed,
          targets,
          signedWords,
          signedPhrase);
    }
    int leaving = givenTimeToLeave(verb, lemma);
    if (leaving >= 0) {
      // "Mali gave the French ambassador 72 hours to leave the country": an expulsion of the one
      // given the time, as "expelled the French ambassador" is
      Set<String> expelled = new LinkedHashSet<>();
      List<Integer> expelledPhrase = new ArrayList<>(List.of(verb));
      collectWords(leaving, expelled, expelledPhrase);
      return new Frame(
          verb, EXPELLING, false, subjects, List.of(leaving), targets, expelled, expelledPhrase);
    }
    return new Frame(verb, lemma, false, subjects, objects, targets, objectWords, phrase);
  }

  /**
   * Whether a word is an envoy whose own country its phrase leaves to the story: "its top
   * representative", "the ambassador"; not "the Chinese ambassador", whose post is another's.
   */
  private boolean unnamedEnvoy(int object) {
    if (!org.entente.dictionary.DictionaryActorMatcher.POSTED_TITLES.contains(
        sentence.token(object).lowerLemma())) {
      return false;
    }
    for (int t : arcs.subtree(object)) {
      if (t < object && Character.isUpperCase(sentence.token(t).word().charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** Verbs of a vehicle's cargo, whose object is what a plane or a ship sent brings. */
  static final Set<String> CARRYING_VERBS = Set.of("carry", "transport", "bring");

  /** Verbs that name what their object is: "what he called Japan's failure to honour…". */
  public static final Set<String> NAMING_VERBS = Set.of("call", "term", "describe", "dub", "label");

  /**
   * The objects of a naming verb whose object is "what", besides "what" itself: "what it called
   * China's irresponsible actions" names the actions; none for another clause.
   */
  private List<Integer> namedObjects(int naming) {
    if (!NAMING_VERBS.contains(sentence.token(naming).lowerLemma())) {
      return List.of();
    }
    List<Integer> what = new ArrayList<>();
    List<Integer> named = new ArrayList<>();
    for (Dependency arc : arcs.children(naming)) {
      if (arc.relation().equals("obj") || arc.relation().equals("xcomp")) {
        (sentence.token(arc.dependent()).pos().startsWith("W") ? what : named).add(arc.dependent());
      }
    }
    return what.isEmpty() ? List.of() : named;
  }

  /** Verbs that link a subject to a participle as to a passive: "remains blocked by Turkey". */
  static final Set<String> LINKING_VERBS = Set.of("remain", "stay", "become", "get");

  /** Words of a sum of money, which "in" or "of" says what it is: "$300 million in aid". */
  static final Set<String> SUM_WORDS =
      Set.of("$", "dlr", "dlrs", "dollar", "euro", "yen", "pound", "stg", "million", "billion");

  /** Words of a rate, which an "of" phrase gives a duty or a tariff: "of 25 percent". */
  static final Set<String> RATE_WORDS = Set.of("percent", "pct", "%", "per cent");

  /** How deep in an object's "of" phrase the rate that holds its targets is looked for. */
  static final int RATE_DEPTH = 3;

  /**
   * The target phrases hung on a rate inside an object's "of" phrase ("duties of up to 218 percent
   * on Australian wine"), for the prepositions the frame has no phrase of yet.
   */
  private void rateTargets(int token, int depth, Map<String, List<Integer>> targets) {
    if (RATE_WORDS.contains(sentence.token(token).lowerLemma())) {
      for (Dependency inner : arcs.children(token)) {
        if (inner.base().equals("nmod") && !targets.containsKey(inner.subtype())) {
          addTarget(targets, inner);
        }
      }
      return;
    }
    if (depth + 1 >= RATE_DEPTH) {
      return;
    }
    for (Dependency arc : arcs.children(token)) {
      if (arc.base().equals("obl") || arc.base().equals("nmod") || arc.base().equals("advmod")) {
        rateTargets(arc.dependent(), depth + 1, targets);
      }
    }
  }

  private boolean isSum(int token) {
    return SUM_WORDS.contains(sentence.token(token).lowerLemma())
        || sentence.token(token).pos().equals("CD");
  }

  public Frame noun(int noun) {
    List<Integer> subjects = new ArrayList<>();
    Map<String, List<Integer>> targets = new LinkedHashMap<>();
    for (Dependency arc : arcs.children(noun)) {
      String relation = arc.relation();
      if (relation.equals("nmod:poss") || relation.equals("amod") || relation.equals("compound")) {
        subjects.add(arc.dependent());
      } else if (relation.equals("nmod:under")
          && sentence.token(arc.dependent()).lowerLemma().equals("way")) {
        // "talks under way with the Paris Club": the parser hangs the partner on "way"
        for (Dependency partner : arcs.children(arc.dependent())) {
          if (partner.base().equals("nmod")) {
            addTarget(targets, partner);
          }
        }
      } else if (arc.base().equals("nmod")) {
        addTarget(targets, arc);
      } else if (isHere(arc)) {
        // "a four-day visit here": to the place the story was filed from
        targets.computeIfAbsent("to", k -> new ArrayList<>()).add(arc.dependent());
      }
    }
    Dependency up = arcs.head(noun);
    if (!targets.containsKey("by")
        && up != null
        && up.head() >= 0
        && up.base().equals("nsubj")
        && !arcs.children(up.head(), "cop").isEmpty()
        && arcs.children(up.head(), "case").stream()
            .anyMatch(c -> sentence.token(c.dependent()).lowerLemma().equals("by"))) {
      // "the attack on a U.S.-flagged ship was almost certainly by an Iran Silkworm missile": by
      // whom, as "an attack by Iran" says
      targets.computeIfAbsent("by", k -> new ArrayList<>()).add(up.head());
    }
    Set<String> words = new LinkedHashSet<>();
    List<Integer> phrase = new ArrayList<>();
    collectWords(noun, words, phrase);
    return new Frame(
        noun, sentence.token(noun).lowerLemma(), true, subjects, List.of(), targets, words, phrase);
  }

  /**
   * Acts staged for a purpose: a to-infinitive the parser controls by one of them, as the object of
   * a verb of occurrence, is done by those who stage it ("began a hunger strike to protest", "held
   * a rally to demand", "opened fire to disperse"). Plans, decisions and agreements are not among
   * them: "made plans to protect the tankers" tells of no protecting.
   */
  static final Set<String> PURPOSEFUL_ACTS =
      Set.of(
          "strike",
          "rally",
          "demonstration",
          "protest",
          "march",
          "sit-in",
          "vigil",
          "boycott",
          "campaign",
          "operation",
          "offensive",
          "raid",
          "blockade",
          "walkout",
          "fire");

  /**
   * Verbs of using a means, whose object-controlled infinitive is done by who uses it: "riot police
   * used tear gas to disperse demonstrators", "fired shots to scatter the crowd". Not when the
   * means are people, who act themselves: "use American warships to escort its tankers".
   */
  static final Set<String> INSTRUMENT_VERBS = Set.of("use", "employ", "fire");

  private boolean isPurposeOfOccurrence(int verb, int controller) {
    Dependency object = arcs.head(controller);
    if (object == null
        || object.head() < 0
        || !object.base().equals("obj")
        || !sentence.token(controller).isNoun()
        || sentence.token(controller).isProperNoun()) {
      return false;
    }
    String governor = sentence.token(object.head()).lowerLemma();
    return (PURPOSEFUL_ACTS.contains(sentence.token(controller).lowerLemma())
            && NominalEvents.OCCURRENCE_VERBS.contains(governor))
        || (INSTRUMENT_VERBS.contains(governor)
            && !PEOPLE_MEANS.contains(sentence.token(controller).lowerLemma()));
  }

  /** Means that act themselves ({@link #INSTRUMENT_VERBS}): forces, ships and planes. */
  static final Set<String> PEOPLE_MEANS =
      Set.of(
          "warship",
          "ship",
          "forces",
          "troop",
          "troops",
          "soldier",
          "police",
          "plane",
          "aircraft",
          "jet",
          "army",
          "navy",
          "vessel",
          "unit",
          "officer",
          "agent");

  private List<Integer> occurrenceSubjects(int controller) {
    return inheritedOrOwn(arcs.head(controller).head(), 0);
  }

  /**
   * Texts that say what their issuer says, when a participle tells what: "issued a declaration
   * demanding", "released a statement condemning".
   */
  static final Set<String> STATEMENT_NOUNS =
      Set.of(
          "statement",
          "declaration",
          "communique",
          "resolution",
          "letter",
          "message",
          "note",
          "appeal",
          "petition",
          // "signed an executive order imposing sanctions", "issued a decree banning": its
          // signer acts by it
          "order",
          "decree");

  /**
   * Nouns of being asked to come, whose infinitive the one asked does: "an invitation to visit".
   */
  static final Set<String> INVITATION_NOUNS = Set.of("invitation", "invite");

  /** The subjects of the verb this one hangs from by xcomp, advcl, conj or acl. */
  public List<Integer> inheritedSubjects(int verb, int depth) {
    if (depth > 3 || arcs.has(verb, "nsubj:pass")) {
      return List.of(); // a passive's agent is unknown, not the governing clause's subject
    }
    Dependency head = arcs.head(verb);
    if (head == null) {
      return List.of();
    }
    String base = head.base();
    // "By pushing back against Moscow…, the White House has broken…": a gerund in a
    // prepositional phrase (obl) has the subject of the clause it modifies, like advcl does
    boolean gerund = base.equals("obl") && sentence.token(verb).pos().equals("VBG");
    boolean prepositional =
        sentence.token(verb).pos().equals("VBG")
            && (base.equals("obl") || base.equals("advcl"))
            // the parser hangs the "of" as a case or, on an adverbial clause, as a mark
            && arcs.children(verb).stream()
                .anyMatch(
                    c ->
                        (c.base().equals("case") || c.base().equals("mark"))
                            && OBJECT_GERUND_CASES.contains(
                                sentence.token(c.dependent()).lowerLemma()));
    if (base.equals("advcl") && isQuotedSaying(verb, head.head())) {
      // "the agency quoted Velayati as saying…", "he was quoted by PAP as saying…": the one quoted
      // speaks, not the one quoting
      List<Integer> quoted = new ArrayList<>();
      for (Dependency arc : arcs.children(head.head())) {
        if (arc.relation().equals("obj") || arc.relation().equals("nsubj:pass")) {
          quoted.add(arc.dependent());
        }
      }
      return quoted;
    }
    if (prepositional) {
      // "accused Turkey of aiding the rebels", "charged Japan with violating the pact": the one
      // accused does it
      List<Integer> objects = new ArrayList<>();
      for (Dependency arc : arcs.children(head.head())) {
        if (arc.relation().equals("obj")) {
          objects.add(arc.dependent());
        }
      }
      if (!objects.isEmpty()) {
        return objects;
      }
    }
    if (base.equals("acl") && isInfinitive(verb) && !intentionOwners(head.head()).isEmpty()) {
      // "President Reagan's decision to increase tariffs", "a decision by the Paris Club to
      // reschedule loans": whose the decision is, decides and does
      return intentionOwners(head.head());
    }
    if (base.equals("acl") && isInfinitive(verb)) {
      // "police used tear gas to disperse demonstrators": the infinitive on the object has the
      // subject of the verb the object belongs to
      Dependency object = arcs.head(head.head());
      return object == null || object.head() < 0 || !object.base().equals("obj")
          ? List.of()
          : inheritedOrOwn(object.head(), depth + 1);
    }
    if (base.equals("acl")
        && sentence.token(verb).pos().equals("VBG")
        && STATEMENT_NOUNS.contains(sentence.token(head.head()).lowerLemma())) {
      // "the PKK issued a declaration demanding that…", "released a statement condemning the
      // attack": the statement's words are its issuer's
      Dependency object = arcs.head(head.head());
      return object == null || object.head() < 0 || !object.base().equals("obj")
          ? List.of()
          : inheritedOrOwn(object.head(), depth + 1);
    }
    if (base.equals("acl")
        && sentence.token(verb).pos().equals("VBG")
        && sentence.token(head.head()).isNoun()
        && isClauseArgument(head.head())) {
      Dependency object = arcs.head(head.head());
      if (verb > 0
          && sentence.token(verb - 1).word().equals(",")
          && (object.relation().equals("obj") || object.relation().equals("iobj"))) {
        // "Venezuela expelled the French ambassador, accusing Paris of meddling": set off by a
        // comma after the object, the participle tells what the clause's subject did
        return inheritedOrOwn(object.head(), depth + 1);
      }
      // "Urban, visiting the Swedish capital, announced…", "will head a Japanese team going to
      // Washington": a present participle on a subject or object is done by what it names; not
      // on a preposition's noun ("lifted its ban on its diplomats speaking with…", "objected to
      // Brazil protecting its industry": asked about, not done)
      return List.of(head.head());
    }
    if (base.equals("acl")
        && sentence.token(verb).pos().equals("VBG")
        && verb > 0
        && sentence.token(verb - 1).word().equals(",")) {
      int clause = phraseVerb(head.head());
      if (clause >= 0) {
        // "Beijing retaliated with duties on American goods, accusing Washington of starting a
        // trade war": set off by a comma after a prepositional phrase of the clause, the
        // participle tells what the clause's subject did, as after its object
        return inheritedOrOwn(clause, depth + 1);
      }
    }
    if (!(base.equals("xcomp")
        || base.equals("advcl")
        || base.equals("conj")
        || gerund
        || isLooseInfinitive(head)
        || isLooseParticiple(head))) {
      return List.of();
    }
    List<Integer> subjects = new ArrayList<>();
    if (base.equals("xcomp") && sentence.token(verb).pos().equals("VB")) {
      // "prompting China to send ships … and accuse Tokyo": a conjunct of an infinitive has the
      // subject the parser gave the first one, where it copied it onto the first only
      for (Dependency sibling : arcs.children(head.head())) {
        if (sibling.relation().equals("xcomp")
            && sibling.dependent() != verb
            && arcs.heads(verb).stream()
                .anyMatch(up -> up.base().equals("conj") && up.head() == sibling.dependent())) {
          for (Dependency arc : arcs.children(sibling.dependent())) {
            if (arc.relation().equals("nsubj:xsubj")) {
              subjects.add(arc.dependent());
            }
          }
        }
      }
      if (!subjects.isEmpty()) {
        return subjects;
      }
    }
    for (Dependency arc : arcs.children(head.head())) {
      if (arc.relation().equals("nsubj") || arc.relation().equals("obl:agent")) {
        subjects.add(arc.dependent());
      }
    }
    return subjects.isEmpty() ? inheritedSubjects(head.head(), depth + 1) : subjects;
  }

  /** Verbs by which one reports another's words "as saying": "IRNA quoted Velayati as saying". */
  public static final Set<String> QUOTING_VERBS = Set.of("quote", "cite");

  /** Whether {@code verb} is the "as saying" of a verb of quoting ({@link #QUOTING_VERBS}). */
  private boolean isQuotedSaying(int verb, int head) {
    return sentence.token(verb).pos().equals("VBG")
        && QUOTING_VERBS.contains(sentence.token(head).lowerLemma())
        && arcs.children(verb).stream()
            .anyMatch(
                arc ->
                    (arc.base().equals("mark") || arc.base().equals("case"))
                        && sentence.token(arc.dependent()).lowerLemma().equals("as"));
  }

  /** Relations by which a noun names whose it is, who does what it is to do. */
  static final Set<String> CONTROLLING_OWNERS = Set.of("nmod:poss", "nmod:by", "nmod:agent");

  /**
   * Nouns of a course taken, whose infinitive their owner does: "Washington's decision to impose
   * tariffs", "Japan's move to cut tariffs". Not a plan, proposal, offer or threat, whose act is
   * only meant ("Washington's proposal to lower veto power" lowers nothing).
   */
  static final Set<String> INTENTION_NOUNS = Set.of("decision", "move");

  /** Whose an {@link #INTENTION_NOUNS} noun is, by the relations that name its owner; or none. */
  private List<Integer> intentionOwners(int noun) {
    if (!INTENTION_NOUNS.contains(sentence.token(noun).lowerLemma())) {
      return List.of();
    }
    List<Integer> owners = new ArrayList<>();
    for (Dependency arc : arcs.children(noun)) {
      if (CONTROLLING_OWNERS.contains(arc.relation())) {
        owners.add(arc.dependent());
      }
    }
    return owners;
  }

  /** Relations of a clause's own arguments, whose participles they do. */
  static final Set<String> ARGUMENT_RELATIONS = Set.of("nsubj", "nsubj:pass", "obj", "appos");

  /** How many prepositional phrases deep {@link #phraseVerb} climbs to its verb. */
  static final int PHRASE_DEPTH = 3;

  /**
   * The verb whose prepositional phrase {@code noun} ends, through phrases of phrases ("retaliated
   * with duties of the same size on American goods": "goods" → "retaliated"), or -1.
   */
  private int phraseVerb(int noun) {
    int at = noun;
    for (int depth = 0; depth < PHRASE_DEPTH; depth++) {
      Dependency up = arcs.head(at);
      if (up == null || up.head() < 0) {
        return -1;
      }
      if (up.base().equals("obl") && sentence.token(up.head()).isVerb()) {
        return up.head();
      }
      if (!up.base().equals("nmod")) {
        return -1;
      }
      at = up.head();
    }
    return -1;
  }

  private boolean isClauseArgument(int noun) {
    Dependency up = arcs.head(noun);
    return up != null && up.head() >= 0 && ARGUMENT_RELATIONS.contains(up.relation());
  }

  private boolean isInfinitive(int verb) {
    // "the decision on whether to sell wheat" is an open question, not the object's purpose
    return sentence.token(verb).pos().equals("VB")
        && arcs.children(verb, "mark").stream()
            .anyMatch(m -> sentence.token(m.dependent()).lowerLemma().equals("to"))
        && arcs.children(verb, "mark").stream()
            .noneMatch(m -> sentence.token(m.dependent()).lowerLemma().equals("whether"));
  }

  private List<Integer> inheritedOrOwn(int verb, int depth) {
    List<Integer> subjects = new ArrayList<>();
    for (Dependency arc : arcs.children(verb)) {
      if (arc.relation().equals("nsubj") || arc.relation().equals("obl:agent")) {
        subjects.add(arc.dependent());
      }
    }
    return subjects.isEmpty() ? inheritedSubjects(verb, depth) : subjects;
  }

  /**
   * A to-infinitive the parser left loosely attached ({@code dep}) is a complement all the same:
   * "Kuwait had decided for at least the time being not to accept a U.S. offer".
   */
  public boolean isLooseInfinitive(Dependency arc) {
    if (!arc.base().equals("dep") || !sentence.token(arc.dependent()).pos().equals("VB")) {
      return false;
    }
    return arcs.children(arc.dependent(), "mark").stream()
        .anyMatch(m -> sentence.token(m.dependent()).lowerLemma().equals("to"));
  }

  /**
   * Verbs whose gerund is their complement, what is considered, ended or avoided, not what their
   * subject did meanwhile: "would consider buying U.S. wheat". (A verb of ending's gerund is done
   * by its subject too, and ended: {@code WrapperCodes.HALTING_VERBS}.)
   */
  static final Set<String> COMPLEMENT_GERUND_VERBS =
      Set.of(
          "consider",
          "avoid",
          "resist",
          "risk",
          "mind",
          "delay",
          "postpone",
          "deny",
          "favour",
          "favor",
          "oppose",
          "keep");

  /**
   * A present participle the parser left loosely attached ({@code dep}) to a verb, with no subject,
   * mark or preposition of its own, tells what the verb's subject did meanwhile: "Funaro and Gros
   * spent two days in Washington talking to government officials".
   */
  public boolean isLooseParticiple(Dependency arc) {
    if (!arc.base().equals("dep")
        || arc.head() < 0
        || !sentence.token(arc.dependent()).pos().equals("VBG")
        || !sentence.token(arc.head()).isVerb()
        || COMPLEMENT_GERUND_VERBS.contains(sentence.token(arc.head()).lowerLemma())) {
      return false;
    }
    return arcs.children(arc.dependent()).stream()
        .noneMatch(
            c ->
                c.base().equals("nsubj")
                    || c.base().equals("mark")
                    || c.base().equals("case")
                    || c.base().equals("aux"));
  }

  /** Entity types of the date tagger that are times, never a party a preposition names. */
  static final Set<String> TIME_ENTITIES = Set.of("DATE", "TIME", "DURATION", "SET");

  /** Whether an arc hangs "here" on its head as an adverb of place. */
  private boolean isHere(Dependency arc) {
    return arc.base().equals("advmod")
        && sentence.token(arc.dependent()).word().equalsIgnoreCase("here");
  }

  /** Verbs done with someone, whose "with" phrase the parser may hang deep in the object. */
  static final Set<String> COMITATIVE_VERBS = Set.of("discuss", "negotiate", "raise", "take up");

  /**
   * How deep in a verb's object a "with" phrase of a {@link #COMITATIVE_VERBS} verb is looked for.
   */
  static final int COMITATIVE_DEPTH = 3;

  private void withinPhrase(int noun, int depth, Map<String, List<Integer>> targets) {
    if (depth >= COMITATIVE_DEPTH) {
      return;
    }
    for (Dependency arc : arcs.children(noun)) {
      if (arc.relation().startsWith("nmod:with") && depth > 0) {
        if (!Reciprocity.RELATIONSHIP_NOUNS.contains(sentence.token(noun).lowerLemma())) {
          addTarget(targets, arc); // not "the crisis in trade relations with Japan"
        }
      } else if (arc.base().equals("nmod") || arc.base().equals("acl")) {
        withinPhrase(arc.dependent(), depth + 1, targets);
      }
    }
  }

  private void addTarget(Map<String, List<Integer>> targets, Dependency arc) {
    String prep = arc.subtype();
    int colon = prep.indexOf(':');
    if (colon >= 0) {
      prep = prep.substring(0, colon);
    }
    prep = prep.replace('_', ' ');
    String ner = sentence.token(arc.dependent()).ner();
    if (TIME_ENTITIES.contains(ner)) {
      return; // "called his Russian counterpart on Monday": a time, not whom one calls on
    }
    if (prep.equals("with")
        && arcs.children(arc.dependent()).stream()
            .anyMatch(
                a ->
                    (a.relation().equals("acl") || a.relation().equals("amod"))
                        && a.dependent() == arc.dependent() + 1
                        && sentence.token(a.dependent()).pos().equals("VBG")
                        && !arcs.has(a.dependent(), "obj"))) {
      // "signed the documents, with Trump looking on": the scene, no party; not "disagreed with
      // a court order barring EPAC"
      return;
    }
    if (!prep.isEmpty() && !prep.equals("tmod") && !prep.equals("npmod")) {
      targets.computeIfAbsent(prep, k -> new ArrayList<>()).add(arc.dependent());
    }
  }

  /**
   * Compounds read as one word, head lemma to the word: "war games" are exercises ("launched 10
   * days of war games in the Mediterranean" is no war). The modifier's own sense is dropped.
   */
  static final Map<String, String> COMPOUND_WORDS =
      Map.of(
          "war game",
          "wargame",
          "hunger strike",
          "hungerstrike",
          "general strike",
          "generalstrike",
          "trade war",
          "tradewar");

  private String compoundWord(int t) {
    String lemma = sentence.token(t).lowerLemma();
    for (Dependency arc : arcs.children(t, "compound")) {
      String joined =
          COMPOUND_WORDS.get(sentence.token(arc.dependent()).lowerLemma() + " " + lemma);
      if (joined != null) {
        return joined;
      }
    }
    return lemma;
  }

  private boolean isCompoundPart(int t) {
    Dependency up = arcs.head(t);
    return up != null
        && up.head() >= 0
        && up.base().equals("compound")
        && COMPOUND_WORDS.containsKey(
            sentence.token(t).lowerLemma() + " " + sentence.token(up.head()).lowerLemma());
  }

  private void collectWords(int head, Set<String> words, List<Integer> phrase) {
    Set<Integer> owners = new java.util.HashSet<>();
    Set<Integer> times = new java.util.HashSet<>();
    for (Dependency arc : arcs.children(head)) {
      if (arc.relation().equals("nmod:poss")) {
        owners.addAll(arcs.subtree(arc.dependent()));
      }
      if (arc.base().equals("nmod")
          && NominalEvents.TIME_PREPOSITIONS.contains(arc.subtype().replace('_', ' '))) {
        // "agreed to improve ties during a summit in Tokyo": when, not what; ties are improved
        // (050), no talks held (046)
        times.addAll(arcs.subtree(arc.dependent()));
      }
    }
    for (int t : arcs.subtree(head)) {
      Token token = sentence.token(t);
      if (!SKIPPED_WORDS_POS.contains(token.pos()) && !times.contains(t)) {
        if (!owners.contains(t) && !isCompoundPart(t)) {
          // "welcomed President Reagan's statement": the owner does not pick the sense of the
          // thing; a statement is welcomed (051), not a visitor (043)
          words.add(compoundWord(t));
        }
        if (!phrase.contains(t)) {
          phrase.add(t);
        }
      }
    }
  }
}
