package org.entente.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.entente.text.Dependency;
import org.entente.text.ParsedSentence;
import org.entente.text.Token;

/**
 * Repairs of a dependency parse that misreads wire style in a known way, applied before the coder
 * reads the sentence. Each is a pattern the parser gets wrong with its fix:
 *
 * <ul>
 *   <li>a day name between a verb and its object takes the object as its own dependent: "Beirut
 *       again rejected Thursday a United Nations appeal" parses "appeal" as a {@code dep} of
 *       "Thursday"; the appeal is what was rejected ({@link #TIME_WORDS});
 *   <li>a day name between the subject and its verb takes the subject as its compound and becomes
 *       the subject itself: "Israel Friday reimposed blockades in the West Bank";
 *   <li>the subject of a reported clause is taken for the object of the verb of saying, and the
 *       clause's verb left hanging: "He said Argentina was prepared to follow the example of
 *       Brazil" parses "Argentina" as the object of "said" and "prepared" as a {@code dep} ({@link
 *       #REPORTING_VERBS}); or the clause's verb is made the root with "said" as its clausal
 *       subject: "One official said Egypt would propose a new exchange rate";
 *   <li>a relative clause left hanging, with "who" or "which" for its subject: "Funaro, who spoke
 *       today to the IMF's interim committee, was referring to…" makes Funaro the subject of
 *       "spoke";
 *   <li>an object put after what a judging verb judges it as is hung on the "as" phrase: "Albania
 *       denounced as an ugly crime Serbia's suppression of…" ({@link #JUDGING_VERBS});
 *   <li>a time phrase between a modal and its verb makes the tagger take the verb for a noun:
 *       "Funaro will this week visit Britain" tags "visit" NN; with the modal, a subject and an
 *       object it is retagged a verb.
 * </ul>
 */
final class ParseRepairs {

  /** Day names and deictic days that wire copy puts right after the verb. */
  static final Set<String> TIME_WORDS =
      java.util.stream.Stream.concat(
              EventDates.WEEKDAYS.stream(),
              java.util.stream.Stream.of("today", "yesterday", "tomorrow"))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Verbs of saying, whose object the parser takes a clause's subject for. */
  static final Set<String> REPORTING_VERBS = Set.of("say", "add", "state", "claim", "report");

  /**
   * Verbs of a view held, whose clause the parser may turn the same way: "The three nations agree
   * these policies are essential" parsed with "agree" as the clausal subject of "essential".
   */
  static final Set<String> OPINION_VERBS = Set.of("agree", "believe", "think");

  /** Pronouns that open a relative clause about a person or a body: "who", "which". */
  static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which");

  /** Lemmas that are auxiliaries, which a finite verb before a gerund may be. */
  static final Set<String> AUXILIARY_LEMMAS =
      Set.of(
          "be", "have", "do", "will", "would", "can", "could", "shall", "should", "may", "might",
          "must", "get", "keep");

  /** Verbs that give what they name a name: "condemned what it called a terrorist act". */
  static final Set<String> NAMING_VERBS = Set.of("call", "term", "dub", "label", "brand");

  /** Participles that wire copy puts before a title as adjectives: "visiting U.S. envoy". */
  static final Set<String> VISITING = Set.of("visiting");

  /**
   * Verbs whose object is a person one receives or addresses: "told visiting U.S. Trade
   * Representative Clayton Yeutter", "met visiting Soviet Foreign Minister Eduard Shevardnadze".
   */
  static final Set<String> RECEIVING_VERBS =
      Set.of("tell", "meet", "receive", "welcome", "brief", "assure", "inform", "thank", "greet");

  /**
   * Verbs that judge their object "as" something, which wire copy often puts before the object:
   * "denounced as an ugly crime Serbia's suppression of…".
   */
  static final Set<String> JUDGING_VERBS =
      Set.of(
          "denounce",
          "condemn",
          "dismiss",
          "reject",
          "brand",
          "describe",
          "welcome",
          "hail",
          "praise",
          "criticise",
          "criticize",
          "label",
          "characterize",
          "characterise");

  /**
   * Plural nouns of people acting for a side that open a sentence, whose capital the tagger takes
   * for a name's: "Ministers from Japan, Australia and India agreed…". A list, not a pattern: many
   * names end in "s" ("Eyskens", "Dumas", "Woods").
   */
  static final Set<String> OPENING_PLURALS =
      Set.of(
          "ministers",
          "officials",
          "leaders",
          "diplomats",
          "lawmakers",
          "legislators",
          "negotiators",
          "delegates",
          "envoys",
          "representatives",
          "soldiers",
          "troops",
          "rebels",
          "militants",
          "insurgents",
          "protesters",
          "demonstrators",
          "activists",
          "authorities");

  /**
   * Verbs of beginning, going on and stopping, whose gerund the parser may take for an adjective of
   * its object: "began firing rockets", "kept building settlements", "stopped supplying gas".
   */
  static final Set<String> ASPECTUAL_VERBS =
      Set.of("begin", "start", "continue", "keep", "resume", "stop", "cease", "halt", "finish");

  /** Tags of a verb in a tense of its own, which a participle or an infinitive has not. */
  static final Set<String> FINITE_TAGS = Set.of("VBD", "VBZ", "VBP");

  /** How many heads up a finite conjunct joined to a participle looks for its own clause. */
  static final int CONJUNCT_CLIMB = 4;

  /** How the parser hangs a relative clause it did not recognise. */
  static final Set<String> HANGING_CLAUSES = Set.of("dep", "ccomp", "parataxis");

  private ParseRepairs() {}

  /** How a clause hangs on the verb of another, which a verb so hung is no misreading of. */
  static final Set<String> CLAUSE_LINKS = Set.of("conj", "ccomp", "xcomp", "advcl", "parataxis");

  /** Tags of an auxiliary in a tense of its own: "had announced", "has signed", "will visit". */
  static final Set<String> FINITE_AUXILIARY_TAGS = Set.of("VBD", "VBZ", "VBP", "MD");

