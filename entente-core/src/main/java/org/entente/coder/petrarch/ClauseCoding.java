package org.entente.coder.petrarch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.codebook.CameoCode;
import org.entente.codebook.Codebook;
import org.entente.codebook.EventCode;
import org.entente.coder.petrarch.VerbPatterns.Pattern;
import org.entente.coder.petrarch.VerbPatterns.VerbSense;
import org.entente.core.Document;
import org.entente.dictionary.ActorCode;
import org.entente.dictionary.ActorMention;
import org.entente.dictionary.ActorVocabulary;
import org.entente.dictionary.EntryKind;
import org.entente.dictionary.petrarch.PetrarchCode;
import org.entente.event.Area;
import org.entente.event.DatePrecision;
import org.entente.event.Event;
import org.entente.event.EventActor;
import org.entente.event.EventIds;
import org.entente.event.Modality;
import org.entente.text.Arcs;
import org.entente.text.Dependency;
import org.entente.text.ParsedSentence;
import org.entente.text.Token;

/**
 * The PETRARCH coding of one sentence. For "Mordor, Rohan and Bree welcomed a resumption of
 * diplomatic ties with Osgiliath": the verb "welcomed" (block WELCOME, 041); its clause after the
 * verb, "a resumption … with Osgiliath", holds the target, the first actor (OSG); the subject's
 * phrase holds three actors, so three events MOR, ROH, BRE → OSG 041.
 */
final class ClauseCoding {

  /** Relations below a verb that start another clause or are its subject, not its phrase. */
  static final Set<String> NOT_PHRASE = Set.of("nsubj", "csubj", "punct", "parataxis", "cc");

  /** Relations inside a noun phrase along which its actors are gathered. */
  static final Set<String> PHRASE_RELATIONS =
      Set.of("conj", "compound", "flat", "amod", "nmod", "appos", "dep", "det");

  /**
   * The word that makes an agent a former one, coded {@link #ELITE}: TABARI's FORMER conversion,
   * which the validation records test ("Arnor former security officials": ARNELI).
   */
  static final String FORMER = "former";

  /** CAMEO's elites, among them former officials. */
  static final String ELITE = "ELI";

  /**
   * The most words a noun phrase no dictionary knows may have to be an actor named by its words
   * (PETRARCH's {@code new_actor_length}): "the Ministry of Magic", "Gryffindor's head Minerva
   * McGonagall" are four; longer phrases are descriptions rather than names.
   */
  static final int NAMED_WORDS = 4;

  /** Entity classes of times, which name no actor ("said on Saturday night"). */
  static final Set<String> TIME_CLASSES = Set.of("DATE", "TIME", "DURATION", "SET");

  /**
   * Words of the calendar, which name no actor: for parses without entity classes (a validation
   * file's own trees), "said on Saturday".
   */
  static final Set<String> CALENDAR_WORDS =
      java.util.stream.Stream.concat(
              org.entente.coder.predicate.NominalEvents.WEEKDAYS.stream(),
              java.util.stream.Stream.of(
                  "january",
                  "february",
                  "march",
                  "april",
                  "may",
                  "june",
                  "july",
                  "august",
                  "september",
                  "october",
                  "november",
                  "december",
                  "today",
                  "tonight",
                  "yesterday",
                  "tomorrow"))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** The first part of the stand-in code of an actor named by its words; no code starts so. */
  static final String NAMED = "QQQ";

  /** How far a multi-word verb's other words may stand from the verb ("cordoned off"). */
  static final int PARTICLE_DISTANCE = 3;

  private final Document document;
  private final LocalDate date;
  private final ParsedSentence sentence;
  private final Arcs arcs;
  private final List<ActorMention> mentions;
  private final VerbPatterns verbs;
  private final Codebook codebook;
  private final ActorVocabulary vocabulary;
  private final ActorConventions conventions;
  private final List<String> names = new ArrayList<>();
  private final List<int[]> nameSpans = new ArrayList<>();

  ClauseCoding(
      Document document,
      LocalDate date,
      ParsedSentence sentence,
      List<ActorMention> mentions,
      VerbPatterns verbs,
      Codebook codebook,
      ActorVocabulary vocabulary,
      ActorConventions conventions) {
    this.document = document;
    this.date = date;
    this.sentence = sentence;
    this.arcs = new Arcs(sentence);
    this.mentions = mentions;
    this.verbs = verbs;
    this.codebook = codebook;
    this.vocabulary = vocabulary;
    this.conventions = conventions;
  }

  /** A chosen sense and pattern of a verb. */
  private record Choice(
      VerbSense sense, Pattern pattern, PatternMatch before, PatternMatch match, int weight) {}

