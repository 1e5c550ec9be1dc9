package org.entente.coder.predicate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.entente.coder.lexicon.WrapperKind;
import org.entente.event.Modality;
import org.entente.text.Arcs;
import org.entente.text.Dependency;
import org.entente.text.ParsedSentence;
import org.entente.text.Token;

/**
 * Negation and modality of a predicate, from its own dependents and what governs it. All word lists
 * are here.
 *
 * <ul>
 *   <li>"Russia and China will never be against each other": negated, future;
 *   <li>"Many in the West have been waiting for a Sino-Russian clash": the clash is hypothetical
 *       (governed by "wait");
 *   <li>"a coming Sino-Russian split": hypothetical (the modifier "coming");
 *   <li>"If Moscow attacks…", "Would Beijing…?": hypothetical.
 * </ul>
 */
public final class ModalityRules {

  public static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "neither", "nor");
  public static final Set<String> FUTURE_AUXILIARIES = Set.of("will", "shall", "'ll", "wo");
  public static final Set<String> HYPOTHETICAL_AUXILIARIES =
      Set.of("would", "could", "might", "may", "should", "can", "ca", "must", "'d");

  /**
   * Whether a verb is what one "has to" do, which the parser may hang with "have" as its auxiliary
   * and "to" as its mark ("Brazil would have to enact a credible economic program", "the White
   * House has to avoid building expectations"): an obligation, like the wrapper "have to".
   */
  public boolean isObligation(int predicate) {
    return arcs.children(predicate, "aux").stream()
            .anyMatch(a -> sentence.token(a.dependent()).lowerLemma().equals("have"))
        && arcs.children(predicate, "mark").stream()
            .anyMatch(m -> sentence.token(m.dependent()).lowerLemma().equals("to"));
  }

  public static final Set<String> CONDITIONAL_MARKERS =
      Set.of("if", "unless", "whether", "once", "until", "provided", "providing");

  /**
   * Adverbs that make an act a norm, not an event told as happening: "Soviet and U.S. officials
   * normally meet in the summer before a new agreement year". ("Routinely" and "regularly" are not:
   * "soldiers routinely beat up detainees" tells of acts that happen.)
   */
  public static final Set<String> HABITUAL_ADVERBS =
      Set.of("normally", "usually", "customarily", "traditionally", "annually");

  /** Determiners of a repeated time: "talks are held each year at this time", "every month". */
  public static final Set<String> REPEATING_DETERMINERS = Set.of("each", "every");

  /** Modifiers that make an event noun not (yet) real: "a coming split", "possible sanctions". */
  public static final Set<String> UNREAL_MODIFIERS =
      Set.of(
          "coming",
          "possible",
          "potential",
          "future",
          "eventual",
          "hypothetical",
          "likely",
          "planned",
          "proposed",
          "threatened",
          "feared",
          "expected",
          "imminent",
          "prospective");

  /** Determiners that make an event noun a kind, not an occurrence: "any aggression". */
  public static final Set<String> UNREAL_DETERMINERS = Set.of("any", "every", "whatever");

  /** Words that make what they govern hypothetical: "waiting for a clash", "fears of a war". */
  /**
   * Nouns (not the verbs of the same lemma, which are wrappers) under which nothing has happened:
   * "Papandreou's renewed offer that the two countries meet", "announced plans for tariffs".
   */
  public static final Set<String> UNREAL_NOUN_GOVERNORS =
      Set.of("offer", "plan", "suggestion", "idea");

  /**
   * Verbs that wrap a to-infinitive only ("committed to meet"), with the wrappers.tsv entry they
   * are then read by; with an object they are verbs.tsv's ("committed atrocities").
   */
  public static final Map<String, String> INFINITIVE_WRAPPERS = Map.of("commit", "commit to");

  public static final Set<String> UNREAL_GOVERNORS =
      Set.of(
          "wait",
          "hope",
          "expect",
          "fear",
          "want",
          "wish",
          "predict",
          "imagine",
          "speculate",
          "thinking",
          "speculation",
          "prediction",
          "prospect",
          "likelihood",
          "possibility",
          "risk",
          "scenario",
          "expectation",
          "danger",
          "threat",
          "avoid",
          "prevent",
          "call",
          "demand",
          "request",
          "appeal",
          "pressure",
          "effort",
          "attempt",
          "bid",
          "campaign",
          "rumor",
          "rumour",
          "veto",
          "block",
          "defeat",
          "resolution",
          "proposal",
          "bill",
          "draft",
          "motion",
          "difficult",
          "likely",
          "unlikely",
          "able",
          "unable",
          "certain",
          "sure",
          "confident",
          "convinced",
          "doubtful",
          "optimistic",
          "hard",
          "easy",
          "impossible",
          "necessary",
          "reasonable",
          "unreasonable",
          "important",
          "question",
          "appear",
          "seem",
          "guess",
          "deny",
          "refusal",
          "failure",
          "reluctance");

  /** How far up the graph a governor may make an event unreal. */
  public static final int UNREAL_GOVERNOR_DEPTH = 3;

  private final ParsedSentence sentence;
  private final Arcs arcs;

  /** How far up the graph a reporting or planning verb passes its modality down. */
  public static final int CLAUSE_DEPTH = 3;

  private final Function<String, WrapperKind> wrappers;

  /**
   * @param wrappers the wrapper kind of a verb lemma, or null: a reporting verb above a predicate
   *     makes it reported ("said a visit … was planned"), a planning one future
   */
  public ModalityRules(ParsedSentence sentence, Arcs arcs, Function<String, WrapperKind> wrappers) {
    this.sentence = sentence;
    this.arcs = arcs;
    this.wrappers = wrappers;
    this.nominals = new NominalEvents(sentence, arcs);
  }

  private final NominalEvents nominals;

  /** Verbs whose complement did not happen: "failed to conclude an agreement". */
  public static final Set<String> FAILURE_VERBS = Set.of("fail", "neglect");

  /**
   * Whether the object itself is negated: "the Soviet Union has bought no U.S. wheat", "no loan has
   * been approved".
   */
  /** "Neither Congress nor the administration wants to…": a subject under "neither". */
  private boolean subjectNegated(int predicate) {
    for (Dependency arc : arcs.children(predicate, "nsubj")) {
      for (Dependency cc : arcs.children(arc.dependent(), "cc")) {
        if (word(cc.dependent()).equals("neither")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Objects that say nothing was done: "buy nothing", "offered none". */
  static final Set<String> NOTHING_WORDS = Set.of("nothing", "none");

  private boolean objectNegated(int predicate) {
    List<Dependency> objects = new java.util.ArrayList<>(arcs.children(predicate, "obj"));
    objects.addAll(
        arcs.children(predicate).stream().filter(a -> a.relation().equals("nsubj:pass")).toList());
    // "ended talks here, having made progress, but no breakthrough": one object in the negative
    // beside another that is not negates nothing; the talks were ended
    boolean negated = false;
    for (Dependency arc : objects) {
      boolean none = NOTHING_WORDS.contains(word(arc.dependent())); // "buy nothing from Brazil"
      for (Dependency det : arcs.children(arc.dependent(), "det")) {
        none |= word(det.dependent()).equals("no");
      }
      if (!none) {
        return false;
      }
      negated = true;
    }
    return negated;
  }

  public boolean negated(int predicate) {
    if (objectNegated(predicate) || subjectNegated(predicate)) {
      return true;
    }
    Dependency head = arcs.head(predicate);
    if (head != null
        && head.head() >= 0
        && head.base().equals("xcomp")
        && FAILURE_VERBS.contains(sentence.token(head.head()).lowerLemma())) {
      return true;
    }
    for (Dependency arc : arcs.children(predicate)) {
      String word = word(arc.dependent());
      if ((arc.base().equals("advmod") || arc.base().equals("det") || arc.base().equals("aux"))
          && NEGATIONS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** The auxiliary that, negated, refuses what it governs: "cannot", "can't" ("ca" + "n't"). */
  public static final Set<String> REFUSING_AUXILIARIES = Set.of("can", "ca");

  /**
   * Whether the predicate is negated "can": "Tokyo cannot guarantee the United States a specified
   * share" refuses the guarantee; it does not imagine one.
   */
  public boolean cannot(int predicate) {
    return negated(predicate)
        && arcs.children(predicate, "aux").stream()
            .anyMatch(arc -> REFUSING_AUXILIARIES.contains(word(arc.dependent())));
  }

  /** The forms of "be" that schedule an act with "to": "Reagan today is to announce a decision". */
  static final Set<String> SCHEDULING_BE = Set.of("is", "are", "am", "was", "were", "'s", "'re");

  /**
   * "Kuroda is to hold two days of meetings", "Funaro is to arrive on Sunday", "the minister was to
   * visit Bonn": "be to" schedules an act, it does not report it.
   */
  private boolean isScheduled(int predicate) {
    boolean be =
        arcs.children(predicate, "aux").stream()
            .anyMatch(arc -> SCHEDULING_BE.contains(word(arc.dependent())));
    if (!be || !isToInfinitive(predicate)) {
      return false;
    }
    // "Howe's main mission was to brief Shultz", "another option is to refuse licences": what a
    // mission or an option is, not a schedule
    for (Dependency arc : arcs.children(predicate)) {
      if (arc.base().equals("nsubj")
          && !sentence.token(arc.dependent()).pos().startsWith("NNP")
          && !sentence.token(arc.dependent()).pos().startsWith("PRP")) {
        return false;
      }
    }
    return true;
  }

  /**
   * "the final decision on whether to sell subsidized wheat to Moscow": "whether to V" asks, by its
   * words, whatever the parser hangs them on.
   */
  private boolean isOpenQuestion(int predicate) {
    return predicate >= 2
        && word(predicate - 1).equals("to")
        && (word(predicate - 2).equals("whether")
            || (predicate >= 4
                && word(predicate - 2).equals("not")
                && word(predicate - 3).equals("or")
                && word(predicate - 4).equals("whether")));
  }

  /**
   * Nouns of trying, whose to-infinitive is what is tried for, not done: "failing to exert genuine
   * efforts to end the Iran-Iraq war", "a bid to settle the dispute".
   */
  static final Set<String> EFFORT_NOUNS =
      Set.of("effort", "attempt", "bid", "drive", "campaign", "initiative", "move", "step");

  private boolean isEffortsPurpose(int predicate) {
    if (!isToInfinitive(predicate)) {
      return false;
    }
    boolean effort =
        arcs.children(predicate).stream()
            .anyMatch(
                arc ->
                    arc.relation().equals("nsubj:xsubj")
                        && EFFORT_NOUNS.contains(sentence.token(arc.dependent()).lowerLemma()));
    Dependency up = arcs.head(predicate);
    if (!effort && up != null && up.head() >= 0 && up.relation().startsWith("acl")) {
      effort = EFFORT_NOUNS.contains(sentence.token(up.head()).lowerLemma()); // "a bid to settle"
    }
    if (!effort && up != null && up.head() >= 0 && up.relation().equals("xcomp")) {
      // "rebels have been fighting to topple the government": what they fight for
      effort = FIGHTING_VERBS.contains(sentence.token(up.head()).lowerLemma());
    }
    return effort;
  }

  /**
   * Verbs of fighting, whose to-infinitive is what is fought for, not done: "Islamist rebels have
   * been fighting to topple the government". Not verbs of striving, whose aim judges count as done
   * ("Tokyo is striving to meet U.S. complaints" is compliance), nor "tried", "sought" and their
   * kin, which wrappers.tsv codes as attempts.
   */
  static final Set<String> FIGHTING_VERBS = Set.of("fight", "battle");

  /** Whether a verb is a to-infinitive: "to" marks it. */
  private boolean isToInfinitive(int predicate) {
    return arcs.children(predicate, "mark").stream()
        .anyMatch(arc -> word(arc.dependent()).equals("to"));
  }

  /** Verbs of letting another act, whose denial keeps the act from happening. */
  static final Set<String> PERMITTING_VERBS = Set.of("allow", "let", "permit");

  public Modality modality(int predicate, boolean noun) {
    Modality mode = modality(predicate, noun, 0);
    if (mode == Modality.FACTUAL && !noun && charged(predicate)) {
      return Modality.REPORTED; // what a charge says was done, as its accuser says it
    }
    if (mode == Modality.FACTUAL && insideWhatIsSaid(predicate)) {
      return Modality.REPORTED;
    }
    return mode;
  }

  /** How many heads up from an act the clause of a reporting verb that holds it is looked for. */
  static final int REPORTED_DEPTH = 6;

  /**
   * Whether the act stands anywhere inside what a reporting verb says, also in a noun's phrase or a
   * relative clause: "The sources said the loan, agreed upon during a visit to the United States by
   * President Aquino, had been held up", "a U.S. official said Japan has little chance, despite the
   * efforts of a Japanese team that left for Washington today". The speaker tells it.
   */
  private boolean insideWhatIsSaid(int predicate) {
    int at = predicate;
    for (int depth = 0; depth < REPORTED_DEPTH; depth++) {
      Dependency up = arcs.head(at);
      if (up == null || up.head() < 0) {
        return false;
      }
      String governor = sentence.token(up.head()).lowerLemma();
      if ((up.base().equals("ccomp") || up.base().equals("csubj"))
          && sentence.token(up.head()).isVerb()
          && (wrappers.apply(governor) == WrapperKind.REPORTED
              || ANNOUNCING_VERBS.contains(governor))) {
        return true;
      }
      if (up.base().equals("parataxis") || up.base().equals("advcl")) {
        return false; // another clause of the sentence, told by the writer
      }
      at = up.head();
    }
    return false;
  }

  /**
   * The verb of the clause a present participle set off by a comma belongs to, whether the parser
   * hangs it on the verb (advcl) or on the verb's object (acl); or -1.
   */
  private int participleGovernor(int predicate) {
    Dependency above = arcs.head(predicate);
    if (above == null
        || above.head() < 0
        || predicate == 0
        || !sentence.token(predicate).pos().equals("VBG")
        || !word(predicate - 1).equals(",")) {
      return -1;
    }
    if (above.base().equals("advcl") && sentence.token(above.head()).isVerb()) {
      return above.head();
    }
    Dependency object = arcs.head(above.head());
    if (above.base().equals("acl")
        && object != null
        && object.head() >= 0
        && (object.relation().equals("obj") || object.relation().equals("iobj"))
        && sentence.token(object.head()).isVerb()) {
      return object.head();
    }
    return -1;
  }

  /**
   * Whether a verb is a subjunctive: a base form (VB) with a singular noun for its subject and no
   * auxiliary or "to" ("demanded that Iran stop attacking", "calls that the government talk to the
   * IMF"). What it says is asked or supposed, not done.
   */
  private boolean isSubjunctive(int verb) {
    Dependency up = arcs.head(verb);
    if (!sentence.token(verb).pos().equals("VB")
        || up == null
        || up.base().equals("conj")
        || up.base().equals("xcomp")) {
      return false; // "will make a visit … and hold talks": the conjunct shares the auxiliary
    }
    int subjects = 0;
    boolean singular = false;
    for (Dependency arc : arcs.children(verb)) {
      String base = arc.base();
      if (base.equals("aux")
          || base.equals("cop")
          || base.equals("mark") && word(arc.dependent()).equals("to")) {
        return false;
      }
      if (arc.relation().equals("nsubj")) {
        subjects++;
        String tag = sentence.token(arc.dependent()).pos();
        singular =
            (tag.equals("NN") || tag.equals("NNP"))
                && arcs.children(arc.dependent(), "conj").isEmpty();
      }
    }
    return subjects == 1 && singular;
  }

  /** How many conjunct, complement and object links a predicate's modality is inherited over. */
  public static final int INHERITANCE_DEPTH = 4;

  private Modality modality(int predicate, boolean noun, int depth) {
    if (sentence.text().strip().endsWith("?")
        || isOpenQuestion(predicate)
        || isEffortsPurpose(predicate)) {
      return Modality.HYPOTHETICAL;
    }
    Dependency clause = arcs.head(predicate);
    if (clause != null
        && clause.head() >= 0
        && clause.base().equals("advcl")
        && sentence.token(clause.head()).lowerLemma().equals("soon")) {
      return Modality.HYPOTHETICAL; // "as soon as Tokyo complied": a condition, not a fact
    }
    if (!noun && isSubjunctive(predicate)) {
      return Modality.HYPOTHETICAL; // "calls that the government talk to the IMF"
    }
    if (!noun && isObligation(predicate)) {
      return Modality.HYPOTHETICAL; // "Japan has to open its market": owed, not done
    }
    boolean futureInThePast = false;
    for (Dependency arc : arcs.children(predicate)) {
      String word = word(arc.dependent());
      if (arc.base().equals("aux") && HYPOTHETICAL_AUXILIARIES.contains(word)) {
        if (word.equals("would") && reportedWithoutCondition(predicate)) {
          futureInThePast = true; // "Lyng said the U.S. would back a loan": told, not imagined
          continue;
        }
        return Modality.HYPOTHETICAL;
      }
      if (arc.base().equals("mark") && CONDITIONAL_MARKERS.contains(word)) {
        return Modality.HYPOTHETICAL;
      }
      if (arc.base().equals("advmod") && HABITUAL_ADVERBS.contains(word)) {
        return Modality.HYPOTHETICAL; // "officials normally meet in the summer": no meeting told
      }
      if (!noun
          && (arc.relation().equals("obl:tmod") || arc.relation().equals("obl:npmod"))
          && arcs.children(arc.dependent(), "det").stream()
              .anyMatch(d -> REPEATING_DETERMINERS.contains(word(d.dependent())))) {
        return Modality.HYPOTHETICAL; // "talks of this kind are held each year": none told
      }
      if (noun
          && arc.base().equals("amod")
          && NominalEvents.SCHEDULED_MODIFIERS.contains(
              sentence.token(arc.dependent()).word().toLowerCase(java.util.Locale.ROOT))) {
        return Modality.FUTURE; // "his scheduled talks in Moscow next week"
      }
      if (noun
          && (arc.base().equals("amod") || arc.base().equals("compound"))
          && (UNREAL_MODIFIERS.contains(sentence.token(arc.dependent()).lowerLemma())
              // "the threatened trade war": a participle's lemma is its verb's
              || UNREAL_MODIFIERS.contains(
                  sentence.token(arc.dependent()).word().toLowerCase(java.util.Locale.ROOT)))) {
        return Modality.HYPOTHETICAL;
      }
      if (noun && arc.base().equals("det") && UNREAL_DETERMINERS.contains(word)) {
        return Modality.HYPOTHETICAL; // "any U.S. military aggression against Iran"
      }
    }
    if (governedByUnreal(predicate)) {
      return Modality.HYPOTHETICAL;
    }
    Dependency above = arcs.head(predicate);
    if (!noun
        && above != null
        && above.head() >= 0
        && above.base().equals("xcomp")
        && arcs.children(above.head(), "obj").stream()
            .anyMatch(
                o ->
                    FrameFinder.INVITATION_NOUNS.contains(
                        sentence.token(o.dependent()).lowerLemma()))) {
      return Modality.FUTURE; // "accepted an invitation to visit Pyongyang": a visit to come
    }
    if (!noun
        && above != null
        && above.head() >= 0
        && above.base().equals("xcomp")
        && PERMITTING_VERBS.contains(sentence.token(above.head()).lowerLemma())
        && negated(above.head())) {
      // "Washington will not allow China to invade Taiwan": what is not let happen is not done,
      // nor meant by the one not let
      return Modality.HYPOTHETICAL;
    }
    if (!noun
        && depth < INHERITANCE_DEPTH
        && above != null
        && above.head() >= 0
        && sentence.token(above.head()).isVerb()
        && ((above.base().equals("conj") && sentence.token(predicate).pos().equals("VB"))
            || above.base().equals("xcomp")
            || sequencedAct(predicate, above)
            || purposeOf(predicate, above))
        && !asksOrRefuses(above)) {
      // "will travel to Bonn and meet Kohl": a bare conjunct shares its head's auxiliary;
      // "may be able to lift sanctions": a complement shares its governor's
      Modality head = modality(above.head(), false, depth + 1);
      if (head == Modality.HYPOTHETICAL || head == Modality.FUTURE) {
        return head;
      }
    }
    int governor = participleGovernor(predicate);
    if (!noun && depth < INHERITANCE_DEPTH && governor >= 0) {
      // "Funaro will extend his tour, flying to Japan for talks": a participle set off by a comma
      // tells what the clause's subject does along with the clause, and is as real as it
      Modality head = modality(governor, false, depth + 1);
      if (head == Modality.HYPOTHETICAL || head == Modality.FUTURE) {
        return head;
      }
    }
    Dependency dated = noun ? arcs.head(predicate) : null;
    if (dated != null && dated.head() >= 0 && presupposedEarlier(predicate, dated)) {
      return Modality.FACTUAL; // "the disruption following Russia's invasion of Ukraine"
    }
    if (noun && preparedFor(predicate)) {
      return Modality.FUTURE; // "in preparation for Nakasone's visit to Washington"
    }
    if (noun && underConsideration(predicate)) {
      return Modality.HYPOTHETICAL; // "a visit to Moscow by Shultz was under consideration"
    }
    if (noun && scheduledNoun(predicate)) {
      return Modality.FUTURE; // "two rounds of talks, scheduled for Thursday and Friday"
    }
    if (noun && !nominals.anchoredInTime(predicate)) {
      // a noun dated by its own phrase keeps its time: "would lift tariffs imposed last week"
      // "it could complete an agreement with Canada", "discussions will focus on…": the noun is
      // as real as the verb it is the object or subject of, also through a part of it ("is to
      // hold two days of meetings")
      Dependency head = arcs.head(nominals.partitiveHead(predicate));
      if (head != null
          && depth < INHERITANCE_DEPTH
          && head.head() >= 0
          && (head.base().equals("obj") || head.base().equals("nsubj") || head.base().equals("obl"))
          && sentence.token(head.head()).isVerb()) {
        Modality verb = modality(head.head(), false, depth + 1);
        if (verb == Modality.HYPOTHETICAL || verb == Modality.FUTURE) {
          return verb;
        }
      }
    }
    for (Dependency arc : arcs.children(predicate)) {
      if (arc.base().equals("aux") && FUTURE_AUXILIARIES.contains(word(arc.dependent()))) {
        return Modality.FUTURE;
      }
    }
    Modality governed = futureInThePast ? Modality.FUTURE : governingClause(predicate);
    if ((governed == Modality.FACTUAL || governed == Modality.REPORTED) && isScheduled(predicate)) {
      return Modality.FUTURE;
    }
    return governed;
  }

  /** Prepositions of a time phrase whose event came before the clause's act. */
  static final Set<String> EARLIER_TIME_CASES = Set.of("after", "following", "since");

  /**
   * Whether an event noun in a time phrase of what came before is told as known to have happened,
   * by an owner or "the" ("hoping to capitalise on the disruption following Russia's invasion of
   * Ukraine", "after the 2022 invasion"), or by "since": not as real as the clause it dates. "Will
   * meet Kohl after talks with NATO allies" keeps its talks to come.
   */
  private boolean presupposedEarlier(int noun, Dependency phrase) {
    if (!(phrase.base().equals("obl") || phrase.base().equals("nmod"))
        || !EARLIER_TIME_CASES.contains(phrase.subtype())) {
      return false;
    }
    if (phrase.subtype().equals("since")) {
      return true;
    }
    for (Dependency arc : arcs.children(noun)) {
      if (arc.relation().equals("nmod:poss")
          || (arc.base().equals("det") && word(arc.dependent()).equals("the"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the predicate is the purpose of the act it hangs on, an infinitive clause ("would not
   * let Iran use missiles to choke oil shipments"): as real as that act when it is not done.
   */
  private boolean purposeOf(int predicate, Dependency above) {
    return above.base().equals("advcl")
        && sentence.token(predicate).pos().equals("VB")
        && arcs.children(predicate, "mark").stream()
            .anyMatch(m -> word(m.dependent()).equals("to"));
  }

  /** Verbs of a charge, whose "of" or "for" tells what the one charged is said to have done. */
  public static final Set<String> ACCUSING_VERBS = Set.of("accuse", "charge", "blame", "suspect");

  /** The prepositions by which a charge names what was done: "accused Rwanda of sending". */
  static final Set<String> CHARGE_CASES = Set.of("of", "for", "with");

  /** How many heads up from an act a charge that tells it is looked for. */
  static final int CHARGE_DEPTH = 3;

  /**
   * Whether the act is what a charge says the one charged did, or what that was for: "Kinshasa has
   * accused Rwanda of sending its troops across the border to support the rebels" tells the support
   * as Kinshasa says it, not as done.
   */
  public boolean charged(int predicate) {
    int at = predicate;
    for (int depth = 0; depth < CHARGE_DEPTH; depth++) {
      Dependency up = arcs.head(at);
      if (up == null
          || up.head() < 0
          || !(up.base().equals("advcl") || up.base().equals("obl") || up.base().equals("xcomp"))) {
        return false;
      }
      if (ACCUSING_VERBS.contains(sentence.token(up.head()).lowerLemma())) {
        // only what its "of", "for" or "with" names: not "…, while NATO urged Moscow to…"
        return CHARGE_CASES.contains(up.subtype());
      }
      at = up.head();
    }
    return false;
  }

  /** Words that put a gerund's act before or after the act of its clause. */
  static final Set<String> SEQUENCE_MARKS = Set.of("before", "after");

  /**
   * Whether the predicate is a gerund that comes before or after the act it hangs on: "Funaro was
   * due to hold talks in New York today, before travelling to Washington" travels when the talks
   * are held, still to come.
   */
  private boolean sequencedAct(int predicate, Dependency above) {
    return above.base().equals("advcl")
        && sentence.token(predicate).pos().equals("VBG")
        && arcs.children(predicate).stream()
            .anyMatch(
                arc ->
                    (arc.base().equals("mark") || arc.base().equals("case"))
                        && SEQUENCE_MARKS.contains(word(arc.dependent())));
  }

  /**
   * Whether a clause with "would" is reported speech with no condition: "said it would back a loan"
   * (the future of the past), not "would retaliate if attacked".
   */
  private boolean reportedWithoutCondition(int predicate) {
    if (governingClause(predicate) != Modality.REPORTED || hasConditionalMark(predicate)) {
      return false;
    }
    for (Dependency arc : arcs.children(predicate)) {
      if (arc.base().equals("advcl") && hasConditionalMark(arc.dependent())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Nouns whose clause states a condition or what is asked, not a fact: "on condition that Iran
   * stop attacking", "calls that the government talk to the IMF".
   */
  public static final Set<String> CONDITION_NOUNS =
      Set.of(
          "condition",
          "precondition",
          "proviso",
          "provision",
          // "rejected calls … that the government talk to the IMF": what is asked is not done
          "call",
          "demand",
          "request",
          "proposal",
          "suggestion",
          "appeal",
          "plea",
          "insistence");

  /** Conditions under which a speaker states what it will do: "would retaliate if…", "unless". */
  public static final Set<String> STANCE_CONDITIONS = Set.of("if", "unless");

  /** Auxiliaries of a stated intention: "said it would retaliate", "says it will boycott". */
  public static final Set<String> STANCE_AUXILIARIES = Set.of("would", "will", "'ll", "wo");

  /**
   * The reporting verb of a conditional stance, or -1: a reported clause in which the speaker says
   * what it will or would do on a condition ("the EC said it would retaliate immediately if EC
   * exports were hit", "the party said it will boycott the elections unless the president steps
   * down", "rebel leaders said they would meet the mediator if he gave them a veto"). Such a clause
   * tells an intention or a threat, which CAMEO codes (03x, 13x), not an act imagined. Whether the
   * clause's subject is the speaker is for the caller to judge; an analyst's "Japan would retaliate
   * if…" is a forecast, not Japan's threat.
   */
  public int conditionalStance(int predicate) {
    if (!sentence.token(predicate).isVerb()
        || sentence.text().strip().endsWith("?")
        || hasConditionalMark(predicate)) {
      return -1;
    }
    boolean stance = false;
    boolean condition = false;
    for (Dependency arc : arcs.children(predicate)) {
      String word = word(arc.dependent());
      if (arc.base().equals("aux") && HYPOTHETICAL_AUXILIARIES.contains(word)) {
        if (!STANCE_AUXILIARIES.contains(word)) {
          return -1; // "could", "might", "may": possibilities, not stances
        }
        stance = true;
      }
      if (arc.base().equals("aux") && STANCE_AUXILIARIES.contains(word)) {
        stance = true;
      }
      if (arc.base().equals("advcl")) {
        for (Dependency mark : arcs.children(arc.dependent(), "mark")) {
          condition |= STANCE_CONDITIONS.contains(word(mark.dependent()));
        }
      }
    }
    Dependency head = arcs.head(predicate);
    if (!stance || !condition || head == null || head.head() < 0 || !head.base().equals("ccomp")) {
      return -1;
    }
    String governor = sentence.token(head.head()).lowerLemma();
    boolean reporting =
        wrappers.apply(governor) == WrapperKind.REPORTED || ANNOUNCING_VERBS.contains(governor);
    return reporting ? head.head() : -1;
  }

  /** Auxiliaries of a possibility: "the United States may lift sanctions, officials said". */
  public static final Set<String> POSSIBILITY_AUXILIARIES = Set.of("may", "might", "could");

  /**
   * The reporting verb of a possibility a party reports of itself, or -1: a reported clause with
   * "may", "might" or "could", with or without a condition, not a question ("The United States may
   * lift an additional 84 mln dlrs in trade sanctions against Japan, Reagan Administration
   * officials said"). Whether the clause's subject is the speaker's own party is for the caller to
   * judge: of itself, a party telling what it may do tells what it means to do (CAMEO's 03x and
   * 13x); of another, it is a forecast.
   */
  public int possibleStance(int predicate) {
    if (!sentence.token(predicate).isVerb()
        || sentence.text().strip().endsWith("?")
        || hasConditionalMark(predicate)
        || negated(predicate)) {
      return -1;
    }
    boolean possible = false;
    for (Dependency arc : arcs.children(predicate)) {
      String word = word(arc.dependent());
      if (arc.base().equals("aux") && HYPOTHETICAL_AUXILIARIES.contains(word)) {
        if (!POSSIBILITY_AUXILIARIES.contains(word)) {
          return -1;
        }
        possible = true;
      }
    }
    Dependency head = arcs.head(predicate);
    if (!possible || head == null || head.head() < 0) {
      return -1;
    }
    boolean clause = head.base().equals("ccomp") || head.base().equals("parataxis");
    if (!clause) {
      return -1;
    }
    String governor = sentence.token(head.head()).lowerLemma();
    return wrappers.apply(governor) == WrapperKind.REPORTED ? head.head() : -1;
  }

  /**
   * Verbs that report their clause like the reporting wrappers, though their object use keeps them
   * out of wrappers.tsv ("declared war", "announced a suspension"): "The United States announced it
   * would prohibit all aid…" is the future told, not imagined; "signalled it would attend".
   */
  public static final Set<String> ANNOUNCING_VERBS =
      Set.of(
          "announce",
          "declare",
          "confirm",
          "disclose",
          "reveal",
          "signal",
          "indicate",
          "note",
          "observe",
          "remark");

  /** Time clauses that put a present-tense verb in the future: "when he visits the U.S.". */
  public static final Set<String> TIME_CLAUSE_MARKERS =
      Set.of("before", "when", "after", "once", "until", "while");

  /** Words of what must happen first: "an agreement was needed before Tokyo extended loans". */
  static final Set<String> NEED_WORDS = Set.of("need", "require", "necessary", "must", "essential");

  /**
   * A "before" or "until" clause of something needed first is still to come, whatever its tense:
   * "Japan said an international agreement on loans to Poland was needed before Tokyo extended
   * fresh loans to Warsaw".
   */
  private boolean conditionOfNeed(int predicate) {
    Dependency up = arcs.head(predicate);
    if (up == null || up.head() < 0 || !up.base().equals("advcl")) {
      return false;
    }
    boolean before =
        arcs.children(predicate, "mark").stream()
            .anyMatch(
                m -> word(m.dependent()).equals("before") || word(m.dependent()).equals("until"));
    if (!before) {
      return false;
    }
    int governor = up.head();
    if (NEED_WORDS.contains(sentence.token(governor).lowerLemma())) {
      return true;
    }
    return arcs.children(governor, "aux").stream()
        .anyMatch(a -> NEED_WORDS.contains(word(a.dependent())));
  }

  /** "…before Prime Minister Nakasone leaves for Washington": a present tense in a time clause. */
  private boolean futureTimeClause(int predicate) {
    String tag = sentence.token(predicate).pos();
    if (conditionOfNeed(predicate)) {
      return true;
    }
    if (!(tag.equals("VBZ") || tag.equals("VBP"))) {
      return false;
    }
    for (Dependency arc : arcs.children(predicate)) {
      boolean marker = arc.base().equals("mark") || arc.base().equals("advmod");
      if (marker && TIME_CLAUSE_MARKERS.contains(word(arc.dependent()))) {
        return true; // "when he visits the U.S.": "when" is an adverb in the parse
      }
    }
    return false;
  }

  /**
   * Whether a clause is attributed to a source that the parser hung beside it rather than above it:
   * "Iraq repelled an attack, the agency said" (parataxis), "according to diplomats".
   */
  private boolean attributed(int clause) {
    for (Dependency arc : arcs.children(clause)) {
      if (arc.relation().startsWith("obl:according")) {
        return true;
      }
      if (arc.base().equals("parataxis")
          && wrappers.apply(sentence.token(arc.dependent()).lowerLemma()) == WrapperKind.REPORTED) {
        return true;
      }
    }
    return false;
  }

  /** How many tokens from the end of a sentence its closing attribution may start. */
  public static final int ATTRIBUTION_TAIL = 8;

  /**
   * Where a closing attribution starts: the comma before "…, Pentagon officials said.", "…, the New
   * York Times reported.", "…, according to diplomats." — a reporting verb (or "according") among
   * the last {@link #ATTRIBUTION_TAIL} tokens after a comma, with no clause of its own. What stands
   * before the comma is reported, however the parser attached the verb. -1 when none.
   */
  private int attributionComma() {
    int size = sentence.size();
    for (int t = size - 1; t >= Math.max(1, size - ATTRIBUTION_TAIL); t--) {
      Token token = sentence.token(t);
      boolean reporting =
          (token.isVerb() && wrappers.apply(token.lowerLemma()) == WrapperKind.REPORTED)
              || token.lowerLemma().equals("according");
      if (!reporting || !arcs.children(t, "ccomp").isEmpty()) {
        continue;
      }
      for (int c = t - 1; c >= Math.max(0, size - ATTRIBUTION_TAIL - 4); c--) {
        if (sentence.token(c).word().equals(",")) {
          return c;
        }
      }
    }
    return -1;
  }

  /**
   * Reported under "say", future under "plan", walking up clause and argument arcs; a fact before a
   * closing attribution is reported.
   */
  private Modality governingClause(int token) {
    Modality governed = governingClauseAbove(token);
    int comma = governed == Modality.FACTUAL ? attributionComma() : -1;
    return comma > 0 && token < comma ? Modality.REPORTED : governed;
  }

  private Modality governingClauseAbove(int token) {
    if (futureTimeClause(token)) {
      return Modality.FUTURE;
    }
    int current = token;
    for (int depth = 0; depth < CLAUSE_DEPTH; depth++) {
      if (attributed(current)) {
        return Modality.REPORTED;
      }
      Dependency head = arcs.head(current);
      if (head == null || head.head() < 0) {
        return Modality.FACTUAL;
      }
      String base = head.base();
      if (base.equals("conj") && sentence.token(head.head()).isVerb()) {
        // "the Ministry said de Mel asked … and Washington had criticised …": a conjunct is told
        // as its first conjunct is
        current = head.head();
        continue;
      }
      if (base.equals("advcl")
          && FrameFinder.QUOTING_VERBS.contains(sentence.token(head.head()).lowerLemma())) {
        return Modality.REPORTED; // "Tehran Radio quoted Khamenei as saying…": relayed
      }
      if (base.equals("conj") || base.equals("parataxis") || base.equals("advcl")) {
        return Modality.FACTUAL;
      }
      String governor = sentence.token(head.head()).lowerLemma();
      if ((base.equals("ccomp") || base.equals("acl")) && CONDITION_NOUNS.contains(governor)) {
        return Modality.HYPOTHETICAL; // "declared on condition that Iran stop attacking…"
      }
      WrapperKind kind = wrappers.apply(governor);
      if (kind == null && base.equals("xcomp") && INFINITIVE_WRAPPERS.containsKey(governor)) {
        kind = wrappers.apply(INFINITIVE_WRAPPERS.get(governor)); // "committed to meet"
      }
      if ((kind == WrapperKind.REPORTED || ANNOUNCING_VERBS.contains(governor))
          && (base.equals("ccomp") || base.equals("csubj"))) {
        return Modality.REPORTED; // csubj: "Iraq repelled an attack, the agency said"
      }
      boolean clause = base.equals("ccomp") || base.equals("xcomp");
      if (clause
          && (kind == WrapperKind.APPEAL
              || kind == WrapperKind.THREAT
              || kind == WrapperKind.REFUSAL
              || kind == WrapperKind.HYPOTHETICAL)) {
        // "would urge Mulroney to cut ties", "refused to meet": asked for, threatened or
        // refused, not done (the wrapper's own event says what was done)
        return Modality.HYPOTHETICAL;
      }
      if ((kind == WrapperKind.INTENT || kind == WrapperKind.FUTURE)
          && (base.equals("ccomp")
              || base.equals("xcomp")
              || head.relation().equals("nsubj:pass"))) {
        return Modality.FUTURE;
      }
      current = head.head();
    }
    return Modality.FACTUAL;
  }

  /**
   * Whether a complement is what its governor asks for, threatens or refuses ("will ask Tokyo to
   * remove its quotas"): it takes no tense from the governor; the clause rule makes it
   * hypothetical.
   */
  private boolean asksOrRefuses(Dependency complement) {
    if (!complement.base().equals("xcomp")) {
      return false;
    }
    WrapperKind kind = wrappers.apply(sentence.token(complement.head()).lowerLemma());
    return kind == WrapperKind.APPEAL || kind == WrapperKind.THREAT || kind == WrapperKind.REFUSAL;
  }

  /**
   * An infinitive the parser gave an unreal noun as its subject is that noun's complement:
   * "President Reagan's threat to impose tariffs" (threat ← nsubj ← impose).
   */
  private boolean unrealSubject(int verb) {
    if (arcs.children(verb, "mark").stream().noneMatch(m -> word(m.dependent()).equals("to"))) {
      return false;
    }
    for (Dependency arc : arcs.children(verb)) {
      if (!arc.relation().equals("nsubj")) {
        continue; // "a plan to be worked out" is a plan's own passive
      }
      Token subject = sentence.token(arc.dependent());
      if (subject.isNoun()
          && (UNREAL_GOVERNORS.contains(subject.lowerLemma())
              || UNREAL_NOUN_GOVERNORS.contains(subject.lowerLemma()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Nouns whose "for" names an event still to come: "in preparation for Nakasone's visit to
   * Washington", "in time for his visit", "ready for talks"; and {@link #AHEAD} of one.
   */
  public static final Set<String> PREPARING_NOUNS = Set.of("preparation", "time", "ready");

  private boolean preparedFor(int noun) {
    Dependency up = arcs.head(noun);
    if (up == null || up.head() < 0) {
      return false;
    }
    String governor = sentence.token(up.head()).lowerLemma();
    return ((up.relation().equals("nmod:for") || up.relation().equals("obl:for"))
            && PREPARING_NOUNS.contains(governor))
        // "spoke to reporters ahead of his meeting with Sharon"
        || (up.subtype().equals("of") && governor.equals(AHEAD));
  }

  /** Participles that put an event noun on a calendar: "talks scheduled for Thursday". */
  public static final Set<String> SCHEDULING_PARTICIPLES = Set.of("schedule", "set", "plan", "due");

  private boolean scheduledNoun(int noun) {
    return scheduled(sentence, arcs, noun);
  }

  /** Whether an event noun, or the part of it it stands in, is scheduled by a participle. */
  public static boolean scheduled(ParsedSentence sentence, Arcs arcs, int noun) {
    int phrase = NominalEvents.partitiveHead(sentence, arcs, noun);
    for (int head : List.of(noun, phrase)) {
      for (Dependency arc : arcs.children(head)) {
        if (arc.base().equals("acl")
            && SCHEDULING_PARTICIPLES.contains(sentence.token(arc.dependent()).lowerLemma())
            && sentence.token(arc.dependent()).pos().equals("VBN")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Nouns by which something is only weighed: "was under consideration", "under study". */
  public static final Set<String> WEIGHING_NOUNS = Set.of("consideration", "study", "discussion");

  /**
   * Whether an event noun is the subject of "under consideration": "a visit to Moscow by U.S.
   * Secretary of State George Shultz was under consideration".
   */
  private boolean underConsideration(int noun) {
    Dependency up = arcs.head(noun);
    if (up == null || up.head() < 0 || !up.base().equals("nsubj")) {
      return false;
    }
    int predicate = up.head();
    boolean under =
        arcs.children(predicate, "case").stream()
            .anyMatch(c -> word(c.dependent()).equals("under"));
    return under && WEIGHING_NOUNS.contains(sentence.token(predicate).lowerLemma());
  }

  /** The adverb whose "of" names an event to come: "ahead of his meeting with Sharon". */
  static final String AHEAD = "ahead";

  /** Nouns of what follows from an event, whose "of" names it as having happened. */
  static final Set<String> CAUSED_NOUNS =
      Set.of("result", "wake", "aftermath", "outcome", "consequence");

  private boolean governedByUnreal(int token) {
    if (unrealSubject(token)) {
      return true;
    }
    int current = token;
    for (int depth = 0; depth < UNREAL_GOVERNOR_DEPTH; depth++) {
      Dependency head = arcs.head(current);
      if (head == null || head.head() < 0) {
        return false;
      }
      String base = head.base();
      if (base.equals("nsubj") || base.equals("conj") || base.equals("parataxis")) {
        return false;
      }
      if (head.relation().equals("acl:relcl") && sentence.token(current).pos().equals("VBD")) {
        // "has little chance …, despite the efforts of a Japanese team that left for Washington
        // today": a relative clause in the past tense tells what its noun did
        return false;
      }
      // a phrase of time names an event real whatever the mood of the act it hangs on: "was
      // called to a meeting for consultations following the United States attack", "hopes for a
      // breakthrough during next week's visit to Tokyo by Corporate Affairs Minister Michael
      // Howard"; a date may still make it to come
      if ((base.equals("obl") || base.equals("nmod")) && nominals.isTimePhrase(head)) {
        return false; // "called to a meeting for consultations following the U.S. attack"
      }
      if (head.relation().equals("nmod:of")
          && CAUSED_NOUNS.contains(sentence.token(head.head()).lowerLemma())) {
        // "an expansion in trade is expected as a result of Carlsson's visit to China": what
        // something results from took place
        return false;
      }
      Token governor = sentence.token(head.head());
      if (base.equals("xcomp") && wrappers.apply(governor.lowerLemma()) != null) {
        return false; // "hoped to travel": the wrapper verb decides ("Funaro hoped" is intent)
      }
      if (FrameFinder.isCallPurpose(sentence, arcs, current)) {
        return false; // "called Trump to protest the tariffs": a telephone call's purpose, told
      }
      if (UNREAL_GOVERNORS.contains(governor.lowerLemma())
          || (governor.isNoun() && UNREAL_NOUN_GOVERNORS.contains(governor.lowerLemma()))
          || isNegatedNoun(head.head())
          || (governor.isNoun() && isDismissed(head.head()))) {
        return true; // "no indication that Moscow was serious about joining the IMF"
      }
      if (base.equals("advcl") && hasConditionalMark(current)) {
        return true;
      }
      if (unrealSubject(head.head())) {
        return true;
      }
      current = head.head();
    }
    return false;
  }

  /** Whether a verb is told as done: factual or reported, not negated. */
  public boolean told(int verb) {
    Modality mode = modality(verb, false);
    return (mode == Modality.FACTUAL || mode == Modality.REPORTED) && !negated(verb);
  }

  /** Adjectives by which a speaker says a report or claim is not true. */
  public static final Set<String> DISMISSING_ADJECTIVES =
      Set.of("baseless", "unfounded", "groundless", "false", "untrue", "fabricated", "absurd");

  /** Verbs by which a speaker says a report or claim is not true. */
  public static final Set<String> DISMISSING_VERBS = Set.of("deny", "dismiss", "refute", "reject");

  /**
   * Whether a noun (a report, a claim) is said not to be true, so what it tells did not happen:
   * "said reports that Iran intends to threaten shipping in the Gulf were baseless", "denied
   * reports that it had sent troops".
   */
  private boolean isDismissed(int noun) {
    Dependency up = arcs.head(noun);
    if (up == null || up.head() < 0) {
      return false;
    }
    String lemma = sentence.token(up.head()).lowerLemma();
    return (up.base().equals("nsubj") && DISMISSING_ADJECTIVES.contains(lemma))
        || (up.base().equals("obj") && DISMISSING_VERBS.contains(lemma));
  }

  private boolean hasConditionalMark(int token) {
    boolean as = false;
    boolean soon = false;
    for (Dependency arc : arcs.children(token)) {
      String word = word(arc.dependent());
      if (arc.base().equals("mark") && CONDITIONAL_MARKERS.contains(word)) {
        return true;
      }
      as |= arc.base().equals("mark") && word.equals("as");
      soon |= arc.base().equals("advmod") && word.equals("soon");
    }
    return as && soon; // "as soon as Tokyo complied"
  }

  /** A noun under "no": "there was no indication that…". */
  private boolean isNegatedNoun(int token) {
    if (!sentence.token(token).isNoun()) {
      return false;
    }
    for (Dependency arc : arcs.children(token)) {
      if (arc.base().equals("det") && word(arc.dependent()).equals("no")) {
        return true;
      }
    }
    return false;
  }

  private String word(int token) {
    return sentence.token(token).word().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
  }
}