  /**
   * "Petro had said earlier that deported Colombians should be returned … and treated with dignity,
   * not as criminals, and had announced 25% retaliatory tariffs on U.S. imports": the parser made
   * the verb after "and", finite by its auxiliary and with no subject, a conjunct of the noun
   * before it. It is a conjunct of the sentence's main verb, and shares its subject. The arcs
   * repaired, or {@code repaired}.
   */
  private static List<Dependency> finiteVerbOnNoun(
      ParsedSentence sentence, List<Dependency> arcs, List<Dependency> repaired) {
    Dependency root = first(arcs, a -> a.head() < 0);
    if (root == null || !sentence.token(root.dependent()).isVerb()) {
      return repaired;
    }
    int main = root.dependent();
    List<Dependency> subjects = new ArrayList<>();
    for (Dependency arc : arcs) {
      if (arc.head() == main && arc.relation().equals("nsubj")) {
        subjects.add(arc);
      }
    }
    if (subjects.isEmpty()) {
      return repaired;
    }
    // one pass over the arcs: what each word has and hangs on
    int size = sentence.tokens().size();
    boolean[] finite = new boolean[size];
    boolean[] joined = new boolean[size];
    boolean[] subject = new boolean[size];
    List<List<Dependency>> heads = new ArrayList<>();
    for (int k = 0; k < size; k++) {
      heads.add(new ArrayList<>());
    }
    for (Dependency arc : arcs) {
      heads.get(arc.dependent()).add(arc);
      if (arc.head() < 0) {
        continue;
      }
      Token child = sentence.token(arc.dependent());
      finite[arc.head()] |=
          arc.relation().equals("aux") && FINITE_AUXILIARY_TAGS.contains(child.pos());
      joined[arc.head()] |=
          arc.relation().equals("cc")
              && LIST_JOINERS.contains(child.word().toLowerCase(Locale.ROOT));
      subject[arc.head()] |= arc.relation().startsWith("nsubj");
    }
    for (int verb = main + 1; verb < size; verb++) {
      List<Dependency> up = heads.get(verb);
      if (!sentence.token(verb).isVerb()
          || !finite[verb]
          || !joined[verb]
          || subject[verb]
          || up.stream()
              .noneMatch(
                  h ->
                      h.head() >= 0
                          && h.relation().startsWith("conj")
                          && sentence.token(h.head()).isNoun())
          || up.stream()
              .anyMatch(
                  h ->
                      h.head() < 0
                          || (sentence.token(h.head()).isVerb()
                              && CLAUSE_LINKS.contains(h.base())))) {
        continue;
      }
      List<Dependency> added = new ArrayList<>(List.of(new Dependency(main, verb, "conj:and")));
      for (Dependency role : subjects) {
        added.add(new Dependency(verb, role.dependent(), "nsubj"));
      }
      repaired = rewired(repaired, arcs, up, added);
      arcs = repaired;
    }
    return repaired;
  }

  /** Words that join the last name of a list: "Egypt, the United Arab Emirates and Bahrain". */
  static final Set<String> LIST_JOINERS = Set.of("and", "or");

  /**
   * "Saudi Arabia, Egypt, the United Arab Emirates and Bahrain cut diplomatic ties with Qatar": the
   * parser made the names after the first appositions of it, though the last follows "and". A name
   * whose appositions are all names, the last of them after "and" or "or", heads a list: they are
   * its conjuncts, and share its role (the subject of its verb). An apposition that is no name
   * ("Saudi Arabia, the biggest exporter,") is left. The arcs repaired, or {@code repaired}.
   */
  private static List<Dependency> namesListedAsAppositions(
      ParsedSentence sentence, List<Dependency> arcs, List<Dependency> repaired) {
    for (Token token : sentence.tokens()) {
      int first = token.index();
      if (!token.pos().startsWith("NNP")) {
        continue;
      }
      List<Dependency> appositions = new ArrayList<>();
      for (Dependency arc : arcs) {
        if (arc.head() == first && arc.relation().equals("appos")) {
          appositions.add(arc);
        }
      }
      if (appositions.isEmpty()
          || appositions.stream()
              .anyMatch(a -> !sentence.token(a.dependent()).pos().startsWith("NNP"))) {
        continue;
      }
      int last = appositions.stream().mapToInt(Dependency::dependent).max().getAsInt();
      boolean joined =
          arcs.stream()
              .anyMatch(
                  a ->
                      a.head() == last
                          && a.relation().equals("cc")
                          && LIST_JOINERS.contains(
                              sentence.token(a.dependent()).word().toLowerCase(Locale.ROOT)));
      if (!joined) {
        continue;
      }
      List<Dependency> roles = new ArrayList<>();
      for (Dependency arc : arcs) {
        if (arc.dependent() == first && arc.head() >= 0 && arc.relation().startsWith("nsubj")) {
          roles.add(arc);
        }
      }
      List<Dependency> added = new ArrayList<>();
      for (Dependency apposition : appositions) {
        added.add(new Dependency(first, apposition.dependent(), "conj:and"));
        for (Dependency role : roles) {
          added.add(new Dependency(role.head(), apposition.dependent(), role.relation()));
        }
      }
      // a name the parser already joined to an apposition ("the United Arab Emirates and
      // Bahrain") shares the role too
      for (Dependency arc : arcs) {
        if (appositions.stream().anyMatch(a -> a.dependent() == arc.head())
            && arc.relation().startsWith("conj")
            && arc.dependent() != last) {
          for (Dependency role : roles) {
            added.add(new Dependency(role.head(), arc.dependent(), role.relation()));
          }
        }
      }
      List<Dependency> current = repaired == null ? arcs : repaired;
      added.removeIf(current::contains);
      repaired = rewired(repaired, arcs, appositions, added);
      arcs = repaired;
    }
    return repaired;
  }

  /** How the parser hangs the clause after a participle it made the root. */
  static final Set<String> CLAUSES_AFTER_PARTICIPLE = Set.of("parataxis", "ccomp", "dep");

  /**
   * "Under the deal, brokered by the United States and France, Israeli troops are to withdraw…",
   * "Under the first phase of the deal, mediated by Qatar, Egypt and the United States, 33 hostages
   * are to be exchanged…": a past participle set off by commas after an opening phrase, which the
   * parser made the root with the clause hanging on it, qualifies the noun just before it (an
   * {@code acl}), and the clause is the root with the opening phrase; the "by" phrase the parser
   * gave the clause is the participle's. The arcs repaired, or {@code repaired} unchanged.
   */
  private static List<Dependency> openingParticiple(
      ParsedSentence sentence, List<Dependency> arcs, List<Dependency> repaired) {
    Dependency root = first(arcs, a -> a.head() < 0);
    if (root == null) {
      return repaired;
    }
    int participle = root.dependent();
    if (participle < 2
        || !sentence.token(participle).pos().equals("VBN")
        || !sentence.token(participle - 1).word().equals(",")
        || arcs.stream()
            .anyMatch(
                a ->
                    a.head() == participle
                        && (a.relation().startsWith("nsubj") || a.base().startsWith("aux")))) {
      return repaired;
    }
    Dependency opening =
        first(
            arcs,
            a -> a.head() == participle && a.base().equals("obl") && a.dependent() < participle);
    Dependency clause =
        first(
            arcs,
            a ->
                a.head() == participle
                    && a.dependent() > participle
                    && CLAUSES_AFTER_PARTICIPLE.contains(a.relation())
                    && sentence.token(a.dependent()).isVerb()
                    && arcs.stream()
                        .anyMatch(
                            s -> s.head() == a.dependent() && s.relation().startsWith("nsubj")));
    int noun = participle - 2;
    if (opening == null
        || clause == null
        || !sentence.token(noun).isNoun()
        || lastOf(arcs, opening.dependent()) != noun) {
      return repaired;
    }
    int verb = clause.dependent();
    List<Dependency> removed = new ArrayList<>(List.of(root, clause, opening));
    List<Dependency> added =
        new ArrayList<>(
            List.of(
                new Dependency(-1, verb, "root"),
                new Dependency(verb, opening.dependent(), opening.relation()),
                new Dependency(noun, participle, "acl")));
    for (Dependency agent : arcs) {
      if (agent.head() == verb
          && agent.relation().equals("obl:agent")
          && agent.dependent() > participle
          && agent.dependent() < verb) {
        removed.add(agent);
        added.add(new Dependency(participle, agent.dependent(), "obl:by"));
      }
    }
    return rewired(repaired, arcs, removed, added);
  }