  List<Event> events() {
    List<Event> events = new ArrayList<>();
    for (int v = 0; v < sentence.size(); v++) {
      if (sentence.token(v).isVerb() && !inNounPhrase(v)) {
        codeVerb(v, events);
      }
    }
    return events;
  }

  /**
   * Whether a word tagged as a verb modifies a noun, as PETRARCH's tree holds it inside a noun
   * phrase and codes only the verbs of verb phrases: "a new bombing and <i>shelling</i> offensive".
   */
  private boolean inNounPhrase(int verb) {
    Dependency head = arcs.head(verb);
    if (head == null || head.head() < 0) {
      return false;
    }
    String relation = head.base();
    return relation.equals("amod")
        || relation.equals("compound")
        || relation.equals("conj") && sentence.token(head.head()).isNoun();
  }

  private void codeVerb(int verb, List<Event> events) {
    List<Integer> lower = lower(verb);
    List<Integer> upper = upper(verb);
    Choice best = choose(verb, lower, upper);
    if (!codes(best) || completesCodedVerb(verb)) {
      return;
    }
    PetrarchCode code = codeOf(best);
    PatternMatch before = best.before();
    PatternMatch after = best.match();

    List<ActorCode> sources;
    List<ActorCode> targets;
    boolean targetBefore = before != null && before.targetFrom() >= 0;
    if (after != null && after.sourceFrom() >= 0) {
      // "- * DEAD IN $": the source stands after the verb, the subject is the target
      sources = firstGroup(lower, after.sourceFrom(), List.of(), after.sourceSkips());
      targets =
          targetBefore
              ? firstGroup(upper, before.targetFrom(), sources, before.targetSkips())
              : subjects(verb);
    } else if (before != null && before.sourceFrom() >= 0) {
      sources = firstGroup(upper, before.sourceFrom(), List.of(), before.sourceSkips());
      targets =
          targetBefore
              ? firstGroup(upper, before.targetFrom(), sources, before.targetSkips())
              : targetsAfter(lower, after, sources);
    } else if (targetBefore) {
      // "- + WAS_ *": the subject is the target and the pattern places no source, which stays
      // unknown, so no event is coded (PETRARCH requires both)
      targets = firstGroup(upper, before.targetFrom(), List.of(), before.targetSkips());
      sources = List.of();
    } else {
      sources = subjects(verb);
      if (sources.isEmpty()) {
        sources = firstGroup(clauseBefore(verb), 0, List.of(), 0);
      }
      targets = targetsAfter(lower, after, sources);
    }
    List<ActorCode> passive = passiveTargets(verb);
    if (!passive.isEmpty() && !targetBefore) {
      targets = passive; // "Eriador was opposed by Osgiliath": OSG → ERI
    }
    if (targets.isEmpty() && sources.size() > 1 && actsTogether(best, code)) {
      targets = sources; // "Gondor and Osgiliath delayed their meeting": each with the other
    }
    boolean placed = targetBefore || after != null && after.sourceFrom() >= 0;
    if (sources.isEmpty() && !placed) {
      sources = named(subjectHead(verb)); // "Gryffindor's head Minerva McGonagall left"
    }
    if (targets.isEmpty() && !placed && !sources.isEmpty()) {
      targets = named(firstObject(verb)); // "left for the Ministry of Magic"
    }
    String rule =
        best.pattern() != null
            ? "PETRARCH pattern \""
                + best.pattern().source().text()
                + "\" ("
                + best.pattern().source().origin()
                + ") → "
                + code
            : "PETRARCH verb "
                + best.sense().form().text()
                + " ("
                + best.sense().form().origin()
                + ") → "
                + code;
    for (ActorCode source : sources) {
      for (ActorCode target : targets) {
        if (source.code().equals(target.code())) {
          continue;
        }
        if (code.source() != null) {
          event(verb, source, target, code.source(), rule).ifPresent(events::add);
        }
        if (code.target() != null) {
          event(verb, target, source, code.target(), rule).ifPresent(events::add);
        }
      }
    }
  }

