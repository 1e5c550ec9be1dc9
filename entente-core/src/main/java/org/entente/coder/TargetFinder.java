package org.entente.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import org.entente.coder.actor.Actor;
import org.entente.coder.actor.NotActors;
import org.entente.coder.lexicon.Lexicon;
import org.entente.coder.lexicon.VerbEntry;
import org.entente.coder.lexicon.WrapperKind;
import org.entente.coder.predicate.Frame;
import org.entente.coder.predicate.FrameFinder;
import org.entente.text.Arcs;
import org.entente.text.Dependency;
import org.entente.text.ParsedSentence;

/**
 * Whom a frame's act is aimed at: the entry's preposition, then the object (less a possessive that
 * stands for the subject), then the other target prepositions; a statement's addressees; a topic
 * verb's "with" party; and, for a wrapper with nothing codable under it, whom its clause names.
 * Used by {@link SentenceCoding}, one per sentence.
 */
final class TargetFinder {

  /**
   * Reporting verbs whose object is the one addressed: "told Beijing", "assured Moscow". The object
   * of "say" is what was said, even when the parser takes "said Russia…" for one.
   */
  static final Set<String> TELLING_VERBS =
      Set.of("tell", "inform", "assure", "brief", "notify", "remind", "advise", "reassure");

  /**
   * Whom a wrapper with nothing codable under it is aimed at, when it names no one itself: the one
   * asked ("demanded that the US cancel plans…": the clause's subject), the one threatened
   * ("threatened to stop negotiations … if the United States goes ahead": the other party its
   * clause names), the one refused or promised something ("refused to respond to a demand from the
   * US President", "agreed to re-open its borders to UN peacekeepers").
   */
  List<Actor> clauseTargets(WrapperKind kind, Frame wrapperFrame, List<Actor> sources) {
    return switch (kind) {
      case APPEAL -> {
        List<Actor> addressed = clauseSubjects(wrapperFrame);
        // "demanded the removal of President Habyarimana", "called for the withdrawal of Serbian
        // forces": a demand is made of the party whose act or fate it names
        yield addressed.isEmpty() && sources.size() == 1
            ? nestedParties(wrapperFrame, sources, true, false, DEMANDED_OF, false)
            : addressed;
      }
      case THREAT, REFUSAL -> clauseParty(wrapperFrame, sources, false);
      // "Representatives of the U.S., the Soviet Union and Japan agreed to develop plans": an
      // intent shared with its subject's other members is with them
      case INTENT -> clauseParty(wrapperFrame, sources, true);
      case FUTURE, REPORTED, HYPOTHETICAL -> List.of();
    };
  }

  /**
   * The first resolved actor of another country in a wrapper's clausal complement, conditions
   * included: whom a threat with no codable act is aimed at.
   */
  List<Actor> clauseParty(Frame wrapperFrame, List<Actor> sources, boolean withSubject) {
    for (Dependency arc : arcs.children(wrapperFrame.trigger())) {
      if (!(arc.base().equals("ccomp") || arc.base().equals("xcomp"))) {
        continue;
      }
      List<Integer> clause = new ArrayList<>(arcs.subtree(arc.dependent()));
      for (int token : List.copyOf(clause)) {
        for (Dependency contrast : arcs.children(token, "advcl")) {
          if (arcs.children(contrast.dependent(), "mark").stream()
              .anyMatch(m -> CONTRAST_MARKS.contains(sentence.token(m.dependent()).lowerLemma()))) {
            // "refusing to do enough to boost demand while the United States … was unable":
            // what it is set against is no party of it
            clause.removeAll(arcs.subtree(contrast.dependent()));
          }
        }
      }
      for (Dependency controller : arcs.children(arc.dependent())) {
        if (!withSubject && controller.relation().equals("nsubj:xsubj")) {
          // "Norway's North Sea neighbour Britain refused to cooperate with OPEC output cuts":
          // the subject the clause shares with the wrapper is no party of what it refuses
          clause.removeAll(arcs.subtree(controller.dependent()));
        }
      }
      clause.sort(null);
      for (int token : clause) {
        if (isModel(token) || isAgent(token)) {
          continue;
        }
        for (Actor actor : arguments.at(token)) {
          boolean other =
              actor.isResolved()
                  && sources.stream().noneMatch(s -> Objects.equals(s.country(), actor.country()));
          if (other) {
            // "warned that the United States and Britain would pay a heavy price": the party and
            // those joined to it
            List<Actor> party = new ArrayList<>(List.of(actor));
            for (Dependency conj : arcs.children(actor.end() - 1)) {
              if (!conj.base().equals("conj") || !clause.contains(conj.dependent())) {
                continue;
              }
              for (Actor joined : arguments.at(conj.dependent())) {
                if (joined.isResolved()
                    && !party.contains(joined)
                    && sources.stream()
                        .noneMatch(s -> Objects.equals(s.country(), joined.country()))) {
                  party.add(joined);
                }
              }
            }
            return party;
          }
        }
      }
    }
    return List.of();
  }

  /** Marks of a clause set against another: "while", "whereas", "although". */
  static final Set<String> CONTRAST_MARKS = Set.of("while", "whereas", "although", "though");

  /** Relations by which a participle or a passive names who did it. */
  static final Set<String> AGENT_RELATIONS = Set.of("obl:agent", "obl:by", "nmod:agent");

  /**
   * Whether {@code token} names who did what a participle in the clause tells, no party of the
   * wrapper's act: "Saudi Arabia and Iran agreed to restore relations in a deal brokered by China".
   */
  private boolean isAgent(int token) {
    Dependency up = arcs.head(token);
    return up != null
        && AGENT_RELATIONS.contains(up.relation())
        && up.head() >= 0
        && sentence.token(up.head()).pos().equals("VBN");
  }

  /**
   * Verbs whose object is a model one acts like, not a party one acts on: "Argentina has threatened
   * to follow Brazil in declaring a payments moratorium if the banks do not grant its request".
   */
  static final Set<String> MODEL_VERBS = Set.of("follow", "emulate", "imitate", "copy");

  private boolean isModel(int token) {
    Dependency up = arcs.head(token);
    return up != null
        && up.head() >= 0
        && up.base().equals("obj")
        && MODEL_VERBS.contains(sentence.token(up.head()).lowerLemma());
  }