  /**
   * The repaired arcs with {@code removed} taken out and {@code added} put in; the sentence's own
   * arcs are copied on the first repair.
   */
  private static List<Dependency> rewired(
      List<Dependency> repaired,
      List<Dependency> arcs,
      List<Dependency> removed,
      List<Dependency> added) {
    List<Dependency> result = repaired == null ? new ArrayList<>(arcs) : repaired;
    for (Dependency arc : removed) {
      result.remove(arc);
    }
    result.addAll(added);
    return result;
  }

  /** The first of the arcs that match, or null. */
  private static Dependency first(List<Dependency> arcs, Predicate<Dependency> test) {
    for (Dependency arc : arcs) {
      if (test.test(arc)) {
        return arc;
      }
    }
    return null;
  }

  /** The last token of {@code head}'s subtree, by the basic arcs. */
  private static int lastOf(List<Dependency> arcs, int head) {
    int last = head;
    for (Dependency arc : arcs) {
      if (arc.head() == head && arc.dependent() > last && !arc.relation().equals("ref")) {
        last = Math.max(last, lastOf(arcs, arc.dependent()));
      }
    }
    return last;
  }

  /**
   * The first token of a verb's own words: itself or its auxiliaries and negation before it, not
   * counting {@code excluded} (the object the parser gave the verb's head).
   */
  private static int firstOf(List<Dependency> arcs, int verb, int excluded) {
    int first = verb;
    for (Dependency arc : arcs) {
      if (arc.head() == verb
          && arc.dependent() < first
          && arc.dependent() != excluded
          && (arc.relation().startsWith("aux")
              || arc.relation().equals("cop")
              || arc.relation().equals("advmod"))) {
        first = arc.dependent();
      }
    }
    return first;
  }

  /** Whether a verb has a subject of its own. */
  private static boolean hasSubject(List<Dependency> arcs, int verb) {
    return arcs.stream().anyMatch(a -> a.head() == verb && a.relation().startsWith("nsubj"));
  }

  /** Whether a verb is finite or has an auxiliary: "was prepared", "agreed", "is sticking". */
  private static boolean isFinite(ParsedSentence sentence, List<Dependency> arcs, int verb) {
    String pos = sentence.token(verb).pos();
    return pos.equals("VBD")
        || pos.equals("VBZ")
        || pos.equals("VBP")
        || arcs.stream()
            .anyMatch(
                a ->
                    a.head() == verb
                        && (a.relation().startsWith("aux") || a.relation().equals("cop")));
  }

  /**
   * Whether a participle joined to an infinitive is a verb in the past tense: "called on the
   * population to resist the rebels and accused Rwanda of backing them" — one cannot resist and
   * accused, so "accused" is the caller's, tagged as a participle. Not with an auxiliary of its
   * own.
   */
  private static boolean isPastAfterInfinitive(
      ParsedSentence sentence, List<Dependency> arcs, int verb, int head) {
    return sentence.token(verb).pos().equals("VBN")
        && sentence.token(head).pos().equals("VB")
        && arcs.stream()
            .anyMatch(
                a ->
                    a.head() == head
                        && a.relation().equals("mark")
                        && sentence.token(a.dependent()).lowerLemma().equals("to"));
  }

  /** Verbs of calling someone, whose infinitive may be the call's purpose. */

  /**
   * What one calls someone to do oneself: "called Erdogan to offer his condolences", "phoned Biden
   * to congratulate him", "called Putin to discuss the crisis". Not "called the nation to prayer".
   */
  static final Set<String> CALL_PURPOSES =
      Set.of(
          "offer",
          "congratulate",
          "express",
          "convey",
          "discuss",
          "thank",
          "wish",
          "brief",
          "inform",
          "apologise",
          "apologize",
          "assure",
          "reassure",
          "demand",
          "protest",
          "complain",
          "urge",
          "press");

  /** Tags of a verb in the present tense. */
  static final Set<String> PRESENT_TAGS = Set.of("VBZ", "VBP");

  /**
   * Whether a verb in the past is joined to a verb in the present of a clause it cannot share:
   * "called the measures economic retaliation that violates international trade rules and urged
   * Tokyo to withdraw them" — the measures do not urge; "urged" is the caller's. Only a relative or
   * reported clause's verb in the present, or with an auxiliary in the present ("are being squeezed
   * … and threatened").
   */
  private static boolean pastAfterPresent(
      ParsedSentence sentence, List<Dependency> arcs, int verb, int head) {
    boolean present =
        PRESENT_TAGS.contains(sentence.token(head).pos())
            && arcs.stream().noneMatch(a -> a.head() == head && a.relation().startsWith("aux"));
    // "complained to Japan that American firms are being squeezed out … and threatened to
    // restrict Japanese firms": a present auxiliary a verb in the simple past cannot share
    boolean presentAuxiliary =
        arcs.stream()
            .anyMatch(
                a ->
                    a.head() == head
                        && a.relation().startsWith("aux")
                        && PRESENT_TAGS.contains(sentence.token(a.dependent()).pos())
                        // not "has": "a tax that has angered consumers and unleashed protests"
                        // shares it, the tagger reading the participle as a past
                        && sentence.token(a.dependent()).lowerLemma().equals("be"));
    return sentence.token(verb).pos().equals("VBD")
        && (present || presentAuxiliary)
        && arcs.stream()
            .anyMatch(
                a ->
                    a.dependent() == head
                        && (a.relation().equals("acl:relcl") || a.relation().equals("ccomp")));
  }

  /** Whether a conjunct has a subject other than the one it shares with the verb it joins. */
  private static boolean hasOwnSubject(List<Dependency> arcs, int verb, int joined) {
    return arcs.stream()
        .anyMatch(
            a ->
                a.head() == verb
                    && a.relation().startsWith("nsubj")
                    && !isCopiedSubject(arcs, a, joined));
  }