  /** The verb's sense and pattern that fit its clause best, or null when the verb is unknown. */
  private Choice choose(int verb, List<Integer> lower, List<Integer> upper) {
    Choice best = null;
    List<VerbSense> senses = new ArrayList<>();
    for (VerbSense sense :
        verbs.senses(sentence.token(verb).word(), sentence.token(verb).lemma())) {
      if (otherWordsPresent(sense, verb)) {
        senses.add(sense);
      }
    }
    for (VerbSense sense :
        verbs.sensesByOtherWord(sentence.token(verb).word(), sentence.token(verb).lemma())) {
      if (!senses.contains(sense) && standsWhole(sense, verb)) {
        senses.add(sense); // "will not wire tap": the parser's verb is WIRE of WIRE_+TAP
      }
    }
    for (VerbSense sense : senses) {
      int formWeight = (sense.form().words().size() - 1) * 100;
      Choice choice = new Choice(sense, null, null, null, formWeight);
      for (Pattern pattern : sense.patterns()) {
        PatternMatch before = PatternMatch.of(pattern.before(), upper, sentence, -1);
        if (!before.matched()) {
          continue;
        }
        PatternMatch after = PatternMatch.of(pattern.after(), lower, sentence, verb);
        if (!after.matched()) {
          continue;
        }
        int weight = formWeight + 1 + before.words() + after.words();
        if (choice.pattern() == null || weight > choice.weight()) {
          choice = new Choice(sense, pattern, before, after, weight);
        }
      }
      if (best == null || choice.weight() > best.weight()) {
        best = choice;
      }
    }
    return best;
  }