  /**
   * Whom a statement addressed to no one comments on: the first actor of another country than the
   * speakers' that what it says names, wherever in the clause, else the first international
   * organisation it names ("Japan has said GATT is not the right forum") ("U.S. officials said
   * Japan's move was too late", "officials said the fleet had nothing to do with Iran's recent
   * stationing of missiles"), but not a place where something happens ("Reagan said decisions made
   * last year in Tokyo cannot be ignored") nor anyone in a statistic ("it said China is forecast to
   * export 5.5 mln tonnes of corn").
   */
  List<Actor> commentedOn(Frame wrapperFrame, List<Actor> sources) {
    if (sources.isEmpty()
        || sources.stream()
            .anyMatch(
                s ->
                    (s.country() == null && !s.code().code().startsWith("IGO"))
                        || UNNAMED_SPEAKERS.contains(
                            s.text().toLowerCase(java.util.Locale.ROOT)))) {
      // a speaker of no known country ("Union Texas said…") comments on no one, nor do "they"
      // whom the sentence does not name ("They said a Libyan force was abandoning the oasis")
      return List.of();
    }
    Actor organisation = null;
    // "The Kremlin said relations with Washington were at their lowest point", parsed with the
    // clause's subject as the verb's object and its predicate loose: both are what is said
    boolean split =
        arcs.children(wrapperFrame.trigger()).stream()
            .anyMatch(arc -> arc.base().equals("dep") && arcs.has(arc.dependent(), "cop"));
    for (Dependency clause : arcs.children(wrapperFrame.trigger())) {
      boolean referring =
          (clause.base().equals("advcl") || clause.base().equals("xcomp"))
              && REFERRING_VERBS.contains(sentence.token(clause.dependent()).lowerLemma());
      boolean splitClause =
          split
              && (clause.base().equals("obj")
                  || clause.base().equals("dep") && arcs.has(clause.dependent(), "cop"));
      if ((!clause.base().equals("ccomp") && !referring && !splitClause)
          || isMeasure(clause.dependent())) {
        continue;
      }
      List<Integer> tokens = new ArrayList<>(arcs.subtree(clause.dependent()));
      tokens.removeAll(attributions(tokens, clause.dependent()));
      tokens.sort(null);
      for (int token : tokens) {
        for (Actor actor : arguments.at(token)) {
          if (!actor.isResolved()
              || ArgumentActors.isPronoun(actor)
              || isPlacePhrase(actor, clause.dependent())
              // "said U.S. Ambassador to Thailand William Brown had been called home"
              || NotActors.isPost(sentence, actor)
              || inAgreementName(actor)
              || measuresOnly(actor)) {
            continue;
          }
          if (actor.country() == null) {
            // an organisation only as what the statement is about, not where it is made ("will
            // be discussed at next week's meeting of the IMF", "a role within OPEC")
            if (organisation == null
                && actor.code().code().startsWith("IGO")
                && (referring || isArgument(actor))) {
              organisation = actor; // a country it names comes first: "…action against Japan"
            }
          } else if (sources.stream()
              .noneMatch(s -> Objects.equals(s.country(), actor.country()))) {
            return List.of(actor);
          }
        }
      }
    }
    return organisation == null ? List.of() : List.of(organisation);
  }

  /**
   * Nouns of an economy's figures, whose country a statement about them does not address: "expected
   * sentiment against the dollar to change once the U.S. trade deficit starts to fall".
   */
  static final Set<String> FIGURE_NOUNS =
      Set.of(
          "deficit",
          "surplus",
          "rate",
          "rates",
          "inflation",
          "growth",
          "output",
          "economy",
          "currency",
          "dollar",
          "yen",
          "mark",
          "reserve",
          "reserves",
          "budget",
          "production");

  /** Whether a country names only whose figure the statement is about ({@link #FIGURE_NOUNS}). */
  private boolean measuresOnly(Actor actor) {
    return arcs.modifies(
        actor.end() - 1,
        2,
        FIGURE_OWNER_RELATIONS,
        head -> FIGURE_NOUNS.contains(sentence.token(head).lowerLemma()));
  }

  /** How a country owns a figure: "U.S. trade deficit", "Japan's surplus". */
  static final Set<String> FIGURE_OWNER_RELATIONS = Set.of("compound", "amod", "nmod:poss");

  /**
   * Verbs by which a speaker says whom the words were about: "'Latin America cannot pay,' Peruvian
   * President Alan Garcia said, referring to Brazil" is a comment on Brazil.
   */
  static final Set<String> REFERRING_VERBS = Set.of("refer");

  /** Verbs that attribute what came before them to a speaker: "…, the minister told reporters". */
  static final Set<String> ATTRIBUTING_VERBS = Set.of("say", "tell", "add", "state");

  /**
   * The speakers of attributions the parser hung inside a reported clause: in "Costa Rica and
   * Honduras said they were willing to put their objections aside, in order to stem the decline,
   * Nicaraguan External Trade Minister Alejandro Martinez Cuenca told reporters", "told" is taken
   * for a clause of "put". A verb of saying after the clause's own verb, with no clause of its own,
   * attributes; its subject is who speaks, not whom the statement is about.
   */
  private List<Integer> attributions(List<Integer> tokens, int clause) {
    List<Integer> speakers = new ArrayList<>();
    for (int token : tokens) {
      if (token <= clause
          || !sentence.token(token).isVerb()
          || !ATTRIBUTING_VERBS.contains(sentence.token(token).lowerLemma())
          || !arcs.children(token, "ccomp").isEmpty()) {
        continue;
      }
      for (Dependency subject : arcs.children(token, "nsubj")) {
        speakers.addAll(arcs.subtree(subject.dependent()));
      }
    }
    return speakers;
  }

  /**
   * The relations of a clause's own arguments: its subject, objects and passive agent ("trade
   * initiatives have to be taken by the Community").
   */
  static final Set<String> ARGUMENT_RELATIONS =
      Set.of("nsubj", "obj", "iobj", "obl:agent", "obl:by");

  /**
   * How an actor names whose an argument is: "the IMF's demands", "the OECD study", "the Louvre
   * agreement by the Group of Seven", "the role and procedures of G-7".
   */
  static final Set<String> OWNER_OF_ARGUMENT =
      Set.of("nmod:poss", "amod", "compound", "nmod:of", "nmod:by");

  /**
   * Whether an actor is what a statement is about: a subject or object of its clause ("said GATT is
   * not the right forum"), or whose one is ("said the IMF's demands were too harsh"). A name inside
   * another phrase is no more than mentioned: "will be discussed at next week's meeting of the
   * IMF", "a role within OPEC". Judged on organisations only: for countries the rule cost more
   * right comments than wrong ones (precision round 14, bench/accuracy).
   */
  /**
   * Nouns of a norm, whose organisation a statement names as the rule, not as whom it is about:
   * "WTO rules", "U.N. resolutions", "EU law". Not obligations or commitments, which are the
   * obliged party's: "the tax would violate EC obligations under the GATT" accuses the EC.
   */
  static final Set<String> NORM_NOUNS =
      Set.of("rule", "law", "norm", "regulation", "principle", "charter", "resolution", "standard");

  private boolean isArgument(Actor actor) {
    int token = actor.end() - 1;
    boolean owner = false;
    for (int depth = 0; depth < CLAUSE_DEPTH; depth++) {
      Dependency up = arcs.head(token);
      if (up == null || up.head() < 0) {
        return false;
      }
      if (ARGUMENT_RELATIONS.contains(up.base()) || ARGUMENT_RELATIONS.contains(up.relation())) {
        return true;
      }
      boolean owning =
          OWNER_OF_ARGUMENT.contains(up.relation()) || OWNER_OF_ARGUMENT.contains(up.base());
      if (up.base().equals("conj") || up.base().equals("appos")) {
        token = up.head(); // "said Japan and South Korea…"
      } else if (owning && NORM_NOUNS.contains(sentence.token(up.head()).lowerLemma())) {
        return false; // "said the move violated WTO rules": the norm's body is not commented on
      } else if (!owner && owning && !arguments.at(up.head()).contains(actor)) {
        owner = true; // once: whose the argument is
        token = up.head();
      } else if (actor.start() <= up.head() && up.head() < actor.end()) {
        token = up.head(); // within the actor's own words
      } else {
        return false;
      }
    }
    return false;
  }

  /** Speakers a comment needs named: a plural pronoun stands as often for sources or bankers. */
  static final Set<String> UNNAMED_SPEAKERS = Set.of("they", "them");