  /** Whether {@code subject} repeats a subject of {@code joined}: the enhanced graph's copy. */
  private static boolean isCopiedSubject(List<Dependency> arcs, Dependency subject, int joined) {
    return arcs.stream()
        .anyMatch(
            b ->
                b.head() == joined
                    && b.dependent() == subject.dependent()
                    && b.relation().startsWith("nsubj"));
  }

  /**
   * Prepositions whose gerund the parser takes for an adjective: "by expelling", "after seizing".
   * Not "for" and "of", whose phrase the coder reads as a noun's where it matters: "called for
   * boosting GATT's links" is an appeal to GATT.
   */
  static final Set<String> GERUND_PREPOSITIONS =
      Set.of("by", "after", "before", "without", "since", "upon", "on", "in", "while");

  /** Relations of a word that opens a noun phrase: "the", "10", "Iran's". */
  static final Set<String> PHRASE_OPENERS = Set.of("det", "nummod", "nmod:poss");

  /**
   * Whether a participle in -ing that the parser made an adjective of a noun after it is a gerund
   * taking that noun as its object: it follows a preposition, and a determiner, a number or a
   * possessive of the noun stands between them ("by expelling 10 Polish diplomats"), where no
   * adjective can ("in developing countries" keeps its adjective).
   */
  private static boolean isGerundOfObject(
      ParsedSentence sentence, List<Dependency> arcs, int gerund, int noun) {
    return sentence.token(gerund).pos().equals("VBG")
        && gerund > 0
        && noun > gerund + 1
        && sentence.token(gerund - 1).pos().equals("IN")
        && GERUND_PREPOSITIONS.contains(sentence.token(gerund - 1).lowerLemma())
        && arcs.stream()
            .anyMatch(
                a ->
                    a.head() == noun
                        && a.dependent() > gerund
                        && a.dependent() < noun
                        && PHRASE_OPENERS.contains(a.relation()));
  }

  /** The tags the tagger gives a verb in the simple past. */
  static final Set<String> PAST_TAGS = Set.of("VBD", "VBN");