  /**
   * Whether the verb completes a verb the dictionaries code ("called on Gondor <i>to be allowed to
   * leave</i>"): PETRARCH codes the verb phrase once, by its first verb.
   */
  private boolean completesCodedVerb(int verb) {
    int at = verb;
    for (int guard = 0; guard < sentence.size(); guard++) {
      Dependency head = arcs.head(at);
      if (head == null || head.head() < 0 || !head.base().equals("xcomp")) {
        return false;
      }
      at = head.head();
      if (codes(choose(at, lower(at), upper(at)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether several subjects without a target act on each other: where the pattern says so with
   * {@code %} ("{@code % HAVE *}": "Gondor and Osgiliath have delayed their meeting") or the code
   * is one of a pair ({@code [064:064]}: "Gondor and Osgiliath renewed diplomatic ties"); not where
   * they only do the same ("Gondor and Dagolath said").
   */
  private static boolean actsTogether(Choice choice, PetrarchCode code) {
    boolean compound =
        choice.pattern() != null
            && (hasRole(choice.pattern().source().before(), "%")
                || hasRole(choice.pattern().source().after(), "%"));
    return compound || code.target() != null;
  }

  /** The code of a chosen sense and pattern: the pattern's, else the verb's. */
  private static PetrarchCode codeOf(Choice choice) {
    return choice.pattern() != null ? choice.pattern().source().code() : choice.sense().code();
  }

  /** Whether a choice codes an event ({@code ---} codes none). */
  private static boolean codes(Choice choice) {
    if (choice == null) {
      return false;
    }
    PetrarchCode code = codeOf(choice);
    return !code.isNone() && (code.source() != null || code.target() != null);
  }

  private static boolean hasRole(List<String> tokens, String role) {
    return tokens.stream().anyMatch(t -> t.strip().equals(role));
  }

  /** A multi-word verb's other words stand near it: "cordoned off", "take note". */
  private boolean otherWordsPresent(VerbSense sense, int verb) {
    List<String> words = sense.form().words();
    int index = sense.form().verbIndex();
    for (int i = 0; i < words.size(); i++) {
      if (i == index) {
        continue;
      }
      String word = words.get(i).toUpperCase(Locale.ROOT);
      boolean found = false;
      int from = i < index ? Math.max(0, verb - PARTICLE_DISTANCE) : verb + 1;
      int to = i < index ? verb : Math.min(sentence.size(), verb + 1 + PARTICLE_DISTANCE);
      for (int t = from; t < to && !found; t++) {
        found = PatternMatch.wordMatches(word, sentence.token(t), true);
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a multi-word verb stands whole, its words one after the other, where the parser took a
   * word of it other than the verb for the verb ("wire tap", the verb TAP tagged a noun).
   */
  private boolean standsWhole(VerbSense sense, int token) {
    List<String> words = sense.form().words();
    for (int index = 0; index < words.size(); index++) {
      int start = token - index;
      if (index == sense.form().verbIndex()
          || start < 0
          || start + words.size() > sentence.size()
          || !PatternMatch.wordMatches(
              words.get(index).toUpperCase(Locale.ROOT), sentence.token(token), true)) {
        continue;
      }
      boolean whole = true;
      for (int i = 0; i < words.size() && whole; i++) {
        Token at = sentence.token(start + i);
        String word = words.get(i).toUpperCase(Locale.ROOT);
        whole =
            i == sense.form().verbIndex()
                ? verbs.senses(at.word(), at.lemma()).contains(sense)
                    || PatternMatch.wordMatches(word, at, false)
                : PatternMatch.wordMatches(word, at, true);
      }
      if (whole) {
        return true;
      }
    }
    return false;
  }

  /**
   * The verb's phrase after it, in order: its subtree past the verb, less its subject and the verbs
   * joined to it ("condemned an attack … and promised aid": "promised aid" is its own).
   */
  private List<Integer> lower(int verb) {
    Set<Integer> excluded = new HashSet<>();
    for (Dependency arc : arcs.children(verb)) {
      boolean joinedVerb = arc.base().equals("conj") && sentence.token(arc.dependent()).isVerb();
      // "after a halfling was reported": another clause, with its own subject; but "(shelling
      // offensive) against besieged Osgiliath", a participle parsed as a clause, is the phrase's
      boolean adverbialClause =
          arc.base().equals("advcl")
              && !isInfinitive(arc.dependent())
              && !arcs.children(arc.dependent(), "nsubj").isEmpty();
      if (NOT_PHRASE.contains(arc.base()) || joinedVerb || adverbialClause) {
        excluded.addAll(arcs.subtree(arc.dependent()));
      }
    }
    List<Integer> lower = new ArrayList<>();
    for (int t : phrase(verb)) {
      if (t > verb && !excluded.contains(t) && !sentence.token(t).pos().equals(".")) {
        lower.add(t);
      }
    }
    lower.sort(Comparator.naturalOrder());
    return lower;
  }

  /**
   * The tokens of a verb's phrase as PETRARCH's tree holds them: its dependency subtree with the
   * participles and relative clauses of its nouns ("the roads <i>leading into Mordor</i>",
   * "assurances <i>sent from Bree</i>"), which are inside its verb phrase, but not conjuncts.
   */
  private List<Integer> phrase(int verb) {
    List<Integer> tokens = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    List<Integer> todo = new ArrayList<>(List.of(verb));
    while (!todo.isEmpty()) {
      int token = todo.remove(todo.size() - 1);
      if (!seen.add(token)) {
        continue;
      }
      tokens.add(token);
      for (Dependency arc : arcs.children(token)) {
        if (!arc.base().equals("conj")) {
          todo.add(arc.dependent());
        }
      }
    }
    return tokens;
  }

  /**
   * The words before the verb in its clause and the clauses it completes: "failed to act", "did not
   * restore", "indicated it deplored".
   */
  private List<Integer> upper(int verb) {
    int top = verb;
    for (int guard = 0; guard < sentence.size(); guard++) {
      Dependency head = arcs.head(top);
      if (head == null
          || head.head() < 0
          || !(head.base().equals("xcomp") || head.base().equals("ccomp"))) {
        break;
      }
      top = head.head();
    }
    int start = arcs.subtree(top).stream().min(Comparator.naturalOrder()).orElse(verb);
    List<Integer> upper = new ArrayList<>();
    for (int t = start; t < verb; t++) {
      upper.add(t);
    }
    return upper;
  }

  /**
   * The words of the verb's own clause before it, where PETRARCH looks for the source when no
   * subject names one ("Ethiopia indicated it would act", parsed with "Ethiopia indicated" as the
   * clausal subject of "act").
   */
  private List<Integer> clauseBefore(int verb) {
    List<Integer> before = new ArrayList<>();
    for (Dependency arc : arcs.children(verb)) {
      if (arc.base().equals("csubj")) {
        for (int t : arcs.subtree(arc.dependent())) {
          if (t < verb) {
            before.add(t);
          }
        }
      }
    }
    before.sort(Comparator.naturalOrder());
    return before;
  }

  /**
   * The actors of the verb's subject: its own, or those of the verb it depends on ("Arnor is about
   * to restore"; a complement without a subject of its own, or with a pronoun for one: "Ethiopia
   * indicated it would act"); a passive's subject with a "by" agent makes the agent the subject.
   */
  private List<ActorCode> subjects(int verb) {
    int at = verb;
    for (int guard = 0; guard < sentence.size(); guard++) {
      List<Integer> heads = agentHeads(at);
      boolean pronoun = false;
      if (heads.isEmpty()) {
        for (Dependency arc : arcs.children(at)) {
          if (arc.base().equals("nsubj") && isPronoun(arc.dependent())) {
            pronoun = true;
          } else if (arc.base().equals("nsubj")) {
            heads.add(arc.dependent());
          }
        }
      }
      if (!heads.isEmpty()) {
        return actorsOf(heads);
      }
      Dependency head = arcs.head(at);
      boolean climbs =
          head != null
              && head.head() >= 0
              && (head.base().equals("xcomp")
                  || head.base().equals("conj")
                  || head.base().equals("advcl") && isInfinitive(at)
                  || head.base().equals("ccomp") && (pronoun || subjectless(at)));
      if (!climbs) {
        return head != null && head.base().equals("dep") ? subjectBefore(at) : List.of();
      }
      at = head.head();
    }
    return List.of();
  }

  /**
   * The subject of the nearest verb before a verb the parser could not attach ({@code dep}): "The
   * K.U. basketball team <i>is</i> about to restore …", parsed with "restore" hanging from a later
   * clause, is the team's restoring.
   */
  private List<ActorCode> subjectBefore(int verb) {
    for (int t = verb - 1; t >= 0; t--) {
      if (!sentence.token(t).isVerb()) {
        continue;
      }
      List<Integer> heads = new ArrayList<>();
      for (Dependency arc : arcs.children(t)) {
        if (arc.base().equals("nsubj") && !isPronoun(arc.dependent())) {
          heads.add(arc.dependent());
        }
      }
      if (!heads.isEmpty()) {
        return actorsOf(heads);
      }
    }
    return List.of();
  }

  /**
   * Whether a verb has no subject of its own: "Gollum did <i>allow</i> …", parsed with "allow" as
   * the complement of "did", shares the subject of the verb it completes.
   */
  private boolean subjectless(int verb) {
    return arcs.children(verb, "nsubj").isEmpty() && arcs.children(verb, "csubj").isEmpty();
  }

  /** The heads of a passive's "by" phrase: "was opposed by Osgiliath". */
  private List<Integer> agentHeads(int verb) {
    List<Integer> heads = new ArrayList<>();
    for (Dependency arc : arcs.children(verb)) {
      if (arc.relation().startsWith("obl:agent")) {
        heads.add(arc.dependent());
      }
    }
    return heads;
  }

  /** The actors of a passive's subject when a "by" phrase names who acts; else empty. */
  private List<ActorCode> passiveTargets(int verb) {
    if (agentHeads(verb).isEmpty()) {
      return List.of();
    }
    List<Integer> heads = new ArrayList<>();
    for (Dependency arc : arcs.children(verb)) {
      if (arc.relation().equals("nsubj:pass")) {
        heads.add(arc.dependent());
      }
    }
    return actorsOf(heads);
  }

  private List<ActorCode> actorsOf(List<Integer> heads) {
    List<ActorCode> found = new ArrayList<>();
    for (int head : heads) {
      found.addAll(phraseActors(head));
    }
    return distinct(found);
  }

  /** "to celebrate": an infinitive, whose subject is its head's. */
  private boolean isInfinitive(int verb) {
    return arcs.children(verb, "mark").stream()
        .anyMatch(m -> sentence.token(m.dependent()).lowerLemma().equals("to"));
  }

  /**
   * The actors of the first noun phrase after {@code from} in {@code lower} that names one, less
   * {@code exclude} (the sources): "a resumption of ties between Eriador and Osgiliath" gives ERI
   * and OSG.
   */
  /** The first actors after the verb, or after the pattern's {@code +}, past its {@code ^}s. */
  private List<ActorCode> targetsAfter(
      List<Integer> lower, PatternMatch after, List<ActorCode> sources) {
    if (after != null && after.targetFrom() >= 0) {
      return firstGroup(lower, after.targetFrom(), sources, after.targetSkips());
    }
    return firstGroup(lower, 0, sources, 0);
  }

  private List<ActorCode> firstGroup(
      List<Integer> lower, int from, List<ActorCode> exclude, int skips) {
    Set<String> skipped = new HashSet<>();
    int toSkip = skips;
    for (int p = Math.max(0, from); p < lower.size(); p++) {
      int token = lower.get(p);
      if (isPronoun(token) || mentionsAt(token).isEmpty()) {
        continue;
      }
      if (mentionsAt(token).stream().anyMatch(m -> skipped.contains(m.code().code()))) {
        continue; // still in the phrase a ^ passed over
      }
      int head = token;
      for (int guard = 0; guard < sentence.size(); guard++) {
        Dependency arc = arcs.head(head);
        if (arc == null
            || arc.head() < 0
            || !(arc.base().equals("compound")
                || arc.base().equals("flat")
                || arc.base().equals("amod"))) {
          break;
        }
        head = arc.head();
      }
      List<ActorCode> group = phraseActors(head);
      boolean other =
          group.stream()
              .anyMatch(code -> exclude.stream().noneMatch(e -> e.code().equals(code.code())));
      if (!other) {
        continue; // the sources again
      }
      if (toSkip > 0) {
        // "- * IFTAR IN ^ +": the phrase after IN is passed over, the next is the target
        toSkip--;
        mentionsAt(token).forEach(m -> skipped.add(m.code().code()));
        group.forEach(code -> skipped.add(code.code()));
        continue;
      }
      return group;
    }
    return List.of();
  }

  /**
   * The actors of a noun phrase: the mentions in it and its conjuncts, modifiers and prepositional
   * phrases, with the phrase's agents given to its countries ("the ambassadors of Arnor, Osgiliath
   * and Gondor" are ARNGOV, OSGGOV, GONGOV). Relative and adverbial clauses are not the phrase.
   */
  private List<ActorCode> phraseActors(int head) {
    List<Integer> tokens = new ArrayList<>();
    collect(head, tokens, new HashSet<>());
    tokens.sort(Comparator.naturalOrder());
    List<ActorMention> found = new ArrayList<>();
    java.util.Map<ActorMention, String> possessors = new java.util.HashMap<>();
    for (int t : tokens) {
      if (isPronoun(t)) {
        continue;
      }
      String possessor = possessor(t);
      for (ActorMention mention : mentionsAt(t)) {
        if (!found.contains(mention)) {
          found.add(mention);
        }
        if (possessor != null && mention.code().country() != null) {
          possessors.put(mention, possessor);
        }
      }
    }
    List<ActorCode> countries = new ArrayList<>();
    List<ActorMention> agents = new ArrayList<>();
    List<String> prefixes = new ArrayList<>();
    for (ActorMention mention : found) {
      List<ActorCode> several = conventions.several(mention.text(), vocabulary);
      if (!several.isEmpty()) {
        countries.addAll(several); // "the Shire": Frodo, Bilbo and Sam
        continue;
      }
      ActorCode code = mention.code();
      if (possessors.containsKey(mention)) {
        // "Ithilen's minister Calimehtar": Ithilen's minister, ITHGOV
        String country = possessors.get(mention);
        code =
            new ActorCode(
                country + code.code().substring(code.country().length()), country, code.agent());
      }
      ActorMention partner = conjoinedWith(mention, found);
      if (partner != null && code.isAgentOnly()) {
        // "Danish media and government": the government is Danish too
        code =
            new ActorCode(
                partner.code().country() + code.code(), partner.code().country(), code.agent());
      } else if (partner != null && code.country() != null && code.agent() == null) {
        // "the ambassadors of Arnor, Osgiliath and Gondor": each an ambassador
        code = code.withAgent(partner.code().code().substring(partner.code().country().length()));
      }
      if (code.isAgentOnly() && conventions.prefixAgents().contains(code.code())) {
        prefixes.add(code.code());
      } else if (code.isAgentOnly()) {
        agents.add(mention);
      } else {
        countries.add(isFormer(mention) && code.country() != null ? code.withAgent(ELITE) : code);
      }
    }
    if (agents.isEmpty() && prefixes.isEmpty()) {
      return distinct(countries);
    }
    // the phrase's agents stack onto each actor ("West German world government": GMWGOV + WGO),
    // except agents joined by a conjunction, which are each their own ("media and government")
    List<String> stacked = new ArrayList<>();
    List<String> alternatives = new ArrayList<>();
    for (ActorMention agent : agents) {
      String code = isFormer(agent) ? ELITE : agent.code().agent();
      boolean joined = agents.stream().anyMatch(other -> other != agent && conjoined(agent, other));
      (joined ? alternatives : stacked).add(code);
    }
    String prefix = String.join("", prefixes);
    List<ActorCode> combined = new ArrayList<>();
    for (ActorCode code : countries) {
      ActorCode base = code;
      for (String agent : stacked) {
        base = stack(base, agent);
      }
      List<ActorCode> withAgents = new ArrayList<>();
      if (alternatives.isEmpty()) {
        withAgents.add(base);
      }
      for (String agent : alternatives) {
        withAgents.add(stack(base, agent));
      }
      for (ActorCode with : withAgents) {
        // "MSF Arnor": a prefix agent goes before the country, NGOARN
        combined.add(prefix.isEmpty() ? with : new ActorCode(prefix + with.code(), null, prefix));
      }
    }
    return distinct(combined);
  }

  /**
   * {@code code} with {@code agent} after it, unless it holds that agent already ("White House
   * security officials": USAGOV + GOV is USAGOV), as PETRARCH mixes agents into actor codes.
   */
  static ActorCode stack(ActorCode code, String agent) {
    for (int at = 0; at + agent.length() <= code.code().length(); at += 3) {
      if (code.code().startsWith(agent, at)) {
        return code;
      }
    }
    return new ActorCode(
        code.code() + agent, code.country(), code.agent() != null ? code.agent() : agent);
  }

  /**
   * Whether an agent is a former one: "former security officials", "former Gondor prosecutors" (the
   * word right before the agent's phrase).
   */
  private boolean isFormer(ActorMention mention) {
    return mention.kind() == EntryKind.AGENT
        && mention.start() > 0
        && sentence.token(mention.start() - 1).word().equalsIgnoreCase(FORMER);
  }

  /** Whether two mentions are joined by a conjunction: "media and government". */
  private boolean conjoined(ActorMention a, ActorMention b) {
    for (int t = a.start(); t < a.end(); t++) {
      for (Dependency arc : arcs.heads(t)) {
        if (arc.base().equals("conj") && b.covers(arc.head())) {
          return true;
        }
      }
      for (Dependency arc : arcs.children(t)) {
        if (arc.base().equals("conj") && b.covers(arc.dependent())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The country of a noun's possessor when the noun names an actor of its own, which gives way:
   * "Ithilen's minister Calimehtar" is Ithilen's minister (ITHGOV), as PETRARCH codes a noun phrase
   * by its first actor; else null.
   */
  private String possessor(int token) {
    if (mentionsAt(token).stream().noneMatch(m -> m.code().country() != null)) {
      return null;
    }
    for (Dependency arc : arcs.children(token)) {
      if (arc.relation().equals("nmod:poss")) {
        for (ActorMention m : mentionsAt(arc.dependent())) {
          if (m.code().country() != null && !m.covers(token)) {
            return m.code().country();
          }
        }
      }
    }
    return null;
  }

  /**
   * The mention with a country and an agent of whose words one has this mention's words as a
   * conjunct ("ambassadors of Arnor(, Osgiliath)"; "Danish media (and government)"), or null.
   */
  private ActorMention conjoinedWith(ActorMention mention, List<ActorMention> found) {
    for (int t = mention.start(); t < mention.end(); t++) {
      for (Dependency arc : arcs.heads(t)) {
        if (!arc.base().equals("conj") || arc.head() < 0 || mention.covers(arc.head())) {
          continue;
        }
        for (ActorMention other : found) {
          if (other != mention
              && other.covers(arc.head())
              && other.code().country() != null
              && other.code().agent() != null) {
            return other;
          }
        }
      }
    }
    return null;
  }

  private void collect(int token, List<Integer> tokens, Set<Integer> seen) {
    if (!seen.add(token)) {
      return;
    }
    tokens.add(token);
    List<ActorMention> countries =
        new ArrayList<>(
            mentionsAt(token).stream().filter(m -> m.code().country() != null).toList());
    for (Dependency arc : arcs.children(token)) {
      if (arc.base().equals("compound") || arc.base().equals("flat")) {
        // "Gollum centre of a row between Radagast": the noun is named by its actor
        mentionsAt(arc.dependent()).stream()
            .filter(m -> m.code().country() != null && m.kind() != EntryKind.AGENT)
            .forEach(countries::add);
      }
    }
    for (Dependency arc : arcs.children(token)) {
      if (PHRASE_RELATIONS.contains(arc.base()) || arc.relation().equals("nmod:poss")) {
        boolean apposition = arc.base().equals("appos") || arc.base().equals("dep");
        if (apposition && (!countries.isEmpty() || !mentionsAt(token).isEmpty())) {
          // "Osgiliath, the state's fiercest foe", "minister Calimehtar": the same actor again;
          // but "old foes Gondor and Osgiliath" are named by their apposition
          continue;
        }
        if (arc.base().equals("nmod")
            && !countries.isEmpty()
            && countries.stream().noneMatch(m -> m.covers(arc.dependent()))) {
          continue; // "Mordor along the pass of Cirith Ungol" is Mordor
        }
        collect(arc.dependent(), tokens, seen);
      }
    }
  }

  /** Drops repeated codes and codes another one extends (ARN beside ARNGOV). */
  private static List<ActorCode> distinct(List<ActorCode> codes) {
    List<ActorCode> kept = new ArrayList<>();
    for (ActorCode code : codes) {
      boolean extended =
          codes.stream()
              .anyMatch(
                  other ->
                      other.code().length() > code.code().length()
                          && other.code().startsWith(code.code()));
      if (!extended && kept.stream().noneMatch(k -> k.code().equals(code.code()))) {
        kept.add(code);
      }
    }
    return kept;
  }

  private boolean isPronoun(int token) {
    String pos = sentence.token(token).pos();
    return pos.equals("PRP") || pos.equals("PRP$");
  }

  private List<ActorMention> mentionsAt(int token) {
    List<ActorMention> at = new ArrayList<>();
    for (ActorMention mention : mentions) {
      if (mention.covers(token)) {
        at.add(mention);
      }
    }
    return at;
  }

  /**
   * The actor a noun phrase names by its words when no dictionary knows it, as PETRARCH's {@code
   * new_actor_length} option codes it ("Gryffindor's head Minerva McGonagall" is {@code "GRYFFINDOR
   * HEAD MINERVA MCGONAGALL"}): a phrase of at most {@link #NAMED_WORDS} words, one of them a
   * proper noun, with no actor, agent, pronoun, verb or date in it. The event carries it as an
   * unresolved actor; inside the coder it stands as a code of {@link #NAMED} and a number.
   */
  private List<ActorCode> named(int head) {
    if (head < 0) {
      return List.of();
    }
    List<Integer> tokens = new ArrayList<>(arcs.subtree(head));
    // "left for the Ministry of Magic": the preposition is not the name's
    arcs.children(head, "case").forEach(arc -> tokens.remove((Integer) arc.dependent()));
    tokens.sort(Comparator.naturalOrder());
    List<String> words = new ArrayList<>();
    boolean proper = false;
    for (int t : tokens) {
      Token token = sentence.token(t);
      if (!mentionsAt(t).isEmpty()
          || isPronoun(t)
          || token.isVerb()
          || token.pos().startsWith("W")
          || !token.timex().isEmpty()
          || TIME_CLASSES.contains(token.ner())
          || CALENDAR_WORDS.contains(token.word().toLowerCase(Locale.ROOT))) {
        return List.of();
      }
      if (token.pos().equals("POS") || token.word().chars().noneMatch(Character::isLetterOrDigit)) {
        continue; // "Gryffindor's": the name is GRYFFINDOR
      }
      proper |= token.isProperNoun();
      words.add(token.word().toUpperCase(Locale.ROOT));
    }
    if (!proper || words.isEmpty() || words.size() > NAMED_WORDS) {
      return List.of();
    }
    String name = String.join(" ", words);
    int number = names.indexOf(name);
    if (number < 0) {
      names.add(name);
      nameSpans.add(new int[] {tokens.get(0), tokens.get(tokens.size() - 1) + 1});
      number = names.size() - 1;
    }
    return List.of(new ActorCode(NAMED + letters(number), null, null));
  }

  /** A number as three letters (0 is AAA), for the stand-in code of a named actor. */
  private static String letters(int number) {
    return ""
        + (char) ('A' + number / 676 % 26)
        + (char) ('A' + number / 26 % 26)
        + (char) ('A' + number % 26);
  }

  /** The head of the verb's own subject, unless a pronoun, or -1. */
  private int subjectHead(int verb) {
    for (Dependency arc : arcs.children(verb)) {
      if (arc.relation().equals("nsubj") && !isPronoun(arc.dependent())) {
        return arc.dependent();
      }
    }
    return -1;
  }

  /** The head of the verb's first object or prepositional phrase after it (not a time), or -1. */
  private int firstObject(int verb) {
    for (Dependency arc : arcs.children(verb)) {
      boolean object =
          arc.base().equals("obj") || arc.base().equals("obl") && !arc.relation().endsWith("tmod");
      if (object && arc.dependent() > verb && sentence.token(arc.dependent()).isNoun()) {
        return arc.dependent();
      }
    }
    return -1;
  }

  private java.util.Optional<Event> event(
      int verb, ActorCode source, ActorCode target, String code, String rule) {
    if (code.length() < 2) {
      return java.util.Optional.empty();
    }
    EventCode carried = PetrarchEventCodes.carried(code, codebook);
    double goldstein = codebook.find(carried.code()).map(CameoCode::goldstein).orElse(0.0);
    String id =
        EventIds.of(
            document.id(),
            sentence.index(),
            source.code().startsWith(NAMED) ? actor(source).name() : source.code(),
            target.code().startsWith(NAMED) ? actor(target).name() : target.code(),
            code);
    var trigger = sentence.token(verb);
    return java.util.Optional.of(
        new Event(
            id,
            document.id(),
            sentence.index(),
            sentence.text(),
            document.url(),
            date,
            DatePrecision.DAY,
            "document",
            actor(source),
            actor(target),
            carried,
            carried.quadClass(),
            goldstein,
            false,
            Modality.FACTUAL,
            trigger.word(),
            trigger.begin(),
            trigger.end(),
            Area.POLITICAL,
            List.of(PetrarchEventCodes.step(code, carried), rule)));
  }

  private EventActor actor(ActorCode code) {
    if (code.code().startsWith(NAMED) && code.code().length() == NAMED.length() + 3) {
      int number =
          (code.code().charAt(3) - 'A') * 676
              + (code.code().charAt(4) - 'A') * 26
              + (code.code().charAt(5) - 'A');
      if (number < names.size()) {
        int[] span = nameSpans.get(number);
        Token first = sentence.token(span[0]);
        Token last = sentence.token(span[1] - 1);
        return EventActor.unresolved(
            names.get(number), sentence.span(span[0], span[1]), first.begin(), last.end());
      }
    }
    String country = code.country();
    String name = country != null ? vocabulary.countryName(country) : code.code();
    return new EventActor(code.code(), country, code.agent(), name, code.code(), 0, 0);
  }
}