  /**
   * Whether an actor is named where or when something happens: "in Tokyo", "in Kuwaiti waters" (a
   * phrase of place, {@link #PLACE_CASES}, right above it), "during the four-day visit of West
   * German President Richard von Weizsaecker" (a phrase of time, {@link
   * org.entente.coder.predicate.NominalEvents#TIME_PREPOSITIONS}, anywhere on the way up to the
   * clause).
   */
  private boolean isPlacePhrase(Actor actor, int clause) {
    if (actor.why().stream()
        .anyMatch(line -> line.contains(": a city of") || line.contains(": a region of"))) {
      return true; // "what has been called Karbala-8": a city is where, not whom
    }
    Dependency near = arcs.head(actor.end() - 1);
    if (near != null
        && near.head() >= 0
        && (near.base().equals("amod")
            || near.base().equals("compound")
            // "agreed in Punta del Este, Uruguay": the country named after a town is where
            || near.base().equals("appos"))) {
      near = arcs.head(near.head()); // "in Kuwaiti waters"
    }
    if (near != null
        && (near.base().equals("obl") || near.base().equals("nmod"))
        && PLACE_CASES.contains(near.subtype().replace('_', ' '))) {
      return true;
    }
    if (near != null
        && near.head() >= 0
        && (near.base().equals("obl") || near.base().equals("nmod"))
        && near.subtype().equals("to")
        && JOURNEY_WORDS.contains(sentence.token(near.head()).lowerLemma())) {
      return true; // "said it was unclear if he would go to Japan": where he goes, not whom
    }
    int current = actor.end() - 1;
    for (int depth = 0; depth < CLAUSE_DEPTH && current != clause; depth++) {
      Dependency up = arcs.head(current);
      if (up == null || up.head() < 0) {
        return false;
      }
      String subtype = up.subtype().replace('_', ' ');
      if ((up.base().equals("obl") || up.base().equals("nmod"))
          && (org.entente.coder.predicate.NominalEvents.TIME_PREPOSITIONS.contains(subtype)
              || subtype.equals("in time for"))) {
        return true; // "during the visit of West German President Richard von Weizsaecker"
      }
      if ((up.base().equals("obl") || up.base().equals("nmod") || up.base().equals("advcl"))
          && ASIDE_CASES.contains(subtype)) {
        return true; // "packages like Mexico", "despite recent Colombian efforts"
      }
      current = up.head();
    }
    return false;
  }

  /**
   * Prepositions of an aside a statement makes in passing, not what it is about: an example
   * ("packages like Mexico", "countries such as Brazil") or a concession ("despite recent Colombian
   * efforts to bridge differences").
   */
  static final Set<String> ASIDE_CASES =
      Set.of("like", "such as", "despite", "in spite of", "notwithstanding");

  /** How far up from an actor {@link #isPlacePhrase} looks for a phrase of place or time. */
  static final int CLAUSE_DEPTH = 6;

  /** How many capitalised words may stand between a country and the agreement it names. */
  static final int AGREEMENT_NAME_SPAN = 5;