  /** The sentence with its misread arcs repaired, or the sentence itself when none applies. */
  static ParsedSentence repair(ParsedSentence sentence) {
    List<Dependency> arcs = sentence.dependencies();
    List<Dependency> repaired = null;
    for (Dependency time : arcs) {
      // the cheap tests first: this runs for every arc of every sentence
      if (time.head() < 0
          || time.dependent() != time.head() + 1
          || !(time.relation().startsWith("obl") || time.relation().equals("obj"))
          || !sentence.token(time.head()).isVerb()
          || !TIME_WORDS.contains(
              sentence.token(time.dependent()).word().toLowerCase(Locale.ROOT))) {
        continue;
      }
      boolean hasObject =
          arcs.stream().anyMatch(a -> a.head() == time.head() && a.relation().equals("obj"));
      for (Dependency taken : arcs) {
        if (taken.head() == time.dependent()
            && taken.relation().equals("dep")
            && taken.dependent() > time.dependent()
            && sentence.token(taken.dependent()).isNoun()
            && !hasObject) {
          if (repaired == null) {
            repaired = new ArrayList<>(arcs);
          }
          repaired.remove(taken);
          repaired.add(new Dependency(time.head(), taken.dependent(), "obj"));
        }
      }
    }
    // "Israel Friday reimposed blockades": the day took the subject as its compound
    for (Dependency time : arcs) {
      if (time.head() < 0
          || !time.relation().equals("nsubj")
          || !sentence.token(time.head()).isVerb()
          || !TIME_WORDS.contains(
              sentence.token(time.dependent()).word().toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (Dependency subject : arcs) {
        if (subject.head() == time.dependent()
            && subject.relation().equals("compound")
            && subject.dependent() == time.dependent() - 1
            && sentence.token(subject.dependent()).isProperNoun()) {
          if (repaired == null) {
            repaired = new ArrayList<>(arcs);
          }
          repaired.remove(subject);
          repaired.remove(time);
          repaired.add(new Dependency(time.head(), subject.dependent(), "nsubj"));
          repaired.add(new Dependency(time.head(), time.dependent(), "obl:tmod"));
        }
      }
    }
    // "China vowed on Wednesday to retaliate": the parser made "on" a marker of the infinitive
    // and the day its subject, as in "for Japan to act"; the day dates the verb before it, and
    // the infinitive is that verb's complement, or its purpose when the verb has an object
    // ("telephoned Obama on Wednesday to demand an explanation")
    for (Dependency time : List.copyOf(repaired == null ? arcs : repaired)) {
      int day = time.dependent();
      int infinitive = time.head();
      if (infinitive < 0
          || day == 0
          || !time.relation().equals("nsubj")
          || !TIME_WORDS.contains(sentence.token(day).word().toLowerCase(Locale.ROOT))
          || !sentence.token(day - 1).lowerLemma().equals("on")) {
        continue;
      }
      List<Dependency> current = repaired == null ? arcs : repaired;
      Dependency on = new Dependency(infinitive, day - 1, "mark");
      Dependency clause =
          first(current, a -> a.dependent() == infinitive && a.relation().startsWith("advcl"));
      if (!current.contains(on)
          || clause == null
          || clause.head() < 0
          || clause.head() > day
          || !sentence.token(clause.head()).isVerb()
          || current.stream()
              .noneMatch(
                  a ->
                      a.head() == infinitive
                          && a.relation().equals("mark")
                          && sentence.token(a.dependent()).lowerLemma().equals("to"))) {
        continue;
      }
      int verb = clause.head();
      if (repaired == null) {
        repaired = new ArrayList<>(arcs);
      }
      repaired.remove(time);
      repaired.remove(on);
      repaired.add(new Dependency(day, day - 1, "case"));
      repaired.add(new Dependency(verb, day, "obl:on"));
      if (current.stream().noneMatch(a -> a.head() == verb && a.relation().equals("obj"))) {
        repaired.remove(clause);
        repaired.add(new Dependency(verb, infinitive, "xcomp"));
        for (Dependency subject : current) {
          if (subject.head() == verb && subject.relation().startsWith("nsubj")) {
            repaired.add(new Dependency(infinitive, subject.dependent(), "nsubj:xsubj"));
            break;
          }
        }
      }
    }
    // "He said Argentina was prepared to follow…": the parser took the clause's subject for the
    // object of "said" and left its verb hanging as a dep
    for (Dependency object : arcs) {
      if (object.head() < 0
          || !object.relation().equals("obj")
          || !REPORTING_VERBS.contains(sentence.token(object.head()).lowerLemma())
          || !sentence.token(object.dependent()).isNoun()) {
        continue;
      }
      int end = lastOf(arcs, object.dependent());
      for (Dependency hanging : arcs) {
        if (hanging.head() != object.head()
            || !(hanging.relation().equals("dep")
                || hanging.relation().equals("ccomp")
                // "said the IMF's demands were too harsh": an adjective with its copula; "said
                // Japan has little chance of…": a verb in a tense of its own is no complement
                || (hanging.relation().equals("xcomp")
                    && (FINITE_TAGS.contains(sentence.token(hanging.dependent()).pos())
                        || arcs.stream()
                            .anyMatch(
                                a ->
                                    a.head() == hanging.dependent()
                                        && (a.relation().equals("cop")
                                            // "said Italy would have to abandon…": a modal
                                            || a.relation().equals("aux")
                                                && sentence
                                                    .token(a.dependent())
                                                    .pos()
                                                    .equals("MD"))))))
            || !(sentence.token(hanging.dependent()).isVerb()
                || sentence.token(hanging.dependent()).pos().startsWith("JJ"))
            || firstOf(arcs, hanging.dependent(), object.dependent()) != end + 1
            || !isFinite(sentence, arcs, hanging.dependent())
            || arcs.stream()
                .anyMatch(
                    a ->
                        a.head() == hanging.dependent()
                            && a.relation().startsWith("nsubj")
                            // the object the parser made the complement's controller
                            && !(a.relation().equals("nsubj:xsubj")
                                && a.dependent() == object.dependent()))) {
          continue;
        }
        if (repaired == null) {
          repaired = new ArrayList<>(arcs);
        }
        repaired.remove(object);
        repaired.remove(hanging);
        repaired.remove(new Dependency(hanging.dependent(), object.dependent(), "nsubj:xsubj"));
        repaired.add(new Dependency(object.head(), hanging.dependent(), "ccomp"));
        repaired.add(new Dependency(hanging.dependent(), object.dependent(), "nsubj"));
        // "said the United States was pressing Canada… and was talking with Canadian
        // representatives": the conjunct hung on "said" too belongs to the clause, and shares its
        // subject
        for (Dependency conjunct : arcs) {
          if (conjunct.head() == hanging.dependent() && conjunct.relation().startsWith("conj")) {
            repaired.remove(new Dependency(object.head(), conjunct.dependent(), "dep"));
          }
        }
      }
    }
    // "One official said Egypt would propose a new exchange rate": the parser made the clause's
    // verb the root, "said" its clausal subject and "Egypt" the object of "said"
    for (Dependency saying : arcs) {
      if (saying.head() < 0
          || !saying.relation().equals("csubj")
          || !(REPORTING_VERBS.contains(sentence.token(saying.dependent()).lowerLemma())
              || OPINION_VERBS.contains(sentence.token(saying.dependent()).lowerLemma()))) {
        continue;
      }
      int verb = saying.head();
      for (Dependency object : arcs) {
        if (object.head() != saying.dependent()
            || !object.relation().equals("obj")
            || !sentence.token(object.dependent()).isNoun()
            || firstOf(arcs, verb, object.dependent()) != lastOf(arcs, object.dependent()) + 1
            || !isFinite(sentence, arcs, verb)
            || hasSubject(arcs, verb)) {
          continue;
        }
        if (repaired == null) {
          repaired = new ArrayList<>(arcs);
        }
        repaired.remove(saying);
        repaired.remove(object);
        // "U.S. officials blamed Brazil's intransigence … and said a more flexible position…":
        // when "said" is a conjunct, the verb it is joined to is the clause's top
        int top = saying.dependent();
        for (Dependency joined : arcs) {
          if (joined.dependent() == saying.dependent()
              && joined.relation().startsWith("conj")
              && repaired.remove(new Dependency(verb, joined.head(), "csubj"))) {
            top = joined.head();
          }
        }
        for (Dependency above : arcs) {
          if (above.dependent() == verb
              && !above.relation().equals("csubj")
              && repaired.remove(above)) {
            repaired.add(new Dependency(above.head(), top, above.relation()));
          }
        }
        repaired.add(new Dependency(saying.dependent(), verb, "ccomp"));
        repaired.add(new Dependency(verb, object.dependent(), "nsubj"));
        break;
      }
    }
    // "Funaro, who spoke today to the International Monetary Fund's interim committee, was
    // referring to…": the parser left the relative clause hanging as a dep, ccomp or parataxis,
    // with the pronoun for its subject; the clause is the noun's and the noun its subject
    for (Dependency pronoun : arcs) {
      if (pronoun.head() < 0
          || !(pronoun.relation().equals("nsubj") || pronoun.relation().equals("nsubj:pass"))
          || !RELATIVE_PRONOUNS.contains(
              sentence.token(pronoun.dependent()).word().toLowerCase(Locale.ROOT))
          || pronoun.head() < pronoun.dependent()) {
        continue;
      }
      int verb = pronoun.head();
      int antecedent = pronoun.dependent() - 1;
      if (antecedent >= 0 && sentence.token(antecedent).word().equals(",")) {
        antecedent--;
      }
      if (antecedent < 0
          || !sentence.token(antecedent).isNoun()
          || arcs.stream()
              .anyMatch(a -> a.dependent() == verb && a.relation().startsWith("acl:relcl"))) {
        continue;
      }
      if (repaired == null) {
        repaired = new ArrayList<>(arcs);
      }
      repaired.remove(pronoun);
      repaired.add(new Dependency(verb, antecedent, pronoun.relation()));
      repaired.add(new Dependency(antecedent, pronoun.dependent(), "ref"));
      for (Dependency hanging : arcs) {
        if (hanging.dependent() == verb
            && HANGING_CLAUSES.contains(hanging.relation())
            && repaired.remove(hanging)) {
          repaired.add(new Dependency(antecedent, verb, "acl:relcl"));
        }
      }
    }
    // "Italy, which has more than 1,000 troops in the mission, summoned the Israeli ambassador":
    // the parser made the main verb a relative clause of the subject, and the relative clause's
    // verb that main verb's subject; the subject is the main verb's, the relative clause its own
    for (Dependency ref : List.copyOf(repaired == null ? arcs : repaired)) {
      int pronoun = ref.dependent();
      int antecedent = ref.head();
      int relative = pronoun + 1;
      if (antecedent < 0
          || !ref.relation().equals("ref")
          || !RELATIVE_PRONOUNS.contains(sentence.token(pronoun).word().toLowerCase(Locale.ROOT))
          || relative >= sentence.size()
          || !sentence.token(relative).isVerb()) {
        continue;
      }
      List<Dependency> current = repaired == null ? arcs : repaired;
      Dependency taken =
          first(
              current,
              a ->
                  a.dependent() == relative && a.head() > relative && a.relation().equals("nsubj"));
      if (taken == null
          || !current.contains(new Dependency(antecedent, taken.head(), "acl:relcl"))
          || !sentence.token(taken.head() - 1).word().equals(",")
          || current.stream()
              .anyMatch(
                  a ->
                      a.dependent() == antecedent
                          && a.head() != taken.head()
                          && a.relation().startsWith("nsubj"))) {
        continue; // the clause closes with a comma, and the noun is no other verb's subject
      }
      int main = taken.head();
      repaired = new ArrayList<>(current);
      repaired.remove(taken);
      repaired.remove(new Dependency(antecedent, main, "acl:relcl"));
      repaired.removeIf(a -> a.head() == main && a.dependent() == antecedent);
      for (Dependency above : current) {
        if (above.dependent() == antecedent && above.head() != main && repaired.remove(above)) {
          repaired.add(new Dependency(above.head(), main, above.relation()));
        }
      }
      repaired.add(new Dependency(main, antecedent, "nsubj"));
      repaired.add(new Dependency(antecedent, relative, "acl:relcl"));
      repaired.add(new Dependency(relative, pronoun, "nsubj"));
    }
    // "Tamura told visiting U.S. Trade Representative Clayton Yeutter that…": the parser made
    // "visiting" a verb taking Yeutter as its object; it is an adjective of the one who visits
    for (Dependency object : arcs) {
      if (object.head() < 0
          || !object.relation().equals("obj")
          || !VISITING.contains(sentence.token(object.head()).word().toLowerCase(Locale.ROOT))
          || !sentence.token(object.dependent()).isNoun()) {
        continue;
      }
      int participle = object.head();
      if (!sentence.token(object.dependent()).isProperNoun()
          && java.util.stream.IntStream.range(participle + 1, object.dependent())
              .noneMatch(k -> sentence.token(k).isProperNoun())) {
        continue; // a name or a named group: "told visiting European Union leaders"
      }
      // a title before the name, all of it the name's: "U.S. Trade Representative Clayton"
      boolean titled = object.dependent() > participle + 1;
      for (int k = participle + 1; k < object.dependent(); k++) {
        int word = k;
        titled &=
            arcs.stream()
                .anyMatch(
                    a ->
                        a.dependent() == word
                            && a.head() > participle
                            && a.head() <= object.dependent());
      }
      if (!titled) {
        continue; // "visiting Japan in May": a place it takes after other words
      }
      Dependency attached = null;
      for (Dependency arc : arcs) {
        if (arc.dependent() == participle
            && (arc.relation().equals("xcomp") || arc.relation().startsWith("advcl"))
            && RECEIVING_VERBS.contains(sentence.token(arc.head()).lowerLemma())
            && arcs.stream().noneMatch(a -> a.head() == arc.head() && a.relation().equals("obj"))) {
          attached = arc;
        }
      }
      if (attached == null) {
        continue;
      }
      repaired =
          rewired(
              repaired,
              arcs,
              List.of(object, attached),
              List.of(
                  new Dependency(attached.head(), object.dependent(), "obj"),
                  new Dependency(object.dependent(), participle, "amod")));
    }
    // "Albania denounced as an ugly crime Serbia's suppression of…", "dismissed as insignificant
    // gains by Iranian forces": the object put after what it is judged as
    for (Dependency judged : arcs) {
      if (judged.head() < 0
          || !judged.relation().equals("obl:as")
          || !JUDGING_VERBS.contains(sentence.token(judged.head()).lowerLemma())
          || judged.head() + 1 >= sentence.size()
          || !sentence.token(judged.head() + 1).lowerLemma().equals("as")) {
        continue;
      }
      int verb = judged.head();
      int as = judged.dependent();
      if (arcs.stream()
          .anyMatch(
              a ->
                  a.head() == verb
                      && (a.relation().equals("obj") || a.relation().equals("nsubj:pass")))) {
        continue;
      }
      Dependency shifted = null;
      for (Dependency arc : arcs) {
        if (arc.head() == as
            && arc.relation().equals("dep")
            && arc.dependent() > as
            && sentence.token(arc.dependent()).isNoun()) {
          shifted = arc; // "as an ugly crime [Serbia's suppression]"
        }
      }
      // "as baseless claims by Peru", "as a provocation Belarus's expulsion of…": a phrase that
      // names whose act it is, is the act judged; what it is judged as names no one
      boolean owned =
          arcs.stream()
              .anyMatch(
                  a ->
                      a.head() == as
                          && (a.relation().equals("nmod:poss") || a.relation().equals("nmod:by")));
      if (shifted == null && !owned) {
        continue;
      }
      if (repaired == null) {
        repaired = new ArrayList<>(arcs);
      }
      if (shifted != null) {
        repaired.remove(shifted);
        repaired.add(new Dependency(verb, shifted.dependent(), "obj"));
      } else {
        // the whole phrase stands as the object: its owner is whom the judgement is aimed at
        repaired.remove(judged);
        repaired.add(new Dependency(verb, as, "obj"));
      }
    }
    // "Mitsotakis called Erdogan to offer his condolences": the parser makes the one called do
    // the infinitive, as in an appeal; a call made for such a purpose is a telephone call, and
    // the caller offers
    for (Dependency purpose : List.copyOf(repaired == null ? arcs : repaired)) {
      if (purpose.head() < 0
          || !purpose.relation().equals("xcomp")
          || !org.entente.coder.predicate.FrameFinder.CALLING.contains(
              sentence.token(purpose.head()).lowerLemma())
          || !CALL_PURPOSES.contains(sentence.token(purpose.dependent()).lowerLemma())) {
        continue;
      }
      int call = purpose.head();
      int verb = purpose.dependent();
      List<Dependency> current = repaired == null ? arcs : repaired;
      if (current.stream().noneMatch(a -> a.head() == call && a.relation().equals("obj"))) {
        continue;
      }
      if (repaired == null) {
        repaired = new ArrayList<>(arcs);
      }
      repaired.remove(purpose);
      repaired.removeIf(a -> a.head() == verb && a.relation().equals("nsubj:xsubj"));
      repaired.add(new Dependency(call, verb, "advcl:to"));
    }
    // "China pledged another $60 billion in financing for Kenya": the parser took the determiner
    // for the object and hung the sum on it; the sum is the object
    for (Dependency object : List.copyOf(repaired == null ? arcs : repaired)) {
      if (object.head() < 0
          || !object.relation().equals("obj")
          || !sentence.token(object.dependent()).pos().equals("DT")) {
        continue;
      }
      int determiner = object.dependent();
      List<Dependency> current = repaired == null ? arcs : repaired;
      Dependency taken =
          first(
              current,
              a ->
                  a.head() == determiner
                      && a.relation().equals("dep")
                      && a.dependent() == determiner + 1
                      && sentence.token(a.dependent()).isNoun());
      if (taken == null) {
        continue;
      }
      if (repaired == null) {
        repaired = new ArrayList<>(arcs);
      }
      repaired.remove(object);
      repaired.remove(taken);
      repaired.add(new Dependency(object.head(), taken.dependent(), "obj"));
      repaired.add(new Dependency(taken.dependent(), determiner, "det"));
    }
    // "Moscow retaliated by expelling 10 Polish diplomats", "started the war by invading Iran's
    // territory": the parser took the gerund after the preposition for an adjective of its object
    for (Dependency modifier : List.copyOf(repaired == null ? arcs : repaired)) {
      if (modifier.head() < 0 || !modifier.relation().equals("amod")) {
        continue;
      }
      int gerund = modifier.dependent();
      int noun = modifier.head();
      List<Dependency> now = repaired == null ? arcs : repaired;
      if (!isGerundOfObject(sentence, now, gerund, noun)) {
        continue;
      }
      Dependency attached =
          first(
              now,
              a ->
                  a.dependent() == noun
                      && a.head() >= 0
                      && (a.base().equals("obl") || a.base().equals("nmod"))
                      && !a.subtype().isEmpty());
      Dependency preposition =
          first(
              now, a -> a.head() == noun && a.dependent() == gerund - 1 && a.base().equals("case"));
      if (attached == null || preposition == null) {
        continue;
      }
      if (repaired == null) {
        repaired = new ArrayList<>(arcs);
      }
      repaired.remove(modifier);
      repaired.remove(attached);
      repaired.remove(preposition);
      String clause = attached.base().equals("obl") ? "advcl:" : "acl:";
      repaired.add(new Dependency(attached.head(), gerund, clause + attached.subtype()));
      repaired.add(new Dependency(gerund, preposition.dependent(), "mark"));
      repaired.add(new Dependency(gerund, noun, "obj"));
    }
    // "Hezbollah began firing rockets at Israel": the parser took the gerund after a verb of
    // beginning or going on for an adjective of its object; it is the verb's complement, taking
    // the object, and the phrases the parser hung on the object are the gerund's
    for (Dependency modifier : List.copyOf(repaired == null ? arcs : repaired)) {
      int gerund = modifier.dependent();
      int noun = modifier.head();
      if (noun < 0
          || !modifier.relation().equals("amod")
          || !sentence.token(gerund).pos().equals("VBG")
          || gerund == 0
          || noun <= gerund
          || !ASPECTUAL_VERBS.contains(sentence.token(gerund - 1).lowerLemma())) {
        continue;
      }
      List<Dependency> now = repaired == null ? arcs : repaired;
      Dependency object = new Dependency(gerund - 1, noun, "obj");
      if (!now.contains(object)) {
        continue;
      }
      repaired = new ArrayList<>(now);
      repaired.remove(modifier);
      repaired.remove(object);
      repaired.add(new Dependency(gerund - 1, gerund, "xcomp"));
      repaired.add(new Dependency(gerund, noun, "obj"));
      for (Dependency phrase : now) {
        if (phrase.head() == gerund - 1
            && phrase.base().equals("obl")
            && phrase.dependent() > noun
            && !phrase.subtype().isEmpty()
            && repaired.remove(phrase)) {
          // "Japan has stopped dumping chips in the U.S.": where the chips are dumped
          repaired.add(new Dependency(gerund, phrase.dependent(), phrase.relation()));
        }
        if (phrase.head() == noun
            && phrase.base().equals("nmod")
            && !phrase.subtype().isEmpty()
            && !phrase.relation().equals("nmod:poss")
            && !phrase.relation().equals("nmod:of")
            && repaired.remove(phrase)) {
          repaired.add(new Dependency(gerund, phrase.dependent(), "obl:" + phrase.subtype()));
        }
      }
    }
    // "U.S. warships destroyed a platform used for monitoring Gulf traffic and military
    // operations, and also raided a second Iranian oil rig": the parser joined the finite verb to
    // the participle before it; a verb in a tense is joined to the clause in that tense above it
    List<Dependency> current = repaired == null ? arcs : repaired;
    for (Dependency conj : List.copyOf(current)) {
      int verb = conj.dependent();
      if (conj.head() < 0 || !conj.relation().startsWith("conj")) {
        continue;
      }
      boolean finite = FINITE_TAGS.contains(sentence.token(verb).pos());
      boolean afterPresent = pastAfterPresent(sentence, current, verb, conj.head());
      if (!(finite || isPastAfterInfinitive(sentence, current, verb, conj.head()))
          || hasOwnSubject(current, verb, conj.head())
          || (isFinite(sentence, current, conj.head()) && !afterPresent)
          || current.stream().anyMatch(a -> a.head() == verb && a.relation().startsWith("aux"))) {
        continue;
      }
      boolean participle = !finite || afterPresent;
      int joined = -1;
      int above = conj.head();
      for (int depth = 0; depth < CONJUNCT_CLIMB && joined < 0; depth++) {
        int from = above;
        Dependency up = first(current, a -> a.dependent() == from && !a.relation().equals("ref"));
        if (up == null || up.head() < 0) {
          break;
        }
        above = up.head();
        if (above < verb
            && (sentence.token(above).pos().equals(sentence.token(verb).pos())
                || (participle && PAST_TAGS.contains(sentence.token(above).pos())))
            && hasSubject(current, above)) {
          joined = above;
        }
      }
      if (joined < 0) {
        continue;
      }
      if (repaired == null) {
        repaired = new ArrayList<>(arcs);
        current = repaired;
      }
      // the subject it was given as the other conjunct's goes with that conjunct
      List<Dependency> before = current;
      List<Dependency> moved =
          before.stream()
              .filter(
                  a ->
                      a.dependent() == verb
                          || (a.head() == verb
                              && a.relation().startsWith("nsubj")
                              && isCopiedSubject(before, a, conj.head())))
              .toList();
      repaired.removeAll(moved);
      repaired.add(new Dependency(joined, verb, conj.relation()));
    }
    // "A World Bank team led by senior economist Katrine Saito arrived in Uganda": the parser
    // took the participle for the sentence's verb and left the verb hanging; the verb is the
    // root, the participle tells about the subject
    current = repaired == null ? arcs : repaired;
    for (Dependency root : List.copyOf(current)) {
      int participle = root.dependent();
      if (root.head() >= 0
          || !sentence.token(participle).pos().equals("VBN")
          || current.stream()
              .anyMatch(a -> a.head() == participle && a.relation().startsWith("aux"))) {
        continue;
      }
      Dependency subject =
          first(current, a -> a.head() == participle && a.relation().equals("nsubj"));
      // the verb hangs on the participle, or on the noun of its "by" phrase ("led by a senior
      // economist arrived in Uganda")
      java.util.Set<Integer> agents = new java.util.HashSet<>(List.of(participle));
      current.stream()
          .filter(a -> a.head() == participle && a.base().equals("obl"))
          .forEach(a -> agents.add(a.dependent()));
      Dependency verb =
          first(
              current,
              a ->
                  agents.contains(a.head())
                      && (a.relation().equals("dep") || a.relation().equals("acl"))
                      && a.dependent() > participle
                      && FINITE_TAGS.contains(sentence.token(a.dependent()).pos())
                      && !hasSubject(arcs, a.dependent()));
      if (subject == null || verb == null || subject.dependent() > participle) {
        continue;
      }
      if (repaired == null) {
        repaired = new ArrayList<>(arcs);
        current = repaired;
      }
      repaired.remove(root);
      repaired.remove(subject);
      repaired.remove(verb);
      repaired.add(new Dependency(-1, verb.dependent(), "root"));
      repaired.add(new Dependency(verb.dependent(), subject.dependent(), "nsubj"));
      repaired.add(new Dependency(subject.dependent(), participle, "acl"));
      break;
    }
    // "…, denied entering South Korean airspace and accused…": the parser made the verb in the
    // past an auxiliary of the gerund it takes; it is the verb, the gerund its complement
    for (Dependency aux : List.copyOf(repaired == null ? arcs : repaired)) {
      int verb = aux.dependent();
      int gerund = aux.head();
      if (gerund < 0
          || !aux.relation().equals("aux")
          || !FINITE_TAGS.contains(sentence.token(verb).pos())
          || AUXILIARY_LEMMAS.contains(sentence.token(verb).lowerLemma())
          || !sentence.token(gerund).pos().equals("VBG")
          || verb != gerund - 1) {
        continue;
      }
      List<Dependency> now = repaired == null ? arcs : repaired;
      Dependency up = first(now, a -> a.dependent() == gerund && a.head() != verb);
      if (up == null) {
        continue;
      }
      repaired =
          rewired(
              repaired,
              arcs,
              List.of(aux, up),
              List.of(
                  new Dependency(up.head(), verb, up.relation()),
                  new Dependency(verb, gerund, "xcomp")));
    }
    // "condemned what it called China's escalatory actions": the parser makes "called" the
    // complement of "condemned", with "what" and the name both its objects; the name is what is
    // condemned, and "what it called" a relative clause on it
    for (Dependency naming : List.copyOf(repaired == null ? arcs : repaired)) {
      int called = naming.dependent();
      int verb = naming.head();
      boolean clause = naming.relation().equals("ccomp") || naming.relation().startsWith("advcl:");
      if (verb < 0
          || !clause
          || !NAMING_VERBS.contains(sentence.token(called).lowerLemma())
          || !sentence.token(verb).isVerb()) {
        continue;
      }
      List<Dependency> named = repaired == null ? arcs : repaired;
      Dependency what =
          first(
              named,
              a ->
                  a.head() == called
                      && a.relation().equals("obj")
                      && a.dependent() < called
                      && sentence.token(a.dependent()).lowerLemma().equals("what"));
      Dependency name =
          first(
              named,
              a ->
                  a.head() == called
                      && a.relation().equals("obj")
                      && a.dependent() > called
                      && sentence.token(a.dependent()).isNoun());
      Dependency pronoun =
          first(
              named,
              a ->
                  a.head() == called
                      && a.relation().equals("nsubj")
                      && sentence.token(a.dependent()).pos().startsWith("PRP"));
      if (what == null || name == null || pronoun == null) {
        continue;
      }
      String relation =
          naming.relation().equals("ccomp")
              ? "obj"
              : "obl:" + naming.relation().substring("advcl:".length());
      repaired =
          rewired(
              repaired,
              arcs,
              List.of(naming, name),
              List.of(
                  new Dependency(verb, name.dependent(), relation),
                  new Dependency(name.dependent(), called, "acl:relcl")));
    }
    // "Under the deal, brokered by the United States and France, Israeli troops are to withdraw":
    // the parser made the participle set off by commas the root and the clause its parataxis;
    // the participle qualifies the noun before it, and the clause is the sentence's
    repaired = openingParticiple(sentence, repaired == null ? arcs : repaired, repaired);
    // "Saudi Arabia, Egypt, the United Arab Emirates and Bahrain cut diplomatic ties": the parser
    // made a list of names appositions of its first; a name after "and" shows it is a list
    repaired = namesListedAsAppositions(sentence, repaired == null ? arcs : repaired, repaired);
    // "Petro had said … treated with dignity, not as criminals, and had announced 25% retaliatory
    // tariffs": the parser hung a finite verb after "and" on the noun before it
    repaired = finiteVerbOnNoun(sentence, repaired == null ? arcs : repaired, repaired);
    // "Funaro will this week visit Britain": a time phrase between the auxiliary and the verb
    // makes the tagger take the verb for a noun; with a modal, a subject and an object it is a verb
    List<Token> tokens = sentence.tokens();
    for (Token token : sentence.tokens()) {
      int t = token.index();
      if (token.pos().startsWith("NN")
          && !token.pos().startsWith("NNP")
          && arcs.stream()
              .anyMatch(
                  a ->
                      a.head() == t
                          && a.relation().equals("aux")
                          && sentence.token(a.dependent()).pos().equals("MD"))
          && arcs.stream().anyMatch(a -> a.head() == t && a.relation().equals("nsubj"))
          && arcs.stream().anyMatch(a -> a.head() == t && a.relation().equals("obj"))) {
        if (tokens == sentence.tokens()) {
          tokens = new ArrayList<>(sentence.tokens());
        }
        tokens.set(
            t,
            new Token(
                t,
                token.word(),
                token.lemma(),
                "VB",
                token.ner(),
                token.timex(),
                token.begin(),
                token.end()));
      }
    }
    // "Ministers from Japan, Australia and India agreed…": the capital of the sentence's first word
    // made the tagger take a plural noun for a name, lemma and all
    Token first = sentence.tokens().isEmpty() ? null : sentence.token(0);
    if (first != null
        && first.pos().startsWith("NNP")
        && first.ner().equals("O")
        && first.lemma().equals(first.word())
        && OPENING_PLURALS.contains(first.word().toLowerCase(Locale.ROOT))) {
      if (tokens == sentence.tokens()) {
        tokens = new ArrayList<>(sentence.tokens());
      }
      String lower = first.word().toLowerCase(Locale.ROOT);
      String singular =
          lower.endsWith("ies")
              ? lower.substring(0, lower.length() - 3) + "y"
              : lower.substring(0, lower.length() - 1);
      tokens.set(
          0,
          new Token(
              0,
              first.word(),
              singular,
              "NNS",
              first.ner(),
              first.timex(),
              first.begin(),
              first.end()));
    }
    if (repaired == null && tokens == sentence.tokens()) {
      return sentence;
    }
    return new ParsedSentence(
        sentence.index(),
        sentence.paragraph(),
        sentence.text(),
        tokens,
        repaired == null ? arcs : repaired);
  }
}