  /**
   * Whether an actor is part of an agreement's name, which a statement may cite without being about
   * the parties: "under the fourth year of the U.S.-USSR Long Term Grain Supply Agreement, the USDA
   * said".
   */
  private boolean inAgreementName(Actor actor) {
    for (int t = actor.start() + 1;
        t < sentence.size() && t <= actor.end() + AGREEMENT_NAME_SPAN;
        t++) {
      String word = sentence.token(t).word();
      if (!Character.isUpperCase(word.charAt(0))) {
        return false;
      }
      if (org.entente.coder.actor.NotActors.NAMED_AGREEMENTS.contains(
          word.toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Prepositions of place: "decisions made last year in Tokyo" name where, not whom. */
  static final Set<String> PLACE_CASES = Set.of("in", "at", "near", "from", "outside", "inside");

  /**
   * Words of going somewhere, whose "to" names where, not whom a statement is about: "said it was
   * unclear if he would go to Japan", "would make three regional trips to Saudi Arabia".
   */
  static final Set<String> JOURNEY_WORDS =
      Set.of("go", "travel", "fly", "return", "head", "trip", "journey", "tour", "mission");

  /**
   * Whether a reported clause states a measure, a number with a unit ("is forecast to export 5.5
   * mln tonnes of corn", "a 4.3 pct rise in U.S. GNP"): a statistic, not a comment on anyone.
   */
  private boolean isMeasure(int clause) {
    for (int token : arcs.subtree(clause)) {
      if (sentence.token(token).pos().equals("CD")
          && token + 1 < sentence.size()
          && org.entente.coder.predicate.NominalEvents.MEASURE_UNITS.contains(
              sentence.token(token + 1).lowerLemma())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a wrapper's clausal complement has an actor among its objects or targets. */
  boolean clauseNamesActors(Frame wrapperFrame, List<Actor> sources) {
    for (Dependency arc : arcs.children(wrapperFrame.trigger())) {
      if (arc.base().equals("ccomp") || arc.base().equals("xcomp")) {
        Frame clause = frames.verb(arc.dependent());
        List<Actor> named = new ArrayList<>(arguments.of(clause.objects()));
        for (List<Integer> heads : clause.targets().values()) {
          named.addAll(resolvedOnly(arguments.of(heads)));
        }
        for (Actor actor : named) {
          if (!actor.isResolved()) {
            continue; // "to promote links between the two countries": no party the story knows
          }
          // "India and China agreed to disengage troops along their disputed border": their own
          // border is no third party
          boolean own =
              actor.isResolved()
                  && (ArgumentActors.isPronoun(actor)
                      || sources.stream()
                          .anyMatch(s -> Objects.equals(s.country(), actor.country())));
          if (!own) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The actors that are the subject of a wrapper's clausal complement. */
  List<Actor> clauseSubjects(Frame wrapperFrame) {
    List<Actor> subjects = new ArrayList<>();
    for (Dependency arc : arcs.children(wrapperFrame.trigger())) {
      if (arc.base().equals("ccomp") || arc.base().equals("xcomp") || isCalledOnClause(arc)) {
        subjects.addAll(arguments.of(frames.verb(arc.dependent()).subjects()));
      }
    }
    return subjects;
  }

  /** The marks of a clause one is called on to do, as the parser may hang it: "on … to". */
  static final Set<String> CALLED_ON_MARKS = Set.of("on", "upon");

  /**
   * Whether an adverbial clause is what its subject is called on to do, the parser having taken
   * "on" for its mark: "called on the U.S. to reduce its federal budget deficit".
   */
  private boolean isCalledOnClause(Dependency arc) {
    return isMarkedInfinitive(arc, CALLED_ON_MARKS);
  }

  /**
   * Whether an adverbial clause is an infinitive marked "to" and by one of {@code marks} as well:
   * "called [on Japan to open its markets]", "called [for Israel to halt]".
   */
  boolean isMarkedInfinitive(Dependency arc, Set<String> marks) {
    if (!arc.base().equals("advcl")) {
      return false;
    }
    List<Dependency> found = arcs.children(arc.dependent(), "mark");
    return found.stream().anyMatch(m -> sentence.token(m.dependent()).lowerLemma().equals("to"))
        && found.stream().anyMatch(m -> marks.contains(sentence.token(m.dependent()).lowerLemma()));
  }

  List<Actor> addressees(Frame frame) {
    List<Actor> addressed = new ArrayList<>();
    if (TELLING_VERBS.contains(sentence.token(frame.trigger()).lowerLemma())) {
      addressed.addAll(arguments.of(frame.objects()));
    }
    addressed.addAll(arguments.of(frame.targets().getOrDefault("to", List.of())));
    // "Britain and West Germany told their EC partners…": the partners, not each other
    addressed.removeIf(ArgumentActors::isPronoun);
    return resolvedOnly(addressed);
  }

  /**
   * Verbs whose object is a topic, not a party: "discussed opening South Korean markets to U.S.
   * goods", "reviewed the Yugoslav economy". Their party is the one they do it with.
   */
  static final Set<String> TOPIC_VERBS =
      Set.of("discuss", "explore", "review", "study", "consider", "debate", "examine", "note");

  List<Actor> targetsOf(Frame frame, String prep) {
    return targetsOf(frame, prep, List.of());
  }

  /**
   * The targets of a frame. A possessive pronoun in the object that stands for the subject is no
   * target: "Argentina said it would lift its ban on British ships" is aimed at Britain, and "five
   * states agreed to coordinate their debt policies" at no one but themselves.
   */
  List<Actor> targetsOf(Frame frame, String prep, List<Actor> sources) {
    String lemma = sentence.token(frame.trigger()).lowerLemma();
    if (TOPIC_VERBS.contains(lemma)) {
      return arguments.of(frame.targets().getOrDefault("with", List.of()));
    }
    if (prep.isEmpty() && frame.lemma().equals(lemma) && isStatementOnly(frame)) {
      return addressees(frame);
    }
    if (WARNING_VERBS.contains(lemma)
        && !resolvedOnly(arguments.of(frame.objects())).isEmpty()
        && arguments.of(frame.objects()).stream().noneMatch(ArgumentActors::isPronoun)) {
      // "Putin warned the West against supplying Ukraine with missiles": whom one warns is the
      // target, what one warns against is the topic
      return resolvedOnly(arguments.of(frame.objects()));
    }
    if (!prep.isEmpty()) {
      List<Integer> heads = frame.targets().getOrDefault(prep, List.of());
      // "equipped itself with Chinese-made missiles": a "with" party is an actor, not a thing
      List<Actor> targets = prep.equals("with") ? arguments.parties(heads) : arguments.of(heads);
      if (!targets.isEmpty()) {
        return targets;
      }
    }
    List<Actor> objects = new ArrayList<>(arguments.of(frame.objects()));
    objects.removeIf(
        object ->
            ArgumentActors.isPronoun(object)
                && sources.stream().anyMatch(s -> Objects.equals(s.code(), object.code())));
    if (!objects.isEmpty()) {
      return objects;
    }
    for (String candidate : FrameFinder.TARGET_PREPOSITIONS) {
      if (candidate.equals("at") && sources.size() > 1) {
        continue; // "Japan and the United States are holding discussions at GATT": where they meet
      }
      List<Integer> heads = frame.targets().getOrDefault(candidate, List.of());
      List<Actor> targets =
          resolvedOnly(candidate.equals("with") ? arguments.parties(heads) : arguments.of(heads));
      if (!targets.isEmpty()) {
        return targets;
      }
    }
    return List.of();
  }

  /**
   * Verbs whose object is whom they address, whatever their prepositions name: "warned X against
   * Y".
   */
  static final Set<String> WARNING_VERBS = Set.of("warn", "caution");

  /**
   * Prepositions that name what a complaint is about: "complained to the UN over Israeli raids".
   */
  static final Set<String> GRIEVANCE_PREPOSITIONS = Set.of("over", "about", "against", "at");

  /**
   * A complaint lodged with an international organisation is aimed at whom it is about: "Lebanon
   * complained to the United Nations over two Israeli air raids" disapproves of Israel, not of the
   * UN. Other targets, and complaints about no one, are kept.
   */
  List<Actor> complainedOf(Frame frame, List<Actor> sources, List<Actor> targets) {
    if (targets.isEmpty() || !targets.stream().allMatch(TargetFinder::isOrganization)) {
      return targets;
    }
    for (String prep : GRIEVANCE_PREPOSITIONS) {
      for (Actor actor :
          resolvedOnly(arguments.of(frame.targets().getOrDefault(prep, List.of())))) {
        boolean other =
            actor.country() != null
                && sources.stream().noneMatch(s -> Objects.equals(s.country(), actor.country()));
        if (other) {
          return List.of(actor);
        }
      }
    }
    return targets;
  }

  private static boolean isOrganization(Actor actor) {
    return actor.isResolved() && actor.code().code().startsWith("IGO");
  }

  /** How deep below an object {@link #nestedParties} looks: "lifted a blockade on … lorries". */
  static final int NESTED_DEPTH = 3;

  /**
   * Roots whose act is aimed at the country where its object happens: "condemned the coup in
   * Niger", "rejected the elections in Haiti", "imposed sanctions over the crackdown in Burma".
   */
  static final Set<String> PLACE_AIMED_ROOTS = Set.of("11", "12", "16", "17");

  /** Prepositions under an object that name whom the act concerns. */
  static final Set<String> NESTED_PREPOSITIONS =
      Set.of("of", "on", "to", "for", "by", "against", "with", "from", "toward", "towards");

  /**
   * When an act names no party of its own, the party its object's phrase names: "the Israeli army
   * lifted a blockade on Palestinian lorries" (Palestinians), "Iraq would allow the return of U.N.
   * weapons inspectors" (the UN), "agreed to lift embargoes on sales to Iran" (Iran). The nearest
   * known actor of another country than the sources, at most {@link #NESTED_DEPTH} phrases down.
   * For an act of cooperation a country that only qualifies a thing is no party ("purchased 2.8 mln
   * tonnes of U.S. corn" is trade); a measure against a country's goods is aimed at the country
   * ("an imposition of tariffs on Japanese electronic products"), and so is the easing of one
   * ("lifted a blockade on Palestinian lorries"). Topic verbs have none: "agreed to discuss the
   * problems of Afghanistan" is not aimed at Afghanistan.
   */
  List<Actor> nestedParties(Frame frame, List<Actor> sources, String code) {
    if (TOPIC_VERBS.contains(sentence.token(frame.trigger()).lowerLemma())) {
      return List.of();
    }
    if ((OWNER_AIMED_ROOTS.contains(code.substring(0, 2))
            || (code.startsWith(AID_ROOT) && namesDebt(frame)))
        && !frame.noun()) {
      List<Actor> owners = objectOwners(frame, sources);
      if (!owners.isEmpty()) {
        return owners;
      }
    }
    boolean conflict = code.compareTo("10") >= 0 || code.startsWith("08");
    // the author of an act of force's object is no target: "would deploy at points around the
    // camp, besieged by Amal militia"
    boolean authors = code.compareTo("15") < 0;
    List<Actor> found =
        nestedParties(frame, sources, conflict, false, NESTED_PREPOSITIONS, authors);
    if (found.isEmpty()
        && (PLACE_AIMED_ROOTS.contains(code.substring(0, 2))
            || code.startsWith(EventFactory.DOMESTIC_EASING_CODE))) {
      // "condemned the coup in Niger": conflict is aimed at where it happens, when nothing else
      found = nestedParties(frame, sources, true, true, NESTED_PREPOSITIONS, authors);
    }
    return found;
  }

  /** Nouns of a body's sitting, which one asks that body to hold. */
  static final Set<String> SITTING_NOUNS = Set.of("meeting", "session", "sitting");

  /** Nouns of talks, whose "with" names whom an appeal for them is made of. */
  static final Set<String> TALK_NOUNS =
      Set.of("talk", "talks", "consultation", "negotiation", "dialogue", "meeting");

  /**
   * The organisations whose meeting an appeal asks for: "called for an emergency meeting of the
   * U.N. Security Council", "requested an urgent session of the Arab League". Only organisations:
   * "a meeting of the two leaders" is asked of no one named so. And whom talks asked for are with:
   * "asked for consultations with Tokyo".
   */
  List<Actor> convenedBodies(Frame frame) {
    List<Integer> asked = new ArrayList<>(frame.objects());
    asked.addAll(frame.targets().getOrDefault("for", List.of()));
    List<Actor> bodies = new ArrayList<>();
    for (int head : asked) {
      if (TALK_NOUNS.contains(sentence.token(head).lowerLemma())) {
        // "The United States asked for consultations with Tokyo": talks asked for with a party
        // are asked of it
        for (Dependency with : arcs.children(head)) {
          if (with.relation().equals("nmod:with")) {
            for (Actor actor : resolvedOnly(arguments.of(List.of(with.dependent())))) {
              if (!bodies.contains(actor)) {
                bodies.add(actor);
              }
            }
          }
        }
      }
      if (!SITTING_NOUNS.contains(sentence.token(head).lowerLemma())) {
        continue;
      }
      for (Dependency of : arcs.children(head)) {
        if (!of.relation().equals("nmod:of")) {
          continue;
        }
        for (Actor actor : arguments.of(List.of(of.dependent()))) {
          if (isOrganization(actor) && !bodies.contains(actor)) {
            bodies.add(actor);
          }
        }
      }
    }
    return bodies;
  }

  /**
   * Whom a denial answers: whose charge it denies ("Japan denied U.S. charges that it had broken
   * the pact"), else the party the act denied names ("Japan denied breaking a pact with the U.S.",
   * "denied that it had broken its pact with the U.S.").
   */
  List<Actor> deniedParties(Frame frame, List<Actor> sources) {
    List<Actor> owners = objectOwners(frame, sources);
    if (!owners.isEmpty()) {
      return owners;
    }
    for (Dependency arc : arcs.children(frame.trigger())) {
      boolean clause =
          arc.base().equals("ccomp")
              || arc.base().equals("xcomp")
              || (arc.base().equals("dep") && sentence.token(arc.dependent()).pos().equals("VBG"));
      if (clause && sentence.token(arc.dependent()).isVerb()) {
        List<Actor> named =
            nestedParties(
                frames.verb(arc.dependent()), sources, false, false, NESTED_PREPOSITIONS, true);
        if (!named.isEmpty()) {
          return named;
        }
      }
    }
    return chargeMakers(frame, sources);
  }

  /** Nouns of a charge that a closing clause denies: ", a charge Kigali denies". */
  static final Set<String> CHARGE_NOUNS =
      Set.of("charge", "accusation", "allegation", "claim", "assertion", "suggestion");

  /** How many heads up from the comma the clause that made a charge is looked for. */
  static final int CHARGE_CLIMB = 6;

  /** Words between the comma and the charge noun, or standing for the charge: ", which". */
  static final Set<String> CHARGE_OPENERS = Set.of("a", "an", "the", "such", "which", "that");

  /**
   * Who made the charge a closing clause denies: "Kabila accused Rwanda of backing the rebels, a
   * charge Kigali denies", "India said its air force had shot down a Pakistani jet, a claim
   * Islamabad denied", "…, an accusation China rejects", "…, which Beijing denies". Read on the
   * words, as the parser hangs such a clause anywhere: after the comma, the charge noun or "which",
   * then the denier and the verb. The charge is the clause's before the comma: its subject's, or
   * the subject's of a clause above it, of another country than the denier.
   */
  List<Actor> chargeMakers(Frame frame, List<Actor> sources) {
    int at = frame.trigger() - 1;
    while (at >= 0 && isAuxiliaryOrAdverb(at)) {
      at--;
    }
    int denier = at;
    while (at >= 0 && isNamePart(at)) {
      at--;
    }
    if (at == denier || at < 1) {
      return List.of();
    }
    boolean charged = false;
    if (CHARGE_NOUNS.contains(sentence.token(at).lowerLemma())) {
      charged = true;
      at--;
    }
    while (at >= 0 && CHARGE_OPENERS.contains(sentence.token(at).lowerLemma())) {
      charged |= sentence.token(at).lowerLemma().equals("which");
      at--;
    }
    if (!charged || at < 1 || !sentence.token(at).word().equals(",")) {
      return List.of();
    }
    int clause = at - 1;
    for (int depth = 0; clause >= 0 && depth < CHARGE_CLIMB; depth++) {
      if (sentence.token(clause).isVerb()) {
        for (Dependency subject : arcs.children(clause, "nsubj")) {
          for (Actor actor : resolvedOnly(arguments.of(List.of(subject.dependent())))) {
            if (sources.stream().noneMatch(s -> Objects.equals(s.country(), actor.country()))) {
              return List.of(actor);
            }
          }
        }
      }
      Dependency up = arcs.head(clause);
      clause = up == null ? -1 : up.head();
    }
    return List.of();
  }

  private boolean isAuxiliaryOrAdverb(int token) {
    String pos = sentence.token(token).pos();
    String lemma = sentence.token(token).lowerLemma();
    return pos.startsWith("RB") || pos.equals("MD") || lemma.equals("have") || lemma.equals("do");
  }

  /** Tokens of a name that denies: "Kigali", "the Kremlin", "it", "Pakistan's army". */
  private boolean isNamePart(int token) {
    String pos = sentence.token(token).pos();
    return pos.startsWith("NNP")
        || pos.equals("PRP")
        || pos.equals("POS")
        || (pos.equals("DT")
            && token + 1 < sentence.size()
            && sentence.token(token + 1).pos().startsWith("NNP"));
  }

  /**
   * Roots of disapproval and rejection, aimed at whose the thing disapproved or rejected is: "South
   * Korea has rejected North Korea's consistent demand", "Albania denounced as an ugly crime
   * Serbia's suppression of ethnic Albanian unrest", "The Palestinians reject proposed Israeli
   * changes". One rejects or disapproves of what someone did or asked, so its owner is the party.
   */
  static final Set<String> OWNER_AIMED_ROOTS = Set.of("11", "12");

  /** The root of aid (07). */
  static final String AID_ROOT = "07";

  /**
   * Words of what a debtor owes: relief of a debt ("agreed to reschedule 1.2 billion dlrs of
   * Egyptian debt") is aid to whose debt it is.
   */
  static final Set<String> DEBT_WORDS = Set.of("debt", "arrears", "repayment", "obligation");

  private boolean namesDebt(Frame frame) {
    return frame.objects().stream()
        .anyMatch(
            object ->
                arcs.subtree(object).stream()
                    .anyMatch(t -> DEBT_WORDS.contains(sentence.token(t).lowerLemma())));
  }

  /** The prepositions of what one disapproves of or rejects: "lost patience with", "angry over". */
  static final Set<String> GRIEVED_PREPOSITIONS = Set.of("over", "about", "against", "at", "with");

  /**
   * Roots aimed at the doer of what they take as object: an investigation of "war crimes by
   * Croatian extremists against Serb civilians" is of the extremists, not the victims; so is a
   * condemnation of "attacks by militants on police"; police who prevent "the demonstration staged
   * by students" coerce the students.
   */
  static final Set<String> DOER_AIMED_ROOTS = Set.of("09", "11", "12", "17");

  /** A denial is aimed at whoever made the claim it denies: "dismissed claims by Peru". */
  static final String DENIAL_CODE = "016";

  /** Whether an event of {@code code} is aimed at the doer its object names. */
  static boolean aimedAtDoer(String code) {
    return DOER_AIMED_ROOTS.contains(code.substring(0, 2)) || code.equals(DENIAL_CODE);
  }

  /** Relations by which an object noun names its doer: "crimes by Croatian extremists". */
  static final Set<String> DOER_RELATIONS = Set.of("nmod:by", "nmod:agent");

  /**
   * Nouns of what is asked, offered or said, whose "from" names who sent it: "rejected calls from
   * Washington for a Palestinian state" is aimed at Washington.
   */
  static final Set<String> SENT_NOUNS =
      Set.of(
          "call",
          "demand",
          "request",
          "appeal",
          "plea",
          "pressure",
          "proposal",
          "offer",
          "criticism",
          "warning",
          "threat",
          "invitation",
          "ultimatum",
          "message",
          "letter");

  /**
   * Nouns whose "of" names who went, stays or meddles: "condemned the visit of U.S. House Speaker
   * Nancy Pelosi to Taiwan" is aimed at the visitor, "the presence of foreign troops" at the
   * troops.
   */
  static final Set<String> DOER_OF_NOUNS =
      Set.of(
          "visit",
          "trip",
          "tour",
          "arrival",
          "presence",
          "deployment",
          "stationing",
          "involvement",
          "intervention",
          "interference",
          "meddling",
          "incursion",
          "conduct",
          "behaviour",
          "behavior");

  /** The doers the object of a frame names, other than its sources ({@link #DOER_AIMED_ROOTS}). */
  List<Actor> objectDoers(Frame frame, List<Actor> sources) {
    boolean active = !arcs.has(frame.trigger(), "nsubj:pass");
    for (int object : frame.objects()) {
      List<Dependency> doers = new ArrayList<>(agentsOfParticiples(object));
      if (active) {
        // "police stopped a demonstration by opposition students", where the parser hangs the
        // "by" on the verb: an active verb has no agent of its own
        for (Dependency arc : arcs.children(frame.trigger())) {
          if (arc.relation().equals("obl:by")) {
            doers.add(arc);
          }
        }
      }
      for (Dependency arc : arcs.children(object)) {
        if (DOER_RELATIONS.contains(arc.relation())
            || (arc.relation().equals("nmod:of")
                && DOER_OF_NOUNS.contains(sentence.token(object).lowerLemma()))
            || (arc.relation().equals("nmod:from")
                && SENT_NOUNS.contains(sentence.token(object).lowerLemma()))) {
          // "crimes by Croatian extremists", "the visit of Speaker Pelosi", "calls from Washington"
          doers.add(arc);
        }
      }
      // and "the demonstration staged by students"
      List<Actor> doer = firstOther(doers, sources, (s, actor) -> s.code().equals(actor.code()));
      if (!doer.isEmpty()) {
        return doer;
      }
    }
    return List.of();
  }

  /**
   * The first resolved actor, no pronoun, that the dependents of {@code arcs} name and that is on
   * no source's side, as one of these or none.
   */
  private List<Actor> firstOther(
      List<Dependency> arcs, List<Actor> sources, BiPredicate<Actor, Actor> sameSide) {
    for (Dependency arc : arcs) {
      List<Actor> others = new ArrayList<>();
      for (Actor actor : resolvedOnly(arguments.of(List.of(arc.dependent())))) {
        if (!ArgumentActors.isPronoun(actor)
            && sources.stream().noneMatch(s -> sameSide.test(s, actor))) {
          // all the phrase lists: "trade deficits with South Korea and Taiwan"
          others.add(actor);
        }
      }
      if (!others.isEmpty()) {
        return others;
      }
    }
    return List.of();
  }

  /**
   * Whether two actors are on one side: of one country, unless one of them is a sector outside the
   * state ({@link EventFactory#NON_STATE_AGENTS}) and contends with it at home: "Algerian
   * landowners … demand the return of property seized by Algerian government forces".
   */
  private static boolean sameSide(Actor one, Actor other) {
    if (!Objects.equals(one.country(), other.country())) {
      return false;
    }
    return !EventFactory.NON_STATE_AGENTS.contains(String.valueOf(one.code().agent()))
        && !EventFactory.NON_STATE_AGENTS.contains(String.valueOf(other.code().agent()));
  }

  /**
   * The root of support, aimed at whom the supported thing belongs to or is for: "defended the
   * right of Russian troops to fire on militants" supports the troops, "backed Brazil's suspension
   * of interest payments" Brazil.
   */
  static final String SUPPORT_ROOT = "05";

  /** Relations by which a supported thing names whose or whom for it is. */
  static final Set<String> SUPPORTED_RELATIONS = Set.of("nmod:poss", "nmod:of");

  /** Whose the object of a {@link #SUPPORT_ROOT} frame is, other than its sources'. */
  List<Actor> supportedOwners(Frame frame, List<Actor> sources) {
    for (int object : frame.objects()) {
      if (!arguments.at(object).isEmpty()) {
        continue; // "backed Brazil": the object is the party itself
      }
      List<Dependency> owners = new ArrayList<>();
      for (Dependency arc : arcs.children(object)) {
        if (SUPPORTED_RELATIONS.contains(arc.relation())
            || DOER_RELATIONS.contains(arc.relation())) {
          owners.add(arc); // and "backed the decision by the Paris Club": whose the decision is
        }
      }
      List<Actor> owner = firstOther(owners, sources, TargetFinder::sameSide);
      if (!owner.isEmpty()) {
        return owner;
      }
    }
    return List.of();
  }

  /** How an object names whose it is: a possessive, a country adjective, a name before it. */
  static final Set<String> OWNER_RELATIONS = Set.of("nmod:poss", "amod", "compound");

  private List<Actor> objectOwners(Frame frame, List<Actor> sources) {
    List<Integer> objects = new ArrayList<>(frame.objects());
    // "U.K. authorities have lost patience with Japanese trading practices": what one is
    // aggrieved with is whose
    for (String prep : GRIEVED_PREPOSITIONS) {
      objects.addAll(frame.targets().getOrDefault(prep, List.of()));
    }
    for (Dependency clause : arcs.children(frame.trigger())) {
      if (!clause.base().equals("ccomp")) {
        continue;
      }
      // "rejected North Korea's demand to sever…", "reject proposed Israeli changes to the deal,
      // Erakat said": the parser makes the object the subject of a clause that starts right after
      // the verb; one rejects a demand, not that a demand severs
      for (Dependency subject : arcs.children(clause.dependent(), "nsubj")) {
        List<Integer> phrase = arcs.subtree(subject.dependent());
        if (sentence.token(subject.dependent()).pos().startsWith("NN")
            && phrase.stream().mapToInt(Integer::intValue).min().orElse(-1)
                == frame.trigger() + 1) {
          objects.add(subject.dependent());
        }
      }
    }
    for (int object : List.copyOf(objects)) {
      if (org.entente.coder.predicate.NominalEvents.MEASURE_UNITS.contains(
          sentence.token(object).lowerLemma())) {
        // "reschedule 1.2 billion dlrs of Egyptian debt": the amount's "of" names the thing
        for (Dependency of : arcs.children(object)) {
          if (of.relation().equals("nmod:of")) {
            objects.add(of.dependent());
          }
        }
      }
    }
    for (int object : objects) {
      boolean others =
          ArgumentActors.OTHERS_NOUNS.contains(sentence.token(object).lowerLemma())
              && arguments.at(object).isEmpty();
      for (Dependency arc : arcs.children(object)) {
        if (!OWNER_RELATIONS.contains(arc.relation())
            // "accused Ukraine's allies": the allies are others than Ukraine
            || (others && arc.relation().equals("nmod:poss"))) {
          continue;
        }
        for (Actor actor : resolvedOnly(arguments.of(List.of(arc.dependent())))) {
          boolean other =
              !ArgumentActors.isPronoun(actor)
                  && sources.stream().noneMatch(s -> Objects.equals(s.country(), actor.country()));
          if (other) {
            return List.of(actor);
          }
        }
      }
    }
    return List.of();
  }

  /**
   * Whom a concern is about: the owner of what its object's "about" or "over" phrase names, or that
   * phrase's actor itself ("Canada expressed concern about U.S. plans to impose a tax" → USA).
   */
  List<Actor> concernedAbout(Frame frame, List<Actor> sources) {
    for (int object : frame.objects()) {
      for (Dependency about : arcs.children(object)) {
        if (!about.relation().equals("nmod:about") && !about.relation().equals("nmod:over")) {
          continue;
        }
        List<Dependency> named = new ArrayList<>(List.of(about));
        for (Dependency arc : arcs.children(about.dependent())) {
          // "concern about the continuing U.S. trade deficits with South Korea": whose, or with
          // whom
          if (OWNER_RELATIONS.contains(arc.relation()) || arc.relation().equals("nmod:with")) {
            named.add(arc);
          }
        }
        List<Actor> other =
            firstOther(named, sources, (s, actor) -> Objects.equals(s.country(), actor.country()));
        if (!other.isEmpty()) {
          return other;
        }
      }
      // "Japanese officials expressed hope that talks with North Korea would resume": whom the
      // hoped or feared clause names
      for (Dependency clause : arcs.children(object)) {
        if (!clause.base().equals("acl") && !clause.base().equals("ccomp")) {
          continue;
        }
        List<Integer> tokens = new ArrayList<>(arcs.subtree(clause.dependent()));
        tokens.sort(null);
        for (int token : tokens) {
          for (Actor actor : resolvedOnly(arguments.at(token))) {
            if (!ArgumentActors.isPronoun(actor)
                && actor.country() != null
                && sources.stream().noneMatch(s -> Objects.equals(s.country(), actor.country()))) {
              return List.of(actor);
            }
          }
        }
      }
    }
    return List.of();
  }

  /** Nouns of a border, whose "with" names the neighbour across it. */
  static final Set<String> BORDER_NOUNS = Set.of("border", "frontier", "boundary");

  /**
   * The neighbour across the border a show of force is at: "Poland deployed 10,000 additional
   * troops to its border with Belarus" → Belarus. The parser may hang "to its border" on a closing
   * attribution ("…, the minister said"), so any border in the clause's words counts.
   */
  List<Actor> borderNeighbour(Frame frame, List<Actor> sources) {
    for (int head : arcs.subtree(frame.trigger())) {
      if (!BORDER_NOUNS.contains(sentence.token(head).lowerLemma())) {
        continue;
      }
      List<Actor> other =
          firstOther(
              arcs.children(head, "nmod").stream()
                  .filter(arc -> arc.relation().equals("nmod:with"))
                  .toList(),
              sources,
              (s, actor) -> Objects.equals(s.country(), actor.country()));
      if (!other.isEmpty()) {
        return other;
      }
    }
    return List.of();
  }

  /**
   * The phrases under a demand's object that name whom it is made of: "demanded the removal of
   * President Habyarimana"; not the topic ("pushing for a tough line on Japanese trade issues").
   */
  static final Set<String> DEMANDED_OF = Set.of("of");

  private List<Actor> nestedParties(
      Frame frame,
      List<Actor> sources,
      boolean conflict,
      boolean places,
      Set<String> prepositions,
      boolean authors) {
    List<Integer> level = new ArrayList<>(frame.objects());
    for (String prep : FrameFinder.TARGET_PREPOSITIONS) {
      level.addAll(frame.targets().getOrDefault(prep, List.of()));
    }
    if (frame.noun()) {
      // "a suspension of air links with Serbia": an event noun's "of" is its object
      level.addAll(frame.targets().getOrDefault("of", List.of()));
    }
    for (int depth = 0; depth < NESTED_DEPTH && !level.isEmpty(); depth++) {
      List<Integer> next = new ArrayList<>();
      for (int head : level) {
        if (EXCEPTION_NOUNS.contains(sentence.token(head).lowerLemma())) {
          continue; // "decided to back an extension, with the exception of Britain"
        }
        for (Dependency arc : authors ? agentsOfParticiples(head) : List.<Dependency>of()) {
          // "welcomed new measures planned by the Japanese": the measures' author
          for (Actor actor : arguments.of(List.of(arc.dependent()))) {
            if (actor.isResolved()
                && !ArgumentActors.isPronoun(actor)
                && sources.stream().noneMatch(s -> sameSide(s, actor))) {
              return List.of(actor);
            }
          }
        }
        if (!conflict) {
          // "approved a 97.4 mln dlr loan for China to help boost fertilizer output": whom a
          // for-to clause of the thing given makes its subject is whom it is for
          for (Actor actor : forToSubjects(head)) {
            if (!ArgumentActors.isPronoun(actor)
                && sources.stream().noneMatch(s -> Objects.equals(s.country(), actor.country()))) {
              return List.of(actor);
            }
          }
        }
        if (!conflict && AGREEMENT_NOUNS.contains(sentence.token(head).lowerLemma())) {
          // "India has signed a trade protocol to buy asbestos from Zimbabwe": the party of a deal
          // is whom what it is for is done with
          for (Actor actor : purposeParties(head)) {
            if (!ArgumentActors.isPronoun(actor)
                && sources.stream().noneMatch(s -> Objects.equals(s.country(), actor.country()))) {
              return List.of(actor);
            }
          }
        }
        for (Dependency arc : arcs.children(head)) {
          String relation = arc.relation();
          if (!relation.startsWith("nmod:")) {
            continue;
          }
          String prep = relation.substring("nmod:".length()).replace('_', ' ');
          if (!prepositions.contains(prep) && !(places && prep.equals("in"))) {
            continue;
          }
          next.add(arc.dependent());
          List<Integer> heads = List.of(arc.dependent());
          for (Actor actor : conflict ? arguments.of(heads) : arguments.parties(heads)) {
            boolean other =
                actor.isResolved()
                    && !ArgumentActors.isPronoun(actor)
                    && sources.stream()
                        .noneMatch(
                            s ->
                                s == actor
                                    || Objects.equals(s.code(), actor.code())
                                    || (s.country() != null
                                        && s.country().equals(actor.country())
                                        && !acrossTheState(s, actor)));
            if (other) {
              return List.of(actor);
            }
          }
        }
      }
      level = next;
    }
    return List.of();
  }

  /** Nouns that leave out whom their "of" names: "with the exception of Britain". */
  static final Set<String> EXCEPTION_NOUNS = Set.of("exception", "exclusion", "absence");

  /** Nouns of armed conflict whose modifiers or "between" name its parties: "the Iran-Iraq war". */
  static final Set<String> WAR_NOUNS =
      Set.of("war", "fighting", "conflict", "hostility", "clash", "bloodshed", "fight");

  /** Nouns of what ends or eases a war, asked for: "a ceasefire in the Iran-Iraq war". */
  static final Set<String> PEACE_NOUNS =
      Set.of(
          "ceasefire",
          "cease-fire",
          "truce",
          "armistice",
          "peace",
          "end",
          "halt",
          "settlement",
          "restraint",
          "negotiation",
          "talk");

  /**
   * The parties to a war that what a frame asks for would end or ease: "demanded an immediate
   * ceasefire in the Iran-Iraq war", "called for an end to the war between Iran and Iraq" → Iran,
   * Iraq. Only parties other than the asker; none when the object names no war.
   */
  List<Actor> warringParties(Frame frame, List<Actor> askers) {
    List<Actor> found = new ArrayList<>();
    List<Integer> asked = new ArrayList<>(frame.objects());
    for (String prep : List.of("for", "to")) {
      asked.addAll(frame.targets().getOrDefault(prep, List.of()));
    }
    for (int peace : asked) {
      if (!PEACE_NOUNS.contains(sentence.token(peace).lowerLemma())) {
        continue;
      }
      for (Dependency arc : arcs.children(peace, "nmod")) {
        int war = arc.dependent();
        if (!WAR_NOUNS.contains(sentence.token(war).lowerLemma())) {
          continue;
        }
        List<Integer> sides = new ArrayList<>(List.of(war));
        for (Dependency between : arcs.children(war)) {
          if (between.relation().equals("nmod:between")) {
            sides.add(between.dependent());
          }
        }
        for (Actor actor : resolvedOnly(arguments.of(sides))) {
          if (actor.country() != null
              && askers.stream().noneMatch(a -> Objects.equals(a.country(), actor.country()))
              && found.stream().noneMatch(f -> Objects.equals(f.country(), actor.country()))) {
            found.add(actor);
          }
        }
      }
    }
    return found;
  }

  /** Nouns of agreements, whose purpose clause may name the other party. */
  static final Set<String> AGREEMENT_NOUNS =
      Set.of("agreement", "deal", "treaty", "accord", "pact", "protocol", "contract", "memorandum");

  /** Prepositions by which a deal's purpose names whom it is made with: "to buy gas from Qatar". */
  static final Set<String> PURPOSE_PARTY_PREPOSITIONS = Set.of("from", "to", "with");

  /**
   * The resolved parties a noun's to-infinitive names by {@link #PURPOSE_PARTY_PREPOSITIONS}: "a
   * protocol to buy 15,000 tonnes of asbestos fibre from Zimbabwe" → Zimbabwe.
   */
  private List<Actor> purposeParties(int noun) {
    List<Actor> found = new ArrayList<>();
    List<Integer> clauses = new ArrayList<>();
    for (Dependency clause : arcs.children(noun, "acl")) {
      clauses.add(clause.dependent());
    }
    for (Dependency up : arcs.heads(noun)) {
      if (up.relation().equals("nsubj:xsubj")) {
        clauses.add(up.head()); // the parser may make the purpose the verb's: "signed … to buy"
      }
    }
    for (int clause : clauses) {
      boolean infinitive =
          arcs.children(clause, "mark").stream()
              .anyMatch(m -> sentence.token(m.dependent()).lowerLemma().equals("to"));
      if (!infinitive) {
        continue;
      }
      for (Dependency arc : arcs.children(clause)) {
        if (arc.base().equals("obl")
            && PURPOSE_PARTY_PREPOSITIONS.contains(arc.subtype().replace('_', ' '))) {
          found.addAll(resolvedOnly(arguments.parties(List.of(arc.dependent()))));
        }
      }
    }
    return found;
  }

  /** The subjects of a "for … to" clause of a noun: "a loan for China to help boost output". */
  private List<Actor> forToSubjects(int noun) {
    List<Actor> found = new ArrayList<>();
    for (Dependency clause : arcs.children(noun, "acl")) {
      boolean forTo =
          arcs.children(clause.dependent(), "mark").stream()
              .anyMatch(m -> sentence.token(m.dependent()).lowerLemma().equals("for"));
      if (forTo) {
        for (Dependency subject : arcs.children(clause.dependent(), "nsubj")) {
          found.addAll(resolvedOnly(arguments.of(List.of(subject.dependent()))));
        }
      }
    }
    return found;
  }

  /**
   * A state and a part of its society outside it, which are parties to each other at home: "Rwandan
   * rebels demanded the removal of President Juvenal Habyarimana".
   */
  private static boolean acrossTheState(Actor a, Actor b) {
    return a.code().agent() != null
        && b.code().agent() != null
        && EventFactory.outsideTheState(a) != EventFactory.outsideTheState(b);
  }

  /** The agents of passive participles on a noun: "measures planned by the Japanese". */
  List<Dependency> agentsOfParticiples(int noun) {
    List<Dependency> agents = new ArrayList<>();
    for (Dependency acl : arcs.children(noun, "acl")) {
      if (sentence.token(acl.dependent()).pos().equals("VBN")) {
        for (Dependency arc : arcs.children(acl.dependent())) {
          if (arc.relation().equals("obl:agent") || arc.relation().equals("obl:by")) {
            agents.add(arc);
          }
        }
      }
    }
    return agents;
  }

  /**
   * Roots of judging what another made, aimed at its maker when the object names no one: praise,
   * disapproval, rejection.
   */
  static final Set<String> JUDGED_MAKING_ROOTS = Set.of("05", "11", "12");

  /**
   * Whoever made what a judgement takes as its object, when the parser makes that object another
   * verb's object too: "Japan has announced a supplementary budget which was warmly welcomed by
   * Washington" is praise of Japan.
   */
  List<Actor> makersOfObject(Frame frame, List<Actor> sources) {
    for (int object : frame.objects()) {
      for (Dependency up : arcs.heads(object)) {
        if (up.head() < 0
            || up.head() == frame.trigger()
            || !up.relation().equals("obj")
            || !sentence.token(up.head()).isVerb()) {
          continue;
        }
        List<Actor> makers =
            firstOther(arcs.children(up.head(), "nsubj"), sources, TargetFinder::sameSide);
        if (!makers.isEmpty()) {
          return makers;
        }
      }
    }
    return List.of();
  }

  /** A verb the lexicon codes only as a statement (01): it is an event toward whom it addresses. */
  boolean isStatementOnly(Frame frame) {
    VerbEntry entry = lexicon.verb(frame.lemma(), frame.targets().keySet(), frame.objectWords());
    return entry != null && entry.code().startsWith("01");
  }

  /**
   * A name no dictionary knows in a prepositional phrase is most often a place ("held talks in
   * Geneva", "met at Camp David"), so only known actors are taken from there.
   */
  static List<Actor> resolvedOnly(List<Actor> actors) {
    return actors.stream().filter(Actor::isResolved).toList();
  }

  private final ParsedSentence sentence;
  private final Arcs arcs;
  private final FrameFinder frames;
  private final ArgumentActors arguments;
  private final Lexicon lexicon;

  TargetFinder(
      ParsedSentence sentence,
      Arcs arcs,
      FrameFinder frames,
      ArgumentActors arguments,
      Lexicon lexicon) {
    this.sentence = sentence;
    this.arcs = arcs;
    this.frames = frames;
    this.arguments = arguments;
    this.lexicon = lexicon;
  }
}
