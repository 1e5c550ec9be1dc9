package org.entente.coder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.entente.codebook.Codebook;
import org.entente.coder.actor.Actor;
import org.entente.coder.actor.SentenceActors;
import org.entente.coder.lexicon.Lexicon;
import org.entente.coder.lexicon.NounEntry;
import org.entente.coder.lexicon.VerbEntry;
import org.entente.coder.lexicon.Wrapper;
import org.entente.coder.lexicon.WrapperKind;
import org.entente.coder.predicate.Frame;
import org.entente.coder.predicate.FrameFinder;
import org.entente.coder.predicate.ModalityRules;
import org.entente.coder.predicate.NominalEvents;
import org.entente.coder.predicate.Reciprocity;
import org.entente.coder.predicate.WrapperCodes;
import org.entente.core.Document;
import org.entente.dictionary.ActorVocabulary;
import org.entente.event.Event;
import org.entente.event.Modality;
import org.entente.text.Arcs;
import org.entente.text.Dependency;
import org.entente.text.ParsedSentence;
import org.entente.text.Token;

/**
 * The coding of one sentence: each verb and event noun becomes a frame, the lexicon gives its code,
 * wrappers, modality and reciprocity shape it, and the factory makes the events. Used once per
 * sentence by {@link EventCoder}.
 */
final class SentenceCoding {

  private record Coding(VerbEntry entry, List<Actor> sources, List<Actor> targets) {}

  /**
   * Roots aimed at the doer of an act the story told before, named by a definite description: "Iran
   * condemned the offensive", "the United States, Britain and the African Union condemned the
   * assault" (disapproval, rejection), "China welcomed the decision" (approval).
   */
  static final Set<String> STORY_DOER_ROOTS = Set.of("05", "11", "12");

  /**
   * How many sentences back an act named by "the …" is looked for, besides the lead, whose act a
   * story names again ({@link #LEAD_REACH}; "Britain will expel 23 Russian diplomats…" five
   * sentences before "its embassy in London called the measures unjustified").
   */
  static final int STORY_ACT_LOOKBACK = 3;

  /** The story's first sentence, which tells its news: its acts stay in view for a while. */
  static final int LEAD_SENTENCE = 0;

  /**
   * The last sentence that still refers back to the lead's act: a short wire story is seven or
   * eight sentences; further on, a long or composite one has moved on to other acts ("Washington
   * imposed the duties in April, saying Tokyo had failed to honour the pact" is not the pact the
   * lead told ten sentences before).
   */
  static final int LEAD_REACH = 8;

  /**
   * Roots of the acts a decision, a move, a step or a ruling told before may be: recognition,
   * agreements, aid, concessions (05-08), sanctions, expulsions and other reductions of relations
   * (16), and coercion short of force (17: "Japan tightened restrictions on exports … to South
   * Korea … Seoul condemned the move"). Not statements and appeals, which are no decisions, nor
   * force.
   */
  static final Set<String> DECIDED_ROOTS = Set.of("05", "06", "07", "08", "16", "17");

  /**
   * Codes of diplomatic cooperation that are words, not a decision or a move: praise, verbal
   * support, rallying support. "Wang hailed the agreement… Guterres welcomed the move" welcomes the
   * agreement, not Wang's praise.
   */
  static final Set<String> WORDS_OF_PRAISE = Set.of("051", "052", "053");

  /**
   * Roots of the acts that measures, curbs and restrictions told before may be: sanctions (16) and
   * the administrative restrictions the lexicon codes 172.
   */
  static final Set<String> RESTRICTION_ROOTS = Set.of("16", "17");

  /** Nouns of an agreement between parties: "signed agreements establishing relations with…". */
  static final Set<String> AGREED_NOUNS =
      Set.of("agreement", "deal", "accord", "pact", "treaty", "memorandum", "protocol");

  /** Roots of the acts an agreement told before may be: an intent agreed (03), a pact (05). */
  static final Set<String> AGREED_ROOTS = Set.of("03", "05");

  /**
   * Nouns that name an act the story told, with the roots of the events that tell it: "the assault"
   * is an attack told before (18–20), "the measures" a sanction (16), "the detentions" an arrest
   * (17).
   */
  static final Map<String, Set<String>> STORY_ACT_NOUNS =
      Map.ofEntries(
          Map.entry("attack", Set.of("18", "19", "20")),
          Map.entry("assault", Set.of("18", "19", "20")),
          Map.entry("offensive", Set.of("18", "19", "20")),
          Map.entry("strike", Set.of("18", "19", "20")),
          Map.entry("airstrike", Set.of("18", "19", "20")),
          Map.entry("bombing", Set.of("18", "19", "20")),
          Map.entry("shelling", Set.of("18", "19", "20")),
          // a raid by police is coercion (17): "police stormed the embassy… condemned the raid"
          Map.entry("raid", Set.of("17", "18", "19", "20")),
          Map.entry("invasion", Set.of("18", "19", "20")),
          Map.entry("incursion", Set.of("18", "19", "20")),
          Map.entry("killing", Set.of("18", "19", "20")),
          Map.entry("downing", Set.of("18", "19", "20")),
          // a missile launched or a weapon tested: "Sullivan condemned the launch"
          Map.entry("launch", Set.of("15", "19")),
          Map.entry("test", Set.of("15")),
          Map.entry("seizure", Set.of("17")),
          Map.entry("expulsion", Set.of("16", "17")),
          Map.entry("recognition", Set.of("05")),
          // a coming together told before: "Guterres hailed the rapprochement", "welcomed the
          // truce", "condemned the visit"
          Map.entry("rapprochement", Set.of("03", "04", "05")),
          Map.entry("normalisation", Set.of("03", "05")),
          Map.entry("normalization", Set.of("03", "05")),
          Map.entry("ceasefire", Set.of("08")),
          Map.entry("truce", Set.of("08")),
          Map.entry("talk", Set.of("04")),
          Map.entry("visit", Set.of("04")),
          // a seizure of power told before: "ECOWAS condemned the putsch"
          Map.entry("coup", Set.of("17", "18")),
          Map.entry("putsch", Set.of("17", "18")),
          Map.entry("mutiny", Set.of("17", "18")),
          Map.entry("measure", RESTRICTION_ROOTS),
          Map.entry("sanction", Set.of("16")),
          Map.entry("duty", Set.of("16")),
          Map.entry("tariff", Set.of("16")),
          Map.entry("curb", RESTRICTION_ROOTS),
          Map.entry("restriction", RESTRICTION_ROOTS),
          Map.entry("ban", RESTRICTION_ROOTS),
          Map.entry("detention", Set.of("17")),
          Map.entry("arrest", Set.of("17")),
          Map.entry("crackdown", Set.of("17", "18", "19")),
          // what was said against another: "Tehran dismissed the accusation"
          Map.entry("accusation", Set.of("11")),
          Map.entry("allegation", Set.of("11")),
          Map.entry("charge", Set.of("11")),
          Map.entry("criticism", Set.of("11")),
          // an agreement told before is its parties': "Netanyahu denounced the agreement"
          Map.entry("agreement", AGREED_ROOTS),
          Map.entry("deal", AGREED_ROOTS),
          Map.entry("accord", AGREED_ROOTS),
          Map.entry("pact", AGREED_ROOTS),
          Map.entry("treaty", AGREED_ROOTS),
          // a decision, a move, a ruling: any act the story told of cooperation or pressure
          Map.entry("decision", DECIDED_ROOTS),
          Map.entry("move", DECIDED_ROOTS),
          Map.entry("step", DECIDED_ROOTS),
          Map.entry("ruling", DECIDED_ROOTS));

  /**
   * The doer of an act the story told in its last {@link #STORY_ACT_LOOKBACK} sentences, when the
   * frame's object names it with "the", "this" or "these" and no one of its own: "Iran condemned
   * the offensive" after "Saudi Arabia … launched air strikes on Houthi rebel positions". The last
   * such act of another country than the sources' decides.
   */
  private List<Actor> storyDoers(Frame frame, List<Actor> sources, String code) {
    if (frame.noun()) {
      return List.of();
    }
    return storyDoers(frame.objects(), sources, code);
  }

  /** The doers of the act the story told that one of {@code objects} names again, or none. */
  private List<Actor> storyDoers(List<Integer> objects, List<Actor> sources, String code) {
    if (sources.isEmpty()) {
      return List.of();
    }
    for (int object : objects) {
      Set<String> roots = STORY_ACT_NOUNS.get(sentence.token(object).lowerLemma());
      boolean decided = roots == DECIDED_ROOTS;
      if (roots != null && code.startsWith(PRAISE_ROOT)) {
        // "The Palestinian Authority welcomed the move": a cooperative move, not Israel's recall
        // of its ambassadors told between
        roots =
            roots.stream()
                .filter(WELCOMED_ROOTS::contains)
                .collect(java.util.stream.Collectors.toSet());
      }
      boolean definite =
          arcs.children(object).stream()
              .anyMatch(
                  d ->
                      (d.base().equals("det")
                              && DEFINITE_DETERMINERS.contains(
                                  sentence.token(d.dependent()).lowerLemma()))
                          || (d.base().equals("amod")
                              && sentence.token(d.dependent()).lowerLemma().equals("such")));
      if (roots == null
          || !definite
          || arcs.children(object).stream()
              .anyMatch(
                  arc ->
                      arc.base().equals("nmod") || arc.base().equals("amod")
                          ? !arguments.of(List.of(arc.dependent())).isEmpty()
                          : false)) {
        continue; // "the Iranian offensive" names its doer itself
      }
      for (int k = story.size() - 1; k >= 0; k--) {
        Event told = story.get(k);
        if (!inView(told, STORY_ACT_LOOKBACK)) {
          continue;
        }
        String country = doerOf(told);
        if (country == null
            || !roots.contains(told.cameo().code().substring(0, 2))
            || (decided && WORDS_OF_PRAISE.contains(told.cameo().code()))
            || sources.stream().anyMatch(s -> country.equals(stateOf(s)))) {
          continue;
        }
        // all who did it together: "U.S., British and French forces launched strikes… Putin
        // condemned the strikes"
        Set<String> doers = new java.util.LinkedHashSet<>();
        for (Event same : story) {
          String by = doerOf(same);
          if (same.sentence() == told.sentence()
              && same.cameo().code().equals(told.cameo().code())
              && by != null
              && sources.stream().noneMatch(s -> by.equals(stateOf(s)))) {
            doers.add(by);
          }
        }
        steps = new ArrayList<>(steps);
        steps.add(
            String.format(
                "\"the %s\": the act the story told in sentence %d, by %s",
                sentence.token(object).lowerLemma(), told.sentence(), String.join(", ", doers)));
        List<Actor> found = new ArrayList<>();
        for (String doer : doers) {
          String why = "the doer of the act the story told before → " + doer;
          found.add(storyActor(object, doer, why));
        }
        return found;
      }
    }
    return List.of();
  }

  /**
   * The other side of the story's lead pair, when a judgement names an act or a word by a definite
   * description that is no one's ("the remarks", "the decision", "the vote") and the judge is one
   * side of the pair: in a story of the Netherlands and Turkey, "Rutte called the remarks
   * unacceptable" judges Turkey's. The lead pair is the first two parties an event of the story
   * joined; a judge outside it ("U.N. Secretary-General Ban called the occupation illegal") has no
   * other side.
   */
  private List<Actor> leadCounterpart(List<Integer> objects, List<Actor> sources) {
    if (objects.size() != 1 || sources.isEmpty()) {
      return List.of();
    }
    int object = objects.get(0);
    boolean definite =
        arcs.children(object, "det").stream()
            .anyMatch(
                d -> DEFINITE_DETERMINERS.contains(sentence.token(d.dependent()).lowerLemma()));
    boolean owned =
        arcs.children(object).stream()
            .anyMatch(
                arc ->
                    arc.relation().equals("nmod:poss")
                        || (arc.base().equals("nmod") || arc.base().equals("amod"))
                            && !arguments.of(List.of(arc.dependent())).isEmpty());
    // "Tokyo tightened curbs…, a move Seoul called economic retaliation": a description of an act
    // just told
    boolean described =
        arcs.heads(object).stream()
            .anyMatch(arc -> arc.relation().equals("appos") || arc.relation().equals("dep"));
    if (!(definite || described) || owned || !arguments.of(List.of(object)).isEmpty()) {
      return List.of();
    }
    List<Actor> found = leadCounterpart(sources);
    if (!found.isEmpty()) {
      steps = new ArrayList<>(steps);
      steps.add(
          String.format(
              "\"the %s\", no one's: %s", sentence.token(object).lowerLemma(), LEAD_PAIR_STEP));
      return List.of(storyActor(object, found.get(0).code().code(), found.get(0).why().get(0)));
    }
    return List.of();
  }

  static final String LEAD_PAIR_STEP = "the other side of the story's lead pair";

  /**
   * The other side of the story's lead pair, the first two parties an event of the story (or of
   * this sentence so far) joined, when the sources are one side of it; else none.
   */
  private List<Actor> leadCounterpart(List<Actor> sources) {
    Set<String> judges = new HashSet<>();
    for (Actor source : sources) {
      judges.add(stateOf(source));
    }
    List<String> pair = storyLeadPair();
    if (pair.isEmpty()) {
      return List.of();
    }
    String one = pair.get(0);
    String other = pair.get(1);
    String counterpart = judges.contains(one) ? other : judges.contains(other) ? one : null;
    if (counterpart == null) {
      return List.of();
    }
    int at = sources.get(0).start();
    return List.of(
        storyActor(
            at,
            counterpart,
            String.format("%s, %s and %s → %s", LEAD_PAIR_STEP, one, other, counterpart)));
  }

  /**
   * The story's lead pair itself, the first two parties an event of the story (or of this sentence
   * so far) joined, as actors at word {@code at} without any of {@code thirds}; empty when the
   * story has no such pair or one of {@code thirds} is in it.
   */
  private List<Actor> leadPair(int at, List<Actor> thirds) {
    List<String> parties = storyLeadPair();
    if (parties.isEmpty()) {
      return List.of();
    }
    String why = String.format("the story's lead pair, %s and %s", parties.get(0), parties.get(1));
    List<Actor> pair =
        List.of(storyActor(at, parties.get(0), why), storyActor(at, parties.get(1), why));
    return pair.stream().anyMatch(p -> thirds.stream().anyMatch(t -> sameParty(t, p)))
        ? List.of()
        : pair;
  }

  /**
   * The parties (a country, else an organisation's code) of the first event of the story, or of
   * this sentence so far, that joined two different parties: source first; empty when none did.
   */
  private List<String> storyLeadPair() {
    List<Event> told = new ArrayList<>(story);
    told.addAll(events); // a story whose first pair is this sentence's
    for (Event act : told) {
      String one = partyOf(act.source());
      String other = partyOf(act.target());
      if (one != null && other != null && !one.equals(other)) {
        return List.of(one, other);
      }
    }
    return List.of();
  }

  /** CAMEO's root of fighting. */
  static final String FIGHT_ROOT = "19";

  /** Prepositions of what came before an act: "after four days of fighting". */
  static final Set<String> AFTER_PREPOSITIONS = Set.of("after", "following");

  /** How many words up {@link #partiesEnding} looks for the joint act. */
  static final int ENDED_FIGHT_HOPS = 3;

  /**
   * The parties of a joint act (two or more states, the subjects of one verb) that ends fighting or
   * follows it: "Kyrgyzstan and Tajikistan agreed a ceasefire after the worst fighting in years",
   * "Israel and Hamas agreed to a ceasefire, ending eight days of fighting"; none otherwise.
   */
  private List<Actor> partiesEnding(int noun) {
    int current = noun;
    boolean ended = false;
    for (int hop = 0; hop <= ENDED_FIGHT_HOPS; hop++) {
      Dependency up = arcs.head(current);
      if (up == null || up.head() < 0) {
        return List.of();
      }
      int head = up.head();
      boolean after = AFTER_PREPOSITIONS.contains(up.subtype());
      boolean ending =
          (up.base().equals("obj") || up.relation().equals("obl:tmod")) // "ending eleven days of"
              && NominalEvents.ENDING_VERBS.contains(sentence.token(head).lowerLemma())
              && sentence.token(head).pos().equals("VBG") // not "pledged to end the Korean War"
              && arcs.children(head, "mark").isEmpty() // nor "work toward ending the war"
              && arcs.children(head, "case").isEmpty();
      ended |= after || ending;
      if (ended && sentence.token(head).isVerb() && !ending) {
        List<Actor> sides = TargetFinder.resolvedOnly(arguments.agents(doersOf(head)));
        long states =
            sides.stream().map(Actor::country).filter(Objects::nonNull).distinct().count();
        // "the war in Ukraine" is not between the United States and Russia
        boolean elsewhere =
            TargetFinder.resolvedOnly(arguments.of(List.of(noun))).stream()
                .anyMatch(
                    a ->
                        sides.stream()
                            .noneMatch(
                                side ->
                                    side.country() != null && side.country().equals(a.country())));
        for (Dependency arc : arcs.children(noun, "nmod")) {
          elsewhere |=
              TargetFinder.resolvedOnly(arguments.of(List.of(arc.dependent()))).stream()
                  .anyMatch(
                      a ->
                          sides.stream()
                              .noneMatch(
                                  side ->
                                      side.country() != null
                                          && side.country().equals(a.country())));
        }
        return states == sides.size() && states > 1 && !elsewhere ? sides : List.of();
      }
      if (ending) {
        current = head; // "ending…": on to the verb the participle tells the outcome of
        continue;
      }
      if (!(ended || up.relation().equals("nmod:of") || after)) {
        return List.of(); // "days of fighting" only; the fighting is no object of another act
      }
      current = head; // "a ceasefire brokered by Egypt, ending…": on to what agreed to it
    }
    return List.of();
  }

  /** Nouns of a journey, whose traveller a phrase "on" or "during" it names by what it hangs on. */
  static final Set<String> TRAVEL_NOUNS = Set.of("visit", "trip", "tour");

  /** The prepositions that put someone on a journey: "on a visit to", "during a trip to". */
  static final Set<String> JOURNEY_PREPOSITIONS = Set.of("on", "during");

  /**
   * Who makes a journey no one's name owns: the subject of the verb "on a visit to Jakarta" hangs
   * on ("French Defence Minister Florence Parly, on a visit to Jakarta, announced the agreement"),
   * or the actor it hangs on ("Chinese President Xi Jinping, on a state visit to Washington,").
   */
  private List<Actor> travellers(int noun) {
    Dependency up = arcs.head(noun);
    boolean journey =
        up != null
            && up.head() >= 0
            && (up.base().equals("obl") || up.base().equals("nmod"))
            && JOURNEY_PREPOSITIONS.contains(up.subtype());
    if (!journey) {
      return List.of();
    }
    List<Actor> travellers =
        sentence.token(up.head()).isVerb()
            ? arguments.agents(frames.verb(up.head()).subjects())
            : arguments.of(List.of(up.head()));
    if (!travellers.isEmpty()) {
      steps = new ArrayList<>(steps);
      steps.add("on a journey no one's name owns: whoever the phrase it is in tells of");
    }
    return travellers;
  }

  /**
   * Whether an act the story told is still in view: told in the last {@code lookback} sentences, or
   * in the lead while this sentence is within {@link #LEAD_REACH}.
   */
  private boolean inView(Event told, int lookback) {
    return told.sentence() >= sentence.index() - lookback
        || (told.sentence() == LEAD_SENTENCE && sentence.index() <= LEAD_REACH);
  }

  /** The sector of the people who protest when no one is named: civilians. */
  static final String PROTESTERS_SECTOR = "CVL";

  /**
   * The people of the one a protest is against, when the protest names no protesters and is against
   * a government, its leader or a part of it: "protests against President Nicolas Maduro's disputed
   * re-election" are Venezuelans' (VENCVL). Not a protest against another country or an
   * organisation, whose protesters may be anyone's.
   */
  private List<Actor> unnamedProtesters(int noun, List<Actor> targets) {
    for (Actor target : TargetFinder.resolvedOnly(targets)) {
      String agent = target.code().agent();
      if (target.country() != null && agent != null && !agent.equals(PROTESTERS_SECTOR)) {
        String country = target.country();
        steps = new ArrayList<>(steps);
        steps.add("protesters no one names: the people of " + country);
        return List.of(
            new Actor(
                noun,
                noun + 1,
                sentence.token(noun).word(),
                new org.entente.dictionary.ActorCode(
                    country + PROTESTERS_SECTOR, country, PROTESTERS_SECTOR),
                List.of("protesters no one names: the people of " + country)));
      }
    }
    return List.of();
  }

  /** A told event's doer: its source's country, else its organisation ("IGOEUREEC"); or null. */
  private static String doerOf(Event told) {
    return partyOf(told.source());
  }

  /**
   * The state an actor speaks for, whose own acts it does not answer: its country's or its
   * organisation's; none for a part of a society ("the opposition condemned the decision" is aimed
   * at its own government's act).
   */
  private static String stateOf(Actor actor) {
    String agent = actor.code() == null ? null : actor.code().agent();
    return agent == null || SectorCountries.STATE_AGENTS.contains(agent) ? doerOf(actor) : null;
  }

  /** An actor's country, else its organisation's code. */
  private static String doerOf(Actor actor) {
    if (actor.country() != null) {
      return actor.country();
    }
    return actor.code() == null ? null : actor.code().code();
  }

  /** The root of praise and approval (05), which welcomes only what cooperates. */
  static final String PRAISE_ROOT = "05";

  /** Roots of the acts one welcomes: cooperation, aid and concessions (03-08). */
  static final Set<String> WELCOMED_ROOTS = Set.of("03", "04", "05", "06", "07", "08");

  /** Determiners that point back to something the story told. */
  static final Set<String> DEFINITE_DETERMINERS = Set.of("the", "this", "these", "that", "those");

  /** Roots of force a verb codes that a measure for its subject makes a sanction. */
  static final Set<String> FORCE_BY_MEASURE_ROOTS = Set.of("18", "19");

  /** Nouns of measures that strike by law, not by force: "an order targeting officials". */
  static final Set<String> SANCTIONING_NOUNS =
      Set.of(
          "order",
          "sanction",
          "measure",
          "law",
          "bill",
          "decree",
          "tariff",
          "duty",
          "restriction",
          "ban",
          "embargo",
          "penalty",
          "regulation",
          "rule",
          "legislation");

  /**
   * Roots of coercion that a measure it is done with makes a sanction: "retaliated with duties".
   */
  static final Set<String> RETALIATION_ROOTS = Set.of("17");

  /** Whether a verb is done with a measure: "Beijing retaliated with duties on American goods". */
  private boolean doneWithMeasure(Frame frame) {
    return arcs.children(frame.trigger()).stream()
        .anyMatch(
            arc ->
                (arc.relation().equals("obl:with") || arc.relation().equals("obl:by"))
                    && SANCTIONING_NOUNS.contains(sentence.token(arc.dependent()).lowerLemma()));
  }

  /** Where one goes to when one goes to war, not on a visit. */
  static final Set<String> WAR_DESTINATIONS = Set.of("war", "battle");

  /** CAMEO's conventional military force, not specified (190). */
  static final String WAR_CODE = "190";

  /** Whether a verb of going goes "to war": "had gone to war against Ukraine". */
  private boolean goesToWar(Frame frame) {
    return arcs.children(frame.trigger()).stream()
        .anyMatch(
            arc ->
                arc.relation().equals("obl:to")
                    && WAR_DESTINATIONS.contains(sentence.token(arc.dependent()).lowerLemma()));
  }

  /** The code of sanctions and embargoes. */
  static final String SANCTION_CODE = "163";

  /**
   * Whether a verb's own subject is a measure: its nsubj, or the noun a participle hangs on ("an
   * executive order targeting…").
   */
  private boolean doneByMeasure(Frame frame) {
    List<Integer> doers = new ArrayList<>();
    for (Dependency arc : arcs.children(frame.trigger())) {
      if (arc.relation().equals("nsubj")) {
        doers.add(arc.dependent());
      }
    }
    Dependency up = arcs.head(frame.trigger());
    if (up != null && up.head() >= 0 && up.base().equals("acl")) {
      doers.add(up.head());
    }
    return doers.stream().anyMatch(d -> SANCTIONING_NOUNS.contains(sentence.token(d).lowerLemma()));
  }

  private final ParsedSentence sentence;

  /** The events the story's earlier sentences gave, in order. */
  private final List<Event> story;

  private final LocalDate date;
  private final Arcs arcs;
  private final FrameFinder frames;
  private final ModalityRules modality;
  private final Reciprocity reciprocity;
  private final NominalEvents nominals;
  private final ArgumentActors arguments;
  private final SentenceActors actors;
  private final TargetFinder aims;
  private final Lexicon lexicon;
  private final EventFactory factory;
  private final SectorCountries sectors;
  private final Set<Integer> consumed = new HashSet<>();

  /** How the code of the events about to be emitted was reached, for their rule trail. */
  private List<String> steps = List.of();

  private final List<Event> events = new ArrayList<>();

  SentenceCoding(
      Document document,
      LocalDate date,
      ParsedSentence sentence,
      Arcs arcs,
      SentenceActors actors,
      Codebook codebook,
      Lexicon lexicon,
      ActorVocabulary vocabulary,
      String dateline,
      List<Event> story) {
    this.story = story;
    this.sentence = sentence;
    this.date = date;
    this.arcs = arcs;
    this.frames = new FrameFinder(sentence, arcs);
    this.modality = new ModalityRules(sentence, arcs, lexicon::wrapperKind);
    this.reciprocity = new Reciprocity(sentence, arcs);
    this.nominals = new NominalEvents(sentence, arcs);
    this.arguments = new ArgumentActors(actors, arcs, sentence);
    this.actors = actors;
    this.aims = new TargetFinder(sentence, arcs, frames, arguments, lexicon);
    this.lexicon = lexicon;
    this.factory = new EventFactory(document, date, sentence, arcs, codebook, lexicon, vocabulary);
    this.sectors = new SectorCountries(arguments, arcs, dateline, sentence);
    this.dateline = dateline;
  }

  /**
   * The country of the dateline that opens the story's text ("RABAT (Reuters) -"), or null. Not the
   * one an input gives beside the text: Reuters' 1987 stories give theirs as the place they were
   * filed from ("NEW YORK"), where "The Philippines seeks to reschedule its debt" is aid to no one.
   */
  private final String dateline;

  List<Event> events() {
    for (int t = 0; t < sentence.size(); t++) {
      if (codeAttitude(t) || codeCharacterisation(t)) {
        continue;
      }
      if ((sentence.token(t).isVerb() || isWrapperAdjective(t)) && !consumed.contains(t)) {
        codeVerb(t);
      }
    }
    for (int t = 0; t < sentence.size(); t++) {
      if (sentence.token(t).isNoun() && !consumed.contains(t)) {
        codeNoun(t);
      }
    }
    for (int t = 0; t < sentence.size(); t++) {
      codePresence(t);
      codeVisitingGuest(t);
    }
    // "France said its warships were available to escort Kuwaiti tankers": what is said is coded
    // between the two, so the comment on Kuwait says nothing more
    List<Event> coded = List.copyOf(events);
    events.removeIf(
        comment ->
            comment.rule().contains(COMMENT_STEP)
                && !SAYS_MORE_ROOTS.contains(comment.cameo().code().substring(0, 2))
                && coded.stream()
                    .anyMatch(
                        other ->
                            !other.rule().contains(COMMENT_STEP)
                                // a visit the sentence tells beside the statement is not what
                                // it says: "follows a visit here by Baldrige, who said that…"
                                && !VISIT_CODES.contains(other.cameo().code())
                                && !besideWhatIsSaid(comment, other)
                                && java.util.Objects.equals(
                                    other.source().country(), comment.source().country())
                                && java.util.Objects.equals(
                                    other.target().country(), comment.target().country())));
    return events;
  }

  /**
   * Roots a comment takes from what it says that say more than the act it tells: "Reagan said he
   * imposed the tariffs because Japan failed to keep an agreement" accuses Japan beside the tariffs
   * (disapproval, accusation, threats).
   */
  static final Set<String> SAYS_MORE_ROOTS = Set.of("11", "13");

  /** Clauses of a speech verb that tell when or why it was said, not what. */
  static final Set<String> CIRCUMSTANCE_CLAUSES = Set.of("advcl", "obl");

  /**
   * Whether {@code other} is told in a clause that says when or why {@code comment} was made, not
   * what it says: "Commenting on President Reagan's decision to increase tariffs on Japanese
   * imports, Baldrige said Washington's problems with Japan were not comparable…".
   */
  private boolean besideWhatIsSaid(Event comment, Event other) {
    int speech = tokenAt(comment.triggerStart());
    int act = tokenAt(other.triggerStart());
    if (speech < 0 || act < 0) {
      return false;
    }
    // up from the act to the speech verb: through which of its clauses?
    int at = act;
    for (int steps = 0; steps < sentence.size(); steps++) {
      Dependency up = arcs.head(at);
      if (up == null || up.head() < 0) {
        return false;
      }
      if (up.head() == speech) {
        return CIRCUMSTANCE_CLAUSES.contains(up.base());
      }
      at = up.head();
    }
    return false;
  }

  private int tokenAt(int begin) {
    for (int t = 0; t < sentence.size(); t++) {
      if (sentence.token(t).begin() == begin) {
        return t;
      }
    }
    return -1;
  }

  /**
   * Attitudes one holds toward another, told by a participle or an adjective with what causes them:
   * "ministers were very disturbed by U.S. moves towards protectionism" (110), "he was satisfied
   * with the role the U.S. has played" (051), "we are concerned with the Bank's preoccupation"
   * (012). By the written word: "concerned" is an attitude, "concern" a topic. "Encouraged" is left
   * out: "encouraged by" is also someone else's appeal.
   */
  static final Map<String, String> ATTITUDE_CODES =
      Map.ofEntries(
          Map.entry("disturbed", "110"),
          Map.entry("disappointed", "110"),
          Map.entry("angered", "110"),
          Map.entry("dismayed", "110"),
          Map.entry("upset", "110"),
          Map.entry("outraged", "110"),
          Map.entry("irritated", "110"),
          Map.entry("annoyed", "110"),
          Map.entry("displeased", "110"),
          Map.entry("unhappy", "110"),
          Map.entry("frustrated", "110"),
          Map.entry("alarmed", "012"),
          Map.entry("concerned", "012"),
          Map.entry("worried", "012"),
          Map.entry("pleased", "051"),
          Map.entry("satisfied", "051"),
          Map.entry("heartened", "051"),
          Map.entry("delighted", "051"),
          Map.entry("gratified", "051"));

  /**
   * Verbs that name their object something without "as": "called the invasion a historic mistake",
   * "branded the decision unacceptable". With a judging word the name is disapproval or praise;
   * with none it is no event, and no telephone call either.
   */
  static final Set<String> CALLING_VERBS = Set.of("call", "term", "dub", "label", "brand");

  /** The relations by which the parser hangs the name given on a calling verb. */
  static final Set<String> NAMED_AS = Set.of("obl:npmod", "xcomp");

  /** Verbs that characterise their object "as" something: "viewed the Bank as a bureaucracy". */
  static final Set<String> CHARACTERISING_VERBS =
      Set.of(
          "view",
          "regard",
          "see",
          "describe",
          "portray",
          "depict",
          "characterize",
          "characterise",
          "brand");

  /** Words of a characterisation that disapprove: "a bloated and inefficient bureaucracy". */
  static final Set<String> DISAPPROVING_WORDS =
      Set.of(
          "bloated",
          "inefficient",
          "unacceptable",
          "dangerous",
          "unfair",
          "threat",
          "mistake",
          "provocation",
          "protectionist",
          "aggression",
          "aggressive",
          "hostile",
          "illegal",
          "interference",
          "violation",
          "blackmail",
          "irresponsible",
          "absurd",
          "regrettable",
          "deplorable",
          "disappointing",
          "unjustified",
          "unwarranted",
          "outrageous",
          "harmful",
          "insult",
          "crime",
          "unhelpful",
          "wrong",
          // words of today's wires
          "fabricate",
          "killer",
          "murderer",
          "criminal",
          "terrorist",
          "terrorism",
          "obstacle",
          "encroachment",
          "lawlessness",
          "aggressor",
          "provocative",
          "reckless",
          "destabilising",
          "destabilizing",
          "propaganda",
          "lie",
          "farce",
          "sham",
          "hypocrisy",
          "hypocritical",
          "bullying",
          "coercion",
          "piracy",
          "illegitimate",
          "unlawful",
          "baseless",
          "groundless",
          "meddling",
          "hegemony",
          "colonialism",
          "imperialism",
          "theft",
          "retaliation",
          "escalation",
          "atrocity",
          "barbaric",
          "brutal",
          "shameful",
          "disgraceful",
          "betrayal",
          "dictator",
          "tyrant",
          "thug",
          "puppet",
          "failure",
          "disaster",
          "trouble",
          "doom",
          // "called Russia 'an enemy and an occupier'", "called the executions cruel and
          // unnecessary", "described the removal as a coup"
          "enemy",
          "occupier",
          "fascist",
          "nazi",
          "unfortunate",
          "cruel",
          "unnecessary",
          "unjust",
          "unfounded",
          "reprehensible",
          "authoritarian",
          "coup",
          "stab",
          "excessive",
          // "called the accord an attack on its sovereignty", "a breach of democratic order"
          "attack",
          "breach");

  /** Words of a characterisation that approve: "a significant step", "very positive". */
  static final Set<String> APPROVING_WORDS =
      Set.of(
          "important",
          "positive",
          "constructive",
          "helpful",
          "welcome",
          "significant",
          "useful",
          "encouraging",
          "breakthrough",
          "success",
          "successful",
          "visionary",
          "reasonable",
          "excellent",
          "good",
          "step",
          "progress",
          "historic",
          "milestone",
          "landmark",
          "victory",
          "statesman",
          "friend",
          "productive",
          "fruitful",
          "cordial");

  /**
   * "X viewed Y as a bloated and inefficient bureaucracy" (110), "X described Y's proposal as a
   * significant step" (051): a characterisation with a judging word is disapproval or praise of Y,
   * or of whose Y is. Without such a word ("described the meeting as private") it is no event.
   */
  private boolean codeCharacterisation(int verb) {
    String lemma = sentence.token(verb).lowerLemma();
    boolean naming = CALLING_VERBS.contains(lemma);
    if (!sentence.token(verb).isVerb()
        || consumed.contains(verb)
        || !(CHARACTERISING_VERBS.contains(lemma) || naming)) {
      return false;
    }
    Integer as = null;
    List<Integer> objects = new ArrayList<>();
    List<Integer> subjects = new ArrayList<>();
    for (Dependency arc : arcs.children(verb)) {
      if (arc.relation().equals("obl:as") || arc.relation().equals("advcl:as")) {
        // "described Putin as a 'killer' and Washington imposed…": the first "as" is the name
        as = as == null ? arc.dependent() : as;
      } else if (naming
          && NAMED_AS.contains(arc.relation())
          && as == null
          && (!sentence.token(arc.dependent()).isVerb()
              // "called them fabricated": a participle that judges, as an adjective would
              || DISAPPROVING_WORDS.contains(sentence.token(arc.dependent()).lowerLemma()))) {
        as = arc.dependent(); // "called the Russian invasion of Ukraine a historic mistake"
      } else if (arc.relation().equals("obj")) {
        objects.add(arc.dependent());
      } else if (arc.relation().equals("nsubj")) {
        subjects.add(arc.dependent());
      }
    }
    if (naming && as == null) {
      // "called Russia 'an enemy and an occupier'": the one named hung on the name as its dep
      for (int object : List.copyOf(objects)) {
        for (Dependency arc : arcs.children(object, "dep")) {
          if (arc.dependent() < object
              && sentence.token(arc.dependent()).isNoun()
              && !arguments.of(List.of(arc.dependent())).isEmpty()) {
            as = object;
            objects = new ArrayList<>(List.of(arc.dependent()));
          }
        }
      }
    }
    if (naming && as == null && objects.size() > 1) {
      // "the embargo, which Castro called 'the most important obstacle'": the name given is the
      // object after the verb, what is named the one the relative pronoun stands for
      int last = objects.stream().filter(o -> o > verb).max(Integer::compare).orElse(-1);
      if (last >= 0) {
        as = last;
        objects.remove(Integer.valueOf(last));
      }
    }
    if (naming && as != null && objects.isEmpty()) {
      // "called them fabricated", parsed as a small clause: its subject is what is named
      for (Dependency arc : arcs.children(as, "nsubj")) {
        objects.add(arc.dependent());
      }
    }
    if (naming && as == null && objects.size() == 1 && subjects.size() == 1) {
      // "a move Seoul called economic retaliation": a relative clause with no pronoun names the
      // noun it hangs on by its object
      List<Integer> named = new ArrayList<>();
      for (Dependency arc : arcs.heads(verb)) {
        boolean relative = arc.relation().equals("acl:relcl") || arc.relation().equals("dep");
        if (relative && arc.head() < verb && sentence.token(arc.head()).isNoun()) {
          named.add(arc.head());
        }
      }
      if (named.size() == 1
          && named.get(0) < subjects.get(0)
          && arguments.of(objects).isEmpty() // "two days after Hollande called Obama"
          && !FrameFinder.TIME_NOUNS.contains(sentence.token(named.get(0)).lowerLemma())) {
        as = objects.get(0);
        objects = new ArrayList<>(named);
      }
    }
    if (naming && as == null) {
      // "called Pakistan "a terrorist state"": the quoted name hung on the object as its dep;
      // "called the decision outrageous", "called the occupation of Heglig illegal": an adjective
      // after the noun is no modifier of it but the name given
      for (int object : objects) {
        List<Integer> named = new ArrayList<>(List.of(object));
        for (Dependency arc : arcs.children(object)) {
          if (arc.base().equals("nmod")) {
            named.add(arc.dependent());
          }
        }
        for (int noun : named) {
          for (Dependency arc : arcs.children(noun)) {
            var name = sentence.token(arc.dependent());
            boolean dep = arc.relation().equals("dep") && name.isNoun();
            boolean adjective =
                (arc.relation().equals("dep") || arc.relation().equals("amod"))
                    && (name.pos().startsWith("JJ") || name.pos().equals("VBN"));
            if (arc.dependent() > noun && (dep || adjective) && as == null) {
              as = arc.dependent();
            }
          }
        }
      }
    }
    if (as == null || objects.isEmpty()) {
      return false;
    }
    String code = null;
    for (int t : arcs.subtree(as)) {
      String word = sentence.token(t).lowerLemma();
      if (DISAPPROVING_WORDS.contains(word)) {
        code = DISAPPROVAL_CODE;
        break;
      }
      if (APPROVING_WORDS.contains(word)) {
        code = PRAISE_CODE;
      }
    }
    if (code == null) {
      if (naming) {
        consumed.add(verb); // "called Putin a war criminal": a name given, no telephone call
        return true;
      }
      return false;
    }
    steps = List.of();
    if (subjects.isEmpty()
        && arcs.heads(verb).stream().anyMatch(arc -> arc.base().equals("conj"))) {
      // "…and has described the leftist leader's removal as a coup": the subject it shares
      subjects = frames.verb(verb).subjects();
    }
    List<Actor> sources = TargetFinder.resolvedOnly(arguments.agents(subjects));
    List<Actor> targets = othersOwning(objects, sources);
    if (naming && !targets.isEmpty()) {
      // "called the Russian invasion of Ukraine a historic mistake": judged is whose the act is
      targets = targets.subList(0, 1);
    }
    if (targets.isEmpty()) {
      // "called the seizure an 'Iranian act of terrorism'": the name says whose the act is
      for (Dependency arc : arcs.children(as, "amod")) {
        targets =
            othersOwning(List.of(arc.dependent()), sources).stream()
                .filter(a -> a.country() != null && a.code().agent() == null)
                .toList(); // a nation's, not "a terrorist act"
      }
    }
    if (targets.isEmpty()) {
      // "Britain will expel 23 Russian diplomats… its embassy in London called the measures
      // unjustified": the measures the story told are Britain's
      targets = storyDoers(objects, sources, code);
    }
    if (targets.isEmpty()) {
      // "Dutch Prime Minister Mark Rutte called the remarks unacceptable", in a story of the
      // Netherlands and Turkey: the remarks judged are the other side's
      targets = leadCounterpart(objects, sources);
    }
    if (naming && targets.isEmpty() && !sources.isEmpty()) {
      // "China denied the charges and called them fabricated": what the conjunct denied
      targets = conjunctTargets(frames.verb(verb), sources);
      if (targets.isEmpty()) {
        consumed.add(verb); // a name given to no one known: no telephone call either
        return true;
      }
    }
    if (sources.isEmpty() || targets.isEmpty()) {
      return false;
    }
    if (code.equals(PRAISE_CODE)
        && objects.stream()
            .anyMatch(o -> JOINT_ACT_NOUNS.contains(sentence.token(o).lowerLemma()))) {
      // "described the talks as very positive": hope for what the two do together, no praise of
      // the other side
      code = OPTIMISM_CODE;
    }
    consumed.add(verb);
    Frame frame = frames.verb(verb);
    List<String> found = steps;
    steps = new ArrayList<>();
    steps.add(
        "characterisation: \""
            + sentence.token(verb).word()
            + " … as\" with a judging word → "
            + code);
    steps.addAll(found);
    emit(frame, code, sources, targets);
    return true;
  }

  /** Nouns of what two parties do together, whose good name is optimism, not praise. */
  static final Set<String> JOINT_ACT_NOUNS =
      Set.of(
          "talk",
          "talks",
          "meeting",
          "negotiation",
          "dialogue",
          "consultation",
          "summit",
          "visit",
          "relationship",
          "relation",
          "tie",
          "cooperation",
          "partnership");

  /** CAMEO's optimistic comment. */
  static final String OPTIMISM_CODE = "013";

  /**
   * The actors of other countries than the sources' that the nouns name or that own them ("U.S.
   * moves", "the Bank's preoccupation", "moves by Washington", "the tariffs announced by President
   * Reagan"), each once, in the nouns' order.
   */
  private List<Actor> othersOwning(List<Integer> nouns, List<Actor> sources) {
    List<Actor> others = new ArrayList<>();
    for (int noun : nouns) {
      List<Integer> heads = new ArrayList<>(List.of(noun));
      for (Dependency arc : arcs.children(noun)) {
        if (ATTITUDE_OWNERS.contains(arc.relation())) {
          heads.add(arc.dependent());
        }
      }
      // "disappointed by the tariffs announced by President Reagan": the tariffs' author
      for (Dependency arc : aims.agentsOfParticiples(noun)) {
        heads.add(arc.dependent());
      }
      for (Actor actor : TargetFinder.resolvedOnly(arguments.of(heads))) {
        boolean other =
            !ArgumentActors.isPronoun(actor)
                && sources.stream()
                    .noneMatch(s -> java.util.Objects.equals(s.country(), actor.country()));
        if (other && !others.contains(actor)) {
          others.add(actor);
        }
      }
    }
    return others;
  }

  /** Disapproval, not specified. */
  static final String DISAPPROVAL_CODE = "110";

  /** Praise or endorsement. */
  static final String PRAISE_CODE = "051";

  /** The prepositions that name what an attitude is about: "disturbed by", "unhappy with". */
  static final Set<String> ATTITUDE_CAUSES =
      Set.of("obl:by", "obl:agent", "obl:at", "obl:with", "obl:about", "obl:over");

  /**
   * How a cause names whose it is: "U.S. moves", "the Bank's preoccupation", "American
   * protectionism", "moves by Washington", "the policies of Japan".
   */
  static final Set<String> ATTITUDE_OWNERS =
      Set.of("nmod:poss", "amod", "compound", "nmod:by", "nmod:of");

  private boolean marksCause(int clause) {
    return arcs.children(clause, "mark").stream()
        .map(m -> "obl:" + sentence.token(m.dependent()).lowerLemma())
        .anyMatch(ATTITUDE_CAUSES::contains);
  }

  /**
   * Codes an attitude ({@link #ATTITUDE_CODES}) toward the actor its cause names, or the owner of
   * the cause ("U.S. moves", "the Bank's preoccupation", "moves by Washington"); never a place the
   * cause is in ("worried about a rise in protectionism in the U.S. Congress" is about a rise).
   */
  private boolean codeAttitude(int word) {
    var token = sentence.token(word);
    String code = ATTITUDE_CODES.get(token.word().toLowerCase(java.util.Locale.ROOT));
    if (code == null
        || consumed.contains(word)
        || !(token.pos().startsWith("JJ") || token.pos().equals("VBN"))) {
      return false;
    }
    List<Integer> subjects = new ArrayList<>();
    List<Integer> causes = new ArrayList<>();
    for (Dependency arc : arcs.children(word)) {
      if (arc.relation().equals("nsubj") || arc.relation().equals("nsubj:pass")) {
        subjects.add(arc.dependent());
      } else if (ATTITUDE_CAUSES.contains(arc.relation())) {
        causes.add(arc.dependent());
      } else if (arc.base().equals("advcl") && marksCause(arc.dependent())) {
        // "concerned about Uganda's plans to build a dam": the parser makes the plans the subject
        // of "to build", under "about"; they are the cause
        for (Dependency subject : arcs.children(arc.dependent(), "nsubj")) {
          causes.add(subject.dependent());
        }
      }
    }
    consumed.add(word);
    List<Actor> sources = TargetFinder.resolvedOnly(arguments.agents(subjects));
    if (sources.isEmpty() || causes.isEmpty()) {
      return true;
    }
    List<Actor> targets = othersOwning(causes, sources);
    if (targets.isEmpty()) {
      return true;
    }
    Frame frame =
        new Frame(
            word,
            token.lowerLemma(),
            false,
            subjects,
            List.of(),
            Map.of(),
            Set.of(),
            List.of(word));
    steps = List.of("attitude: \"" + token.word() + "\" with what causes it → " + code);
    if (code.equals(PRAISE_CODE) && modality.negated(word)) {
      // "The EC is not satisfied with Japan's inability to cut its trade surplus": disapproval
      steps = List.of(steps.get(0), "not " + token.word() + ": disapproval → " + DISAPPROVAL_CODE);
      emit(frame, DISAPPROVAL_CODE, sources, targets, false, modality.modality(word, false));
      return true;
    }
    emit(frame, code, sources, targets);
    return true;
  }

  /** What one comes to a place for, which makes being there a visit: "in New Zealand for talks". */
  static final Set<String> TRIP_PURPOSES =
      Set.of(
          "talk",
          "talks",
          "meeting",
          "negotiation",
          "consultation",
          "summit",
          "conference",
          "visit");

  /** Whether {@code place} is a verb's "in" phrase with a purpose of {@link #TRIP_PURPOSES}. */
  private boolean isTripPlace(int place) {
    Dependency up = arcs.head(place);
    return up != null
        && up.head() >= 0
        && up.relation().equals("obl:in")
        && sentence.token(up.head()).isVerb()
        && arcs.children(place).stream()
            .anyMatch(
                arc ->
                    arc.relation().equals("nmod:for")
                        && TRIP_PURPOSES.contains(sentence.token(arc.dependent()).lowerLemma()));
  }

  /**
   * The verb a place hangs on "in", directly ("declaring in Beijing") or through the occasion the
   * verb was at ("signed the contracts at a ceremony in Cairo"), or -1.
   */
  private int actedAbroad(int place) {
    Dependency up = arcs.head(place);
    if (up == null || up.head() < 0) {
      return -1;
    }
    if (up.relation().equals("obl:in") && sentence.token(up.head()).isVerb()) {
      return up.head();
    }
    Dependency occasion = arcs.head(up.head());
    if (up.relation().equals("nmod:in")
        && occasion != null
        && occasion.head() >= 0
        && OCCASION_PREPOSITIONS.contains(occasion.relation())
        && OCCASION_NOUNS.contains(sentence.token(up.head()).lowerLemma())
        && sentence.token(occasion.head()).isVerb()) {
      return occasion.head();
    }
    return -1;
  }

  /**
   * Who does what a verb tells: its subjects, else those of the verb a participle or a conjunct
   * hangs on ("Duterte announced…, declaring in Beijing"), else the noun a participle modifies
   * ("Zelenskyy, speaking in Turkey, said").
   */
  private List<Integer> doersOf(int verb) {
    int current = verb;
    for (int hop = 0; hop <= DOER_HOPS; hop++) {
      List<Integer> subjects = frames.verb(current).subjects();
      if (!subjects.isEmpty()) {
        return subjects;
      }
      Dependency up = arcs.head(current);
      if (up == null || up.head() < 0) {
        return List.of();
      }
      if (up.base().equals("acl") && sentence.token(up.head()).isNoun()) {
        return List.of(up.head());
      }
      if (!(up.base().equals("advcl")
              || up.base().equals("dep")
              || up.base().equals("conj")
              || up.base().equals("xcomp"))
          || !sentence.token(up.head()).isVerb()) {
        return List.of();
      }
      current = up.head();
    }
    return List.of();
  }

  /** How many verbs up {@link #doersOf} looks for a subject. */
  static final int DOER_HOPS = 2;

  /** How an occasion hangs on what was done at it: "at a ceremony", "during talks". */
  static final Set<String> OCCASION_PREPOSITIONS = Set.of("obl:at", "obl:during", "obl:in");

  /** Occasions a leader abroad acts at: "at a news conference in Cairo". */
  static final Set<String> OCCASION_NOUNS =
      Set.of(
          "ceremony",
          "conference",
          "summit",
          "banquet",
          "meeting",
          "dinner",
          "forum",
          "event",
          "rally",
          "speech",
          "talks",
          "session");

  /** How an actor's reasons name a person of the dictionary of office holders. */
  static final String PERSON_ENTRY = "(people.tsv:";

  /** How an actor's reasons name a person the dictionary does not know, by a title. */
  static final String TITLED_STRANGER = "a title with a name no dictionary knows";

  /** Words of an envoy, who lives where he serves and does not visit it. */
  static final Set<String> ENVOY_WORDS =
      Set.of("ambassador", "envoy", "consul", "attache", "diplomat", "embassy", "charge");

  /**
   * Whether an actor is a person who leads or speaks for a state (a government agent the dictionary
   * of office holders knows, or a title with a name: "Philippine President Rodrigo Duterte",
   * "Zelenskyy"), not an envoy stationed abroad.
   */
  private boolean isTravellingLeader(Actor actor) {
    if (actor.country() == null || !"GOV".equals(actor.code().agent())) {
      return false;
    }
    for (int t = actor.start(); t < actor.end(); t++) {
      if (ENVOY_WORDS.contains(sentence.token(t).lowerLemma())) {
        return false;
      }
    }
    return actor.why().stream()
        .anyMatch(line -> line.contains(PERSON_ENTRY) || line.contains(TITLED_STRANGER));
  }

  /** The word of being on the way elsewhere: "is in Hawaii on his way home". */
  static final String PASSING_THROUGH = "way";

  /** The code of an official's presence in another country: a visit. */
  static final String PRESENCE_CODE = "042";

  /**
   * "Iranian Oil Minister Gholamreza Aqazadeh is in the United Arab Emirates to discuss oil
   * prices": an official who is in another country is visiting it.
   */
  private void codePresence(int place) {
    boolean copula = !arcs.children(place, "cop").isEmpty();
    boolean in =
        arcs.children(place, "case").stream()
            .anyMatch(c -> sentence.token(c.dependent()).lowerLemma().equals("in"));
    // "Yeutter, in New Zealand for informal GATT ministerial talks, told Reuters…": a place the
    // subject is in for talks, set beside the verb
    int withSubject = place;
    int actedIn = copula || !in || consumed.contains(place) ? -1 : actedAbroad(place);
    boolean abroad = false;
    if (!copula && in && !consumed.contains(place) && isTripPlace(place)) {
      withSubject = arcs.head(place).head();
    } else if (actedIn >= 0) {
      // "Duterte announced his separation from the United States, declaring in Beijing that…":
      // a leader who acts in another country's city is visiting it
      withSubject = actedIn;
      abroad = true;
    } else if (!copula || !in || consumed.contains(place)) {
      return;
    }
    if (arcs.children(place).stream()
        .anyMatch(arc -> sentence.token(arc.dependent()).lowerLemma().equals(PASSING_THROUGH))) {
      return; // "Lange is in Hawaii on his way home from Vancouver": a stop, not a visit
    }
    if (organisationsPurpose(place)) {
      // "Funaro, who is in Washington to attend the meetings of the World Bank and IMF": there for
      // an organisation's meeting, not visiting the country
      return;
    }
    List<Actor> places = arguments.of(List.of(place));
    places =
        places.stream()
            .filter(a -> a.isResolved() && a.country() != null && a.code().agent() == null)
            .toList();
    List<Integer> subjects = new ArrayList<>();
    for (Dependency arc : arcs.children(withSubject, "nsubj")) {
      if (arcs.children(arc.dependent(), "det").stream()
          .anyMatch(d -> sentence.token(d.dependent()).lowerLemma().equals("no"))) {
        return; // "no Libyan forces are in Chad"
      }
      subjects.add(arc.dependent());
    }
    if (abroad) {
      if (modality.negated(withSubject)
          || modality.modality(withSubject, false) != Modality.FACTUAL) {
        return; // "Kohl would make concessions in Venice": where he is not yet
      }
      subjects = doersOf(withSubject); // "…, speaking in Turkey, said"
      places = places.stream().filter(Actor::isLocality).toList();
    }
    boolean leaders = abroad;
    List<Actor> visited = places;
    List<Actor> visitors =
        arguments.agents(subjects).stream()
            .filter(a -> a.isResolved() && a.code().agent() != null)
            .filter(a -> !leaders || isTravellingLeader(a))
            .filter(a -> visited.isEmpty() || !visited.get(0).country().equals(a.country()))
            .toList();
    if (places.isEmpty() || visitors.isEmpty()) {
      return;
    }
    Frame frame = wordFrame(place, "be in", subjects);
    steps =
        List.of(
            abroad
                ? "presence: a leader who acts in another country's city → " + PRESENCE_CODE
                : "presence: an official \"is in\" another country → " + PRESENCE_CODE);
    if (abroad) {
      emit(frame, PRESENCE_CODE, visitors, places, false, modality.modality(withSubject, false));
      return;
    }
    emit(frame, PRESENCE_CODE, visitors, places);
  }

  /**
   * "Tamura told visiting U.S. Trade Representative Clayton Yeutter…", "Li met visiting Russian
   * Foreign Minister Sergei Lavrov": the guest the adjective "visiting" marks visits the country of
   * whoever receives him, the subject of the verb he is the object of.
   */
  private void codeVisitingGuest(int participle) {
    if (!ParseRepairs.VISITING.contains(
        sentence.token(participle).word().toLowerCase(java.util.Locale.ROOT))) {
      return;
    }
    Dependency up = arcs.head(participle);
    if (up == null || up.head() < 0 || !up.base().equals("amod")) {
      return;
    }
    int guest = up.head();
    Dependency received = arcs.head(guest);
    if (received == null
        || received.head() < 0
        || !received.base().equals("obj")
        || !sentence.token(received.head()).isVerb()) {
      return;
    }
    List<Actor> guests = TargetFinder.resolvedOnly(arguments.of(List.of(guest)));
    List<Actor> hosts =
        TargetFinder.resolvedOnly(arguments.agents(frames.verb(received.head()).subjects()));
    hosts =
        hosts.stream()
            .filter(
                h ->
                    h.country() != null
                        && guests.stream().noneMatch(g -> h.country().equals(g.country())))
            .toList();
    if (guests.isEmpty() || hosts.isEmpty()) {
      return;
    }
    Frame frame = wordFrame(participle, "visit", List.of(guest));
    steps = List.of("\"visiting\" guest received by another country's actor → " + VISIT_CODE);
    emit(frame, VISIT_CODE, guests, hosts);
  }

  /**
   * The frame of an event a single word tells with its subjects and no other arguments: a place one
   * "is in", a "visiting" guest.
   */
  private static Frame wordFrame(int word, String lemma, List<Integer> subjects) {
    return new Frame(
        word, lemma, false, subjects, List.of(), java.util.Map.of(), Set.of(), List.of(word));
  }

  /** How a presence names what it is for: "for talks", "to attend the meetings". */
  static final Set<String> PURPOSE_RELATIONS =
      Set.of("obl:for", "advcl", "xcomp", "advcl:to", "acl", "acl:to");

  /** Whether what one is somewhere for names an international organisation. */
  private boolean organisationsPurpose(int place) {
    for (Dependency arc : arcs.children(place)) {
      if (!PURPOSE_RELATIONS.contains(arc.relation()) && !PURPOSE_RELATIONS.contains(arc.base())) {
        continue;
      }
      for (int token : arcs.subtree(arc.dependent())) {
        if (arguments.at(token).stream()
            .anyMatch(a -> a.isResolved() && a.code().code().startsWith("IGO"))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a state's official travels to another country only for an organisation's meeting there
   * ("before travelling to Washington for the semi-annual meeting of the International Monetary
   * Fund"): what the trip is for names an organisation and none of the visited country's actors
   * ("to attend the IMF meeting and for talks with U.S. officials" visits the United States), and
   * neither side is an organisation ("IMF teams have visited Warsaw", "flies to Brussels for talks
   * with EC officials" are visits).
   */
  private boolean forOrganisation(Frame frame, List<Actor> sources, List<Actor> targets) {
    boolean states =
        Stream.concat(sources.stream(), targets.stream())
            .allMatch(a -> a.country() != null && !a.code().code().startsWith("IGO"));
    if (!states || targets.isEmpty() || !organisationsPurpose(frame.trigger())) {
      return false;
    }
    for (Dependency arc : arcs.children(frame.trigger())) {
      if (!PURPOSE_RELATIONS.contains(arc.relation()) && !PURPOSE_RELATIONS.contains(arc.base())) {
        continue;
      }
      for (int token : arcs.subtree(arc.dependent())) {
        boolean visited =
            arguments.at(token).stream()
                .anyMatch(
                    a ->
                        a.isResolved()
                            && targets.stream()
                                .anyMatch(t -> java.util.Objects.equals(t.country(), a.country())));
        if (visited) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Whether those said to have to act include the speakers' own side ("we must…", "the United
   * States and West Germany must…"): their country, or the same part of it. A rebel group's demand
   * on its own government is a demand.
   */
  private static boolean includesAskers(List<Actor> addressees, List<Actor> askers) {
    return addressees.stream()
        .anyMatch(
            a ->
                a.country() != null
                    && askers.stream()
                        .anyMatch(
                            s ->
                                a.country().equals(s.country())
                                    && (a.code().agent() == null
                                        || (a.code().agent().equals(s.code().agent())
                                            && !differentGroups(a, s)))));
  }

  /**
   * Whether two actors of one contending sector are different groups by name: "Rwandan rebels
   * announced that President Kagame and his Rwandan Patriotic Front must agree…" asks the RPF,
   * though the dictionary codes both as Rwanda's rebels.
   */
  private static boolean differentGroups(Actor one, Actor other) {
    return SectorCountries.POLITICAL_AGENTS.contains(String.valueOf(one.code().agent()))
        && !one.text().equalsIgnoreCase(other.text());
  }

  private boolean demandsOfClause(Frame wrapperFrame) {
    return demandsOfClause(wrapperFrame, true);
  }

  /**
   * Whether a reporting verb's clause tells another what it must do: "must" always, a subjunctive
   * ("insisted Japan open its markets") only after the wrappers, whose clauses the parser finds
   * reliably.
   */
  private boolean demandsOfClause(Frame wrapperFrame, boolean subjunctive) {
    for (Dependency arc : arcs.children(wrapperFrame.trigger(), "ccomp")) {
      var verb = sentence.token(arc.dependent());
      if (subjunctive
          && verb.pos().equals("VB")
          && !arcs.children(arc.dependent(), "nsubj").isEmpty()
          && arcs.children(arc.dependent(), "aux").isEmpty()
          && !isConjunct(arc.dependent())
          && arcs.children(arc.dependent(), "mark").stream()
              .noneMatch(m -> sentence.token(m.dependent()).lowerLemma().equals("to"))) {
        return true; // "insisted Japan open its markets": a subjunctive is a demand
      }
      for (Dependency aux : arcs.children(arc.dependent(), "aux")) {
        String word = sentence.token(aux.dependent()).word().toLowerCase(java.util.Locale.ROOT);
        if (DEMAND_AUXILIARIES.contains(word)
            || (PRESENT_HAVE.contains(word)
                && arcs.children(arc.dependent(), "aux").size() == 1
                && modality.isObligation(arc.dependent()))) {
          // "said Japan must open its market", "… has to open its market"; not "would have to
          // abandon", a forecast
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a verb is another's conjunct, which shares its auxiliary: "said member states would
   * recall their ambassadors, suspend transactions and freeze assets" is no subjunctive.
   */
  private boolean isConjunct(int verb) {
    return arcs.heads(verb).stream().anyMatch(a -> a.base().equals("conj"));
  }

  /**
   * "verb "hold" + with + object "talks" (verbs.tsv:3534) → 046": the entry and what it matched.
   */
  private static String describe(VerbEntry entry, Frame frame) {
    StringBuilder pattern = new StringBuilder("verb \"").append(entry.verb()).append('"');
    if (!entry.prep().isEmpty()) {
      pattern.append(" + ").append(entry.prep());
    }
    for (Set<String> group : entry.objectGroups()) {
      String word =
          frame.objectWords().stream().filter(group::contains).sorted().findFirst().orElse("?");
      pattern.append(" + object \"").append(word).append('"');
    }
    return pattern + " (" + entry.origin() + ") → " + entry.code();
  }

  /** "is willing to make", "was unwilling to give", "are due to visit": wrappers too. */
  private boolean isWrapperAdjective(int token) {
    return sentence.token(token).pos().startsWith("JJ")
        && lexicon.wrapper(sentence.token(token).lowerLemma()) != null
        && !arcs.children(token, "xcomp").isEmpty();
  }

  /** Verbs whose "of/with/for V-ing" is an allegation, not an act: "accused Turkey of aiding…". */
  static final Set<String> ALLEGING_VERBS =
      Set.of("accuse", "charge", "blame", "suspect", "condemn", "criticize", "criticise");

  private boolean isAllegation(int verb) {
    // "accused Russia of plotting to overthrow its government": what the alleged act embeds is
    // alleged too
    int current = verb;
    for (int depth = 0; depth < ALLEGATION_DEPTH; depth++) {
      if (isAllegedGerund(current)) {
        return true;
      }
      Dependency up = arcs.head(current);
      if (up == null || up.head() < 0 || !up.base().equals("xcomp")) {
        return false;
      }
      current = up.head();
    }
    return false;
  }

  /** How many complements up an act is looked at for the allegation that embeds it. */
  static final int ALLEGATION_DEPTH = 3;

  private boolean isAllegedGerund(int verb) {
    Dependency head = arcs.head(verb);
    return head != null
        && head.head() >= 0
        && sentence.token(verb).pos().equals("VBG")
        && (head.base().equals("advcl") || head.base().equals("obl"))
        // "accused Pakistan of carrying out air strikes": the parser may mark the gerund instead
        && (!arcs.children(verb, "case").isEmpty() || !arcs.children(verb, "mark").isEmpty())
        && ALLEGING_VERBS.contains(sentence.token(head.head()).lowerLemma());
  }

  private void codeVerb(int verb) {
    if (isAllegation(verb)) {
      return; // what one is accused of is alleged, not reported as done
    }
    if (isNaming(verb)) {
      // "in retaliation for what he called Japan's failure to honour a 1986 agreement": a name
      // given to another's conduct, no appeal; what it names is not told as done either
      for (Dependency arc : arcs.children(verb, "xcomp")) {
        consumed.add(arc.dependent());
      }
      return;
    }
    Frame frame = frames.verb(verb);
    // a particle verb is a wrapper only when listed as one ("call on"): "pushing Iranian forces
    // out" is no appeal, "set up a commission" no plan
    Wrapper wrapper = lexicon.wrapper(frame.lemma());
    if (wrapper != null && CALLING_ON.containsKey(frame.lemma()) && callsOn(frame)) {
      // "Bonn has often called on the U.S. to reduce its federal budget deficit": the parser took
      // "on" for the mark of the infinitive, not the verb's particle; it is "call on" all the same,
      // an appeal even when what is asked is not coded
      String calledOn = CALLING_ON.get(frame.lemma());
      Wrapper particle = lexicon.wrapper(calledOn);
      if (particle != null) {
        wrapper = particle;
        frame = frame.withLemma(calledOn);
      }
    }
    if (wrapper == null
        && ModalityRules.INFINITIVE_WRAPPERS.containsKey(frame.lemma())
        && takesInfinitive(frame.trigger())) {
      // "they committed to meet at least once a year": an intent, where "committed atrocities"
      // is an act of its own (verbs.tsv)
      String wrapping = ModalityRules.INFINITIVE_WRAPPERS.get(frame.lemma());
      wrapper = lexicon.wrapper(wrapping);
      frame = frame.withLemma(wrapping);
    }
    if (wrapper != null) {
      if (wrapper.kind() == WrapperKind.REPORTED) {
        jointAppearance(frame);
      }
      codeWrapper(frame, wrapper);
      return;
    }
    if (ORDERING_VERBS.contains(frame.lemma()) && codeOrderToOwnForces(frame)) {
      return;
    }
    if (MEDIATING_PARTICIPLES.contains(frame.lemma()) && codeMediatedDeal(verb)) {
      return;
    }
    if (AGREEMENT_MAKING_VERBS.contains(frame.lemma()) && codeSignedDeal(verb)) {
      return;
    }
    if (HOSTING_PARTICIPLES.contains(frame.lemma()) && codeHostedMeeting(verb)) {
      return;
    }
    if (aims.isStatementOnly(frame) && demandsOfClause(frame, false)) {
      // "declared that China must drop barriers", "concluded that the US must allocate…": a
      // statement that another must act is a demand, as with the reporting wrappers
      codeWrapper(
          frame,
          new Wrapper(
              frame.lemma(), WrapperKind.REPORTED, "010", "statement verb " + frame.lemma()));
      return;
    }
    Coding coding = verbCoding(frame);
    if (coding != null) {
      steps = List.of(describe(coding.entry(), frame));
      coding = complaintAgainst(frame, coding);
    }
    List<Integer> relationship = reciprocity.relationshipSubject(frame);
    if (coding != null && coding.sources().isEmpty() && !relationship.isEmpty()) {
      // "Moscow-Beijing relations were normalized": the two sides, each toward the other
      List<Actor> sides = arguments.of(relationship);
      emitPairwise(frame, coding.entry().code(), sides);
      consumed.addAll(frame.objects());
      return;
    }
    if (coding != null && coding.sources().isEmpty()) {
      List<Actor> sides = meetingSides(frame);
      if (sides.size() > 1) {
        // "his meeting on Monday with Baker had resolved differences": those who met did it
        steps = new ArrayList<>(steps);
        steps.add("the subject is a meeting: those who met, each toward the other");
        emitPairwise(frame, coding.entry().code(), sides);
        consumed.addAll(frame.objects());
        return;
      }
    }
    if (coding != null) {
      String code = coding.entry().code();
      if (addressesBody(frame, code)) {
        // "Funaro, who spoke today to the IMF's interim committee": an address, not talks
        code = ADDRESS_CODE;
        steps = new ArrayList<>(steps);
        steps.add("spoken to a body that sits, not with a party → " + ADDRESS_CODE);
      }
      if (ARRIVAL_CODES.contains(code) && subjectHas(frame.subjects(), PEACEKEEPING_WORDS)) {
        // "the first deployment of NATO peacekeeping troops have arrived in Bosnia"
        code = PEACEKEEPING_CODE;
        steps = new ArrayList<>(steps);
        steps.add("peacekeepers arriving or deployed → " + PEACEKEEPING_CODE);
      } else if (code.equals(VISIT_CODE) && subjectHas(frame.subjects(), RELIEF_WORDS)) {
        // "Rescue teams and aid from Egypt, Turkey and Algeria arrived in eastern Libya"
        code = RELIEF_CODE;
        steps = new ArrayList<>(steps);
        steps.add("what arrives is relief: humanitarian aid → " + RELIEF_CODE);
      }
      Dependency up = arcs.head(verb);
      if (up != null
          && (up.base().equals("xcomp") || up.base().equals("dep"))
          && sentence.token(verb).pos().equals("VBG")
          && WrapperCodes.HALTING_VERBS.contains(sentence.token(up.head()).lowerLemma())
          && arcs.children(up.head(), "obj").isEmpty()) {
        // "Cairo stopped repaying Moscow": the act ended; not "stop Japan selling chips", which
        // prevents another's act
        String halted = WrapperCodes.halted(code);
        if (halted == null) {
          return;
        }
        steps = new ArrayList<>(steps);
        steps.add(
            String.format("ended by \"%s\" → %s", sentence.token(up.head()).lowerLemma(), halted));
        code = halted;
      }
      List<Actor> targets = coding.targets();
      if (targets.isEmpty()
          && code.equals(SIGNING_CODE)
          && AGREEMENT_MAKING_VERBS.contains(frame.lemma())) {
        targets = dealPartners(frame, coding.sources());
      }
      if (TargetFinder.resolvedOnly(targets).isEmpty()
          && CHARGING_ROOTS.contains(code.substring(0, 2))
          && isSetOffParticiple(frame.trigger())
          && describedObject(frame) >= 0) {
        // "cut diplomatic ties with Qatar, accusing the Gulf state of supporting terrorism"
        targets = sameDoersTarget(describedObject(frame), coding.sources());
      }
      emitConsuming(frame, code, coding.sources(), targets);
    }
  }

  /** Roots of what a participle after a clause says of another: disapproval, accusation. */
  static final Set<String> CHARGING_ROOTS = Set.of("11");

  /** Pronouns that stand for another person, never the speaker: "accusing him of…". */
  static final Set<String> OTHER_PRONOUNS = Set.of("him", "her");

  /** Whether a verb is a present participle set off by a comma: "…, accusing the Gulf state". */
  private boolean isSetOffParticiple(int verb) {
    return verb > 0
        && sentence.token(verb).pos().equals("VBG")
        && sentence.token(verb - 1).word().equals(",");
  }

  /**
   * Nouns that describe a state or a bloc already named: "the Gulf state", "its western neighbour",
   * "the bloc"; not "the previous administration", which is one's own.
   */
  static final Set<String> PARTY_DESCRIPTIONS =
      Set.of(
          "state",
          "country",
          "nation",
          "kingdom",
          "republic",
          "emirate",
          "neighbour",
          "neighbor",
          "rival",
          "regime",
          "bloc",
          "alliance");

  /** Owners of a description that make it one of the parties already named: "its neighbour". */
  static final Set<String> REFERRING_OWNERS = Set.of("its", "their");

  /**
   * The object of a verb that names a party only by a description or a pronoun the coder does not
   * resolve ("the Gulf state", "its western neighbour", "him"), or -1.
   */
  private int describedObject(Frame frame) {
    for (int object : frame.objects()) {
      Token token = sentence.token(object);
      if (!TargetFinder.resolvedOnly(arguments.of(List.of(object))).isEmpty()) {
        continue;
      }
      if (token.pos().startsWith("PRP")
          && OTHER_PRONOUNS.contains(token.word().toLowerCase(java.util.Locale.ROOT))) {
        return object;
      }
      boolean described =
          PARTY_DESCRIPTIONS.contains(token.lowerLemma())
              && arcs.children(object).stream()
                  .anyMatch(
                      a ->
                          (a.base().equals("det")
                                  && DEFINITE_DETERMINERS.contains(
                                      sentence.token(a.dependent()).lowerLemma()))
                              || (a.relation().equals("nmod:poss")
                                  && REFERRING_OWNERS.contains(
                                      sentence
                                          .token(a.dependent())
                                          .word()
                                          .toLowerCase(java.util.Locale.ROOT))));
      if (described) {
        return object;
      }
    }
    return -1;
  }

  /**
   * Whom this sentence's acts by the same doers were aimed at, when a later act names its target
   * only by a description or a pronoun: "Algeria cut diplomatic relations with Morocco on Tuesday,
   * accusing its western neighbour of 'hostile actions'" accuses Morocco; "Chad has ordered
   * Germany's ambassador to leave, accusing him of an 'impolite attitude'" accuses Germany's. Only
   * one such target: with several, the description could be any of them.
   */
  private List<Actor> sameDoersTarget(int object, List<Actor> sources) {
    Set<String> doers = new HashSet<>();
    for (Actor source : TargetFinder.resolvedOnly(sources)) {
      doers.add(doerOf(source));
    }
    Set<String> aimed = new java.util.LinkedHashSet<>();
    for (Event act : events) {
      String by = partyOf(act.source());
      String at = partyOf(act.target());
      if (by != null && at != null && doers.contains(by) && !doers.contains(at)) {
        aimed.add(act.target().code());
      }
    }
    if (aimed.size() != 1) {
      return List.of();
    }
    String target = aimed.iterator().next();
    steps = new ArrayList<>(steps);
    steps.add(
        "\""
            + sentence.token(object).word()
            + "\": whom the same doers' act in this sentence aimed at");
    return List.of(
        storyActor(object, target, "the target of the same doers' act before → " + target));
  }

  /** Nouns of a deal one signs with another, whose purpose may name that other. */
  static final Set<String> DEAL_NOUNS = Set.of("deal", "contract", "agreement", "accord");

  /** Prepositions by which a deal's purpose names the other side: "to buy jets from France". */
  static final Set<String> PARTNER_PREPOSITIONS = Set.of("from", "to", "with");

  /**
   * The other side of a deal signed that names it only in its purpose: "Egypt signed a deal on
   * Monday to buy 24 Rafale fighter jets from France" is signed with France. The parties, not of
   * the signers' own country, that the deal's infinitive names after "from", "to" or "with".
   */
  private List<Actor> dealPartners(Frame frame, List<Actor> signers) {
    List<Actor> partners = new ArrayList<>();
    for (int object : frame.objects()) {
      if (!DEAL_NOUNS.contains(sentence.token(object).lowerLemma())) {
        continue;
      }
      List<Integer> purposes = new ArrayList<>();
      for (Dependency arc : arcs.children(object, "acl")) {
        purposes.add(arc.dependent());
      }
      for (Dependency arc : arcs.children(frame.trigger(), "advcl")) {
        purposes.add(arc.dependent()); // "signed a deal worth 5.2 billion euros to buy…"
      }
      for (int purpose : purposes) {
        boolean infinitive =
            arcs.children(purpose, "mark").stream()
                .anyMatch(m -> sentence.token(m.dependent()).lowerLemma().equals("to"));
        if (!infinitive) {
          continue;
        }
        Frame act = frames.verb(purpose);
        for (String preposition : PARTNER_PREPOSITIONS) {
          for (Actor party :
              TargetFinder.resolvedOnly(
                  arguments.of(act.targets().getOrDefault(preposition, List.of())))) {
            if (party.country() != null
                && signers.stream().noneMatch(s -> party.country().equals(s.country()))
                && partners.stream().noneMatch(p -> sameParty(p, party))) {
              partners.add(party);
            }
          }
        }
      }
    }
    if (!partners.isEmpty()) {
      steps = new ArrayList<>(steps);
      steps.add("a deal signed to buy from, sell to or work with another: signed with it");
    }
    return partners;
  }

  /**
   * A deal or talks "brokered by" or "mediated by" a third party, which the clause's subjects made
   * or held: "Saudi Arabia and Iran agreed… to re-establish diplomatic relations… in a deal
   * brokered by China" is China's mediation with each (045), told as the clause's act is (the
   * agreeing, not the infinitive still to come). So too a ceasefire: "Israel and Hamas agreed to a
   * ceasefire brokered by Egypt".
   */
  private boolean codeMediatedDeal(int participle) {
    String lemma = heldNoun(participle);
    if (lemma == null
        || !AGREED_NOUNS.contains(lemma)
            && !TRUCE_NOUNS.contains(lemma)
            && !TargetFinder.TALK_NOUNS.contains(lemma)) {
      return false;
    }
    List<Actor> mediators =
        arcs.head(participle).base().equals("amod")
            ? hyphenedAgents(participle)
            : agentsOf(participle);
    int noun = outerNoun(arcs.head(participle).head());
    int clause = arcs.head(noun).head();
    List<Actor> parties = partiesBeside(clause, mediators);
    for (int joined : joinedClauses(clause)) {
      // "Israeli troops are to withdraw … while the Lebanese army deploys in the area": the
      // clauses joined to it name the other side
      for (Actor party : partiesBeside(joined, mediators)) {
        if (parties.size() < Reciprocity.MAX_MUTUAL_PARTIES
            && parties.stream().noneMatch(p -> sameParty(p, party))) {
          parties.add(party);
        }
      }
    }
    Modality mode = madeAs(noun, clause);
    String between = "the clause's subjects";
    if (!mediators.isEmpty() && parties.size() < 2) {
      // "Under the deal, mediated by Qatar, Egypt and the United States, 33 hostages are to be
      // exchanged": between the two sides the story is about
      // "Under the deal, mediated by Qatar, Egypt and the United States, 33 hostages are to be
      // exchanged for hundreds of Palestinian prisoners": between the two sides the story is
      // about, when the sentence names no other party
      List<Actor> pair = leadPair(participle, mediators);
      if (parties.isEmpty() && pair.size() == 2 && !othersNamed(withMediators(pair, mediators))) {
        parties = pair;
        between = pair.get(0).why().get(0);
      }
    }
    if (parties.size() == 1) {
      between = "the one side the clause names";
    }
    if (mediators.isEmpty() || parties.isEmpty() || mode == null) {
      return false;
    }
    steps =
        List.of(
            String.format(
                "%s %s by a third party between %s: its mediation → %s",
                lemma, sentence.token(participle).word(), between, MEDIATION_CODE));
    mediation(frames.verb(participle), mediators, parties, mode, steps);
    return true;
  }

  /**
   * How a deal or talks a participle qualifies ("brokered by", "signed by") were made: told as the
   * clause they hang on is, except that one the clause works under or tells of ("Under the deal,
   * brokered by the United States and France, Israeli troops are to withdraw", "The agreement,
   * signed by…, took effect") has been made. Null when hypothetical or negated.
   */
  private Modality madeAs(int noun, int clause) {
    Modality mode = toldAs(clause, false);
    Dependency held = arcs.head(noun);
    boolean made =
        held.base().equals("nsubj")
            || (held.base().equals("obl") && held.subtype().equals("under"));
    if (made && !modality.negated(clause)) {
      return Modality.FACTUAL;
    }
    return mode;
  }

  /**
   * An agreement "signed by" two parties or more, told as made ("The agreement, signed by Russian
   * President Vladimir Putin, Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol
   * Pashinyan, took effect"): each signs it with each (057). Not one dated before the story's year
   * ("the treaty signed by France and Germany in 1963"), which is background.
   */
  private boolean codeSignedDeal(int participle) {
    String lemma = heldNoun(participle);
    int noun;
    Modality mode;
    Dependency signed = passiveSubject(participle);
    if (lemma != null && AGREED_NOUNS.contains(lemma)) {
      noun = outerNoun(arcs.head(participle).head());
      mode = madeAs(noun, arcs.head(noun).head());
      noun = arcs.head(participle).head();
    } else if (signed != null) {
      // "The arrangement was signed in the Myanmar capital by Bangladesh Foreign Minister Abul
      // Hassan Mahmood Ali and Kyaw Tint Swe": the passive tells the signing
      noun = signed.dependent();
      lemma = sentence.token(noun).lowerLemma();
      mode = modality.negated(participle) ? null : modality.modality(participle, false);
      if (mode == Modality.HYPOTHETICAL) {
        mode = null;
      }
    } else {
      return false;
    }
    List<Actor> signatories = new ArrayList<>();
    for (Actor party : agentsOf(participle)) {
      if (FORMER_AGENT.equals(party.code().agent())) {
        return false; // "the treaty, signed by Reagan and Soviet leader Gorbachev": history
      }
      if (signatories.stream().noneMatch(p -> sameParty(p, party))) {
        signatories.add(party);
      }
    }
    if (signatories.size() < 2
        || signatories.size() > Reciprocity.MAX_MUTUAL_PARTIES
        || mode == null
        || datedBefore(participle)
        || datedBefore(noun)) {
      return false;
    }
    steps =
        List.of(
            String.format(
                "%s %s by the parties: each signs it with each → %s",
                lemma, sentence.token(participle).word(), SIGNING_CODE));
    pairwise(frames.verb(participle), SIGNING_CODE, signatories, false, mode);
    return true;
  }

  /** Nouns of what is signed beside {@link #AGREED_NOUNS}, that a passive "signed by" may have. */
  static final Set<String> SIGNED_NOUNS = Set.of("arrangement", "declaration", "communique");

  /** The subject of a passive "was signed", when it names an agreement; else null. */
  private Dependency passiveSubject(int verb) {
    for (Dependency arc : arcs.children(verb, "nsubj")) {
      String noun = sentence.token(arc.dependent()).lowerLemma();
      if (arc.relation().equals("nsubj:pass")
          && (AGREED_NOUNS.contains(noun) || SIGNED_NOUNS.contains(noun))) {
        return arc;
      }
    }
    return null;
  }

  /** The agent code of a former office holder, whose signature is history. */
  static final String FORMER_AGENT = "ELI";

  /** CAMEO's signing of a formal agreement. */
  static final String SIGNING_CODE = "057";

  /** Whether a word's own phrase dates it in a year before the story's: "the 1994 accord". */
  private boolean datedBefore(int word) {
    for (Dependency arc : arcs.children(word)) {
      String timex = sentence.token(arc.dependent()).timex();
      if (timex.length() >= 4
          && Character.isDigit(timex.charAt(0))
          && Integer.parseInt(timex.substring(0, 4)) < date.getYear()) {
        return true;
      }
      for (Dependency inner : arcs.children(arc.dependent())) {
        String deeper = sentence.token(inner.dependent()).timex();
        if (arc.base().equals("obl")
            && deeper.length() >= 4
            && Character.isDigit(deeper.charAt(0))
            && Integer.parseInt(deeper.substring(0, 4)) < date.getYear()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Nouns of a truce, which a third party may broker as it brokers a deal. */
  static final Set<String> TRUCE_NOUNS = Set.of("ceasefire", "truce", "armistice");

  /**
   * Participles whose agent hosts a meeting: "talks hosted by French President Emmanuel Macron".
   */
  static final Set<String> HOSTING_PARTICIPLES = Set.of("host");

  /** Nouns of a meeting that a third party may host: talks, a summit, a ceremony. */
  static final Set<String> HOSTED_NOUNS = Set.of("summit", "ceremony", "conference");

  /**
   * Talks or a summit "hosted by" a state's leader, which the clause's subjects held or came to:
   * "Putin and Zelenskiy met at the Elysee Palace for talks hosted by French President Emmanuel
   * Macron" is France hosting each (043) and each visiting France (042), told as the clause's act
   * is.
   */
  private boolean codeHostedMeeting(int participle) {
    String lemma = heldNoun(participle);
    if (lemma == null
        || !TargetFinder.TALK_NOUNS.contains(lemma) && !HOSTED_NOUNS.contains(lemma)) {
      return false;
    }
    List<Actor> hosts = new ArrayList<>();
    for (Actor host : agentsOf(participle)) {
      if (host.country() != null) {
        hosts.add(host); // a state's: an organisation hosts no visit
      }
    }
    int clause = arcs.head(arcs.head(participle).head()).head();
    List<Actor> guests = partiesBeside(clause, hosts);
    if (guests.isEmpty() && !hosts.isEmpty()) {
      // "four days of talks in Beijing between Iran's top security official and Saudi national
      // security adviser, hosted by China's senior diplomat": the story's two sides came, when
      // the sentence names no other party
      List<Actor> pair = leadPair(participle, hosts);
      if (!othersNamed(withMediators(pair, hosts))) {
        guests = pair;
      }
    }
    // "Modi is due to travel to Xiamen for a summit hosted by President Xi Jinping": still to come
    Modality mode = toldAs(clause, true);
    if (hosts.isEmpty() || guests.isEmpty() || mode == null) {
      return false;
    }
    Frame frame = frames.verb(participle);
    steps =
        List.of(
            String.format(
                "%s %s by a state's leader: the host → %s, its guests → %s",
                lemma, sentence.token(participle).word(), HOST_CODE, VISIT_CODE));
    for (Actor host : hosts) {
      for (Actor guest : guests) {
        if (!Objects.equals(host.country(), guest.country()) && !visitTold(guest, host)) {
          factory.event(frame, HOST_CODE, host, guest, false, mode, steps).ifPresent(events::add);
          factory.event(frame, VISIT_CODE, guest, host, false, mode, steps).ifPresent(events::add);
        }
      }
    }
    return true;
  }

  /** Participles by which talks name who takes part in them: "negotiations involving Egypt". */
  static final Set<String> INVOLVING_PARTICIPLES = Set.of("involve", "include", "bring");

  /** The resolved parties, each once, that a participle of the noun says it involves. */
  private List<Actor> involvedIn(int noun) {
    List<Actor> parties = new ArrayList<>();
    for (int verb : participlesOf(noun, "VBG", INVOLVING_PARTICIPLES)) {
      for (Actor party : TargetFinder.resolvedOnly(arguments.agents(frames.verb(verb).objects()))) {
        if (parties.stream().noneMatch(p -> sameParty(p, party))) {
          parties.add(party);
        }
      }
    }
    return parties;
  }

  /** Whether the sentence has told the guest's visit to the host's country already. */
  private boolean visitTold(Actor guest, Actor host) {
    return events.stream()
        .anyMatch(
            e ->
                e.cameo().code().equals(VISIT_CODE)
                    && Objects.equals(e.source().country(), guest.country())
                    && Objects.equals(e.target().country(), host.country()));
  }

  /**
   * The lemma of the noun a participle qualifies ("a deal brokered by China") when that noun hangs
   * on a verb's clause as a phrase of it ("agreed … in a deal brokered by China"); else null.
   */
  private String heldNoun(int participle) {
    Dependency up = arcs.head(participle);
    if (up == null
        || up.head() < 0
        || !(up.base().equals("acl") || up.base().equals("amod"))
        || !sentence.token(participle).pos().equals("VBN")) {
      return null;
    }
    Dependency held = arcs.head(outerNoun(up.head()));
    if (held == null
        || held.head() < 0
        || !(held.base().equals("obl")
            || held.base().equals("nmod")
            || held.base().equals("obj")
            || held.base().equals("nsubj"))
        || !sentence.token(held.head()).isVerb()) {
      return null; // "agreed … in a deal brokered by China", "signed a U.S.-brokered agreement"
    }
    return sentence.token(up.head()).lowerLemma();
  }

  /**
   * The noun whose "of" phrase holds {@code noun}, and so on up: "the first six-week phase of the
   * deal" for "deal". The noun itself when it is no such phrase.
   */
  private int outerNoun(int noun) {
    int current = noun;
    for (int hop = 0; hop < OUTER_NOUN_HOPS; hop++) {
      Dependency up = arcs.head(current);
      if (up == null
          || up.head() < 0
          || !up.relation().equals("nmod:of")
          || !sentence.token(up.head()).isNoun()) {
        break;
      }
      current = up.head();
    }
    return current;
  }

  /** How many "of" phrases up {@link #outerNoun} climbs. */
  static final int OUTER_NOUN_HOPS = 2;

  /** The verbs of the clauses joined to a clause by "and", "while", "as" and the like. */
  private List<Integer> joinedClauses(int clause) {
    List<Integer> joined = new ArrayList<>();
    for (Dependency arc : arcs.children(clause)) {
      if ((arc.base().equals("conj") || arc.base().equals("advcl"))
          && sentence.token(arc.dependent()).isVerb()) {
        joined.add(arc.dependent());
      }
    }
    return joined;
  }

  /** The resolved subjects of a clause other than {@code thirds}, each party once, up to four. */
  private List<Actor> partiesBeside(int clause, List<Actor> thirds) {
    List<Actor> parties = new ArrayList<>();
    for (Actor party :
        TargetFinder.resolvedOnly(arguments.agents(frames.verb(clause).subjects()))) {
      if (thirds.stream().noneMatch(m -> sameParty(m, party))
          && parties.stream().noneMatch(p -> sameParty(p, party))) {
        parties.add(party);
      }
    }
    return parties.size() > Reciprocity.MAX_MUTUAL_PARTIES ? List.of() : parties;
  }

  /**
   * How the clause's act is told, through the verbs it is the complement of ("agreed to
   * re-establish… in a deal" is told as the agreeing is); null when hypothetical or negated. With
   * {@code plannedToCome}, under a verb of intent or of what is to come it is still to come.
   */
  private Modality toldAs(int verb, boolean plannedToCome) {
    int clause = verb;
    boolean planned = false;
    Dependency above = arcs.head(clause);
    while (above != null && above.head() >= 0 && above.base().equals("xcomp")) {
      clause = above.head();
      Wrapper wrapper = lexicon.wrapper(sentence.token(clause).lowerLemma());
      planned |=
          wrapper != null
              && (wrapper.kind() == WrapperKind.FUTURE || wrapper.kind() == WrapperKind.INTENT);
      above = arcs.head(clause);
    }
    Modality mode = modality.modality(clause, false);
    if (mode == Modality.HYPOTHETICAL || modality.negated(clause)) {
      return null;
    }
    return plannedToCome && planned ? Modality.FUTURE : mode;
  }

  /**
   * The targets without those a "with" names as the circumstance of the act ({@link
   * Reciprocity#isCircumstance}): they are there, not party to it.
   */
  private List<Actor> withoutOnlookers(Frame frame, List<Actor> targets) {
    List<Integer> onlookers = new ArrayList<>();
    for (int with : frame.targets().getOrDefault("with", List.of())) {
      if (reciprocity.isCircumstance(with)) {
        onlookers.add(with);
      }
    }
    if (onlookers.isEmpty()) {
      return targets;
    }
    List<Actor> present = arguments.of(onlookers);
    return targets.stream().filter(t -> !present.contains(t)).toList();
  }

  /** Verbs of coming together that, done by protesters, are a demonstration. */
  static final Set<String> GATHERING_VERBS =
      Set.of("gather", "rally", "assemble", "converge", "mass", "congregate");

  /** Words of those who protest. */
  static final Set<String> PROTESTER_WORDS =
      Set.of("protester", "protestor", "demonstrator", "marcher", "supporter", "activist");

  /** Prepositions of where a protest is held against its place's owner: "outside the embassy". */
  static final List<String> PROTEST_SITE_PREPOSITIONS =
      List.of("against", "outside", "at", "near", "before");

  /** CAMEO's demonstration or rally. */
  static final String PROTEST_CODE = "141";

  /** Wrappers of compelling, which a thing may do as well as a party. */
  static final Set<String> FORCING_VERBS = Set.of("force", "compel", "oblige");

  /**
   * Whether a verb of compelling has a thing for its subject, not a party: "the interest rate move
   * would force the U.S. to re-examine the accord", "the floods forced Pakistan to seek aid".
   */
  private boolean thingForces(Frame frame) {
    if (frame.subjects().isEmpty()) {
      return false;
    }
    return frame.subjects().stream()
        .noneMatch(
            subject ->
                actors.all().stream().anyMatch(a -> a.isResolved() && a.covers(subject))
                    || ArgumentActors.GROUP_NOUNS.contains(sentence.token(subject).lowerLemma()));
  }

  /** Verbs of standing in solidarity with another. */
  static final Set<String> STANDING_VERBS = Set.of("stand", "remain");

  /** CAMEO's praise or endorsement, which solidarity declared is. */
  static final String SOLIDARITY_CODE = "051";

  /** The "in solidarity" noun a verb of standing has, or null. */
  private Integer standsInSolidarity(Frame frame) {
    for (int noun : frame.targets().getOrDefault("in", List.of())) {
      if (sentence.token(noun).lowerLemma().equals("solidarity")) {
        return noun;
      }
    }
    return null;
  }

  /** Verbs by which a leader commands those under them: "ordered the army to launch…". */
  static final Set<String> ORDERING_VERBS = Set.of("order", "instruct", "command", "direct");

  /** Sectors of a state's own forces and agencies that its leaders order. */
  static final Set<String> ORDERED_SECTORS = Set.of("MIL", "COP", "SPY", "GOV");

  /**
   * An order to the orderer's own forces or agencies is the orderer's act, still to come: "Abiy
   * Ahmed ordered the army to launch a military offensive in Tigray" is the Ethiopian government's
   * offensive, future (CAMEO codes the state, not its army, and an order is not yet the act). Not
   * an order to another state ("ordered Iran to release the ship"), which is a demand, nor an order
   * of arms ("ordered warplanes from France").
   */
  private boolean codeOrderToOwnForces(Frame frame) {
    List<Dependency> infinitives = arcs.children(frame.trigger(), "xcomp");
    if (infinitives.isEmpty() || frame.objects().isEmpty()) {
      return false;
    }
    List<Actor> orderers = TargetFinder.resolvedOnly(arguments.agents(frame.subjects()));
    List<Actor> ordered = arguments.agents(frame.objects());
    if (orderers.isEmpty()
        || ordered.isEmpty()
        || orderers.stream().anyMatch(o -> o.country() == null)
        || !ordered.stream()
            .allMatch(
                o ->
                    o.isResolved()
                        && ORDERED_SECTORS.contains(String.valueOf(o.code().agent()))
                        && (o.country() == null
                            || orderers.stream().allMatch(c -> o.country().equals(c.country()))))) {
      return false;
    }
    int act = infinitives.get(0).dependent();
    Frame inner = frames.verb(act);
    Coding coding = verbCoding(inner);
    consumed.add(act);
    if (coding == null || coding.targets().isEmpty()) {
      return true; // "ordered the army to stand by": no act toward another
    }
    steps = List.of(describe(coding.entry(), inner));
    steps = new ArrayList<>(steps);
    steps.add(
        String.format(
            "ordered of its own forces by \"%s\": the orderer's act, still to come",
            frame.lemma()));
    List<Actor> targets =
        coding.targets().stream()
            .filter(
                t ->
                    !ordered.contains(t)
                        && orderers.stream().noneMatch(o -> o.code().equals(t.code())))
            .toList();
    emit(
        inner,
        coding.entry().code(),
        orderers,
        targets,
        modality.negated(frame.trigger()),
        modality.modality(frame.trigger(), false) == Modality.HYPOTHETICAL
            ? Modality.HYPOTHETICAL
            : Modality.FUTURE);
    return true;
  }

  /** Verbs of hitting back, which speakers who foretell them of themselves threaten with. */
  static final Set<String> RETALIATION_VERBS = Set.of("retaliate", "respond", "reciprocate");

  /**
   * What one responds to that is no hostile act: "would respond to the letter" answers, it does not
   * retaliate.
   */
  static final Set<String> ANSWERED_NOUNS =
      Set.of(
          "question",
          "letter",
          "request",
          "invitation",
          "proposal",
          "offer",
          "call",
          "query",
          "message",
          "appeal",
          "questionnaire",
          "plan",
          "initiative");

  /** Whether a verb of {@link #RETALIATION_VERBS} answers something no hostile act. */
  private boolean answersPeacefully(int verb) {
    return arcs.children(verb, "obl").stream()
        .anyMatch(
            arc ->
                arc.subtype().equals("to")
                    && ANSWERED_NOUNS.contains(sentence.token(arc.dependent()).lowerLemma()));
  }

  /** What one takes as a sanction: "take further action", "take measures". */
  static final Set<String> ACTION_NOUNS =
      Set.of("action", "measure", "measures", "step", "steps", "countermeasure", "reprisal");

  /** The marks of a condition another must meet: "unless Argentina acts", "if the EC adopts". */
  static final Set<String> CONDITION_MARKS = Set.of("if", "unless");

  /**
   * Whether a verb takes action on a condition: "the U.S. would take further action unless
   * Argentina opened its market". Without a condition taking steps is no threat ("Japan will take
   * steps to lift its economy").
   */
  private boolean conditionalAction(int verb) {
    return sentence.token(verb).lowerLemma().equals("take")
        && arcs.children(verb, "obj").stream()
            .anyMatch(o -> ACTION_NOUNS.contains(sentence.token(o.dependent()).lowerLemma()))
        && arcs.children(verb, "advcl").stream()
            .anyMatch(
                c ->
                    arcs.children(c.dependent(), "mark").stream()
                        .anyMatch(
                            m ->
                                CONDITION_MARKS.contains(
                                    sentence.token(m.dependent()).lowerLemma())));
  }

  /** What one takes in retaliation, whatever the condition: "would take countermeasures". */
  static final Set<String> COUNTER_NOUNS =
      Set.of("countermeasure", "countermeasures", "reprisal", "reprisals", "retaliation");

  /** Whether a verb takes countermeasures: "said it would be forced to take countermeasures". */
  private boolean takesCountermeasures(int verb) {
    return sentence.token(verb).lowerLemma().equals("take")
        && arcs.children(verb, "obj").stream()
            .anyMatch(
                o ->
                    COUNTER_NOUNS.contains(sentence.token(o.dependent()).lowerLemma())
                        || arcs.children(o.dependent(), "amod").stream()
                            .anyMatch(
                                a ->
                                    sentence
                                        .token(a.dependent())
                                        .lowerLemma()
                                        .equals("retaliatory")));
  }

  /** Pronouns by which speakers name themselves. */
  static final Set<String> FIRST_PERSON = Set.of("we", "i");

  /** CAMEO's threat, not specified. */
  static final String RETALIATION_THREAT_CODE = "130";

  static final String RETALIATION_STEP =
      "the speakers foretell their own retaliation: a threat → " + RETALIATION_THREAT_CODE;

  /**
   * Whether what a statement says foretells that its speakers will hit back: "Yeutter said the
   * United States will retaliate if the European Community adopts a proposed tax", "'We will
   * definitely retaliate,' Khamenei said". The statement is then a threat to whom it is about. Not
   * another's retaliation ("officials said they did not think Japan would retaliate") nor a denied
   * one.
   */
  /** Whether {@code targets} name no one but the speakers: "…if EC exports were hit". */
  private static boolean onlyThemselves(List<Actor> targets, List<Actor> speakers) {
    return targets.stream()
        .allMatch(
            t -> speakers.stream().anyMatch(s -> java.util.Objects.equals(s.code(), t.code())));
  }

  private boolean foretellsOwnRetaliation(Frame wrapperFrame, List<Actor> speakers) {
    List<Actor> known = TargetFinder.resolvedOnly(arguments.agents(wrapperFrame.subjects()));
    if (known.isEmpty()) {
      known = TargetFinder.resolvedOnly(speakers);
    }
    if (known.isEmpty()) {
      return false;
    }
    for (Dependency clause : arcs.children(wrapperFrame.trigger(), "ccomp")) {
      for (int t : arcs.subtree(clause.dependent())) {
        Modality mode = modality.modality(t, false);
        if (!sentence.token(t).isVerb()
            || !((RETALIATION_VERBS.contains(sentence.token(t).lowerLemma())
                    && !answersPeacefully(t))
                || conditionalAction(t)
                || takesCountermeasures(t))
            || modality.negated(t)
            || !(mode == Modality.FUTURE || mode == Modality.HYPOTHETICAL)) {
          continue;
        }
        List<Integer> subjects = frames.verb(t).subjects();
        if (subjects.stream()
            .anyMatch(
                k ->
                    FIRST_PERSON.contains(
                        sentence.token(k).word().toLowerCase(java.util.Locale.ROOT)))) {
          return true; // "'We will definitely retaliate,' Khamenei said"
        }
        List<Actor> doers = TargetFinder.resolvedOnly(arguments.agents(subjects));
        List<Actor> speaking = known;
        if (!doers.isEmpty()
            && doers.stream().allMatch(d -> speaking.stream().anyMatch(k -> sameParty(k, d)))) {
          return true;
        }
      }
    }
    return false;
  }

  /** CAMEO's defiance of norms or law: violating an agreement, a law, a resolution. */
  static final String DEFIANCE_CODE = "128";

  /** CAMEO's accusation. */
  static final String ACCUSATION_CODE = "112";

  /**
   * Saying that another party violated an agreement or a law accuses it (112): "Acting Turkish
   * Prime Minister Kaya Erdem said Greek activities in the northern Aegean contravened the 1976
   * Berne Agreement". Not when the speakers say it of their own side, nor when it is denied ("said
   * Japan had not violated the pact").
   */
  private boolean accusesOfDefiance(
      Frame wrapperFrame, Frame inner, VerbEntry entry, List<Actor> violators) {
    if (!entry.code().equals(DEFIANCE_CODE)
        || modality.negated(wrapperFrame.trigger())
        || modality.negated(inner.trigger())) {
      return false;
    }
    List<Actor> speakers = TargetFinder.resolvedOnly(arguments.agents(wrapperFrame.subjects()));
    List<Actor> accused = new ArrayList<>();
    for (Actor actor : TargetFinder.resolvedOnly(violators)) {
      if (actor.country() != null
          && !ArgumentActors.isPronoun(actor)
          && speakers.stream().noneMatch(s -> actor.country().equals(s.country()))) {
        accused.add(actor);
      }
    }
    if (speakers.isEmpty() || accused.isEmpty()) {
      return false;
    }
    steps =
        List.of(
            describe(entry, inner),
            String.format(
                "said of another that it defied a norm (%s): an accusation → %s",
                DEFIANCE_CODE, ACCUSATION_CODE));
    int before = events.size();
    emit(wrapperFrame, ACCUSATION_CODE, speakers, accused);
    return events.size() > before;
  }

  /**
   * The code a statement takes from what it says: a retaliation it foretells is a threat, a comment
   * that something violates a norm an accusation, one judging it with a disapproving word
   * disapproval; else {@code code}. The step that says why joins the rule.
   */
  private String whatIsSaid(
      Frame wrapperFrame,
      String code,
      boolean foretellsRetaliation,
      boolean comment,
      List<Actor> targets) {
    String sharper;
    String step;
    if (foretellsRetaliation) {
      sharper = RETALIATION_THREAT_CODE;
      step = RETALIATION_STEP;
    } else if (comment && tellsOfViolation(wrapperFrame)) {
      sharper = ACCUSATION_CODE;
      step = VIOLATION_STEP;
    } else if (comment && holdsBehind(wrapperFrame, targets)) {
      sharper = ACCUSATION_CODE;
      step = BLAME_STEP;
    } else if (comment && tellsOfWrongdoing(wrapperFrame, targets)) {
      sharper = ACCUSATION_CODE;
      step = WRONGDOING_STEP;
    } else if (comment && tellsOfForce(wrapperFrame, targets)) {
      sharper = ACCUSATION_CODE;
      step = FORCE_STEP;
    } else if (comment && foretellsConsequence(wrapperFrame, targets)) {
      sharper = RETALIATION_THREAT_CODE;
      step = CONSEQUENCE_STEP;
    } else if (comment && namesMisconduct(wrapperFrame, targets)) {
      sharper = ACCUSATION_CODE;
      step = MISCONDUCT_STEP;

    } else if (comment && judgesAsWrong(wrapperFrame)) {
      sharper = DISAPPROVAL_CODE;
      step = JUDGED_WRONG_STEP;
    } else if (comment && judgesAsRight(wrapperFrame, targets)) {
      sharper = PRAISE_CODE;
      step = JUDGED_RIGHT_STEP;
    } else {
      return code;
    }
    steps = new ArrayList<>(steps);
    steps.add(step);
    return sharper;
  }

  static final String BLAME_STEP =
      "what is said holds the one commented on behind an act, or responsible for it: an accusation → "
          + ACCUSATION_CODE;

  /**
   * Verbs of wrongdoing: what a statement says the one it is about does with one of these, it
   * accuses it of ("said Iran had exaggerated reports of fighting", "said the Kabul regime is
   * deliberately aggravating tensions", "said Russia was meddling in the election").
   */
  static final Set<String> WRONGDOING_VERBS =
      Set.of(
          "exaggerate",
          "fabricate",
          "distort",
          "falsify",
          "misrepresent",
          "lie",
          "aggravate",
          "provoke",
          "sabotage",
          "meddle",
          "interfere",
          // "said Lukashenko has engineered the crisis", "said Russia had violated the treaty",
          // "said Russia failed to return to full compliance"
          "engineer",
          "orchestrate",
          "instigate",
          "incite",
          "violate",
          "breach",
          "flout",
          "undermine",
          "destabilize",
          "destabilise",
          "harbor",
          "harbour",
          "fail");

  static final String WRONGDOING_STEP =
      "what is said has the one commented on doing wrong: an accusation → " + ACCUSATION_CODE;

  /**
   * Whether what a comment says is that the one it is about did a wrong ({@link
   * #WRONGDOING_VERBS}), as the subject of the verb, not denied: "A senior Iraqi official said
   * today Iran had exaggerated reports of fighting". Not what another is said to do: "said it would
   * not be sensible to provoke another dispute".
   */
  private boolean tellsOfWrongdoing(Frame wrapperFrame, List<Actor> targets) {
    for (Dependency clause : arcs.children(wrapperFrame.trigger(), "ccomp")) {
      for (int t : arcs.subtree(clause.dependent())) {
        if (!sentence.token(t).isVerb()
            || !WRONGDOING_VERBS.contains(sentence.token(t).lowerLemma())
            || modality.negated(t)) {
          continue;
        }
        for (Dependency subject : arcs.children(t, "nsubj")) {
          // the one commented on is the doer: the subject, or who owns it ("the Kabul regime",
          // "Iran's forces"); not a party inside it ("talks with the Japanese had failed"), nor
          // what its act is judged ("the Russian approach was doomed to fail" disapproves)
          List<Integer> doer = new ArrayList<>(List.of(subject.dependent()));
          for (Dependency part : arcs.children(subject.dependent())) {
            if (part.relation().equals("nmod:poss") || part.base().equals("compound")) {
              doer.add(part.dependent());
            }
          }
          if (targets.stream().anyMatch(a -> doer.stream().anyMatch(a::covers))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Roots of the acts that a statement telling another did them accuses it of: coercion, assault,
   * fighting and mass violence ("said Russian military intelligence used a nerve agent to poison a
   * former spy", "said Putin used energy to coerce his neighbours").
   */
  static final Set<String> ACCUSED_FORCE_ROOTS = Set.of("17", "18", "19", "20");

  /** How many words before its head a subject's phrase reaches: "Russian military intelligence". */
  static final int SUBJECT_PHRASE_REACH = 4;

  static final String FORCE_STEP =
      "what is said has the one commented on using force or coercion: an accusation → "
          + ACCUSATION_CODE;

  /**
   * Whether what a comment says is that the one it is about did an act of force or coercion ({@link
   * #ACCUSED_FORCE_ROOTS}), as its doer, done and not denied. Not what is foretold or supposed
   * ("said Russia would strike back", "said Iran could attack"), nor what the speaker's own side
   * did ("said its forces struck militant positions in Syria" is no accusation of Syria).
   */
  private boolean tellsOfForce(Frame wrapperFrame, List<Actor> targets) {
    List<Actor> speakers = TargetFinder.resolvedOnly(arguments.agents(wrapperFrame.subjects()));
    for (Dependency clause : arcs.children(wrapperFrame.trigger(), "ccomp")) {
      for (int t : toldActs(clause.dependent())) {
        if (!sentence.token(t).isVerb() || modality.negated(t)) {
          continue;
        }
        Modality mode = modality.modality(t, false);
        if (mode == Modality.FUTURE || mode == Modality.HYPOTHETICAL) {
          continue;
        }
        Coding coding = verbCoding(frames.verb(t));
        if (coding == null
            || !ACCUSED_FORCE_ROOTS.contains(coding.entry().code().substring(0, 2))) {
          continue;
        }
        // the subject's own phrase: its head and the words just before it ("Russian military
        // intelligence"), not a name the parser hung on it from afar
        Set<Integer> subject = new HashSet<>();
        for (int head : frames.verb(t).subjects()) {
          for (int word : arcs.subtree(head)) {
            if (word <= head && word >= head - SUBJECT_PHRASE_REACH) {
              subject.add(word);
            }
          }
        }
        for (Actor doer : TargetFinder.resolvedOnly(coding.sources())) {
          boolean commented =
              subject.stream().anyMatch(doer::covers)
                  && !sentence.token(doer.start()).pos().startsWith("W") // "which Chad said cost"
                  && doer.country() != null
                  && !ArgumentActors.isPronoun(doer)
                  && targets.stream().anyMatch(a -> doer.country().equals(a.country()))
                  && speakers.stream().noneMatch(s -> doer.country().equals(s.country()));
          if (commented) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Verbs by which the one commented on is told it will meet consequences: "would bear". */
  static final Set<String> SUFFERING_VERBS = Set.of("bear", "face", "pay", "suffer");

  /** What the one commented on is told it will bear: consequences, a price, penalties. */
  static final Set<String> PENALTY_WORDS =
      Set.of("consequence", "price", "penalty", "retaliation", "reprisal", "punishment");

  static final String CONSEQUENCE_STEP =
      "what is said foretells the one commented on consequences, a price or penalties: a threat → "
          + RETALIATION_THREAT_CODE;

  /**
   * Whether what a comment says foretells the one it is about consequences, a price or penalties
   * ({@link #SUFFERING_VERBS} with {@link #PENALTY_WORDS}): "Israeli military spokesman Daniel
   * Hagari said Iran would bear the consequences for escalating the situation", "U.S. officials
   * have said Ankara faces penalties". The one commented on is the verb's subject; not when denied
   * ("said Japan would face no retaliation").
   */
  private boolean foretellsConsequence(Frame wrapperFrame, List<Actor> targets) {
    for (Dependency clause : arcs.children(wrapperFrame.trigger(), "ccomp")) {
      int verb = clause.dependent();
      if (!SUFFERING_VERBS.contains(sentence.token(verb).lowerLemma()) || modality.negated(verb)) {
        continue;
      }
      boolean penalty =
          arcs.children(verb, "obj").stream()
              .anyMatch(
                  o ->
                      PENALTY_WORDS.contains(sentence.token(o.dependent()).lowerLemma())
                          && arcs.children(o.dependent(), "det").stream()
                              .noneMatch(
                                  d -> sentence.token(d.dependent()).lowerLemma().equals("no")));
      boolean commented =
          arcs.children(verb, "nsubj").stream()
              .anyMatch(n -> targets.stream().anyMatch(t -> t.covers(n.dependent())));
      if (penalty && commented) {
        return true;
      }
    }
    return false;
  }

  /**
   * Nouns of misconduct: what a statement names the one it is about as doing with one of these, it
   * accuses it of ("said Manila had a duty to raise what he called Chinese intrusions into its
   * exclusive economic zone", "says it needs nuclear weapons to deter what it calls U.S.
   * hostility", "said the resignation should be a wake-up call to act against Iranian aggression").
   */
  static final Set<String> MISCONDUCT_NOUNS =
      Set.of(
          "aggression",
          "provocation",
          "intrusion",
          "incursion",
          "encroachment",
          "interference",
          "meddling",
          "hostility",
          "violation",
          "breach",
          "infringement",
          "abuse",
          "atrocity",
          "crime",
          "terrorism",
          "bullying",
          "coercion",
          "intimidation",
          "blackmail",
          "harassment",
          "espionage",
          "subversion",
          "disinformation",
          "expansionism",
          "hegemonism",
          "imperialism",
          "adventurism",
          "brutality",
          "repression",
          "persecution",
          "disregard",
          "wrongdoing",
          "misconduct");

  static final String MISCONDUCT_STEP =
      "what is said names the one commented on as doing wrong (its aggression, intrusions,"
          + " interference): an accusation → "
          + ACCUSATION_CODE;

  /** The relations by which a noun of misconduct names its doer: "Iran's", "Iranian", "by Iran". */
  static final Set<String> DOER_OF_NOUN_RELATIONS =
      Set.of("nmod:poss", "amod", "compound", "nmod:by", "nmod:of");

  /**
   * Whether what a comment says names the one it is about as the doer of a misconduct ({@link
   * #MISCONDUCT_NOUNS}), by a possessive, a nation adjective, a name before the noun or "by" or
   * "of" after it, not denied ("no Russian aggression").
   */
  private boolean namesMisconduct(Frame wrapperFrame, List<Actor> targets) {
    for (Dependency clause : arcs.children(wrapperFrame.trigger(), "ccomp")) {
      for (int t : arcs.subtree(clause.dependent())) {
        if (!sentence.token(t).pos().startsWith("NN")
            || !MISCONDUCT_NOUNS.contains(sentence.token(t).lowerLemma())
            || modality.negated(t)
            || arcs.children(t, "det").stream()
                .anyMatch(d -> sentence.token(d.dependent()).lowerLemma().equals("no"))) {
          continue;
        }
        for (Dependency part : arcs.children(t)) {
          if (DOER_OF_NOUN_RELATIONS.contains(part.relation())
              && targets.stream().anyMatch(a -> a.covers(part.dependent()))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * The acts a clause tells as its own: its verb, the verbs joined to it and those that tell how or
   * why they were done ("used a nerve agent to poison"); not a clause it reports or wonders about
   * ("said it understood why the U.S. attacked"), nor an infinitive under an adjective ("it would
   * be foolish for Japan to strike back").
   */
  private List<Integer> toldActs(int clause) {
    List<Integer> acts = new ArrayList<>(List.of(clause));
    for (int k = 0; k < acts.size(); k++) {
      for (Dependency arc : arcs.children(acts.get(k))) {
        boolean joined =
            arc.base().equals("conj") || arc.base().equals("advcl") || arc.base().equals("xcomp");
        if (joined && sentence.token(arc.dependent()).isVerb() && !acts.contains(arc.dependent())) {
          acts.add(arc.dependent());
        }
      }
    }
    acts.removeIf(
        t ->
            !sentence.token(t).isVerb()
                || isQuestion(t) // "said it understood why the U.S. attacked": no charge
                || arcs.heads(t).stream()
                    .anyMatch(
                        h -> h.head() >= 0 && sentence.token(h.head()).pos().startsWith("JJ")));
    return acts;
  }

  /** Whether a clause is a reported question: "why the U.S. attacked". */
  private boolean isQuestion(int clause) {
    return arcs.children(clause).stream()
        .anyMatch(
            arc ->
                (arc.base().equals("advmod") || arc.base().equals("mark"))
                    && QUESTION_WORDS.contains(sentence.token(arc.dependent()).lowerLemma()));
  }

  /** Words that open a reported question, which asks or explains and charges no one. */
  static final Set<String> QUESTION_WORDS = Set.of("why", "how", "whether", "if");

  /** Adjectives that, said of a party, blame it: "Iran was responsible for the attack". */
  static final Set<String> BLAMING_WORDS = Set.of("responsible", "culpable", "guilty");

  /**
   * Whether what a comment says, in its clause or one it embeds, is that the one commented on was
   * behind an act or responsible for it: "U.S. officials said they believed Russia was behind the
   * cyberattack" accuses Russia. Only of the comment's own target ("said hackers were behind an
   * attack on Japanese banks" blames no Japanese), and not when denied.
   */
  private boolean holdsBehind(Frame wrapperFrame, List<Actor> targets) {
    for (Dependency clause : arcs.children(wrapperFrame.trigger(), "ccomp")) {
      for (int t : arcs.subtree(clause.dependent())) {
        boolean behind =
            arcs.children(t, "case").stream()
                .anyMatch(c -> sentence.token(c.dependent()).lowerLemma().equals("behind"));
        boolean blaming = BLAMING_WORDS.contains(sentence.token(t).lowerLemma());
        if (!(behind || blaming) || arcs.children(t, "cop").isEmpty() || modality.negated(t)) {
          continue;
        }
        for (Dependency subject : arcs.children(t, "nsubj")) {
          if (targets.stream().anyMatch(a -> a.covers(subject.dependent()))) {
            return true;
          }
        }
      }
      for (int t : arcs.subtree(clause.dependent())) {
        // "the attack on a U.S.-flagged ship was almost certainly by an Iran Silkworm missile":
        // the one an act of force is said to be by
        boolean by =
            arcs.children(t, "case").stream()
                .anyMatch(c -> sentence.token(c.dependent()).lowerLemma().equals("by"));
        if (!by || arcs.children(t, "cop").isEmpty() || modality.negated(t)) {
          continue;
        }
        // the "by" phrase alone, without the act it is said of: "by an Iranian drone"
        Set<Integer> byPhrase = new HashSet<>(arcs.subtree(t));
        for (Dependency subject : arcs.children(t, "nsubj")) {
          byPhrase.removeAll(arcs.subtree(subject.dependent()));
        }
        if (targets.stream().noneMatch(a -> byPhrase.stream().anyMatch(a::covers))) {
          continue;
        }
        for (Dependency subject : arcs.children(t, "nsubj")) {
          NounEntry act = lexicon.noun(sentence.token(subject.dependent()).lowerLemma(), List.of());
          if (act != null && FORCE_BLAMED_ROOTS.contains(act.code().substring(0, 2))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Roots of the answers an act draws from another (`NominalEvents.drawnBy`): disapproval,
   * rejection, protest and threats ("drew condemnation from", "provoked protests from").
   */
  static final Set<String> DRAWN_ROOTS = Set.of("11", "12", "13", "14");

  /** Roots of the acts that a comment saying whom they were by blames: assault and fighting. */
  static final Set<String> FORCE_BLAMED_ROOTS = Set.of("18", "19", "20");

  static final String JUDGED_WRONG_STEP =
      "what is said judges it with a disapproving word: disapproval → " + DISAPPROVAL_CODE;

  /**
   * Whether what a comment says is a judgement with a disapproving word for its predicate: "The
   * current ICO quota system is 'unfair and autocratic,' Escalante said", "a Turkish spokesman said
   * this was unacceptable". Only the predicate counts ("said protectionist bills could trigger
   * retaliation" names no judgement of the other side), and not when denied.
   */
  private boolean judgesAsWrong(Frame wrapperFrame) {
    for (Dependency clause : arcs.children(wrapperFrame.trigger(), "ccomp")) {
      int predicate = clause.dependent();
      // "the Russian approach was doomed to fail": a judging participle is a predicate too
      boolean judging =
          !arcs.children(predicate, "cop").isEmpty()
              || arcs.children(predicate, "aux").stream()
                  .anyMatch(arc -> arc.relation().equals("aux:pass"));
      if (!judging || modality.negated(predicate)) {
        continue;
      }
      if (DISAPPROVING_WORDS.contains(sentence.token(predicate).lowerLemma())) {
        return true;
      }
    }
    return false;
  }

  static final String JUDGED_RIGHT_STEP =
      "what is said judges the one commented on, or its act, with an approving word: praise → "
          + PRAISE_CODE;

  /**
   * Whether what a comment says judges the one it is about, or a thing of it, with an approving
   * word for the predicate ({@link #APPROVING_WORDS}): "said the Chinese proposal was
   * constructive", "said Seoul's offer was a significant step". The one commented on must be in the
   * predicate's subject ("said relations with Japan were at their best" is no praise of Japan); not
   * when denied.
   */
  private boolean judgesAsRight(Frame wrapperFrame, List<Actor> targets) {
    for (Dependency clause : arcs.children(wrapperFrame.trigger(), "ccomp")) {
      int predicate = clause.dependent();
      if (arcs.children(predicate, "cop").isEmpty()
          || modality.negated(predicate)
          || !APPROVING_WORDS.contains(sentence.token(predicate).lowerLemma())
          || WEAK_APPROVING_WORDS.contains(sentence.token(predicate).lowerLemma())) {
        continue;
      }
      for (Dependency subject : arcs.children(predicate, "nsubj")) {
        if (RELATION_NOUNS.contains(sentence.token(subject.dependent()).lowerLemma())) {
          continue; // "said relations with China were at their best": no praise of China
        }
        List<Integer> phrase = arcs.subtree(subject.dependent());
        if (targets.stream().anyMatch(t -> phrase.stream().anyMatch(t::covers))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Approving words that praise a party's act in a characterisation but say only how much a thing
   * weighs when it is what a comment's predicate is: "said the U.S. budget deficit was very
   * important", "said the U.S. action was a significant retaliatory step".
   */
  static final Set<String> WEAK_APPROVING_WORDS =
      Set.of("important", "significant", "step", "good", "progress", "victory");

  /** Nouns of a relationship, which a judgement of is no judgement of either side. */
  static final Set<String> RELATION_NOUNS = Set.of("relation", "relationship", "tie");

  /** Verbs of violating a norm: what a statement says violates one, it accuses. */
  static final Set<String> VIOLATING_VERBS =
      Set.of("violate", "breach", "contravene", "flout", "infringe");

  static final String VIOLATION_STEP =
      "what is said violates an agreement, a law or obligations: an accusation → "
          + ACCUSATION_CODE;

  /**
   * Whether what a comment says is that something violates a norm: "Yeutter said the proposed
   * vegetable oils tax would violate EC obligations under the GATT" accuses whom it is about (the
   * EC), though the tax is no actor. Not when denied ("said the accord did not breach GATT rules").
   */
  private boolean tellsOfViolation(Frame wrapperFrame) {
    for (Dependency clause : arcs.children(wrapperFrame.trigger(), "ccomp")) {
      for (int t : arcs.subtree(clause.dependent())) {
        if (sentence.token(t).isVerb()
            && VIOLATING_VERBS.contains(sentence.token(t).lowerLemma())
            && !modality.negated(t)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Verbs of speaking, which are talks with a party but an address to a body. */
  static final Set<String> SPEAKING_VERBS = Set.of("speak", "talk");

  /**
   * Bodies one addresses rather than talks with: "spoke to the IMF's interim committee", "Speaking
   * to the National Press Club". The organisation they belong to is the statement's target.
   */
  static final Set<String> ASSEMBLY_NOUNS =
      Set.of(
          "committee",
          "board",
          "meeting",
          "conference",
          "assembly",
          "parliament",
          "session",
          "council",
          "congress",
          "forum",
          "seminar",
          "convention",
          "symposium",
          "gathering",
          "audience",
          "club",
          "association",
          "chamber",
          "luncheon",
          "dinner");

  /** What speaking to a body is: a statement (010). */
  static final String ADDRESS_CODE = "010";

  /** Whether a verb of speaking with consultation's code is said "to" a body. */
  private boolean addressesBody(Frame frame, String code) {
    return SPEAKING_VERBS.contains(frame.lemma())
        && code.startsWith(CONSULT_ROOT)
        && frame.targets().getOrDefault("to", List.of()).stream()
            .anyMatch(t -> ASSEMBLY_NOUNS.contains(sentence.token(t).lowerLemma()));
  }

  /** Military protection (074), given to whom one protects. */
  static final String PROTECTION_CODE = "074";

  /** Prepositions of what one protects against: "protect them from Iranian attacks". */
  static final Set<String> THREAT_PREPOSITIONS = Set.of("from", "against");

  /** Roots of force, whose own-side object may be taken "from" another: "recaptured … from". */
  static final Set<String> FORCE_ROOTS_FROM = Set.of("18", "19", "20");

  /** Roots of asking (appeals 02, demands 10), asked of a war's parties when none is named. */
  static final Set<String> PEACE_ASKING_ROOTS = Set.of("02", "10");

  /** Prepositions that put a noun's event after the clause's act, so perhaps not yet held. */
  static final Set<String> LATER_PREPOSITIONS = Set.of("before", "ahead of", "prior to");

  /** The root of consultations: meetings, talks, visits. */
  static final String CONSULT_ROOT = "04";

  /**
   * Words the parser may take for the mark of what one is called on to do, or called for: "called
   * on Syria to withdraw", "called for Israel to halt".
   */
  static final Set<String> CALLED_ON =
      java.util.stream.Stream.concat(
              TargetFinder.CALLED_ON_MARKS.stream(), java.util.stream.Stream.of("for"))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /**
   * Whether a verb takes a to-infinitive complement of its subject's own act: "committed to meet",
   * "committed itself to meet"; not "a treaty that commits Washington to defend Japan".
   */
  private boolean takesInfinitive(int verb) {
    return arcs.children(verb, "obj").stream()
            .allMatch(
                o ->
                    sentence
                            .token(o.dependent())
                            .word()
                            .toLowerCase(java.util.Locale.ROOT)
                            .endsWith("self")
                        || sentence
                            .token(o.dependent())
                            .word()
                            .toLowerCase(java.util.Locale.ROOT)
                            .endsWith("selves"))
        && arcs.children(verb, "xcomp").stream()
            .anyMatch(
                arc ->
                    sentence.token(arc.dependent()).isVerb()
                        && arcs.children(arc.dependent(), "mark").stream()
                            .anyMatch(
                                m -> sentence.token(m.dependent()).lowerLemma().equals("to")));
  }

  /** Verbs whose "on" the parser may take for an infinitive's mark, with their particle verb. */
  static final Map<String, String> CALLING_ON = Map.of("call", "call on");

  /** Whether one of the verb's infinitives is marked "on" or "upon": "called on X to V". */
  private boolean callsOn(Frame frame) {
    return arcs.children(frame.trigger()).stream()
        .anyMatch(
            arc -> isCalledOn(arc) && aims.isMarkedInfinitive(arc, TargetFinder.CALLED_ON_MARKS));
  }

  /**
   * Whether the parser made what an appeal asks an adverbial clause with "on" for its mark: "The EC
   * called on Japan to open its markets" parsed as "called [on Japan to open its markets]". Only an
   * active infinitive: "called for Venezuela to be suspended" asks others, not Venezuela.
   */
  private boolean isCalledOn(Dependency arc) {
    return sentence.token(arc.dependent()).pos().equals("VB")
        && aims.isMarkedInfinitive(arc, CALLED_ON);
  }

  /** Verbs of joining, which join another in doing something rather than a body. */
  static final Set<String> JOINING_VERBS = Set.of("join");

  /** Whether a verb of joining says in what doing ("joined … in criticising Brazil"). */
  private boolean joinsInDoing(int verb) {
    for (Dependency arc : arcs.children(verb)) {
      // the parser may hang the gerund's object there instead: "in criticising Brazil"
      boolean doing =
          sentence.token(arc.dependent()).pos().equals("VBG")
              || arcs.children(arc.dependent()).stream()
                  .anyMatch(c -> sentence.token(c.dependent()).pos().equals("VBG"));
      if ((arc.base().equals("advcl") || arc.base().equals("obl"))
          && doing
          && arcs.children(arc.dependent()).stream()
              .anyMatch(
                  c ->
                      (c.base().equals("mark") || c.base().equals("case"))
                          && sentence.token(c.dependent()).lowerLemma().equals("in"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Verbs of complaining and charging, which a state may address to a forum about a third, or say
   * of a third to no one: "Thatcher has taken up the company's cause, charging that Japan is
   * discriminating against foreigners".
   */
  static final Set<String> COMPLAINT_VERBS = Set.of("complain", "protest", "charge");

  /**
   * A complaint made to an organisation about what another state did is aimed at that state:
   * "Pakistan complained to the United Nations that planes from Afghanistan attacked Pakistani
   * villages" → PAK → AFG, the UN being the forum.
   */
  private Coding complaintAgainst(Frame frame, Coding coding) {
    boolean addressed = !coding.targets().isEmpty();
    if (!COMPLAINT_VERBS.contains(frame.lemma())
        || coding.targets().stream().anyMatch(t -> t.country() != null)) {
      return coding;
    }
    List<Actor> accused =
        aims.clauseParty(frame, TargetFinder.resolvedOnly(coding.sources()), true);
    if (accused.isEmpty() || (addressed && accused.get(0).country() == null)) {
      return coding;
    }
    steps = new ArrayList<>(steps);
    // "Vietnam, which complained that the ADB had stopped advancing loans": a complaint to no
    // one is aimed at whom it names, as one to a forum is
    steps.add(
        addressed
            ? "a complaint to a forum: aimed at whom what it says names"
            : "a complaint to no one: aimed at whom what it says names");
    return new Coding(coding.entry(), coding.sources(), accused);
  }

  /**
   * Whether a conditional clause tells what its speakers would do ({@link
   * ModalityRules#conditionalStance}): its subject is of the speakers' country or organisation, as
   * in "the EC said it would retaliate if EC exports were hit".
   */
  private boolean speakersOwnStance(Frame frame, List<Actor> sources) {
    int reporter = modality.conditionalStance(frame.trigger());
    if (reporter < 0) {
      reporter = modality.possibleStance(frame.trigger());
    }
    if (reporter < 0 || sources.isEmpty()) {
      return false;
    }
    List<Actor> speakers =
        TargetFinder.resolvedOnly(arguments.agents(frames.verb(reporter).subjects()));
    return !speakers.isEmpty()
        && sources.stream()
            .allMatch(
                source ->
                    source.isResolved()
                        && speakers.stream().anyMatch(speaker -> sameParty(speaker, source)));
  }

  private static boolean sameParty(Actor one, Actor other) {
    return one.country() != null
        ? one.country().equals(other.country())
        : one.code().code().equals(other.code().code());
  }

  /** Verbs of an attempt: what was tried was not done, unless it was force. */
  static final Set<String> ATTEMPT_VERBS = Set.of("try", "attempt");

  /** Roots of force, whose attempt is itself an attack: assault (18), fight (19), mass violence. */
  static final Set<String> ATTEMPTED_FORCE_ROOTS = Set.of("18", "19", "20");

  /**
   * Whether an attempt is an act of force done: "militants said they attempted to assassinate Prime
   * Minister Iyad Allawi", "troops tried to storm the building". An attempt to mediate or to meet
   * tells no meeting; an attempt to kill is an assault, whether or not it succeeded.
   */
  private static boolean attemptedForce(Frame wrapperFrame, String code) {
    return ATTEMPT_VERBS.contains(wrapperFrame.lemma())
        && ATTEMPTED_FORCE_ROOTS.contains(code.substring(0, 2));
  }

  /**
   * The modality of a wrapper verb's own act. Pressing another is done when it is tried: "The Bank
   * of England and the Fed are trying to persuade the Bank of Japan to accept their standards" is
   * an appeal made, whatever comes of it; so an appeal under {@link #ATTEMPT_VERBS} (or "seek to")
   * takes the attempt's modality, not the hypothetical an attempt gives what it tries.
   */
  private Modality wrapperModality(WrapperKind kind, int trigger) {
    Dependency up = arcs.head(trigger);
    if (kind == WrapperKind.APPEAL
        && up != null
        && up.head() >= 0
        && up.base().equals("xcomp")
        && ATTEMPTED_APPEAL_VERBS.contains(sentence.token(up.head()).lowerLemma())) {
      return modality.modality(up.head(), false);
    }
    return modality.modality(trigger, false);
  }

  /** Verbs whose attempt at an appeal makes it: try, attempt, seek. */
  static final Set<String> ATTEMPTED_APPEAL_VERBS = Set.of("try", "attempt", "seek");

  /** Agents whose journeys are flight or return, not visits: refugees and migrants. */
  static final Set<String> DISPLACED_AGENTS = Set.of("REF");

  /** CAMEO's mediation, which is between others: the mediator is no party to it. */
  static final String MEDIATION_CODE = "045";

  /** Roots of material cooperation and aid, whose totals over a span are statistics. */
  static final Set<String> MATERIAL_ROOTS = Set.of("06", "07");

  /** The root of demands. */
  static final String DEMAND_ROOT = "10";

  /** The actor the "of" of a demand's object names: "the withdrawal of Serbian forces". */
  private List<Actor> demandedOf(Frame frame, List<Actor> sources) {
    for (int object : frame.objects()) {
      for (Dependency arc : arcs.children(object)) {
        if (!arc.relation().equals("nmod:of")) {
          continue;
        }
        for (Actor actor : TargetFinder.resolvedOnly(arguments.of(List.of(arc.dependent())))) {
          if (!ArgumentActors.isPronoun(actor)
              && actor.country() != null
              && sources.stream().noneMatch(s -> actor.country().equals(s.country()))) {
            return List.of(actor);
          }
        }
      }
    }
    return List.of();
  }

  /** CAMEO's strike or boycott. */
  static final String LABOUR_STRIKE_CODE = "143";

  /** Sectors whose strikes are stoppages, not attacks: workers, teachers, farmers, civilians. */
  static final Set<String> STRIKING_AGENTS = Set.of("LAB", "EDU", "AGR", "CVL", "BUS", "MED");

  private boolean labourStrike(Frame frame, List<Actor> sources) {
    boolean strike =
        frame.objects().stream().anyMatch(o -> sentence.token(o).lowerLemma().equals("strike"));
    return strike
        && !sources.isEmpty()
        && sources.stream()
            .allMatch(s -> STRIKING_AGENTS.contains(String.valueOf(s.code().agent())));
  }

  /** Codes of arriving somewhere: a visit (042), a deployment (154). */
  static final Set<String> ARRIVAL_CODES = Set.of("042", "154");

  /** CAMEO's military protection or peacekeeping. */
  static final String PEACEKEEPING_CODE = "074";

  /** Words of a subject that make those who arrive peacekeepers: "UN peacekeeping troops". */
  static final Set<String> PEACEKEEPING_WORDS =
      Set.of("peacekeeping", "peacekeeper", "peace-keeping", "peace-keeper");

  /**
   * Words of a subject that make what arrives relief: rescuers, doctors, aid ("Rescue teams from
   * Spain arrived in Morocco", "planes carrying doctors, tents and food landed in Kathmandu"): the
   * humanitarian words of {@code classes.tsv} (@humanitarian, @aid) that name people or goods sent.
   */
  static final Set<String> RELIEF_WORDS =
      Set.of(
          "rescue",
          "survivor",
          "victim",
          "rescuer",
          "firefighter",
          "doctor",
          "medic",
          "paramedic",
          "aid",
          "relief",
          "humanitarian",
          "medicine",
          "tent",
          "blanket");

  /** CAMEO's humanitarian aid: what relief arriving somewhere is. */
  static final String RELIEF_CODE = "073";

  private boolean subjectHas(List<Integer> subjects, Set<String> words) {
    for (int subject : subjects) {
      for (int t : arcs.subtree(subject)) {
        if (words.contains(sentence.token(t).lowerLemma())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Nouns of meeting that, as an active subject, stand for those who met. */
  static final Set<String> MEETING_NOUNS =
      Set.of(
          "meeting",
          "talk",
          "talks",
          "negotiation",
          "summit",
          "discussion",
          "consultation",
          "conversation");

  /**
   * The parties of a meeting that is the active subject of the frame: its owner and modifiers ("his
   * meeting", "U.S.-Japanese talks"), those between whom it was, and those it was with.
   */
  private List<Actor> meetingSides(Frame frame) {
    List<Actor> sides = new ArrayList<>();
    for (Dependency arc : arcs.children(frame.trigger(), "nsubj")) {
      int noun = arc.dependent();
      if (!MEETING_NOUNS.contains(sentence.token(noun).lowerLemma())) {
        continue;
      }
      for (Actor actor : arguments.of(List.of(noun))) {
        if (actor.isResolved() && !sides.contains(actor)) {
          sides.add(actor);
        }
      }
      for (Dependency with : arcs.children(noun)) {
        if (with.relation().equals("nmod:with")) {
          for (Actor actor : arguments.of(List.of(with.dependent()))) {
            if (actor.isResolved() && !sides.contains(actor)) {
              sides.add(actor);
            }
          }
        }
      }
    }
    return sides;
  }

  /**
   * Emits and, if that made an event, marks the frame's objects as coded: "imposed sanctions on
   * Russia" is one event, not also "sanctions"; but "a visit … was announced" leaves the visit to
   * be coded as a noun.
   */
  private void emitConsuming(Frame frame, String code, List<Actor> sources, List<Actor> targets) {
    int before = events.size();
    emit(frame, code, sources, targets);
    if (events.size() > before
        && !NominalEvents.REACTION_VERBS.contains(frame.lemma())
        && !NominalEvents.REPELLING_VERBS.contains(frame.lemma())) {
      // what is rejected or accepted is another's act, coded as its noun
      consumed.addAll(frame.objects());
      for (int object : frame.objects()) {
        // "stepped up relief efforts": the relief is the act coded, not a second one
        for (Dependency compound : arcs.children(object, "compound")) {
          consumed.add(compound.dependent());
        }
      }
    }
  }

  /**
   * Auxiliaries that make a reported clause a demand on its subject: "Russia said Sudan must return
   * the helicopter", "declared that China must drop barriers" are demands, not statements.
   */
  static final Set<String> DEMAND_AUXILIARIES = Set.of("must");

  /** "have to" in the present, which in a reported clause demands as "must" does. */
  static final Set<String> PRESENT_HAVE = Set.of("have", "has");

  private void codeWrapper(Frame wrapperFrame, Wrapper wrapper) {
    if (Reciprocity.MUTUAL_WRAPPERS.contains(wrapperFrame.lemma()) && sharesView(wrapperFrame)) {
      return; // "the three nations agree these policies are essential": a view, no act
    }
    if (FORCING_VERBS.contains(wrapperFrame.lemma()) && thingForces(wrapperFrame)) {
      // "the West German interest rate move would force the U.S. to re-examine the accord": a
      // consequence, no demand; what is forced is not done either
      for (Dependency arc : arcs.children(wrapperFrame.trigger(), "xcomp")) {
        consumed.add(arc.dependent());
      }
      return;
    }
    // "warned Tokyo its package must be significant" is a demand too, not a threat
    boolean demand =
        (wrapper.kind() == WrapperKind.REPORTED || wrapper.kind() == WrapperKind.THREAT)
            && demandsOfClause(wrapperFrame);
    if (demand) {
      // "would insist Japan open its markets": what is demanded is not done, coded or not
      for (Dependency arc : arcs.children(wrapperFrame.trigger(), "ccomp")) {
        consumed.add(arc.dependent());
      }
      wrapper =
          new Wrapper(wrapper.verb(), WrapperKind.APPEAL, "100", wrapper.origin() + " + must");
    }
    for (Dependency arc : arcs.children(wrapperFrame.trigger())) {
      if (!(arc.base().equals("xcomp")
          || arc.base().equals("ccomp")
          || frames.isLooseInfinitive(arc)
          || (wrapper.kind() == WrapperKind.APPEAL && isCalledOn(arc)))) {
        continue;
      }
      int embedded = arc.dependent();
      if (!sentence.token(embedded).isVerb()) {
        continue;
      }
      Frame inner = frames.verb(embedded);
      Coding coding = verbCoding(inner);
      if (coding == null) {
        continue;
      }
      // "vowed to sell": the vower sells; "said that Israel attacked": the speaker did not
      boolean sameActor =
          wrapper.kind() != WrapperKind.REPORTED && wrapper.kind() != WrapperKind.HYPOTHETICAL;
      List<Actor> sources =
          coding.sources().isEmpty() && sameActor
              ? arguments.of(wrapperFrame.subjects())
              : coding.sources();
      List<Actor> targets = coding.targets();
      if (targets.isEmpty() && isAid(coding.entry()) && wrapper.kind() != WrapperKind.APPEAL) {
        targets = storyRecipient(inner, sources); // "Spain sent rescuers, the government said"
      }
      if (targets.isEmpty()
          && (wrapper.kind() == WrapperKind.THREAT
              || (wrapper.kind() == WrapperKind.INTENT && inner.objects().isEmpty()))
          && coding.entry().code().compareTo(CONFLICTUAL_PURPOSE) >= 0) {
        // "China vowed to retaliate after the United States gave it 72 hours to close its
        // consulate", "threatened to strike inside Kenya unless…": a hostile act foretold with no
        // one named is aimed at the party its clause names, as the wrapper alone would be; an
        // intent only when the act has no object ("plans to launch seven rockets" aims at no one)
        targets = aims.clauseTargets(wrapper.kind(), wrapperFrame, sources);
      }
      if (wrapper.kind() == WrapperKind.APPEAL) {
        List<Actor> addressees = arguments.of(wrapperFrame.objects());
        for (String prep : List.of("on", "upon", "to")) {
          if (addressees.isEmpty()) {
            // "called on Greece and Turkey to exercise restraint"
            addressees = arguments.of(wrapperFrame.targets().getOrDefault(prep, List.of()));
          }
        }
        if (addressees.isEmpty()) {
          addressees = arguments.of(inner.subjects()); // "demanded that the US cancel…"
        }
        List<Actor> asking = arguments.of(wrapperFrame.subjects());
        addressees = new ArrayList<>(addressees);
        addressees.removeIf(asking::contains); // the callers do not call on themselves
        if (demand && includesAskers(addressees, asking)) {
          continue; // "Clark said the two countries must find better mechanisms": not a demand
        }
        targets = addressees.isEmpty() ? targets : addressees;
        sources = arguments.of(wrapperFrame.subjects());
      }
      if (wrapper.kind() == WrapperKind.REPORTED
          && accusesOfDefiance(wrapperFrame, inner, coding.entry(), sources)) {
        consumed.add(embedded);
        return;
      }
      WrapperKind kind = wrapper.kind();
      if (kind == WrapperKind.INTENT
          && modality.negated(wrapperFrame.trigger())
          && coding.entry().code().compareTo(CONFLICT_ROOTS_START) >= 0) {
        // "neither Congress nor the Reagan administration wants to undermine relations with
        // Japan": no wish to harm is no threat
        consumed.add(embedded);
        return;
      }
      if (kind == WrapperKind.INTENT
          && modality.negated(embedded)
          && coding.entry().code().compareTo("09") < 0) {
        // "Kuwait had decided not to accept a U.S. offer": an intent not to cooperate refuses
        kind = WrapperKind.REFUSAL;
      }
      String code = WrapperCodes.wrap(kind, coding.entry().code(), wrapper.fallback());
      steps =
          List.of(
              describe(coding.entry(), inner),
              String.format(
                  "under \"%s\" (%s, %s) → %s",
                  wrapperFrame.lemma(),
                  kind.name().toLowerCase(java.util.Locale.ROOT),
                  wrapper.origin(),
                  code));
      if (kind == WrapperKind.INTENT
          && modality.negated(embedded)
          && FORSWORN_ROOTS.contains(coding.entry().code().substring(0, 2))) {
        // "Venezuela and Guyana agreed not to use force": a promise of peace, no threat
        code = DEESCALATION_INTENT_CODE;
        steps = new ArrayList<>(steps);
        steps.add("an intent not to use force: to de-escalate → " + code);
      }
      int trigger = wrapperFrame.trigger();
      if ((wrapper.kind() == WrapperKind.INTENT || wrapper.kind() == WrapperKind.FUTURE)
          && anothersAct(wrapperFrame, inner)) {
        // "dealers expect the six to meet", "wants Japan to open": another's act, not done
        consumed.add(embedded);
        if (WISHING_VERBS.contains(wrapperFrame.lemma())) {
          wishOf(wrapperFrame, coding.entry().code());
        }
        List<Actor> agreeing = arguments.of(wrapperFrame.subjects());
        if (sharedAmong(wrapperFrame, agreeing, AGREEMENT_CODE)) {
          // "the four leaders also agreed that troops would pull back": what they agreed others
          // would do is not done, the agreement among them is; not a view they share ("the three
          // nations agree these policies are essential to redress trade imbalances")
          reachedAgreement(
              wrapperFrame,
              coding.entry().code(),
              agreeing,
              modality.negated(wrapperFrame.trigger()));
        }
        return;
      }
      Modality mode =
          switch (kind) {
            case INTENT, FUTURE -> Modality.FUTURE;
            case REPORTED -> Modality.REPORTED;
            case HYPOTHETICAL ->
                attemptedForce(wrapperFrame, coding.entry().code())
                    ? modality.modality(trigger, false)
                    : Modality.HYPOTHETICAL;
            case THREAT, REFUSAL, APPEAL -> wrapperModality(kind, trigger);
          };
      if (wrapperModality(kind, trigger) == Modality.HYPOTHETICAL) {
        mode = Modality.HYPOTHETICAL;
      }
      // "the White House said Reagan will visit Rome": what is said keeps its own tense
      Modality own =
          wrapper.kind() == WrapperKind.REPORTED ? modality.modality(embedded, false) : mode;
      if (own == Modality.HYPOTHETICAL || own == Modality.FUTURE) {
        mode = own;
      }
      int before = events.size();
      // "Tokyo told U.S. negotiators it would not buy U.S. supercomputers": what is said may be
      // negated in itself; "did not vow to…" negates the wrapper
      boolean negated =
          modality.negated(trigger)
              || (wrapper.kind() == WrapperKind.REPORTED && modality.negated(embedded));
      boolean noParty =
          targets.isEmpty()
              || (sources.size() > 1
                  && !modality.negated(trigger)
                  && targets.stream().noneMatch(SentenceCoding::isParty));
      if (Reciprocity.MUTUAL_WRAPPERS.contains(wrapperFrame.lemma()) && noParty) {
        if (WrapperCodes.refusal(code)) {
          consumed.add(embedded);
          return; // "both sides agreed not to reveal the outcome": no refusal of each other
        }
        // "Britain and Japan agreed to operate 12 flights a week": an agreement between them
        pairwise(inner, code, sources, negated, mode);
        String planned =
            kind == WrapperKind.INTENT
                ? plannedAct(inner, mode, negated, coding.entry().code(), true)
                : null;
        if (planned != null && !planned.equals(code)) {
          Modality told = mode;
          List<Actor> sides = sources;
          asPlanned(planned, () -> pairwise(inner, planned, sides, false, told));
        }
        reachedAgreement(wrapperFrame, coding.entry().code(), sources, negated);
      } else {
        wrapperPlan = kind == WrapperKind.INTENT ? coding.entry().code() : null;
        try {
          emit(inner, code, sources, targets, negated, mode);
        } finally {
          wrapperPlan = null;
        }
      }
      if (events.size() > before) {
        consumed.add(embedded);
        if (!NominalEvents.REACTION_VERBS.contains(inner.lemma())
            && !NominalEvents.REPELLING_VERBS.contains(inner.lemma())) {
          consumed.addAll(inner.objects()); // "rejected an IMF demand": the demand is coded too
        }
        return;
      }
    }
    // no embedded event: the wrapper verb may still have an entry of its own with its object
    // ("threatened sanctions" 1312, "offered mediation" 039)
    // "said Sudan must return the helicopter": a demand, whatever "say" alone would code
    Coding own = demand ? null : verbCoding(wrapperFrame);
    if (own != null && asksNothing(wrapper, own.entry(), wrapperFrame.trigger())) {
      own = null;
    }
    if (own != null
        && own.targets().isEmpty()
        && Reciprocity.MUTUAL_WRAPPERS.contains(wrapperFrame.lemma())
        && aims.clauseNamesActors(wrapperFrame, TargetFinder.resolvedOnly(own.sources()))) {
      // "Norway, Egypt and the Soviet Union agreed to help OPEC": what they agreed on concerns
      // OPEC, whom the uncoded clause names; they did not agree with each other
      return;
    }
    if (own != null) {
      steps = List.of(describe(own.entry(), wrapperFrame));
      // a statement is an event toward someone only when it is addressed: "told Moscow",
      // "said to Beijing"; "Hess said the report…" is no event between Hess and anyone
      List<Actor> targets =
          wrapper.kind() == WrapperKind.REPORTED ? aims.addressees(wrapperFrame) : own.targets();
      if (targets.isEmpty() && !wrapper.fallback().isEmpty()) {
        // only wrappers that are events by themselves: "declined to comment on criticism by
        // Baker" is no refusal toward the USA, "refused to respond to a US demand" is
        targets = aims.clauseTargets(wrapper.kind(), wrapperFrame, own.sources());
      }
      if (targets.isEmpty() && wrapper.kind() != WrapperKind.REPORTED) {
        targets = conjunctTargets(wrapperFrame, own.sources());
      }
      if (targets.isEmpty() && isAid(own.entry())) {
        targets = storyRecipient(wrapperFrame, own.sources());
      }
      boolean comment = false;
      if (targets.isEmpty() && isStatement(wrapper, own.entry().code())) {
        targets = commentedOn(wrapperFrame, own.sources());
        comment = !targets.isEmpty();
      }
      if (targets.isEmpty()
          && wrapper.kind() == WrapperKind.THREAT
          && warnsOfConsequence(wrapperFrame)) {
        // "Spain warned of consequences", after Argentina seized a Spanish company's stake
        targets = storyAggressors(TargetFinder.resolvedOnly(own.sources()));
      }
      if (targets.isEmpty()
          && isStatement(wrapper, own.entry().code())
          && foretellsOwnRetaliation(wrapperFrame, own.sources())) {
        // "Moscow said it would respond in kind", after six countries expelled its diplomats: a
        // retaliation foretold answers whoever the story told acted against the speakers
        targets = storyAggressors(TargetFinder.resolvedOnly(own.sources()));
        comment = !targets.isEmpty();
      }
      if (onlyThemselves(targets, own.sources())
          && isStatement(wrapper, own.entry().code())
          && foretellsOwnRetaliation(wrapperFrame, own.sources())) {
        // "The EC expressed disquiet over protectionist moves in the United States and said it
        // would retaliate": a retaliation foretold is aimed where the act it is joined to is
        List<Actor> joined = conjunctTargets(wrapperFrame, own.sources());
        if (!joined.isEmpty()) {
          targets = joined;
          comment = false;
        }
      }
      String code = own.entry().code();
      if (comment) {
        steps = List.of(steps.get(0), COMMENT_STEP);
      }
      code =
          whatIsSaid(
              wrapperFrame,
              code,
              isStatement(wrapper, code)
                  && !targets.isEmpty()
                  && foretellsOwnRetaliation(wrapperFrame, own.sources()),
              comment,
              targets);
      if (wrapper.kind() == WrapperKind.THREAT
          && own.entry().objectGroups().isEmpty()
          && warnsOfNoConsequence(wrapperFrame)) {
        code = WARNING_CODE; // "warned Japan that friction over trade is affecting relations"
      }
      emitConsuming(wrapperFrame, code, own.sources(), targets);
      if (targets.isEmpty() && own.sources().size() > 1) {
        // "the United States and Britain agreed to adopt common regulations": what they agreed
        // on is not coded, the agreement between them is
        reachedAgreement(wrapperFrame, code, own.sources(), false);
      }
      return;
    }
    if (!wrapper.fallback().isEmpty()) {
      if (wrapper.kind() == WrapperKind.INTENT
          && wrapper.fallback().startsWith("02")
          && !arcs.children(wrapperFrame.trigger(), "xcomp").isEmpty()) {
        return; // "sought to depict the U.S. action as…" asks no one
      }
      List<Actor> sources = arguments.of(wrapperFrame.subjects());
      boolean comment = false;
      List<Actor> targets =
          wrapper.kind() == WrapperKind.REPORTED
              ? aims.addressees(wrapperFrame)
              : aims.targetsOf(wrapperFrame, "");
      if (targets.isEmpty()) {
        targets = aims.clauseTargets(wrapper.kind(), wrapperFrame, sources);
      }
      if (targets.isEmpty() && wrapper.kind() != WrapperKind.REPORTED) {
        targets = conjunctTargets(wrapperFrame, sources);
      }
      if (targets.isEmpty() && isStatement(wrapper, wrapper.fallback())) {
        targets = commentedOn(wrapperFrame, sources);
        comment = !targets.isEmpty();
      }
      if (targets.isEmpty()
          && wrapper.kind() == WrapperKind.THREAT
          && warnsOfConsequence(wrapperFrame)) {
        targets = storyAggressors(TargetFinder.resolvedOnly(sources)); // "warned of consequences"
      }
      if (targets.isEmpty() && wrapper.kind() == WrapperKind.REPORTED) {
        return;
      }
      if (demand && includesAskers(targets, sources)) {
        return; // "Clark said the two countries must find better mechanisms": not a demand
      }
      String fallback = wrapper.fallback();
      if (wrapper.kind() == WrapperKind.THREAT && warnsOfNoConsequence(wrapperFrame)) {
        // "the EC warned Japan and the United States that friction over trade is affecting its
        // relations with both": a warning that foretells nothing is a pessimistic comment
        fallback = WARNING_CODE;
      }
      steps =
          List.of(
              String.format(
                  "\"%s\" with nothing codable under it: its own code (%s) → %s",
                  wrapperFrame.lemma(), wrapper.origin(), fallback));
      if (comment) {
        steps = List.of(steps.get(0), COMMENT_STEP);
      }
      fallback =
          whatIsSaid(
              wrapperFrame,
              fallback,
              isStatement(wrapper, fallback) && foretellsOwnRetaliation(wrapperFrame, sources),
              comment,
              targets);
      emitConsuming(wrapperFrame, fallback, sources, targets);
    }
  }

  /**
   * Whether what a wrapper's subjects agree or pledge is a view, a clause with a copula: "the three
   * nations agree these policies are essential to redress trade imbalances" is no agreement between
   * them, nor an intent.
   */
  private boolean sharesView(Frame wrapperFrame) {
    return arcs.children(wrapperFrame.trigger(), "ccomp").stream()
        .anyMatch(clause -> arcs.has(clause.dependent(), "cop"));
  }

  /**
   * Acts of cooperation (roots 03-08) whose "cannot" refuses them: below this root. Statements and
   * appeals (01, 02) are not refused by "cannot" ("cannot say", "cannot ask").
   */
  static final String REFUSABLE_ROOTS_END = "09";

  /** Roots from which "cannot" refuses: cooperation. */
  static final String REFUSABLE_ROOTS_START = "03";

  /** A visit (042), which the country visited hosts (043). */
  static final String VISIT_CODE = "042";

  static final String HOST_CODE = "043";

  static final String HOST_STEP = "the country visited hosts the visit → " + HOST_CODE;

  /** A visit made (042) and hosted (043): told beside what a statement says, not as it. */
  static final Set<String> VISIT_CODES = Set.of(VISIT_CODE, HOST_CODE);

  /**
   * Whether the one visited hosts the visit: a country, its capital or its government ("a visit to
   * Saudi Arabia last month", "Aqazadeh is in the United Arab Emirates"), not an organisation's
   * seat ("arrived in Brussels for EC talks" is no visit the EC hosts) nor a sector of a society.
   */
  /**
   * Whether {@code aim} is an official of another state whom the host verb of {@code frame} takes
   * as its object: "Saudi Arabia's crown prince received the Iranian foreign minister in Riyadh" is
   * the minister's visit too; "hosted a meeting" names no guest.
   */
  private boolean isGuest(Frame frame, Actor aim) {
    return aim.isResolved()
        && aim.country() != null
        && aim.code().agent() != null
        && !ArgumentActors.isPronoun(aim)
        && frame.objects().stream().anyMatch(aim::covers);
  }

  private static boolean isHost(Actor target) {
    if (!target.isResolved()) {
      return false;
    }
    String agent = target.code().agent();
    return target.country() != null
        && !target.code().code().startsWith("IGO")
        && (agent == null || agent.equals("GOV"));
  }

  /**
   * Roots of force that an intent not to use forswears: "agreed not to use force", "pledged not to
   * attack". Coded as an intent to de-escalate ({@link #DEESCALATION_INTENT_CODE}), not a threat.
   */
  static final Set<String> FORSWORN_ROOTS = Set.of("15", "17", "18", "19", "20");

  /** Express intent to de-escalate military engagement. */
  static final String DEESCALATION_INTENT_CODE = "0356";

  /**
   * Roots of acts only a party does, which a thing that is what a report is about cannot: appeals,
   * disapproval, rejection and threats. Not demands, whose verbs also order things done at home
   * ("ordered a review of Cuba's listing"), nor cuts, whose verbs also cut deficits.
   */
  static final Set<String> SPEAKERS_ACT_ROOTS = Set.of("02", "11", "12", "13");

  /** Nouns of texts, which do what their authors do: "the report criticised Japan". */
  static final Set<String> TEXT_NOUNS =
      Set.of(
          "report",
          "statement",
          "resolution",
          "letter",
          "document",
          "study",
          "paper",
          "communique",
          "declaration",
          "text",
          "message",
          "bill",
          "draft",
          "editorial",
          "article",
          "commentary");

  /**
   * The subjects of the reporting verb whose clause the parser made this verb a conjunct in, when
   * the verb's own subject is a thing that cannot do it ({@link #SPEAKERS_ACT_ROOTS}): "Pompeo said
   * there was no evidence the attack came from Yemen and blamed Iran directly" is Pompeo's blame,
   * not the attack's. Not when its subject is a text ({@link #TEXT_NOUNS}: "said the report
   * criticised Japan") or no subject at all.
   */
  /** How the parser hangs a verb that shares a speaker's subject beside his "said". */
  static final Set<String> BESIDE_SAYING = Set.of("dep", "conj", "parataxis");

  /**
   * The subjects of the verb of saying a subjectless verb hangs beside ({@link #BESIDE_SAYING}),
   * directly or through a conjunct: "said…, denied entering… and accused the pilots".
   */
  private List<Actor> speakersBeside(Frame frame) {
    if (sentence.token(frame.trigger()).pos().equals("VBN")) {
      return List.of(); // "Asked what the IMF has stipulated, Sourrouille said": asked by another
    }
    int at = frame.trigger();
    for (int hop = 0; hop < REPORTED_CLAUSE_DEPTH; hop++) {
      Dependency up = arcs.head(at);
      if (up == null || up.head() < 0 || !BESIDE_SAYING.contains(up.base())) {
        return List.of();
      }
      Wrapper reporting = lexicon.wrapper(sentence.token(up.head()).lowerLemma());
      if (reporting != null && reporting.kind() == WrapperKind.REPORTED) {
        List<Actor> speakers =
            TargetFinder.resolvedOnly(arguments.agents(frames.verb(up.head()).subjects()));
        if (!speakers.isEmpty()) {
          steps = new ArrayList<>(steps);
          steps.add("a verb with no subject beside the speaker's \"said\": the speaker's");
        }
        return speakers;
      }
      at = up.head();
    }
    return List.of();
  }

  private List<Actor> reportersAct(Frame frame) {
    if (frame.subjects().isEmpty()
        || frame.subjects().stream()
            .anyMatch(s -> TEXT_NOUNS.contains(sentence.token(s).lowerLemma()))) {
      return List.of();
    }
    boolean conjunct =
        arcs.children(frame.trigger(), "cc").stream()
            .anyMatch(cc -> sentence.token(cc.dependent()).lowerLemma().equals("and"));
    if (!conjunct) {
      return List.of();
    }
    int at = frame.trigger();
    for (int depth = 0; depth < REPORTED_CLAUSE_DEPTH; depth++) {
      Dependency clause = arcs.head(at);
      if (clause == null || clause.head() < 0) {
        return List.of();
      }
      Wrapper reporting = lexicon.wrapper(sentence.token(clause.head()).lowerLemma());
      if (clause.base().equals("ccomp")
          && reporting != null
          && reporting.kind() == WrapperKind.REPORTED) {
        List<Actor> reporters =
            TargetFinder.resolvedOnly(arguments.agents(frames.verb(clause.head()).subjects()));
        if (!reporters.isEmpty()) {
          steps = new ArrayList<>(steps);
          steps.add(
              "an act of a party joined by the parser to what its speaker said: the speaker's");
          speakersActs.put(frame.trigger(), clause.head());
        }
        return reporters;
      }
      at = clause.head();
    }
    return List.of();
  }

  /**
   * Verbs given to their speaker by {@link #reportersAct}, with the speaker's reporting verb: they
   * are told as the speaking is, not as what is said.
   */
  private final Map<Integer, Integer> speakersActs = new java.util.HashMap<>();

  /** How many heads up from a conjunct its reporting verb is looked for. */
  static final int REPORTED_CLAUSE_DEPTH = 4;

  /** Verbs of protest that a state does by complaining officially. */
  static final Set<String> OFFICIAL_PROTEST_VERBS = Set.of("protest");

  /** Complain officially. */
  static final String OFFICIAL_COMPLAINT_CODE = "114";

  /** Nouns of an appearance before the press: "a news conference", "a joint briefing". */
  static final Set<String> APPEARANCE_NOUNS = Set.of("conference", "briefing");

  /** Relations by which an appearance names who stood beside the speaker. */
  static final Set<String> BESIDE_RELATIONS =
      Set.of("nmod:with", "nmod:alongside", "obl:alongside", "obl:with");

  static final String JOINT_APPEARANCE_STEP =
      "spoke at a news conference with another: a meeting of both → " + CONSULT_ROOT + "0";

  /**
   * A speaker's news conference with or alongside another party is a meeting of both (040): "Putin
   * told a joint news conference with Erdogan…", "Speaking at a news conference in Ankara alongside
   * Turkish President Tayyip Erdogan, Putin said…". Only a news or press conference, or a joint
   * one; only a party of another country than the speaker.
   */
  private void jointAppearance(Frame speaking) {
    List<Actor> speakers =
        TargetFinder.resolvedOnly(arguments.agents(speaking.subjects())).stream()
            .filter(a -> a.country() != null)
            .toList();
    if (speakers.isEmpty()) {
      return;
    }
    List<Integer> holders = new ArrayList<>(List.of(speaking.trigger()));
    for (Dependency arc : arcs.children(speaking.trigger(), "advcl")) {
      holders.add(arc.dependent()); // "Speaking at a news conference …, Putin said"
    }
    List<Integer> beside = new ArrayList<>();
    int conference = -1;
    for (int holder : holders) {
      for (Dependency arc : arcs.children(holder)) {
        if (!arc.base().equals("obl") && !arc.relation().equals("obj")) {
          continue; // "at a news conference", "told a joint news conference"
        }
        int noun = arc.dependent();
        boolean appearance =
            APPEARANCE_NOUNS.contains(sentence.token(noun).lowerLemma())
                && arcs.children(noun).stream()
                    .anyMatch(
                        m ->
                            (m.base().equals("compound")
                                    && Set.of("news", "press")
                                        .contains(sentence.token(m.dependent()).lowerLemma()))
                                || (m.base().equals("amod")
                                    && sentence.token(m.dependent()).lowerLemma().equals("joint")));
        if (!appearance) {
          continue;
        }
        conference = noun;
        for (Dependency with : arcs.children(noun)) {
          if (BESIDE_RELATIONS.contains(with.relation())) {
            beside.add(with.dependent());
          }
        }
        for (Dependency with : arcs.children(holder)) {
          if (BESIDE_RELATIONS.contains(with.relation()) && !with.relation().equals("obl:with")) {
            beside.add(with.dependent()); // "…, alongside Turkish President Tayyip Erdogan"
          }
        }
      }
    }
    List<Actor> partners = new ArrayList<>();
    for (Actor partner : TargetFinder.resolvedOnly(arguments.parties(beside))) {
      if (partner.country() != null
          && speakers.stream().noneMatch(s -> s.country().equals(partner.country()))) {
        partners.add(partner);
      }
    }
    if (partners.isEmpty()) {
      return;
    }
    List<String> before = steps;
    steps = List.of(JOINT_APPEARANCE_STEP);
    List<Actor> sides = new ArrayList<>(speakers);
    sides.addAll(partners);
    pairwise(
        frames.noun(conference), // the conference is the event's trigger, told as the speaking is
        CONSULT_ROOT + "0",
        sides,
        modality.negated(speaking.trigger()),
        modality.modality(speaking.trigger(), false));
    steps = before;
  }

  /** Things fired, whose landing or arriving somewhere is no visit. */
  static final Set<String> PROJECTILE_NOUNS =
      Set.of(
          "missile",
          "rocket",
          "shell",
          "bomb",
          "drone",
          "projectile",
          "mortar",
          "torpedo",
          "warhead",
          "debris");

  /** Statements: what a reporting verb with nothing codable under it makes (010). */
  static final String STATEMENT_ROOT = "01";

  /** Whether a reporting wrapper codes a statement (01): it may be a comment on another. */
  private static boolean isStatement(Wrapper wrapper, String code) {
    return wrapper.kind() == WrapperKind.REPORTED && code.startsWith(STATEMENT_ROOT);
  }

  /**
   * Whom a statement addressed to no one comments on ({@link TargetFinder#commentedOn}): "U.S.
   * officials said Japan's move was too late" is a comment on Japan.
   */
  private List<Actor> commentedOn(Frame wrapperFrame, List<Actor> speakers) {
    return aims.commentedOn(wrapperFrame, TargetFinder.resolvedOnly(speakers));
  }

  /** The rule step of a statement coded as a comment on whom what it says names. */
  static final String COMMENT_STEP =
      "addressed to no one: a comment on the first other country, else organisation, it names";

  /**
   * Verbs of wishing that another act: "The U.S. wants South Korea to cut its trade surplus" is an
   * appeal to South Korea (02), the cut only asked for.
   */
  static final Set<String> WISHING_VERBS = Set.of("want", "wish");

  /** The appeal a wish that another country act makes to it, when both are known actors. */
  private void wishOf(Frame wrapperFrame, String asked) {
    List<Actor> sources = TargetFinder.resolvedOnly(arguments.of(wrapperFrame.subjects()));
    List<Actor> targets = new ArrayList<>();
    for (Actor actor : TargetFinder.resolvedOnly(arguments.of(wrapperFrame.objects()))) {
      boolean other =
          actor.country() != null
              && !ArgumentActors.isPronoun(actor)
              && sources.stream()
                  .noneMatch(s -> java.util.Objects.equals(s.country(), actor.country()));
      if (other) {
        targets.add(actor);
      }
    }
    if (sources.isEmpty() || targets.isEmpty()) {
      return;
    }
    String code = WrapperCodes.wrap(WrapperKind.APPEAL, asked, WISH_FALLBACK);
    steps =
        List.of(
            String.format(
                "\"%s\" that another act (%s): an appeal to it → %s",
                wrapperFrame.lemma(), asked, code));
    emit(wrapperFrame, code, sources, targets);
  }

  /** The fallback that makes a wish an appeal, not a demand. */
  static final String WISH_FALLBACK = "020";

  /** The first root of conflict: demands, disapproval, … force (10-20). */
  static final String CONFLICT_ROOTS_START = "10";

  /** Whether a naming verb has "what" for its object: a name given, not an act. */
  private boolean isNaming(int verb) {
    return FrameFinder.NAMING_VERBS.contains(sentence.token(verb).lowerLemma())
        && arcs.children(verb, "obj").stream()
            .anyMatch(arc -> sentence.token(arc.dependent()).pos().startsWith("W"));
  }

  /** Pessimistic and optimistic comments (012, 013), aimed at whom what they are about names. */
  static final Set<String> COMMENT_MOOD_CODES = Set.of("012", "013");

  /** A pessimistic comment: what a warning is when it threatens nothing. */
  static final String WARNING_CODE = "012";

  /** Words of a clause that foretell what will follow: "warned that it would retaliate". */
  static final Set<String> FORETELLING_WORDS =
      Set.of(
          "will",
          "would",
          "'ll",
          "could",
          "might",
          "may",
          "shall",
          "if",
          "unless",
          "otherwise",
          "ready",
          "prepared",
          "determined",
          "retaliate",
          "retaliation",
          "consequences");

  /**
   * Whether a threat wrapper's "that" clause states how things are rather than what will follow:
   * "warned … that friction over trade issues is affecting the EC's relations". A warning with a
   * future, a condition or an infinitive ("warned it would retaliate", "warned Iran not to…") keeps
   * its threat.
   */
  /**
   * Words of what a warning may bring upon another: "warned of consequences", "warned that there
   * would be serious consequences", "would pay a price".
   */
  static final Set<String> CONSEQUENCE_WORDS =
      Set.of("consequence", "price", "retaliation", "reprisal", "countermeasure", "response");

  /**
   * Whether a warning names what it will bring ({@link #CONSEQUENCE_WORDS}) in its clause or its
   * "of" phrase; not "warned that the escalation could cost billions", "warned of the dangers of
   * protectionism".
   */
  private boolean warnsOfConsequence(Frame wrapperFrame) {
    for (Dependency arc : arcs.children(wrapperFrame.trigger())) {
      boolean told = arc.base().equals("ccomp") || arc.relation().equals("obl:of");
      if (told
          && arcs.subtree(arc.dependent()).stream()
              .anyMatch(t -> CONSEQUENCE_WORDS.contains(sentence.token(t).lowerLemma()))) {
        return true;
      }
    }
    return false;
  }

  private boolean warnsOfNoConsequence(Frame wrapperFrame) {
    boolean clause = false;
    for (Dependency arc : arcs.children(wrapperFrame.trigger())) {
      if (arc.base().equals("xcomp")) {
        return false;
      }
      if (arc.base().equals("ccomp")) {
        clause = true;
        for (int t : arcs.subtree(arc.dependent())) {
          if (FORETELLING_WORDS.contains(
              sentence.token(t).word().toLowerCase(java.util.Locale.ROOT))) {
            return false;
          }
        }
      }
    }
    return clause;
  }

  /**
   * Whether an intent wrapper's own appeal entry would code a clause it only introduces: "sought
   * Chinese support" asks (022), "MITI officials sought to depict the U.S. action as a warning"
   * tries, and asks no one.
   */
  private boolean asksNothing(Wrapper wrapper, VerbEntry entry, int trigger) {
    return wrapper.kind() == WrapperKind.INTENT
        && entry.code().startsWith("02")
        && entry.objectGroups().isEmpty()
        && !arcs.children(trigger, "xcomp").isEmpty();
  }

  /**
   * Whether the clause under an intent or future wrapper is someone else's act: "dealers expect the
   * six to meet" (the wrapper's object acts), "hopes that China will…" (a subject of its own).
   */
  private boolean anothersAct(Frame wrapperFrame, Frame inner) {
    // "The Iranian foreign minister is expected to visit Riyadh": the subject of a passive wrapper
    // is the one who acts, not another
    Set<Integer> passiveSubjects = new HashSet<>();
    for (Dependency arc : arcs.children(wrapperFrame.trigger())) {
      if (arc.relation().equals("nsubj:pass")) {
        passiveSubjects.add(arc.dependent());
      }
    }
    for (int object : wrapperFrame.objects()) {
      // "wants Japan to open its market" is Japan's act; "offered warships to escort Kuwaiti
      // tankers" is the offerer's, done with a thing of its own
      if (inner.subjects().contains(object)
          && !passiveSubjects.contains(object)
          && (!arguments.of(List.of(object)).isEmpty()
              // "want the seven to agree on ranges": whom one wants to act, named or not
              || WISHING_VERBS.contains(wrapperFrame.lemma()))) {
        return true;
      }
    }
    for (Dependency arc : arcs.children(inner.trigger(), "nsubj")) {
      boolean ownMeans =
          wrapperFrame.objects().contains(arc.dependent())
              && arguments.of(List.of(arc.dependent())).isEmpty();
      if (!wrapperFrame.subjects().contains(arc.dependent())
          && !ownMeans
          && !passiveSubjects.contains(arc.dependent())
          && !ownedByThemselves(arc.dependent())
          && !(OWN_PLURALS.contains(
                  sentence.token(arc.dependent()).word().toLowerCase(java.util.Locale.ROOT))
              && wrapperFrame.subjects().size() > 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Plural pronouns that, as the subject of a clause under several subjects' wrapper, are those
   * subjects: "France and Germany also agreed that they would meet again".
   */
  static final Set<String> OWN_PLURALS = Set.of("they", "we");

  /** Possessive pronouns by which a clause's subject is the wrapper's subjects' own. */
  static final Set<String> OWN_POSSESSIVES = Set.of("their", "its");

  /**
   * Whether a subject is what the wrapper's subjects own, by a possessive pronoun: "Senior
   * Hungarian and Romanian officials agreed that their countries should cooperate" is the
   * officials' countries' act, not another's.
   */
  private boolean ownedByThemselves(int subject) {
    return arcs.children(subject, "nmod").stream()
        .anyMatch(
            arc ->
                arc.relation().equals("nmod:poss")
                    && OWN_POSSESSIVES.contains(
                        sentence.token(arc.dependent()).word().toLowerCase(java.util.Locale.ROOT)));
  }

  /**
   * Roots of what only a state's authorities do to people on its land: investigation (09) and
   * coercion (17). Told in the passive with no agent, they are the state's where they happen: "A
   * Christian missionary from Calgary was arrested in Lebanon" (Lebanon → Canada), "a US national
   * has been put under investigation in Italy".
   */
  static final Set<String> AUTHORITY_ROOTS = Set.of("09", "17");

  /**
   * Verbs of telling that, in the passive with no agent, are told by whose message it was: "Moscow
   * had been told of U.S. concern over the incident" (the U.S. told Moscow), "the Turkish
   * government said it had been assured Athens would not begin prospecting" (Greece assured
   * Turkey).
   */
  static final Set<String> MESSAGE_VERBS =
      Set.of("tell", "inform", "assure", "notify", "advise", "warn", "promise");

  /** Roots of harm done to people, which a passive may tell with the attack that did it. */
  static final Set<String> HARM_ROOTS = Set.of("18", "19", "20");

  /** Prepositions by which a passive of harm names the attack that did it. */
  static final Set<String> ATTACK_PREPOSITIONS = Set.of("in", "during");

  /** Relations by which an attack noun names who made it: "an Israeli strike", "an attack by…". */
  static final Set<String> ATTACKER_RELATIONS =
      Set.of("amod", "compound", "nmod:poss", "nmod:by", "nmod:agent");

  /**
   * Who did harm told in the passive with the attack that did it: "A senior Hamas commander was
   * killed in an Israeli strike" (Israel), "Two Turkish soldiers were killed in an attack by
   * Kurdish militants", "killed by an Israeli air strike".
   */
  private List<Actor> attackers(Frame frame) {
    List<Integer> attacks = new ArrayList<>(frame.subjects());
    for (String prep : ATTACK_PREPOSITIONS) {
      attacks.addAll(frame.targets().getOrDefault(prep, List.of()));
    }
    for (int head : attacks) {
      List<String> modifiers = new ArrayList<>();
      for (Dependency arc : arcs.children(head)) {
        if (arc.base().equals("compound") || arc.base().equals("amod")) {
          modifiers.add(sentence.token(arc.dependent()).lowerLemma());
        }
      }
      NounEntry attack = lexicon.noun(sentence.token(head).lowerLemma(), modifiers);
      if (attack == null || !HARM_ROOTS.contains(attack.code().substring(0, 2))) {
        continue;
      }
      for (Dependency arc : arcs.children(head)) {
        if (!ATTACKER_RELATIONS.contains(arc.relation())) {
          continue;
        }
        List<Actor> found = TargetFinder.resolvedOnly(arguments.of(List.of(arc.dependent())));
        if (!found.isEmpty()) {
          return found; // the why names the attacker's words ("Israeli")
        }
      }
    }
    return List.of();
  }

  /** Who told a passive "told of X's concern" or "assured that Y would…": X or Y. */
  private List<Actor> messenger(Frame frame) {
    List<Actor> told = TargetFinder.resolvedOnly(arguments.of(frame.objects()));
    List<Integer> heads = new ArrayList<>();
    for (String prep : List.of("of", "about")) {
      for (int head : frame.targets().getOrDefault(prep, List.of())) {
        heads.add(head);
        for (Dependency arc : arcs.children(head)) {
          if (ATTITUDE_OWNERS.contains(arc.relation())) {
            heads.add(arc.dependent());
          }
        }
      }
    }
    for (Dependency arc : arcs.children(frame.trigger(), "ccomp")) {
      heads.addAll(frames.verb(arc.dependent()).subjects());
    }
    for (Actor actor : TargetFinder.resolvedOnly(arguments.of(heads))) {
      boolean other =
          !ArgumentActors.isPronoun(actor)
              && actor.country() != null
              && told.stream().noneMatch(t -> actor.country().equals(t.country()));
      if (other) {
        return List.of(actor);
      }
    }
    return List.of();
  }

  /** The country a passive act happened in, by its "in" phrase: the state whose act it is. */
  private List<Actor> authorityOfPlace(Frame frame) {
    for (Actor actor : arguments.of(frame.targets().getOrDefault("in", List.of()))) {
      if (actor.isResolved() && actor.country() != null && actor.code().agent() == null) {
        return List.of(actor);
      }
    }
    return List.of();
  }

  private Coding verbCoding(Frame frame) {
    if (JOINING_VERBS.contains(frame.lemma()) && joinsInDoing(frame.trigger())) {
      return null; // "the EC was joined by the United States in criticising Brazil": side by side
    }
    VerbEntry entry = lexicon.verb(frame.lemma(), frame.targets().keySet(), frame.objectWords());
    if (GATHERING_VERBS.contains(frame.lemma())
        && subjectHas(frame.subjects(), PROTESTER_WORDS)
        && (entry == null || entry.code().startsWith(CONSULT_ROOT))) {
      // "Hundreds of protesters gathered outside the U.S. embassy in Baghdad": a protest there,
      // against whose the place it is outside of is
      String at =
          PROTEST_SITE_PREPOSITIONS.stream()
              .filter(frame.targets()::containsKey)
              .findFirst()
              .orElse("");
      entry =
          new VerbEntry(
              frame.lemma(),
              at,
              List.of(),
              PROTEST_CODE,
              "protesters who " + frame.lemma() + " protest → " + PROTEST_CODE);
    }
    if (STANDING_VERBS.contains(frame.lemma()) && standsInSolidarity(frame) != null) {
      // "Washington stood in 'absolute solidarity' with Britain": support, with whom "with" names
      entry =
          new VerbEntry(
              frame.lemma(),
              "with",
              List.of(),
              SOLIDARITY_CODE,
              "\"" + frame.lemma() + " in solidarity with\" → " + SOLIDARITY_CODE);
    }
    if (entry == null && frame.lemma().contains(" ")) {
      String bare = frame.lemma().substring(0, frame.lemma().indexOf(' '));
      entry = lexicon.verb(bare, frame.targets().keySet(), frame.objectWords());
    }
    if (entry == null) {
      return null;
    }
    if (entry.code().equals(VISIT_CODE)
        && !frame.subjects().isEmpty()
        && frame.subjects().stream()
            .allMatch(t -> PROJECTILE_NOUNS.contains(sentence.token(t).lowerLemma()))) {
      return null; // "five Chinese missiles had landed in its exclusive economic zone": no visit
    }
    if (entry.code().equals(VISIT_CODE) && goesToWar(frame)) {
      // "Putin had gone to war against Ukraine": no journey, a war against whom "against" names
      entry =
          new VerbEntry(
              entry.verb(),
              "against",
              entry.objectGroups(),
              WAR_CODE,
              entry.origin() + "; to war → " + WAR_CODE);
    }
    if ((FORCE_BY_MEASURE_ROOTS.contains(entry.code().substring(0, 2)) && doneByMeasure(frame))
        || (RETALIATION_ROOTS.contains(entry.code().substring(0, 2)) && doneWithMeasure(frame))) {
      // "an executive order targeting seven Russian officials", "sanctions hit Iranian banks":
      // what a measure strikes is sanctioned, not attacked
      entry =
          new VerbEntry(
              entry.verb(),
              entry.prep(),
              entry.objectGroups(),
              SANCTION_CODE,
              entry.origin() + "; its subject is a measure → " + SANCTION_CODE);
    }
    List<Actor> sources = arguments.agents(frame.subjects());
    if (sources.isEmpty()
        && !frame.noun()
        && SPEAKERS_ACT_ROOTS.contains(entry.code().substring(0, 2))) {
      // "Japan said five of the missiles had landed in its zone, and lodged a protest with
      // Beijing": a speaker's act the parser joined to what was said
      sources = reportersAct(frame);
    }
    if (sources.isEmpty()
        && !frame.noun()
        && frame.subjects().isEmpty()
        && SPEAKERS_ACT_ROOTS.contains(entry.code().substring(0, 2))) {
      // "Russia's Defence Ministry said its planes had carried out a joint patrol, denied entering
      // South Korean airspace and accused the South Korean pilots…": a verb with no subject the
      // parser hung beside "said" is the speaker's
      sources = speakersBeside(frame);
    }
    if (sources.isEmpty()
        && AUTHORITY_ROOTS.contains(entry.code().substring(0, 2))
        && arcs.children(frame.trigger()).stream()
            .anyMatch(arc -> arc.relation().equals("nsubj:pass"))) {
      sources = authorityOfPlace(frame);
    }
    if (sources.isEmpty()
        && MESSAGE_VERBS.contains(frame.lemma())
        && arcs.children(frame.trigger()).stream()
            .anyMatch(arc -> arc.relation().equals("nsubj:pass"))) {
      sources = messenger(frame);
    }
    if (sources.isEmpty()
        && HARM_ROOTS.contains(entry.code().substring(0, 2))
        && arcs.children(frame.trigger()).stream()
            .anyMatch(arc -> arc.relation().equals("nsubj:pass"))) {
      sources = attackers(frame);
    }
    List<Actor> protesters = sources;
    if (entry.code().startsWith(PROTEST_ROOT)
        && OFFICIAL_PROTEST_VERBS.contains(frame.lemma())
        && !sources.isEmpty()
        && sources.stream().allMatch(SentenceCoding::isHost)
        && arcs.children(frame.trigger(), "nsubj").stream()
            .anyMatch(arc -> arc.relation().equals("nsubj"))
        && aims.targetsOf(frame, entry.prep(), sources).stream()
            .allMatch(
                t ->
                    t.isResolved()
                        && t.country() != null
                        && protesters.stream().noneMatch(s -> t.country().equals(s.country())))) {
      // "Beijing protested against Washington's decision to sell arms to Taiwan": a state's
      // protest against another state is an official complaint, not a demonstration; "tens of
      // thousands of Sudanese protested against President Bashir" is one
      entry =
          new VerbEntry(
              entry.verb(),
              entry.prep(),
              entry.objectGroups(),
              OFFICIAL_COMPLAINT_CODE,
              entry.origin() + "; a state protests officially → " + OFFICIAL_COMPLAINT_CODE);
    }
    List<Actor> targets = aims.targetsOf(frame, entry.prep(), sources);
    targets = withoutOnlookers(frame, targets);
    Integer solidarity =
        entry.code().equals(SOLIDARITY_CODE) && STANDING_VERBS.contains(frame.lemma())
            ? standsInSolidarity(frame)
            : null;
    if (targets.isEmpty() && solidarity != null) {
      List<Integer> with = new ArrayList<>();
      for (Dependency arc : arcs.children(solidarity)) {
        if (arc.relation().equals("nmod:with")) {
          with.add(arc.dependent());
        }
      }
      targets = TargetFinder.resolvedOnly(arguments.parties(with));
    }
    if (entry.code().startsWith(TargetFinder.SUPPORT_ROOT)) {
      List<Actor> owners = aims.supportedOwners(frame, TargetFinder.resolvedOnly(sources));
      if (!owners.isEmpty()) {
        targets = owners;
      }
    }
    if (targets.isEmpty() && COMMENT_MOOD_CODES.contains(entry.code())) {
      // "Canada expressed concern about U.S. plans to impose a tax on imported oil"
      targets = aims.concernedAbout(frame, TargetFinder.resolvedOnly(sources));
    }
    if (TargetFinder.aimedAtDoer(entry.code())) {
      List<Actor> doers = aims.objectDoers(frame, TargetFinder.resolvedOnly(sources));
      if (!doers.isEmpty()) {
        targets = doers;
      }
    }
    if (targets.stream().noneMatch(Actor::isResolved)
        && (STORY_DOER_ROOTS.contains(entry.code().substring(0, 2))
            || entry.code().equals(TargetFinder.DENIAL_CODE))) {
      List<Actor> doers = storyDoers(frame, TargetFinder.resolvedOnly(sources), entry.code());
      if (!doers.isEmpty()) {
        targets = doers;
      }
    }
    if (targets.isEmpty()
        && (sources.size() == 1
            || (TargetFinder.resolvedOnly(sources).size() == sources.size()
                && !sharedAmong(frame, sources, entry.code())))
        && !entry.code().startsWith("01")
        && !entry.code().startsWith("02")) {
      // "lifted a blockade on Palestinian lorries": the party the object's phrase names; with
      // one actor, or several that do not act with each other ("France, Germany and Italy
      // condemned the coup in Niger"): several that do ("Chinese and Russian bombers held a joint
      // patrol over the Sea of Japan") are each other's; a statement or an appeal is aimed only
      // at whom it addresses ("called for a coalition against Islamic State")
      targets = aims.nestedParties(frame, sources, entry.code());
    }
    if (targets.isEmpty() && entry.code().startsWith(APPEAL_ROOT) && !frame.noun()) {
      // "called for an emergency meeting of the U.N. Security Council": asked of the body
      targets = explained(aims.convenedBodies(frame), CONVENED_STEP);
    }
    if (targets.isEmpty()
        && sources.size() == 1
        && entry.code().equals(TargetFinder.DENIAL_CODE)
        && !frame.noun()) {
      targets = explained(aims.deniedParties(frame, sources), DENIED_STEP);
    }
    if (targets.isEmpty()
        && sources.size() == 1
        && entry.code().startsWith(REJECTION_ROOT)
        && !frame.noun()) {
      // "…, an accusation China rejects": a charge rejected is denied, and answers its maker
      List<Actor> makers = aims.chargeMakers(frame, sources);
      if (!makers.isEmpty()) {
        entry =
            new VerbEntry(
                entry.verb(),
                entry.prep(),
                entry.objectGroups(),
                TargetFinder.DENIAL_CODE,
                entry.origin());
        steps = List.of(describe(entry, frame));
        targets = explained(makers, DENIED_STEP);
      }
    }
    if (targets.isEmpty() && !frame.noun()) {
      targets = conjunctTargets(frame, sources);
    }
    if (targets.isEmpty() && !frame.noun() && isAid(entry)) {
      targets = storyRecipient(frame, sources);
    }
    if (targets.isEmpty()
        && !frame.noun()
        && refuses(frame, entry)
        && sources.stream().noneMatch(a -> a.text().equalsIgnoreCase("it"))) { // "It will not give"
      // "Kremlin spokesman Dmitry Peskov said Russia would not accept the cap", in a story of the
      // G7's price cap on Russian oil: a refusal aimed at the other side
      targets = leadCounterpart(TargetFinder.resolvedOnly(sources));
      if (!targets.isEmpty()) {
        steps = new ArrayList<>(steps);
        steps.add("a refusal aimed at no one named: at " + LEAD_PAIR_STEP);
      }
    }
    if (targets.isEmpty()
        && !frame.noun()
        && entry.code().startsWith(SANCTION_CODE)
        && frame.objects().stream()
            .anyMatch(o -> SANCTION_NOUNS.contains(sentence.token(o).lowerLemma()))) {
      targets = goodsOrigin(frame, sources);
      if (targets.isEmpty()) {
        targets = storySanctioned(frame, sources);
      }
    }
    if (targets.isEmpty()
        && TargetFinder.JUDGED_MAKING_ROOTS.contains(entry.code().substring(0, 2))) {
      targets = aims.makersOfObject(frame, TargetFinder.resolvedOnly(sources));
    }
    if (entry.code().startsWith("11")) {
      targets = aims.complainedOf(frame, sources, targets);
    }
    if (entry.code().startsWith(DEMAND_ROOT)) {
      // "demanded the withdrawal of Serbian forces from Bosnia": made of the Serbs, not Bosnia
      List<Actor> of = demandedOf(frame, sources);
      if (!of.isEmpty()) {
        targets = of;
      }
    }
    if (entry.code().startsWith(PROTECTION_CODE)) {
      // "to protect them from Iranian attacks": what one protects against is no one protected
      List<Actor> threats = new ArrayList<>();
      for (String prep : THREAT_PREPOSITIONS) {
        threats.addAll(arguments.of(frame.targets().getOrDefault(prep, List.of())));
      }
      targets = new ArrayList<>(targets);
      targets.removeAll(threats);
    }
    if (FORCE_ROOTS_FROM.contains(entry.code().substring(0, 2))
        && !targets.isEmpty()
        && ownSideOnly(targets, sources)) {
      // "its forces had recaptured the town of Fada from Libyan troops": one's own town is
      // taken back from whom the "from" names
      List<Actor> from = new ArrayList<>();
      for (Actor actor :
          TargetFinder.resolvedOnly(
              arguments.of(frame.targets().getOrDefault("from", List.of())))) {
        if (!ownSideOnly(List.of(actor), sources)) {
          from.add(actor);
        }
      }
      if (!from.isEmpty()) {
        targets = from;
      }
    }
    if (entry.code().startsWith("04") && entry.prep().isEmpty()) {
      // "arrived from Helsinki": a trip's origin is not whom it is a visit to
      List<Actor> origins = arguments.of(frame.targets().getOrDefault("from", List.of()));
      targets = new ArrayList<>(targets);
      targets.removeAll(origins);
    }
    if (RECEIVING_VERBS.contains(frame.lemma())
        && entry.prep().equals("from")
        && entry.code().startsWith(AID_ROOT)
        && !targets.isEmpty()) {
      if (!modality.told(frame.trigger())) {
        // "China is expected to obtain its first loans from the bank": a forecast of another's
        // gift is no intent the giver announced
        return null;
      }
      // "China will receive loans totalling 390 mln dlrs from Japan": Japan lends to China
      List<Actor> givers = targets;
      targets = sources;
      sources = givers;
      entry =
          new VerbEntry(
              entry.verb(),
              entry.prep(),
              entry.objectGroups(),
              entry.code(),
              entry.origin() + "; received from the giver: the giver's act");
    }
    return new Coding(entry, sources, targets);
  }

  /** Verbs of getting what another gives, whose "from" names the giver. */
  static final Set<String> RECEIVING_VERBS = Set.of("receive", "secure", "obtain", "get");

  /** The root of aid (07). */
  static final String AID_ROOT = "07";

  /**
   * Roots of acts that are always aimed at someone, so that an act of them which names no one is
   * aimed at the story's other party: disapproval, rejection, threats (11–13), demands (10), and
   * denials of a charge ({@link TargetFinder#DENIAL_CODE}). Not statements, appeals or cooperation,
   * which may address anyone, nor force, whose victims a sentence names when it tells them; nor
   * reductions of relations (16), whose verbs ("suspend", "cut", "stop") name as often an economy's
   * acts.
   */
  static final Set<String> COUNTERPART_ROOTS = Set.of("10", "11", "12", "13");

  /**
   * Verbs that say by themselves that they are aimed at someone, whatever their object: condemning,
   * rejecting, threatening, accusing, demanding. Others of the same roots ("declined to comment",
   * "warned of the effects of a trade war", "pressed chip makers to limit production") are as often
   * no act toward the story's other party; their lexicon entries code them only with a target.
   */
  static final Set<String> COUNTERPART_VERBS =
      Set.of(
          "condemn",
          "denounce",
          "criticise",
          "criticize",
          "reject",
          "rebuff",
          "spurn",
          "threaten",
          "accuse",
          "charge",
          "blame",
          "demand",
          "defy",
          "protest",
          "retaliate",
          "veto",
          "slam",
          "decry",
          "deny");

  /**
   * How many sentences back the story's other party is looked for, besides the lead's ({@link
   * #LEAD_REACH}).
   */
  static final int COUNTERPART_LOOKBACK = 3;

  /**
   * The party the story told the source dealing with, when the act names no one: "Britain will
   * expel 23 Russian diplomats… Moscow has demanded access to samples of the poison" is made of
   * Britain. The source must be one party, and the events of the lead and of the last {@link
   * #COUNTERPART_LOOKBACK} sentences that have it must all have the same other party: a story of
   * several ("the EC, Japan and the United States") leaves unsaid which one is meant. The subject
   * must be the source itself, not a thing of it ("Canada's programme demands"), and the sentence
   * must name no third party (a city may be the act's place: "the 1956 Geneva Convention").
   */
  private List<Actor> storyCounterpart(Frame frame, List<Actor> sources) {
    List<Actor> resolved = TargetFinder.resolvedOnly(sources);
    if (resolved.isEmpty() || resolved.size() != sources.size()) {
      return List.of();
    }
    String source = doerOf(resolved.get(0));
    if (source == null || resolved.stream().anyMatch(s -> !source.equals(doerOf(s)))) {
      return List.of();
    }
    Set<String> others = new java.util.LinkedHashSet<>();
    int last = -1;
    for (Event told : story) {
      if (!inView(told, COUNTERPART_LOOKBACK)) {
        continue;
      }
      String from = doerOf(told);
      String to = partyOf(told.target());
      String other = source.equals(from) ? to : source.equals(to) ? from : null;
      if (other != null && !other.equals(source)) {
        others.add(other);
        last = told.sentence();
      }
    }
    if (others.size() != 1) {
      return List.of(); // the story told the source dealing with several: which one is unsaid
    }
    String other = others.iterator().next();
    boolean subjectActs =
        frame.subjects().stream()
            .allMatch(subject -> resolved.stream().anyMatch(a -> a.covers(subject)));
    // the clause with its relative clauses ("the way U.S. officials try to solve…"), not the
    // other clauses joined to it
    Set<Integer> clause = new HashSet<>();
    java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>(List.of(frame.trigger()));
    while (!open.isEmpty()) {
      int at = open.pop();
      if (!clause.add(at)) {
        continue;
      }
      for (Dependency arc : arcs.children(at)) {
        if (!(at == frame.trigger() && OTHER_CLAUSES.contains(arc.base()))) {
          open.push(arc.dependent());
        }
      }
    }
    boolean thirdNamed =
        actors.all().stream()
            .filter(a -> clause.contains(a.start()))
            .anyMatch(
                a -> {
                  String party = doerOf(a);
                  return a.isResolved()
                      && party != null
                      && !party.equals(source)
                      && !party.equals(other)
                      && !actors.isPlaceOnly(a);
                });
    if (!subjectActs || thirdNamed) {
      // "Canada's five point programme demands…" is a proposal's content; "China's embassy in
      // Ottawa demanded her release", in a story of China and the U.S., names another party
      return List.of();
    }
    String why = "the one party the story told " + source + " dealing with → " + other;
    steps = new ArrayList<>(steps);
    steps.add(
        String.format(
            "an act that names no one: aimed at the one party the story told the source dealing"
                + " with, last in sentence %d",
            last));
    int word = frame.trigger();
    return List.of(storyActor(word, other, why));
  }

  /**
   * A party the story gave, standing at {@code token}: a country ("RUS") or an organisation's code
   * ("IGOEUREEC"), as {@link #doerOf(Event)} names them.
   */
  private Actor storyActor(int token, String party, String why) {
    String word = sentence.token(token).word();
    return party.length() > 3
        ? new Actor(
            token,
            token + 1,
            word,
            new org.entente.dictionary.ActorCode(party, null, null),
            List.of(why))
        : Actor.inferredCountry(token, word, party, why);
  }

  /** Relations of clauses joined to a verb that tell other acts than its own. */
  static final Set<String> OTHER_CLAUSES = Set.of("conj", "advcl", "parataxis", "ccomp");

  /** Verbs of denying a charge. */
  static final Set<String> DENYING_VERBS = Set.of("deny");

  /**
   * Whether a denial denies an act or a charge named by a noun or a gerund ("Rwanda denies backing
   * M23", "Moscow denied the allegations"), which answers the one who made it; not a clause ("He
   * denied the action had been taken for that reason", "deny that the United States is selling any
   * weapons to Iran"), which may answer anyone.
   */
  private boolean deniesAnAct(Frame frame) {
    return arcs.children(frame.trigger(), "ccomp").isEmpty()
        // "denied the action had been taken for that reason", parsed with the clause's verb loose
        && arcs.children(frame.trigger(), "dep").stream()
            .noneMatch(d -> sentence.token(d.dependent()).isVerb())
        && (!frame.objects().isEmpty()
            || arcs.children(frame.trigger(), "xcomp").stream()
                .anyMatch(x -> sentence.token(x.dependent()).pos().equals("VBG")));
  }

  /**
   * Whether the verb's object is something new to the story ("rejected a peace-keeping committee"),
   * which need not be the other party's.
   */
  private boolean indefiniteObject(Frame frame) {
    return frame.objects().stream()
        .anyMatch(
            object ->
                arcs.children(object, "det").stream()
                    .anyMatch(
                        d ->
                            INDEFINITE_DETERMINERS.contains(
                                sentence.token(d.dependent()).lowerLemma())));
  }

  /**
   * Nouns of parties the dictionary does not resolve: an object that is one names its own target
   * ("Zaire defied its creditors" is not aimed at the IMF the story told before).
   */
  static final Set<String> PARTY_NOUNS =
      Set.of(
          "creditor",
          "lender",
          "donor",
          "neighbour",
          "neighbor",
          "ally",
          "partner",
          "rival",
          "critic",
          "opponent",
          "enemy",
          "foe",
          "bank",
          "government",
          "country",
          "nation");

  private boolean namesAParty(Frame frame) {
    return frame.objects().stream()
        .anyMatch(object -> PARTY_NOUNS.contains(sentence.token(object).lowerLemma()));
  }

  /** Determiners of something the story has not told before. */
  static final Set<String> INDEFINITE_DETERMINERS = Set.of("a", "an", "any", "some");

  /** A told event's actor's country, else its organisation's code; or null. */
  private static String partyOf(org.entente.event.EventActor actor) {
    String country = actor.country();
    if (country != null && !country.isEmpty()) {
      return country;
    }
    String code = actor.code();
    return code != null && (code.startsWith("IGO") || code.startsWith("NGO")) ? code : null;
  }

  private void codeNoun(int word) {
    List<String> modifiers = new ArrayList<>();
    for (Dependency arc : arcs.children(word)) {
      if (arc.base().equals("compound") || arc.base().equals("amod")) {
        modifiers.add(sentence.token(arc.dependent()).lowerLemma());
      }
    }
    NounEntry entry = lexicon.noun(sentence.token(word).lowerLemma(), modifiers);
    // "undertook a mediation mission between Syria and Arafat": the mission is the mediation
    int noun = nominals.effortHead(word);
    if (entry == null || !nominals.happening(noun) || isTitle(noun)) {
      return; // "a critic of U.S.-Soviet arms control agreements" names no event
    }
    Frame frame = frames.noun(noun);
    steps =
        List.of(
            String.format(
                "event noun \"%s\" (%s) → %s, told as happening",
                String.join(" ", entry.words()), entry.origin(), entry.code()));
    List<Actor> sources = arguments.modifiers(noun);
    if (sources.isEmpty()) {
      // "a visit to Moscow by Shultz", "an attack on Kabul by Taliban fighters"
      sources = arguments.of(frame.targets().getOrDefault("by", List.of()));
    }
    if (sources.isEmpty()
        && TRAVEL_NOUNS.contains(sentence.token(noun).lowerLemma())
        && !arcs.has(noun, "nmod:poss")) {
      sources = travellers(noun);
    }
    if (sources.isEmpty() && TargetFinder.TALK_NOUNS.contains(sentence.token(noun).lowerLemma())) {
      List<Actor> involved = involvedIn(noun);
      if (involved.size() > 1 && involved.size() <= Reciprocity.MAX_MUTUAL_PARTIES) {
        // "days of negotiations involving Egypt, Israel, the United States and the United
        // Nations": talks among those they involve, each with each
        steps = new ArrayList<>(steps);
        steps.add("talks among the parties a participle says they involve");
        pairwise(frame, entry.code(), involved, false, modality.modality(noun, true));
        return;
      }
    }
    int claim = nominals.claimedBy(noun);
    if (sources.isEmpty() && claim >= 0) {
      // "The Houthis claimed responsibility for an attack on a British-owned tanker"
      sources = arguments.agents(frames.verb(claim).subjects());
      steps = new ArrayList<>(steps);
      steps.add("whoever claims responsibility for it did it");
    }
    List<Actor> targets = new ArrayList<>();
    for (String prep :
        entry.preps().isEmpty() ? FrameFinder.TARGET_PREPOSITIONS : List.copyOf(entry.preps())) {
      targets.addAll(arguments.of(frame.targets().getOrDefault(prep, List.of())));
    }
    if (sources.isEmpty() && targets.isEmpty() && Reciprocity.sharedCode(entry.code())) {
      // "Heavy fighting broke out between Azerbaijan and Armenian forces": the parser hangs the
      // "between" on the verb the shared act is the subject of
      Dependency up = arcs.head(noun);
      if (up != null && up.head() >= 0 && up.base().equals("nsubj")) {
        List<Integer> between = new ArrayList<>();
        for (Dependency arc : arcs.children(up.head())) {
          if (arc.relation().equals("obl:between")) {
            between.add(arc.dependent());
          }
        }
        List<Actor> sides = TargetFinder.resolvedOnly(arguments.of(between));
        if (sides.stream().map(Actor::country).distinct().count() > 1
            && sides.size() <= Reciprocity.MAX_MUTUAL_PARTIES) {
          steps = new ArrayList<>(steps);
          steps.add("a shared act between the parties the verb it is subject of names");
          emitPairwise(frame, entry.code(), sides);
          return;
        }
      }
    }
    if (sources.isEmpty() && targets.isEmpty() && entry.code().startsWith(FIGHT_ROOT)) {
      // "Pakistan and India agreed to a ceasefire after four days of the worst fighting between
      // the nuclear-armed rivals", "Israel and Hamas agreed to a ceasefire, ending eight days of
      // fighting": fighting no one is named for, that a joint act ends or follows, was theirs
      List<Actor> sides = partiesEnding(noun);
      if (sides.size() > 1) {
        steps = new ArrayList<>(steps);
        steps.add("fighting that what the parties did together ended or followed: between them");
        pairwise(frame, entry.code(), sides, false, Modality.FACTUAL);
        return;
      }
    }
    if (entry.code().startsWith(MEDIATION_CODE)) {
      // "undertook a mediation mission between Syria and Arafat": those it is between are
      // mediated, and the mediator is whoever undertook it
      List<Actor> between = arguments.of(frame.targets().getOrDefault("between", List.of()));
      if (!between.isEmpty()) {
        for (Actor actor : between) {
          if (!targets.contains(actor)) {
            targets.add(actor);
          }
        }
        sources = new ArrayList<>(sources);
        sources.removeAll(between);
      }
    }
    if (targets.isEmpty()) {
      // "U.S. sanctions announced last week against Japanese semiconductors": the parser hangs
      // the target on the participle
      List<String> preps =
          entry.preps().isEmpty() ? FrameFinder.TARGET_PREPOSITIONS : List.copyOf(entry.preps());
      for (Dependency participle : arcs.children(noun, "acl")) {
        String tag = sentence.token(participle.dependent()).pos();
        if (!tag.equals("VBN") && !tag.equals("VBD")) {
          continue; // the tagger may take a participle for a past tense
        }
        for (Dependency arc : arcs.children(participle.dependent(), "obl")) {
          if (preps.contains(arc.subtype())) {
            targets.addAll(arguments.of(List.of(arc.dependent())));
          }
        }
      }
    }
    int undergoing = nominals.undergoneBy(noun);
    if (undergoing >= 0) {
      // "had come under pressure from the United States": from whom, on the verb's subject
      List<Actor> from =
          sources.isEmpty()
              ? arguments.of(frame.targets().getOrDefault("from", List.of()))
              : sources;
      emit(frame, entry.code(), from, arguments.agents(frames.verb(undergoing).subjects()));
      return;
    }
    int drawing = nominals.drawnBy(noun);
    if (drawing >= 0 && DRAWN_ROOTS.contains(entry.code().substring(0, 2))) {
      // "China's military drills around Taiwan drew condemnation from Washington": from whom,
      // at what the verb's subject names
      List<Integer> from = new ArrayList<>(frame.targets().getOrDefault("from", List.of()));
      from.addAll(frames.verb(drawing).targets().getOrDefault("from", List.of()));
      emit(frame, entry.code(), arguments.of(from), arguments.of(frames.verb(drawing).subjects()));
      return;
    }
    if (sources.isEmpty() && entry.code().startsWith(PROTEST_ROOT)) {
      // "arrested more than 700 people during protests against President Nicolas Maduro's
      // disputed re-election": protesters no one names are the people of whom they protest
      // against
      sources = unnamedProtesters(noun, targets);
    }
    if (sources.isEmpty() && NominalEvents.ACTOR_BOUND.contains(frame.lemma())) {
      return; // "demand for its oil would be around 16.6 mln bpd" is the market's, not a state's
    }
    int repelling = nominals.repelledBy(noun);
    if (repelling >= 0) {
      // "Iraq said it had repelled an Iranian attack": the attack was made, on whoever fought it
      // off; a deal blocked or talks halted tell no event of their own
      if (sources.isEmpty()
          || !NominalEvents.REPELLED_ROOTS.contains(entry.code().substring(0, 2))) {
        return;
      }
      if (targets.isEmpty()) {
        targets = arguments.agents(frames.verb(repelling).subjects());
      }
      emit(frame, entry.code(), sources, targets);
      return;
    }
    if (nominals.answered(noun)) {
      // "Sudan rejected an IMF demand": the IMF demanded, of Sudan; a demand no one is named
      // for ("rejected demands to resign") or an act that is no asking is left to the verb
      if (sources.isEmpty()
          || !NominalEvents.ANSWERED_ROOTS.contains(entry.code().substring(0, 2))) {
        return;
      }
      if (targets.isEmpty()) {
        targets = arguments.agents(frames.verb(arcs.head(noun).head()).subjects());
      }
      emit(frame, entry.code(), sources, targets);
      return;
    }
    if (sources.isEmpty()) {
      Dependency head = arcs.head(nominals.partitiveHead(noun));
      if (head != null && head.head() >= 0 && head.base().equals("obj")) {
        sources = arguments.of(activeVerbsBy(head.head()));
        if (sources.isEmpty()) {
          sources = arguments.of(frames.verb(head.head()).subjects());
        }
      }
    }
    int actor = nominals.actedIn(noun);
    // "during his recent trip to the U.S., Europe and Japan": the trip is his, whoever the
    // parser made the verb's subject
    boolean owned =
        arcs.children(noun, "nmod").stream()
            .anyMatch(
                arc ->
                    arc.relation().equals("nmod:poss")
                        && PERSONAL_POSSESSIVES.contains(
                            sentence
                                .token(arc.dependent())
                                .word()
                                .toLowerCase(java.util.Locale.ROOT)));
    if (sources.isEmpty() && actor >= 0 && !owned) {
      // "is expected here for talks with…", "captured defences in fighting with Iraqi troops"
      List<Integer> subjects = new ArrayList<>();
      for (Dependency arc : arcs.children(actor)) {
        if (arc.relation().equals("nsubj") || arc.relation().equals("nsubj:pass")) {
          subjects.add(arc.dependent());
        }
      }
      sources = arguments.agents(subjects);
      List<Actor> mediators = mediatorsOf(noun);
      if (targets.isEmpty()
          && sources.size() > 1
          && sources.size() <= Reciprocity.MAX_MUTUAL_PARTIES
          && reciprocity.symmetric(frame)
          && !othersNamed(withMediators(sources, mediators))) {
        // "U.S. and Russian negotiators return to Geneva this week for talks": with each other
        talksAmong(
            frame,
            entry.code(),
            sources,
            mediators,
            modality.negated(frame.trigger()),
            modality.modality(frame.trigger(), frame.noun()));
        return;
      }
    }
    if (sources.isEmpty() && !owned && entry.code().startsWith(CONSULT_ROOT)) {
      Dependency up = arcs.head(nominals.partitiveHead(noun));
      if (up != null
          && up.head() >= 0
          && up.base().equals("obl")
          && nominals.isTimePhrase(up)
          && !LATER_PREPOSITIONS.contains(up.subtype().replace('_', ' '))
          && sentence.token(up.head()).isVerb()) {
        // "Speaking after a meeting with Chinese officials, the minister said…": talks that time
        // the clause's act, with another, are its subject's; not "during his recent trip", nor
        // talks still to come ("shortly before trade talks with Washington")
        List<Actor> doers = new ArrayList<>();
        for (Actor doer : arguments.agents(frames.verb(up.head()).subjects())) {
          if (doer.isResolved()
              && targets.stream().noneMatch(t -> Objects.equals(t.country(), doer.country()))) {
            doers.add(doer);
          }
        }
        steps = new ArrayList<>(steps);
        steps.add("talks that say when the clause's act was: its subject's");
        List<Actor> mediators = mediatorsOf(noun);
        if (targets.isEmpty()
            && doers.size() > 1
            && doers.size() <= Reciprocity.MAX_MUTUAL_PARTIES
            && !othersNamed(withMediators(doers, mediators))) {
          // "The United States and Japan failed to agree … after two days of talks": each other's
          talksAmong(
              frame,
              entry.code(),
              doers,
              mediators,
              modality.negated(frame.trigger()),
              talksBeforeIntent(frame, up));
          return;
        }
        if (targets.isEmpty()) {
          // "After talks in Moscow, the Chinese foreign minister said…": with the host
          targets = meetingHost(noun, doers);
        }
        if (!targets.isEmpty()) {
          sources = doers;
        }
      }
    }
    if (targets.isEmpty() && !sources.isEmpty() && entry.code().startsWith(CONSULT_ROOT)) {
      targets = meetingHost(noun, sources); // "his scheduled talks in Moscow next week"
    }
    if (targets.isEmpty() && sources.size() == 1 && entry.code().compareTo("03") >= 0) {
      // "announced a suspension of air links with Serbia": the party the noun's phrase names; not
      // for several ("a Franco-German meeting in the sidelines of a summit of EC leaders")
      targets = aims.nestedParties(frame, sources, entry.code());
    }
    if (sources.isEmpty()
        && targets.isEmpty()
        && STORY_TALK_NOUNS.contains(sentence.token(noun).lowerLemma())
        && namesNoTalker(noun)
        && toldAsHeld(noun)) {
      // "The deal came after more than 40 hours of talks in the border village of Panmunjom",
      // "talks repeatedly stalled": talks no one is named for, in a sentence that names no party
      // but the story's two sides, are theirs, while the story tells of the two
      List<Actor> pair = leadPair(noun, List.of());
      if (pair.size() == 2 && !othersNamed(pair) && pairInView(pair)) {
        steps = new ArrayList<>(steps);
        steps.add("talks no one is named for: " + pair.get(0).why().get(0));
        pairwise(
            frame,
            entry.code(),
            pair,
            modality.negated(frame.trigger()),
            modality.modality(frame.trigger(), true));
        return;
      }
    }
    emit(frame, entry.code(), sources, targets);
  }

  /**
   * Whether talks are told as held: the time an act came after ("The deal came after 30 hours of
   * talks"), or the subject of a verb in a past or perfect tense ("talks repeatedly stalled",
   * "Negotiations began in 2013", "said the talks had been productive"). Not talks still to come
   * ("Talks are due to begin in Moscow on Wednesday", "talks begin tomorrow", "arriving here for
   * talks"), which the noun's own modality does not tell.
   */
  private boolean toldAsHeld(int noun) {
    if (modality.negated(noun)
        || arcs.children(noun, "det").stream()
            .anyMatch(d -> sentence.token(d.dependent()).lowerLemma().equals("no"))) {
      return false; // "no negotiations were planned"
    }
    if (arcs.children(noun, "amod").stream()
        .anyMatch(a -> TALKS_TO_COME.contains(sentence.token(a.dependent()).lowerLemma()))) {
      return false; // "the next talks", "upcoming talks"
    }
    if (arcs.children(noun, "acl").stream()
        .anyMatch(
            a ->
                sentence.token(a.dependent()).pos().equals("VBN")
                    && !TALKS_TO_COME.contains(word(a.dependent())))) {
      return true; // "The talks, launched by Mulroney's government…": begun; not "scheduled"
    }
    int phrase = nominals.partitiveHead(noun); // "after 40 hours of talks"
    Dependency up = arcs.head(phrase);
    if (up == null || up.head() < 0) {
      return false;
    }
    if ((up.base().equals("obl") || up.base().equals("nmod"))
        && EARLIER_PREPOSITIONS.contains(up.subtype())) {
      return true;
    }
    int head = up.head();
    boolean subject = up.base().equals("nsubj");
    boolean held =
        up.base().equals("obj")
            && HOLDING_VERBS.contains(sentence.token(head).lowerLemma())
            && sentence.token(head).isVerb();
    if (!subject && !held) {
      return false;
    }
    if (arcs.children(head, "aux").stream()
        .anyMatch(
            a ->
                ModalityRules.HYPOTHETICAL_AUXILIARIES.contains(word(a.dependent()))
                    || FUTURE_AUXILIARIES.contains(word(a.dependent())))) {
      return false; // "the talks will be difficult", "talks could resume"
    }
    if (subject && !arcs.children(head, "cop").isEmpty()) {
      // "said the talks had been productive", "talks were under way", "talks are under way": not
      // "Talks are due to begin", "the talks are not directly related to…" (still to come)
      boolean past =
          arcs.children(head, "cop").stream()
                  .anyMatch(c -> sentence.token(c.dependent()).pos().equals("VBD"))
              || arcs.children(head, "aux").stream()
                  .anyMatch(a -> sentence.token(a.dependent()).lowerLemma().equals("have"));
      return !TALKS_TO_COME.contains(sentence.token(head).lowerLemma())
          && (past || TALKS_GOING_ON.contains(sentence.token(head).lowerLemma()));
    }
    if (!sentence.token(head).isVerb()) {
      return false;
    }
    // "talks stalled", "Negotiations began in 2013", "had been going on", "were holding talks";
    // not "talks begin tomorrow"
    return sentence.token(head).pos().equals("VBD")
        || arcs.children(head, "aux").stream()
            .anyMatch(
                a ->
                    sentence.token(a.dependent()).lowerLemma().equals("have")
                        || sentence.token(a.dependent()).pos().equals("VBD") // "were cut short"
                        || (sentence.token(a.dependent()).lowerLemma().equals("be")
                            && sentence.token(head).pos().equals("VBG")));
  }

  /** A word of a token, lower case. */
  private String word(int token) {
    return sentence.token(token).word().toLowerCase(java.util.Locale.ROOT);
  }

  /** Words that tell talks still to come: "the next talks", "talks are due to begin". */
  static final Set<String> TALKS_TO_COME =
      Set.of(
          "next",
          "upcoming",
          "forthcoming",
          "future",
          "planned",
          "proposed",
          "due",
          "expected",
          "scheduled",
          "set",
          "likely",
          "unlikely");

  /** Predicates of talks going on now: "talks are under way", "in the latter stages". */
  static final Set<String> TALKS_GOING_ON = Set.of("way", "stage", "progress", "deadlock");

  /** Verbs whose object is talks held: "military commanders were holding talks". */
  static final Set<String> HOLDING_VERBS = Set.of("hold", "conduct");

  /** How many sentences back an act of the story's two sides keeps them in view for talks. */
  static final int PAIR_LOOKBACK = 3;

  /** Whether an act between the two parties of {@code pair} is in view ({@link #inView}). */
  private boolean pairInView(List<Actor> pair) {
    String one = doerOf(pair.get(0));
    String other = doerOf(pair.get(1));
    List<Event> told = new ArrayList<>(story);
    told.addAll(events);
    for (Event act : told) {
      String source = partyOf(act.source());
      String target = partyOf(act.target());
      boolean between =
          (one.equals(source) && other.equals(target))
              || (one.equals(target) && other.equals(source));
      if (between && (act.sentence() == sentence.index() || inView(act, PAIR_LOOKBACK))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether talks name none who hold them: no "with", "between" or "among" phrase ("talks with
   * commercial banks"), no owner but "their" ("our negotiations"), no party's name before them and
   * no word of a forum's ({@link #FORUM_MODIFIERS}).
   */
  private boolean namesNoTalker(int noun) {
    for (Dependency arc : arcs.children(noun)) {
      String relation = arc.relation();
      String word = sentence.token(arc.dependent()).word().toLowerCase(java.util.Locale.ROOT);
      if (relation.equals("nmod:with")
          || relation.equals("nmod:between")
          || relation.equals("nmod:among")
          || (relation.equals("nmod:poss")
              && !word.equals("their")
              && !FrameFinder.TIME_NER.contains(sentence.token(arc.dependent()).ner()))
          || (arc.base().equals("compound") || arc.base().equals("amod"))
              && (!arguments.of(List.of(arc.dependent())).isEmpty()
                  || FORUM_MODIFIERS.contains(word))) {
        return false; // "the GATT talks", "at upcoming international talks": a forum's
      }
    }
    return true;
  }

  /**
   * Nouns of talks that, named for no one, are the story's two sides' ({@link #leadPair}): not a
   * meeting or a summit, which is as often a forum's or a bloc's.
   */
  static final Set<String> STORY_TALK_NOUNS = Set.of("talk", "talks", "negotiation");

  /**
   * Nouns of talks that a state's capital hosts: "talks in Moscow" held by a Chinese minister are
   * talks with Russia. Not a summit or a conference, which a city only houses, nor "discussions",
   * which are as often a forum's ("the discussions in Paris" of the G7).
   */
  static final Set<String> HOSTED_MEETING_NOUNS = Set.of("talk", "talks", "meeting", "negotiation");

  /**
   * Relations of a meeting noun that make it a forum's or a group's, which its city only houses:
   * "the annual meeting in Manila of the ADB", "talks among the six major industrialised nations in
   * Paris", "their summit meeting in Reykjavik".
   */
  static final Set<String> FORUM_RELATIONS =
      Set.of("nmod:of", "nmod:among", "nmod:between", "nmod:poss");

  /** Possessives of one side, whose talks are its own and no forum's: "his scheduled talks". */
  static final Set<String> ONE_OWNER = Set.of("he", "she", "his", "her");

  /** Modifiers of a forum's regular meetings: "the annual meeting", "the spring meeting". */
  static final Set<String> FORUM_MODIFIERS =
      Set.of(
          "annual",
          "spring",
          "autumn",
          "ministerial",
          "international",
          "multilateral",
          "regional",
          "recent",
          "summit");

  /**
   * The state whose capital, seat of power or name the talks of one side are held in ("after talks
   * in the Kremlin", "his scheduled talks in Moscow next week"), when it is not the side's own: its
   * host and other party, as CAMEO codes a visit's talks. Empty for talks of several sides, which
   * are each other's, and for the seats of organisations ({@link EventCoder#ORGANISATION_SEATS}).
   */
  private List<Actor> meetingHost(int noun, List<Actor> doers) {
    if (!HOSTED_MEETING_NOUNS.contains(sentence.token(noun).lowerLemma())) {
      return List.of();
    }
    Set<String> sides = new HashSet<>();
    for (Actor doer : doers) {
      if (!doer.isResolved() || doer.country() == null) {
        return List.of();
      }
      sides.add(doer.country());
    }
    if (sides.size() != 1) {
      return List.of();
    }
    for (Dependency arc : arcs.children(noun)) {
      String word = sentence.token(arc.dependent()).lowerLemma();
      boolean ownersTalks = arc.relation().equals("nmod:poss") && ONE_OWNER.contains(word);
      if (arc.base().equals("compound")
          || (FORUM_RELATIONS.contains(arc.relation()) && !ownersTalks)
          || (arc.base().equals("amod") && FORUM_MODIFIERS.contains(word))) {
        return List.of(); // a forum's: "coffee talks in London", "a meeting in Manila of the ADB"
      }
    }
    for (Dependency arc : arcs.children(noun, "nmod")) {
      if (!arc.relation().equals("nmod:in") && !arc.relation().equals("nmod:at")) {
        continue;
      }
      for (Actor place : arguments.at(arc.dependent())) {
        if (place.isResolved()
            && place.country() != null
            && place.code().agent() == null
            && !actors.isPlaceOnly(place)
            && !sides.contains(place.country())
            && !EventCoder.ORGANISATION_SEATS.contains(
                place.text().toLowerCase(java.util.Locale.ROOT))) {
          steps = new ArrayList<>(steps);
          steps.add("talks held in a state's capital: with that state");
          return List.of(place);
        }
      }
    }
    return List.of();
  }

  /** Participles whose agent brings talks about between others: "talks mediated by China". */
  static final Set<String> MEDIATING_PARTICIPLES = Set.of("mediate", "broker");

  private static List<Actor> withMediators(List<Actor> sides, List<Actor> mediators) {
    List<Actor> all = new ArrayList<>(sides);
    all.addAll(mediators);
    return all;
  }

  /**
   * Talks among {@code sides}, each with each, and the mediation between them of whoever the talks'
   * participle names: "following talks in Beijing mediated by China".
   */
  private void talksAmong(
      Frame frame,
      String code,
      List<Actor> sides,
      List<Actor> mediators,
      boolean negated,
      Modality mode) {
    pairwise(frame, code, sides, negated, mode);
    if (mediators.isEmpty() || negated || mode == Modality.HYPOTHETICAL) {
      return;
    }
    List<String> mediated = new ArrayList<>(steps);
    mediated.add("talks mediated by a third party: its mediation between their parties");
    mediation(frame, mediators, sides, mode, mediated);
  }

  /** Each mediator's mediation (045) with each of the sides it mediated between. */
  private void mediation(
      Frame frame, List<Actor> mediators, List<Actor> sides, Modality mode, List<String> why) {
    for (Actor mediator : mediators) {
      for (Actor side : sides) {
        factory
            .event(frame, MEDIATION_CODE, mediator, side, false, mode, why)
            .ifPresent(events::add);
      }
    }
  }

  /**
   * The resolved actors joined by a hyphen before a participle that is an adjective, its agents: "a
   * U.S.-brokered peace agreement", "an Egyptian-brokered ceasefire".
   */
  private List<Actor> hyphenedAgents(int participle) {
    if (participle < 2 || !sentence.token(participle - 1).word().equals("-")) {
      return List.of();
    }
    List<Actor> agents = new ArrayList<>();
    for (Dependency arc : arcs.children(participle)) {
      if (arc.dependent() < participle - 1) {
        agents.addAll(TargetFinder.resolvedOnly(arguments.of(List.of(arc.dependent()))));
      }
    }
    return agents;
  }

  /** The resolved actors a participle names as its agent: "brokered by China". */
  private List<Actor> agentsOf(int participle) {
    List<Actor> agents = new ArrayList<>();
    for (Dependency arc : arcs.children(participle)) {
      if (TargetFinder.AGENT_RELATIONS.contains(arc.relation())) {
        agents.addAll(TargetFinder.resolvedOnly(arguments.of(List.of(arc.dependent()))));
      }
    }
    return agents;
  }

  /** The participles with tag {@code tag} and a lemma of {@code lemmas} that qualify the noun. */
  private List<Integer> participlesOf(int noun, String tag, Set<String> lemmas) {
    List<Integer> found = new ArrayList<>();
    for (Dependency participle : arcs.children(noun, "acl")) {
      int verb = participle.dependent();
      if (sentence.token(verb).pos().equals(tag)
          && lemmas.contains(sentence.token(verb).lowerLemma())) {
        found.add(verb);
      }
    }
    return found;
  }

  /** The mediators a participle of talks names: "talks in Beijing mediated by China". */
  private List<Actor> mediatorsOf(int noun) {
    List<Actor> mediators = new ArrayList<>();
    for (int verb : participlesOf(noun, "VBN", MEDIATING_PARTICIPLES)) {
      mediators.addAll(agentsOf(verb));
      if (!mediators.isEmpty()) {
        consumed.add(verb);
      }
    }
    return mediators;
  }

  /** Prepositions of a time phrase whose event came before the clause's act. */
  static final Set<String> EARLIER_PREPOSITIONS = Set.of("after", "following");

  /**
   * The modality of talks that came before the clause's act: "Iran and Saudi Arabia agreed to
   * re-establish relations following talks in Beijing" tells talks held, though the parser hangs
   * them on the infinitive still to come. Otherwise the noun's own.
   */
  private Modality talksBeforeIntent(Frame frame, Dependency time) {
    Modality own = modality.modality(frame.trigger(), frame.noun());
    if (own != Modality.FUTURE
        || !EARLIER_PREPOSITIONS.contains(time.subtype().replace('_', ' '))) {
      return own;
    }
    Dependency above = arcs.head(time.head());
    if (above == null || above.head() < 0 || !above.base().equals("xcomp")) {
      return own;
    }
    Modality intent = modality.modality(above.head(), false);
    return intent == Modality.FACTUAL || intent == Modality.REPORTED ? intent : own;
  }

  /**
   * Whether an event noun is part of a name: "the U.S.-USSR Grains Supply Agreement, which began
   * October 1" names an accord in force, not one made. A capitalised noun with a capitalised word
   * before it that names no state or organisation is a title; "the U.S. Attack on Iran's oil
   * platforms" is wire style for an attack.
   */
  private boolean isTitle(int noun) {
    if (noun == 0 || !Character.isUpperCase(sentence.token(noun).word().charAt(0))) {
      return false;
    }
    for (Dependency arc : arcs.children(noun, "compound")) {
      int word = arc.dependent();
      // a word of the name that begins no state nor organisation: "Trade" in "U.S.-Canada Free
      // Trade Agreement", which the dictionary reads as one name with Canada; not "U.S."
      if (word > 0
          && Character.isUpperCase(sentence.token(word).word().charAt(0))
          && arguments.at(word).stream()
              .noneMatch(a -> a.isResolved() && a.code().agent() == null && a.start() == word)) {
        return true;
      }
    }
    return false;
  }

  /** Prepositions of where one is or goes: "in Paris", "to Brussels". */
  static final Set<String> WHERE_CASES = Set.of("in", "at", "to", "into");

  /** Whether an actor is named as a place: a city, or a name under "in", "at" or "to". */
  private boolean isWhere(Actor actor) {
    if (actors.isPlaceOnly(actor)) {
      return true;
    }
    Dependency up = arcs.head(actor.end() - 1);
    return up != null
        && (up.base().equals("obl") || up.base().equals("nmod"))
        && WHERE_CASES.contains(up.subtype());
  }

  /**
   * Whether the sentence names states or organisations besides {@code sides}: then a meeting they
   * acted at may be a larger one ("EC officials said only the Netherlands and Luxembourg supported
   * this idea at today's meeting, and France, Denmark and Belgium showed marked hostility to it").
   */
  private boolean othersNamed(List<Actor> sides) {
    for (Actor actor : actors.all()) {
      if (!actor.isResolved() || ArgumentActors.isPronoun(actor) || isWhere(actor)) {
        continue; // "return to Brussels this week for talks": where, not who
      }
      String key = actor.country() != null ? actor.country() : actor.code().code();
      boolean side =
          sides.stream()
              .anyMatch(
                  s ->
                      s.isResolved()
                          && key.equals(s.country() != null ? s.country() : s.code().code()));
      if (!side && (actor.country() != null || key.startsWith("IGO"))) {
        return true;
      }
    }
    return false;
  }

  /** A person's possessives: "his recent trip" is one person's, not the verb's subjects'. */
  static final Set<String> PERSONAL_POSSESSIVES = Set.of("his", "her");

  /**
   * A "by" phrase the parser hung on an active verb whose object is an event noun is the noun's
   * agent: "The meeting with Kato opened a 12-day visit to Japan by Lyng". An active verb has no
   * agent of its own; a passive one's "by" is its subject ("was opened by Lyng").
   */
  private List<Integer> activeVerbsBy(int verb) {
    List<Integer> by = new ArrayList<>();
    for (Dependency arc : arcs.children(verb)) {
      String relation = arc.relation();
      if (relation.equals("nsubj:pass") || relation.equals("aux:pass")) {
        return List.of();
      }
      if (relation.equals("obl:by")) {
        by.add(arc.dependent());
      }
    }
    return by;
  }

  /**
   * Roots of acts done for a purpose that names whom they are aimed at: protests (14), force (18,
   * 19). "Islamic fundamentalists continued their hunger strike to demand the resignation of
   * Algerian President Ahmed Ben Bella" is a protest against him; "police opened fire to disperse
   * demonstrators" fire on them.
   */
  static final Set<String> PURPOSE_AIMED_ROOTS = Set.of("14", "18", "19");

  /** Codes of agreements signed, made with whom what they are for is aimed at. */
  static final Set<String> AGREEMENT_CODES = Set.of("057");

  /** Verbs that make an agreement (not "implementing the pact"). */
  static final Set<String> AGREEMENT_MAKING_VERBS =
      Set.of(
          "sign", "ink", "seal", "conclude", "reach", "strike", "clinch", "finalize", "finalise");

  /**
   * The lowest code of a purpose that aims the act at its target: demands and what follows (10 on).
   * A cooperative purpose is done for its target, not against it ("to protect", "to help").
   */
  static final String CONFLICTUAL_PURPOSE = "10";

  /** The targets of the to-infinitive a verb or event noun is done for, if it names any. */
  /**
   * Roots of acts against another that a cause names when they name no one: demands, disapproval,
   * rejection, threats, protest, sanctions, coercion. "Washington imposed the tariffs because of
   * Japan's alleged failure to uphold a 1986 agreement" is aimed at Japan.
   */
  static final Set<String> CAUSE_AIMED_ROOTS = Set.of("10", "11", "12", "13", "14", "16", "17");

  /** The prepositions by which an act names what it answers. */
  static final Set<String> CAUSE_PREPOSITIONS =
      Set.of(
          "obl:because_of",
          "obl:over",
          "obl:in_retaliation_for",
          "obl:in_response_to",
          "obl:in_protest_at",
          "obl:in_protest_against");

  /** Whose act a cause phrase of the trigger names: "because of Japan's alleged failure". */
  private List<Actor> causeTargets(Frame frame, List<Actor> sources) {
    List<Integer> causes = new ArrayList<>();
    for (Dependency arc : arcs.children(frame.trigger())) {
      if (CAUSE_PREPOSITIONS.contains(arc.relation())) {
        causes.add(arc.dependent());
      }
    }
    if (!causes.isEmpty()) {
      return othersOwning(causes, sources);
    }
    // "Washington imposed the sanctions in April, saying Tokyo had failed to abide by a 1986 pact":
    // the subject of what the act was justified with
    for (Dependency arc : arcs.children(frame.trigger(), "advcl")) {
      int saying = arc.dependent();
      List<Integer> clauses = new ArrayList<>();
      if (sentence.token(saying).pos().equals("VBG")
          && JUSTIFYING_VERBS.contains(sentence.token(saying).lowerLemma())) {
        arcs.children(saying, "ccomp").forEach(c -> clauses.add(c.dependent()));
      } else if (arcs.children(saying, "mark").stream()
          .anyMatch(
              m ->
                  sentence.token(m.dependent()).pos().equals("VBG")
                      && JUSTIFYING_VERBS.contains(sentence.token(m.dependent()).lowerLemma()))) {
        clauses.add(saying); // the parser may make "saying" the mark of what is said
      }
      for (int clause : clauses) {
        List<Actor> subjects =
            TargetFinder.resolvedOnly(arguments.of(frames.verb(clause).subjects()));
        for (Actor actor : subjects) {
          if (actor.country() != null
              && !ArgumentActors.isPronoun(actor)
              && sources.stream().noneMatch(s -> actor.country().equals(s.country()))) {
            return List.of(actor);
          }
        }
      }
    }
    return List.of();
  }

  /**
   * Verbs by which an act is justified as it is done ("imposed the sanctions, saying Tokyo had
   * failed to abide by the pact"): the subject of what they say is whom the act answers.
   */
  static final Set<String> JUSTIFYING_VERBS = Set.of("say", "charge", "claim", "accuse");

  /**
   * The root of easing (08), aimed at whom its purpose serves: "Uzbekistan opened the Friendship
   * Bridge to allow the delivery of grain to Afghanistan".
   */
  static final String EASING_ROOT = "08";

  /**
   * Words of an object's value, under which the parser hangs the purpose that follows the sum: "a
   * 30-year deal worth about $400 billion to supply natural gas to China" has "to supply" on
   * "worth", with the sum its subject.
   */
  static final Set<String> VALUE_WORDS = Set.of("worth", "valued");

  /**
   * Those an agreement's purpose is with, where the parser took the purpose for a noun: "signed
   * agreements to normalise relations with Israel" ("normalise" tagged an adjective, "to normalise
   * relations" the agreements' "to").
   */
  private List<Actor> agreedWith(Frame frame, List<Actor> sources) {
    List<Actor> partners = new ArrayList<>();
    for (int object : frame.objects()) {
      if (!AGREED_NOUNS.contains(sentence.token(object).lowerLemma())) {
        continue;
      }
      for (Dependency purpose : arcs.children(object, "nmod")) {
        if (!purpose.relation().equals("nmod:to")) {
          continue;
        }
        for (Dependency with : arcs.children(purpose.dependent(), "nmod")) {
          if (!with.relation().equals("nmod:with")) {
            continue;
          }
          for (Actor partner : TargetFinder.resolvedOnly(arguments.of(List.of(with.dependent())))) {
            if (sources.stream().noneMatch(s -> sameParty(s, partner))) {
              partners.add(partner);
            }
          }
        }
      }
    }
    return partners;
  }

  private List<Actor> purposeTargets(Frame frame, List<Actor> sources, boolean conflictOnly) {
    List<Integer> owners = new ArrayList<>(List.of(frame.trigger()));
    Dependency up = arcs.head(frame.trigger());
    if (frame.noun() && up != null && up.head() >= 0 && up.base().equals("obj")) {
      owners.add(up.head()); // "continued their hunger strike to demand…"
    }
    if (!conflictOnly && !frame.noun()) {
      owners.addAll(frame.objects()); // "signed a deal to supply natural gas to China"
      for (int object : frame.objects()) {
        for (Dependency value : arcs.children(object, "amod")) {
          if (VALUE_WORDS.contains(sentence.token(value.dependent()).lowerLemma())) {
            owners.add(value.dependent());
          }
        }
      }
    }
    for (int owner : owners) {
      boolean value = VALUE_WORDS.contains(sentence.token(owner).lowerLemma());
      for (Dependency arc : arcs.children(owner)) {
        boolean purpose =
            (arc.base().equals("xcomp")
                    || arc.base().equals("advcl")
                    || arc.base().equals("acl")
                    || (value && arc.base().equals("dep")))
                && sentence.token(arc.dependent()).isVerb()
                && arcs.children(arc.dependent(), "mark").stream()
                    .anyMatch(m -> sentence.token(m.dependent()).lowerLemma().equals("to"));
        // "Israel signed agreements establishing diplomatic relations with the UAE and Bahrain":
        // a participle of the object tells what it does, as an infinitive would; only a
        // cooperative one ("signed an executive order targeting seven Russian officials" is no
        // agreement with Russia)
        boolean participle =
            !purpose
                && arc.base().equals("acl")
                && sentence.token(arc.dependent()).pos().equals("VBG")
                && frame.objects().contains(owner)
                // an agreement's, not "signed an order allowing sales of U.S. nuclear fuel to
                // EURATOM" or "signed a motion calling for trade sanctions against Japan"
                && AGREED_NOUNS.contains(sentence.token(owner).lowerLemma());
        if (!purpose && !participle) {
          continue;
        }
        Coding coding = verbCoding(frames.verb(arc.dependent()));
        if (coding == null
            || (participle && coding.entry().code().compareTo(CONFLICTUAL_PURPOSE) >= 0)
            || (conflictOnly && coding.entry().code().compareTo(CONFLICTUAL_PURPOSE) < 0)) {
          continue; // "ready to use force to protect Kuwaiti tankers" is no force against Kuwait
        }
        List<Actor> aimed = new ArrayList<>(TargetFinder.resolvedOnly(coding.targets()));
        if (aimed.isEmpty()) {
          // "began a hunger strike to demand the return of property seized by Algerian government
          // forces": whom the purpose's own object names
          aimed.addAll(
              aims.nestedParties(frames.verb(arc.dependent()), sources, coding.entry().code()));
        }
        aimed.removeIf(
            t ->
                ArgumentActors.isPronoun(t)
                    || sources.stream()
                        .anyMatch(s -> java.util.Objects.equals(s.code(), t.code())));
        if (!aimed.isEmpty()) {
          return aimed;
        }
      }
    }
    return List.of();
  }

  /**
   * Whether an actor can be a party the model counts: a country's or an organisation's. "The
   * Turkish and Greek sides of Cyprus have agreed to share information on missing people": the
   * people are no party, and the two sides agreed with each other.
   */
  private static boolean isParty(Actor actor) {
    return actor.isResolved()
        && (actor.country() != null
            || actor.code().code().startsWith("IGO")
            || actor.code().code().startsWith("NGO"));
  }

  /**
   * The target of the verb a target-less verb is joined to by "and", when the two share their
   * subject: "Iran condemned Saudi Arabia and demanded an immediate halt", "Putin accused Kyiv of
   * terrorist acts and warned that any further attacks would draw a harsh response". A conjunct
   * with a subject of its own is another clause ("Japan protested and the U.S. replied").
   */
  private List<Actor> conjunctTargets(Frame frame, List<Actor> sources) {
    // the conjunct's own arc: the enhanced graph also hangs "captured" in "said it shot down two
    // Indian aircraft and captured a pilot" on "said", as the first conjunct is
    Dependency up =
        arcs.heads(frame.trigger()).stream()
            .filter(a -> a.base().equals("conj"))
            .findFirst()
            .orElse(null);
    if (up == null
        || !up.base().equals("conj")
        || up.head() < 0
        || !sentence.token(up.head()).isVerb()) {
      return List.of();
    }
    // the enhanced parse gives the conjunct its shared subject too
    List<Integer> shared =
        arcs.children(up.head()).stream()
            .filter(a -> a.base().startsWith("nsubj"))
            .map(Dependency::dependent)
            .toList();
    if (arcs.children(frame.trigger()).stream()
        .anyMatch(
            a ->
                a.relation().equals("nsubj:pass")
                    || (a.base().startsWith("nsubj") && !shared.contains(a.dependent())))) {
      return List.of(); // "…was held at Israel's initiative and was arranged by…"
    }
    if (aims.clauseNamesActors(frame, TargetFinder.resolvedOnly(sources))) {
      return List.of(); // "suspended Paraguay and agreed to admit Venezuela": its own party
    }
    for (List<Integer> phrase : frame.targets().values()) {
      if (!TargetFinder.resolvedOnly(arguments.of(phrase)).isEmpty()) {
        // "kidnapped 16 Russian advisers and exploded a series of bombs in the capital Kabul"
        return List.of();
      }
    }
    boolean appeal = lexicon.wrapperKind(frame.lemma()) == WrapperKind.APPEAL;
    for (Dependency arc : arcs.children(frame.trigger())) {
      if (arc.base().equals("iobj")
          // "urges states not to recognise…": an appeal to people of its own
          || (arc.base().equals("obj")
              && appeal
              && ArgumentActors.INCLUDING_HEADS.contains(
                  sentence.token(arc.dependent()).lowerLemma()))
          || (arc.base().equals("obj") && !arguments.of(List.of(arc.dependent())).isEmpty())) {
        // "announced sanctions against South Africa and gave firms an October deadline": the
        // conjunct has a party of its own
        return List.of();
      }
    }
    List<String> told = steps;
    Coding first = verbCoding(frames.verb(up.head()));
    steps = told;
    if (first == null) {
      return List.of();
    }
    List<Actor> targets = new ArrayList<>(TargetFinder.resolvedOnly(first.targets()));
    targets.removeIf(
        t ->
            ArgumentActors.isPronoun(t)
                || sources.stream().anyMatch(s -> java.util.Objects.equals(s.code(), t.code())));
    return explained(targets, CONJUNCT_STEP);
  }

  /**
   * Whether an entry gives aid or promises it (07, 033x) by what its object names ("sent rescuers",
   * "pledged help"): a verb alone ("help reduce its surplus", "provides the rest") is no aid to
   * anyone.
   */
  static boolean isAid(VerbEntry entry) {
    return !entry.objectGroups().isEmpty() && RELIEF_CODES.contains(entry.code());
  }

  /**
   * Aid and promises of it that go to a place in need: aid (070), humanitarian aid (073) and their
   * promises (033, 0333). Not loans and debt relief (071, 0331): "Manila wants to reschedule its
   * debt" is no aid from anyone.
   */
  static final Set<String> RELIEF_CODES = Set.of("070", "073", "033", "0333");

  /**
   * Whom aid that names no recipient goes to: the country of the story's dateline, where the story
   * is told from ("RABAT - … Spain sent dozens of rescuers and sniffer dogs"). Aid from that
   * country itself has no recipient here. (The country the story's other events were most aimed at
   * was tried too: in wire stories filed from a capital about its own economy it made "Japan
   * provides the world's highest subsidies" aid to the United States.)
   */
  private List<Actor> storyRecipient(Frame frame, List<Actor> sources) {
    List<Actor> givers = TargetFinder.resolvedOnly(sources);
    String recipient = dateline;
    if (recipient == null
        || givers.isEmpty()
        || givers.stream().anyMatch(s -> s.country() == null || recipient.equals(s.country()))) {
      return List.of();
    }
    steps = new ArrayList<>(steps);
    steps.add("aid that names no recipient: the country of the story's dateline → " + recipient);
    return List.of(
        Actor.inferredCountry(
            frame.trigger(),
            sentence.token(frame.trigger()).word(),
            recipient,
            "the story's dateline → " + recipient));
  }

  /**
   * Whether a verb tells a cooperative act (03-08) announced as not to be done, which CAMEO codes
   * as a refusal ({@link WrapperCodes#future}): "Russia would not accept the cap".
   */
  private boolean refuses(Frame frame, VerbEntry entry) {
    int root = Integer.parseInt(entry.code().substring(0, 2));
    return root >= 3
        && root <= 8
        && modality.negated(frame.trigger())
        && modality.modality(frame.trigger(), false) == Modality.FUTURE
        // "Soviet diplomats would not be allowed to use the embassy": refused by another
        && !arcs.has(frame.trigger(), "aux:pass");
  }

  /** Roots of the acts a retaliation answers: demands to force (10-20). */
  static final String HOSTILE_ROOTS_START = "10";

  /**
   * Who the story told acted against the speakers' state lately (a demand, disapproval, threat,
   * sanction or force: roots 10-20; all who did it in the same sentence), else the other side of
   * the story's lead pair.
   */
  private List<Actor> storyAggressors(List<Actor> speakers) {
    if (speakers.isEmpty()) {
      return List.of();
    }
    Set<String> own = new HashSet<>();
    for (Actor speaker : speakers) {
      own.add(stateOf(speaker));
    }
    if (own.contains(null)) {
      return List.of();
    }
    for (int k = story.size() - 1; k >= 0; k--) {
      Event told = story.get(k);
      if (!inView(told, STORY_ACT_LOOKBACK)) {
        continue;
      }
      String by = partyOf(told.source());
      String against = partyOf(told.target());
      if (by == null
          || own.contains(by)
          || !own.contains(against)
          || told.cameo().code().compareTo(HOSTILE_ROOTS_START) < 0) {
        continue;
      }
      List<Actor> found = new ArrayList<>();
      Set<String> doers = new java.util.LinkedHashSet<>();
      for (Event same : story) {
        String doer = partyOf(same.source());
        if (same.sentence() == told.sentence()
            && same.cameo().code().equals(told.cameo().code())
            && own.contains(partyOf(same.target()))
            && doer != null
            && !own.contains(doer)) {
          doers.add(doer);
        }
      }
      for (String doer : doers) {
        found.add(
            storyActor(
                speakers.get(0).start(),
                doer,
                "who the story told acted against the speakers (sentence "
                    + told.sentence()
                    + ") → "
                    + doer));
      }
      return found;
    }
    return leadCounterpart(speakers);
  }

  /** Verbs that make an act known without doing it: "announced the planned tariffs". */
  static final Set<String> ANNOUNCING_VERBS =
      Set.of("announce", "unveil", "outline", "detail", "disclose", "confirm");

  /** Modifiers of an act not yet done: "the planned tariffs", "proposed sanctions". */
  static final Set<String> PLANNED_MODIFIERS = Set.of("planned", "proposed", "threatened");

  /** Whether a verb of {@link #ANNOUNCING_VERBS} takes an act {@link #PLANNED_MODIFIERS} mark. */
  private boolean announcesPlanned(Frame frame) {
    return !frame.noun()
        && ANNOUNCING_VERBS.contains(frame.lemma())
        && frame.objects().stream()
            .anyMatch(
                object ->
                    arcs.children(object, "amod").stream()
                        .anyMatch(
                            arc ->
                                PLANNED_MODIFIERS.contains(
                                    sentence
                                        .token(arc.dependent())
                                        .word()
                                        .toLowerCase(java.util.Locale.ROOT))));
  }

  /** Nouns of sanctions a state imposes on another: what a story's later sentences call them. */
  static final Set<String> SANCTION_NOUNS =
      Set.of("sanction", "tariff", "duty", "embargo", "countermeasure", "levy");

  /**
   * The country whose goods sanctions fall on, named anywhere in the object's phrase or the one
   * "on" them: "imposed higher tariffs on computer microchips imported from Japan" is against
   * Japan.
   */
  private List<Actor> goodsOrigin(Frame frame, List<Actor> sources) {
    List<Integer> phrase = new ArrayList<>();
    List<Integer> goods = new ArrayList<>(frame.objects());
    goods.addAll(frame.targets().getOrDefault("on", List.of())); // "tariffs on microchips…"
    for (int object : goods) {
      phrase.addAll(arcs.subtree(object));
    }
    for (int word : List.copyOf(phrase)) {
      for (Dependency arc : arcs.children(word, "acl")) {
        phrase.addAll(arcs.subtree(arc.dependent())); // "microchips imported from Japan"
      }
    }
    List<Actor> named = new ArrayList<>();
    for (int t : phrase) {
      for (Actor actor : arguments.at(t)) {
        if (!named.contains(actor)) {
          named.add(actor);
        }
      }
    }
    for (Actor actor : TargetFinder.resolvedOnly(named)) {
      boolean inside = true;
      boolean other =
          actor.country() != null
              && sources.stream().noneMatch(s -> actor.country().equals(s.country()));
      if (inside && other && !ArgumentActors.isPronoun(actor)) {
        steps = new ArrayList<>(steps);
        steps.add("sanctions on goods the phrase says are another country's: against it");
        return List.of(actor);
      }
    }
    return List.of();
  }

  /**
   * Whom sanctions that name no one are against: the party the story's last sanctions or other
   * reductions of relations (16) were against, else the other side of the story's lead pair.
   * "Britain, Canada and the United States announced coordinated sanctions the same day", in a
   * story of the EU's sanctions on Chinese officials, are against China; "It set an anti-dumping
   * duty of 73.6%", in a story of China's duties on Australian barley, against Australia.
   */
  private List<Actor> storySanctioned(Frame frame, List<Actor> sources) {
    List<Actor> imposing = TargetFinder.resolvedOnly(sources);
    if (imposing.isEmpty()
        || frame.subjects().stream().anyMatch(k -> sentence.token(k).pos().startsWith("W"))) {
      return List.of(); // "the U.S. Which it says imposed the sanctions": a relative's antecedent
    }
    Set<String> own = new HashSet<>();
    for (Actor source : imposing) {
      own.add(stateOf(source));
    }
    for (int k = story.size() - 1; k >= 0; k--) {
      Event told = story.get(k);
      String against = partyOf(told.target());
      if (!inView(told, STORY_ACT_LOOKBACK)) {
        continue;
      }
      if (against == null
          || !told.cameo().code().startsWith("16")
          || own.contains(against)
          || own.contains(null)) {
        continue;
      }
      steps = new ArrayList<>(steps);
      steps.add("sanctions that name no one: against whom the story's last ones were → " + against);
      return List.of(
          storyActor(frame.trigger(), against, "the story's sanctioned party → " + against));
    }
    return leadCounterpart(imposing);
  }

  /**
   * The actors with one more reason: a target found by a rule of the clause, told in its why (the
   * steps of a verb's coding are set after its targets are found).
   */
  private static List<Actor> explained(List<Actor> actors, String reason) {
    List<Actor> told = new ArrayList<>();
    for (Actor actor : actors) {
      List<String> why = new ArrayList<>(actor.why());
      why.add(reason);
      told.add(new Actor(actor.start(), actor.end(), actor.text(), actor.code(), why));
    }
    return told;
  }

  /** The root of appeals and requests. */
  static final String APPEAL_ROOT = "02";

  static final String CONVENED_STEP =
      "a meeting of an organisation, or talks with a party, asked for: asked of it";

  static final String CONJUNCT_STEP =
      "joined by \"and\" to an act with the same subject: that act's target";

  static final String DENIED_STEP =
      "a denial answers whose charge it denies, or the party the act denied names";

  /** The root of protest: demonstrations, rallies, strikes, riots. */
  static final String PROTEST_ROOT = "14";

  /**
   * A people named by its nationality that protests is that country's civilians, not its state:
   * "Thousands of Nigerians were converging for a rally in Lagos to protest…" (NGACVL), "Tens of
   * thousands of Sudanese protested in Khartoum", which may then protest at home.
   */
  private Actor protestingPeople(Actor actor) {
    String country = actor.country();
    boolean people =
        actor.isResolved()
            && country != null
            && actor.code().agent() == null
            && actor.end() - actor.start() == 1
            && (sentence.token(actor.start()).pos().endsWith("S")
                || arcs.children(actor.start(), "det").stream()
                    .anyMatch(d -> d.relation().equals("det:qmod")))
            && !ArgumentActors.isPronoun(actor);
    if (!people) {
      return actor;
    }
    List<String> why = new ArrayList<>(actor.why());
    why.add("a people that protests: its civilians (" + CIVILIANS + ")");
    return new Actor(
        actor.start(),
        actor.end(),
        actor.text(),
        new org.entente.dictionary.ActorCode(country + CIVILIANS, country, CIVILIANS),
        why);
  }

  /** The sector of civilians. */
  static final String CIVILIANS = "CVL";

  /** Sectors of a state's forces, whose storming of a building is no protest. */
  static final Set<String> STATE_FORCES = Set.of("COP", "MIL");

  /** CAMEO's coercion, not otherwise specified. */
  static final String COERCION_CODE = "170";

  /** Whether every target is of a source's own country (or there is none). */
  private static boolean ownSideOnly(List<Actor> targets, List<Actor> sources) {
    return targets.stream()
        .allMatch(
            t ->
                t.country() != null
                    && sources.stream()
                        .anyMatch(s -> java.util.Objects.equals(s.country(), t.country())));
  }

  /** The root of shows of force: exercises near another, alerts, deployments. */
  static final String SHOW_OF_FORCE_ROOT = "15";

  /** A show of force, not specified below. */
  static final String SHOW_OF_FORCE_CODE = "150";

  /** The root of fighting with conventional arms. */
  static final String FIGHTING_ROOT = "19";

  /**
   * Whether every target is a country that the seas or skies the act is aimed into surround ({@link
   * ArgumentActors#SURROUNDINGS}): "fired missiles into waters around Taiwan".
   */
  private boolean intoSurroundings(Frame frame, List<Actor> targets) {
    Set<Integer> around = new HashSet<>();
    for (List<Integer> heads : frame.targets().values()) {
      for (int head : heads) {
        if (ArgumentActors.SURROUNDINGS.contains(sentence.token(head).lowerLemma())) {
          // "waters around Taiwan", "the sea off Japan"; not "Israeli airspace", which is struck
          for (Dependency arc : arcs.children(head)) {
            if (ArgumentActors.SURROUNDING_RELATIONS.contains(arc.relation())) {
              around.addAll(arcs.subtree(arc.dependent()));
            }
          }
        }
      }
    }
    return !around.isEmpty() && targets.stream().allMatch(t -> around.stream().anyMatch(t::covers));
  }

  /**
   * Whether an event noun is what a journey still to come is for: "Smith, who flies to Brussels
   * today for talks with EC officials" — the talks are to come as the flight is.
   */
  private boolean isPurposeOfLater(int noun) {
    Dependency up = arcs.head(noun);
    return up != null
        && up.head() >= 0
        && up.relation().equals("obl:for")
        && sentence.token(up.head()).isVerb()
        && EventDates.isLater(sentence, arcs, up.head(), date);
  }

  /** Nouns of a plan, whose act a verb of telling it tells as still to come. */
  static final Set<String> PLAN_NOUNS = Set.of("plan", "proposal", "intention", "blueprint");

  /** Verbs that tell a plan, not carry it out: "announced plans for tariffs". */
  static final Set<String> PLAN_TELLING_VERBS =
      Set.of(
          "announce",
          "unveil",
          "outline",
          "present",
          "disclose",
          "reveal",
          "draw up",
          "approve",
          "propose",
          "submit",
          "detail",
          "make",
          "have");

  /**
   * Whether a verb of telling a plan codes the act its plan is for: "announced plans for tariffs on
   * Japanese goods" (coded from "tariffs" in the object's phrase, not from "plans").
   */
  private boolean announcesPlan(Frame frame) {
    if (frame.noun() || !PLAN_TELLING_VERBS.contains(frame.lemma())) {
      return false;
    }
    for (int object : frame.objects()) {
      if (PLAN_NOUNS.contains(sentence.token(object).lowerLemma())) {
        return true;
      }
    }
    return false;
  }

  private void emit(Frame frame, String code, List<Actor> sources, List<Actor> targets) {
    emit(
        frame,
        code,
        sources,
        targets,
        modality.negated(frame.trigger()),
        modality.modality(frame.trigger(), frame.noun()));
  }

  private void emit(
      Frame frame,
      String code,
      List<Actor> sources,
      List<Actor> targets,
      boolean negated,
      Modality mode) {
    if (sources.isEmpty() && !targets.isEmpty() && DETENTION_CODES.contains(code)) {
      sources = detainers(frame, targets);
    }
    if (mode == Modality.HYPOTHETICAL
        && negated
        && code.compareTo(REFUSABLE_ROOTS_START) >= 0
        && code.compareTo(REFUSABLE_ROOTS_END) < 0
        && !frame.noun()
        && modality.cannot(frame.trigger())) {
      // "Tokyo cannot guarantee the United States a specified share": a refusal, told as the
      // future of a negated act is ("will not accept" 12x)
      mode = Modality.FUTURE;
    }
    Integer speaking = speakersActs.get(frame.trigger());
    if (speaking != null && mode == Modality.REPORTED) {
      mode = modality.modality(speaking, false); // the speaker's own act, as real as its speaking
    }
    if (mode == Modality.HYPOTHETICAL && !frame.noun() && speakersOwnStance(frame, sources)) {
      mode = Modality.FUTURE;
      steps = new ArrayList<>(steps);
      steps.add(
          "what the speaker says it would do on a condition, or may do: an intention → future");
    }
    if (mode == Modality.HYPOTHETICAL) {
      // "Japan would retaliate if…" told by analysts, "a possible summit", questions: nothing
      // reported as happening
      return;
    }
    if ((mode == Modality.FACTUAL || mode == Modality.REPORTED) && announcesPlan(frame)) {
      // "Washington announced plans for as much as 300 mln dlrs in tariffs on Japanese goods":
      // the tariffs are planned, not imposed
      mode = Modality.FUTURE;
      steps = new ArrayList<>(steps);
      steps.add("what is announced is a plan for it: still to come → future");
    }
    if ((mode == Modality.FACTUAL || mode == Modality.REPORTED)
        && (EventDates.isLater(sentence, arcs, frame.trigger(), date)
            || frame.noun() && isPurposeOfLater(frame.trigger())
            || frame.noun() && nominals.meetingAhead(frame.trigger()))) {
      mode = Modality.FUTURE; // "leaves next week for Washington": planned, not done
    }
    if ((code.startsWith("18") || code.startsWith("19")) && labourStrike(frame, sources)) {
      // "Australian trade unions said they have launched week-long strikes"
      code = LABOUR_STRIKE_CODE;
      steps = new ArrayList<>(steps);
      steps.add("strikes by workers are a labour strike → " + LABOUR_STRIKE_CODE);
    }
    if (code.startsWith(FIGHTING_ROOT) && !targets.isEmpty() && intoSurroundings(frame, targets)) {
      // "China fired ballistic missiles into waters around Taiwan": fire into the sea around a
      // country, not at it, is a show of force
      code = SHOW_OF_FORCE_CODE;
      steps = new ArrayList<>(steps);
      steps.add(
          "fired into the seas or skies around a country, not at it: a show of force → "
              + SHOW_OF_FORCE_CODE);
    }
    // the act as done, before a future makes it an intent or a threat: where a curfew is imposed
    // is where the threat of one is aimed ("will impose a curfew in Abidjan")
    String act = code;
    if (MATERIAL_ROOTS.contains(code.substring(0, 2))
        && !frame.noun()
        && nominals.spanTotal(frame.trigger())) {
      return; // "has lent Indonesia 10.7 billion dlrs over the past 20 years": a statistic
    }
    if (VISIT_CODES.contains(act) && !frame.noun() && forOrganisation(frame, sources, targets)) {
      // "before travelling to Washington for the semi-annual meeting of the International
      // Monetary Fund": there for an organisation's meeting, not visiting the country
      return;
    }
    if (act.equals(VISIT_CODE)
        && !sources.isEmpty()
        && sources.stream()
            .allMatch(
                s ->
                    s.isResolved()
                        && DISPLACED_AGENTS.contains(String.valueOf(s.code().agent())))) {
      return; // "Turkish Kurd refugees to return home from Iraq": a journey home, no visit
    }
    if (mode == Modality.FUTURE && !negated && act.equals(VISIT_CODE) && returnedFrom(frame)) {
      // "Soares, who returns from a visit to Brazil on Sunday": only the return is to come
      mode = Modality.FACTUAL;
      steps = new ArrayList<>(steps);
      steps.add("a trip one returns from has been made → factual");
    }
    if ((mode == Modality.FACTUAL || mode == Modality.REPORTED) && announcesPlanned(frame)) {
      // "President Reagan announced the planned tariffs on March 27": they are to come
      mode = Modality.FUTURE;
      steps = new ArrayList<>(steps);
      steps.add("an act announced as planned → future");
    }
    // "will visit Brussels", "plans to meet Shultz": the intent (036) and the meeting or visit
    // itself, told in the future
    String planned = plannedAct(frame, mode, negated, act, false);
    if (mode == Modality.FUTURE) {
      String told = code;
      code = WrapperCodes.future(code, negated);
      negated = negated && !WrapperCodes.refusal(code);
      if (!code.equals(told)) {
        steps = new ArrayList<>(steps);
        steps.add(FUTURE_STEP + code);
      }
    }
    if (negated && mode != Modality.FUTURE) {
      // "the Soviets have not indicated…", "neither has ratified it": nothing happened; only a
      // promise not to act ("will never attack") is kept, negated
      return;
    }
    if (targets.isEmpty() && PEACE_ASKING_ROOTS.contains(code.substring(0, 2))) {
      // "The Security Council demanded an immediate ceasefire in the Iran-Iraq war": asked of
      // the parties to the war
      List<Actor> parties = aims.warringParties(frame, TargetFinder.resolvedOnly(sources));
      if (!parties.isEmpty()) {
        targets = parties;
        steps = new ArrayList<>(steps);
        steps.add("peace asked for in a war: of the war's parties");
      }
    }
    if (code.startsWith(SHOW_OF_FORCE_ROOT) && sources.size() > 1 && !targets.isEmpty()) {
      // "French and Egyptian warships began war games off Alexandria": a show of force done
      // with the place's own forces is not aimed at it
      List<Actor> partners = sources;
      targets =
          targets.stream()
              .filter(
                  t ->
                      t.country() == null
                          || partners.stream().noneMatch(s -> t.country().equals(s.country())))
              .toList();
      if (targets.isEmpty()) {
        return;
      }
    }
    if (code.startsWith(PROTEST_ROOT)
        && !sources.isEmpty()
        && sources.stream()
            .allMatch(
                s -> s.isResolved() && STATE_FORCES.contains(String.valueOf(s.code().agent())))) {
      // "Ecuadorean police stormed the Mexican embassy": a state's forces that storm or besiege
      // do not protest, they coerce
      code = COERCION_CODE;
      act = code;
      steps = new ArrayList<>(steps);
      steps.add("done by a state's forces: no protest, coercion → " + COERCION_CODE);
    }
    if (code.startsWith(PROTEST_ROOT)) {
      sources = sources.stream().map(this::protestingPeople).toList();
    }
    if (targets.stream().noneMatch(Actor::isResolved)
        && (PURPOSE_AIMED_ROOTS.contains(code.substring(0, 2)) || code.startsWith(EASING_ROOT))) {
      // a target no dictionary knows is none: "opened the Friendship Bridge to allow the delivery
      // of grain to Afghanistan"
      List<Actor> served = purposeTargets(frame, sources, !code.startsWith(EASING_ROOT));
      if (code.startsWith(PROTEST_ROOT)
          && served.stream().allMatch(a -> a.country() == null && !isOrganisation(a))) {
        // "protesters blocked highways to demand a hostage deal": hostages of no country are no
        // one's; the protest's own place or state is looked for below
        served = List.of();
        targets = targets.stream().filter(Actor::isResolved).toList();
      }
      targets = served.isEmpty() ? targets : served;
      if (!served.isEmpty()) {
        steps = new ArrayList<>(steps);
        steps.add("aimed at whom what it was done for is aimed at");
      }
    }
    if (AGREEMENT_CODES.contains(code)
        && !targets.isEmpty()
        && targets.stream().allMatch(SentenceCoding::isRegion)
        && sharedAmong(frame, sources, code)) {
      // "The leaders of the United States, Mexico and Canada signed a revamped North American
      // trade agreement": the region names the agreement, the signers are each other's parties
      targets = List.of();
    }
    if (targets.isEmpty()
        && AGREEMENT_CODES.contains(code)
        && !sources.isEmpty()
        && AGREEMENT_MAKING_VERBS.contains(frame.lemma())) {
      // "Russia signed a 30-year deal to supply natural gas to China": the deal is with whom
      // what it is for is aimed at; "the UAE and Bahrain signed agreements to normalise relations
      // with Israel": each with Israel, not with each other
      List<Actor> partners = purposeTargets(frame, sources, false);
      if (partners.isEmpty()) {
        partners = agreedWith(frame, sources);
      }
      if (!partners.isEmpty()) {
        steps = new ArrayList<>(steps);
        steps.add("an agreement made for an act toward another: made with it, both ways");
        if (sources.size() == 1 && partners.size() == 1) {
          // several partners: "Israel signed agreements establishing diplomatic relations with the
          // United Arab Emirates and Bahrain" is made with each, not between the partners
          List<Actor> sides = new ArrayList<>(sources);
          sides.addAll(partners);
          pairwise(frame, code, sides, negated, mode);
        } else {
          deliver(frame, code, sources, partners, negated, mode);
        }
        return;
      }
    }
    if (targets.isEmpty() && CAUSE_AIMED_ROOTS.contains(code.substring(0, 2))) {
      targets = causeTargets(frame, sources);
      if (!targets.isEmpty()) {
        steps = new ArrayList<>(steps);
        steps.add("aimed at whose act it answers");
      }
    }
    if (targets.isEmpty()
        && (!sharedAmong(frame, sources, code) || SectorCountries.PLACED_AID_CODES.contains(act))) {
      // several who bring relief together bring it to the place, not to each other: "Rescue
      // teams from Spain and Qatar joined the search for survivors in Morocco"
      targets = sectors.placeTarget(frame, sources, act);
      if (!targets.isEmpty()) {
        steps = new ArrayList<>(steps);
        steps.add(
            SectorCountries.PLACED_AID_CODES.contains(act)
                ? "aid that names no recipient: for the country where it is given"
                : "a protest or use of force that names no one: aimed at the country where it is");
      }
    }
    if (act.startsWith(SHOW_OF_FORCE_ROOT) && ownSideOnly(targets, sources)) {
      // "deployed troops to its border with Belarus": not at its own border, at Belarus
      List<Actor> neighbour = aims.borderNeighbour(frame, TargetFinder.resolvedOnly(sources));
      if (!neighbour.isEmpty()) {
        targets = neighbour;
        steps = new ArrayList<>(steps);
        steps.add("a show of force at a border: aimed at the neighbour across it");
      }
    }
    if (targets.isEmpty() && EventFactory.HOME_MEASURE_CODES.contains(act)) {
      targets = home(frame, sources);
      if (!targets.isEmpty()) {
        steps = new ArrayList<>(steps);
        steps.add("a curfew, emergency or ban that names no place: the state's own country");
      }
    }
    if (targets.isEmpty() && act.equals(COUP_CODE)) {
      targets = seizedFrom(frame, sources);
    }
    if (targets.isEmpty()
        && !frame.noun()
        && (COUNTERPART_ROOTS.contains(act.substring(0, 2))
            || (act.equals(TargetFinder.DENIAL_CODE) && deniesAnAct(frame)))
        && (COUNTERPART_VERBS.contains(frame.lemma()) || DENYING_VERBS.contains(frame.lemma()))
        && !indefiniteObject(frame)
        && !namesAParty(frame)) {
      // "Netanyahu denounced the accord", "Washington has threatened to take retaliatory
      // action": against the party the story told the source dealing with
      targets = storyCounterpart(frame, sources);
    }
    if (targets.isEmpty()
        && !frame.noun()
        && AGREEING_VERBS.contains(frame.lemma())
        && AGREED_UPON.stream().anyMatch(frame.targets()::containsKey)
        && sharedAmong(frame, sources, code)) {
      // "the IMF and Egypt have agreed on certain economic reforms": an agreement reached
      reachedAgreement(frame, act, sources, negated);
    }
    deliver(frame, code, sources, targets, negated, mode);
    if (planned != null && !planned.equals(code)) {
      List<Actor> from = sources;
      List<Actor> to = targets;
      Modality told = mode;
      asPlanned(planned, () -> deliver(frame, planned, from, to, false, told));
    }
  }

  /**
   * Whether two or more distinct parties do the act with each other ("Sudan's army and the
   * paramilitary Rapid Support Forces fought in Khartoum"), so that the place it is in is no
   * target: the parties are each other's.
   */
  private boolean sharedAmong(Frame frame, List<Actor> sources, String code) {
    List<Actor> distinct = new ArrayList<>();
    for (Actor source : sources) {
      if (distinct.stream()
          .noneMatch(
              d ->
                  d.start() == source.start()
                      && d.end() == source.end()
                      && Objects.equals(d.code(), source.code()))) {
        distinct.add(source); // "the four leaders" stand for four, all on the one phrase
      }
    }
    return reciprocity.mutual(frame, distinct, code);
  }

  /** Whether an actor is a region ("North American", "European"): no state, no organisation. */
  private static boolean isRegion(Actor actor) {
    return actor.isResolved()
        && actor.country() == null
        && actor.code().agent() == null
        && !isOrganisation(actor);
  }

  private static boolean isOrganisation(Actor actor) {
    return actor.isResolved()
        && (actor.code().code().startsWith("IGO") || actor.code().code().startsWith("NGO"));
  }

  /** Codes the planned act itself, its rule saying so in place of the intent's. */
  /** The root of rejections, which a charge named after a comma makes denials (016). */
  static final String REJECTION_ROOT = "12";

  /** Verbs by which parties who act together reach an agreement: "Iran and Saudi Arabia agreed". */
  static final Set<String> AGREEING_VERBS = Set.of("agree");

  /**
   * Prepositions of what parties agree on between them: "agreed on certain economic reforms",
   * "agreed to the 15 pct charge".
   */
  static final Set<String> AGREED_UPON = Set.of("on", "upon", "to");

  /** The code of an agreement reached between parties: sign formal agreement. */
  static final String AGREEMENT_CODE = "057";

  /**
   * Parties that agree with each other to do something have made an agreement, told as the "agreed"
   * is: "Iran and Saudi Arabia agreed on Friday to re-establish diplomatic relations" is 057
   * between them (done), beside the intent it states (032, future). Not a pledge, vow or promise,
   * which binds only who makes it; not when the agreement is denied.
   */
  private void reachedAgreement(
      Frame wrapperFrame, String agreedAct, List<Actor> sides, boolean negated) {
    if (!AGREEING_VERBS.contains(wrapperFrame.lemma())
        || agreedAct.startsWith(CONSULT_ROOT)
        || negated
        || modality.negated(wrapperFrame.trigger())) {
      return;
    }
    List<String> intended = steps;
    steps = List.of("verb \"agree\" with each other: an agreement reached → " + AGREEMENT_CODE);
    try {
      pairwise(
          wrapperFrame,
          AGREEMENT_CODE,
          sides,
          false,
          modality.modality(wrapperFrame.trigger(), false));
    } finally {
      steps = intended;
    }
  }

  private void asPlanned(String planned, Runnable coding) {
    List<String> intended = steps;
    steps = new ArrayList<>(steps);
    steps.removeIf(step -> step.startsWith(FUTURE_STEP));
    steps.add(PLANNED_ACT_STEP + planned);
    try {
      coding.run();
    } finally {
      steps = intended;
    }
  }

  /**
   * Meetings, talks and visits (04) told as still to come: CAMEO codes the announcement as an
   * intent to meet (036), and the act itself, with its future modality, is the planned meeting or
   * visit that news reports ("Shultz will visit Moscow next month": 036 and 042, both future). Only
   * what is planned, not refused ("will not meet" is 125 alone).
   */
  static final String PLANNED_MEETING_ROOT = "04";

  /** The root of sanctions and cuts in relations, planned ones coded as themselves too. */
  static final String PLANNED_SANCTION_ROOT = "16";

  /**
   * The roots of acts coded as themselves, still to come, beside the intent or threat CAMEO codes
   * for their announcement: meetings and visits ({@link #PLANNED_MEETING_ROOT}) and sanctions and
   * cuts in relations (16: "will impose tariffs on Japanese goods" is 1312 and 163, future). Not
   * cooperation and aid (05–08): coded so, the intents an infinitive misleads ("wants to transfer
   * its tankers to U.S. registration", "decided to give Japan a taste of its own medicine") were
   * doubled, and the development samples found no more events. Not force (18–20): "will attack" is
   * a threat, and what is threatened may not come.
   */
  static final Set<String> PLANNED_ACT_ROOTS = Set.of(PLANNED_MEETING_ROOT, PLANNED_SANCTION_ROOT);

  /**
   * Roots of material cooperation, aid and concessions (06–08) coded as themselves too when the
   * future tense of their own verb, or an agreement of the parties, tells them to come ("Under the
   * deal, the EU will phase out its tariff on Japanese cars", "Israel is to halt attacks", "agreed
   * to hold annual military exercises"): the development sets' judges code most such acts so. Not
   * under a verb of intent ("wants to transfer its tankers"), a possibility ("may lift") or a
   * condition ("would buy wheat if prices fell"), nor what a treaty commits a party to. Not
   * diplomatic cooperation (05: "will support", "agreed that their countries should cooperate"), a
   * stance the CAMEO manual's records code as an intent alone and the modern sets' judges seldom
   * code as the act (2 events of 2,000 there; 3 PLOVER records gained a second event).
   */
  static final Set<String> TENSE_PLANNED_ROOTS = Set.of("06", "07", "08");

  /** Auxiliaries of the future tense: "will", "would" (reported), "shall". */
  static final Set<String> FUTURE_AUXILIARIES = Set.of("will", "would", "shall", "'ll", "wo");

  /**
   * Whether a verb is told in the future tense: "will supply", "would give", "is to halt"; or
   * joined to one that is ("will pay Mauritius an annual sum and provide a package"), or to a halt
   * that is ("are to stop firing rockets"), or what the parties agreed or pledged to do together
   * ("agreed to consult one another and to hold annual military exercises").
   */
  private boolean toldInFuture(int verb) {
    int current = verb;
    for (int hop = 0; hop <= FUTURE_HOPS; hop++) {
      boolean be = false;
      boolean to = false;
      for (Dependency arc : arcs.children(current)) {
        String word = sentence.token(arc.dependent()).word().toLowerCase(java.util.Locale.ROOT);
        if (arc.base().equals("aux") && FUTURE_AUXILIARIES.contains(word)) {
          return true;
        }
        be |= arc.base().equals("aux") && sentence.token(arc.dependent()).lowerLemma().equals("be");
        to |= arc.base().equals("mark") && word.equals("to");
      }
      if (be && to) {
        return true;
      }
      Dependency up = arcs.head(current);
      if (up == null || up.head() < 0) {
        return false;
      }
      String governor = sentence.token(up.head()).lowerLemma();
      if (up.base().equals("xcomp") && Reciprocity.MUTUAL_WRAPPERS.contains(governor)) {
        return true;
      }
      if (!(up.base().equals("conj")
          || (up.base().equals("xcomp") && WrapperCodes.HALTING_VERBS.contains(governor)))) {
        return false;
      }
      current = up.head();
    }
    return false;
  }

  /** How many joined or halting verbs up {@link #toldInFuture} looks for the future tense. */
  static final int FUTURE_HOPS = 3;

  /**
   * Verbs that lessen something, which a plan may do as a concession as well as a sanction: "agreed
   * to cut its coking coal export prices to Japanese steel mills", "agreed to voluntarily limit its
   * steel exports to the U.S.", "to help cut their trade deficits with Japan". Their plans stay
   * intents or threats only, as the judge of session 18 found 4 of 4 such doubled events wrong.
   */
  static final Set<String> LESSENING_VERBS =
      Set.of("cut", "limit", "reduce", "lower", "curb", "restrict", "trim");

  static final String PLANNED_ACT_STEP = "the planned act itself, still to come → ";

  /** The rule step of an act told as still to come, which CAMEO codes as intent or threat. */
  static final String FUTURE_STEP = "told as still to come: announced, as CAMEO codes it → ";

  /**
   * The act an intent or a future tense plans, when it is also coded as itself ({@link
   * #PLANNED_ACT_ROOTS}): its code, or null.
   */
  private String plannedAct(
      Frame frame, Modality mode, boolean negated, String act, boolean agreed) {
    String planning = wrapperPlan != null ? wrapperPlan : act;
    if (planning.startsWith(PLANNED_SANCTION_ROOT) && LESSENING_VERBS.contains(frame.lemma())) {
      return null; // "agreed to cut its coal prices to Japanese mills": a concession, maybe
    }
    String root = planning.substring(0, 2);
    return mode == Modality.FUTURE
            && !negated
            && (PLANNED_ACT_ROOTS.contains(root)
                || (wrapperPlan == null
                    && TENSE_PLANNED_ROOTS.contains(root)
                    && !frame.noun()
                    && (agreed || toldInFuture(frame.trigger()))
                    && modality.possibleStance(frame.trigger()) < 0
                    && modality.conditionalStance(frame.trigger()) < 0))
        ? planning
        : null;
  }

  /**
   * Whether the trip of {@code frame} is one its traveller comes back from ({@link
   * NominalEvents#RETURN_VERBS} with "from"): "when Funaro returns from the United States", "who
   * returns from a visit to Brazil on Sunday". The return may be to come; the trip is made.
   */
  private boolean returnedFrom(Frame frame) {
    if (frame.noun()) {
      Dependency up = arcs.head(frame.trigger());
      return up != null
          && up.head() >= 0
          && up.relation().equals("obl:from")
          && NominalEvents.RETURN_VERBS.contains(sentence.token(up.head()).lowerLemma());
    }
    return NominalEvents.RETURN_VERBS.contains(frame.lemma())
        && frame.targets().containsKey("from");
  }

  /** The act an intent wrapper ("plans to visit") embeds, while its intent is emitted. */
  private String wrapperPlan;

  /** Emits the events of one code between the sides, each way the act holds. */
  private void deliver(
      Frame frame,
      String code,
      List<Actor> sources,
      List<Actor> targets,
      boolean negated,
      Modality mode) {
    if (reciprocity.eachOther(frame)
        || (targets.isEmpty() && reciprocity.mutual(frame, sources, code))) {
      // "Chinese and Russian representatives cooperate": each with each, both ways
      pairwise(frame, code, sources, negated, mode);
      return;
    }
    boolean bothWays =
        Reciprocity.sharedCode(code)
            && (reciprocity.symmetric(frame)
                // "Russia signed a 30-year deal to supply natural gas to China": an agreement
                // signed is the two sides'
                || AGREEMENT_CODES.contains(code)
                    && AGREEMENT_MAKING_VERBS.contains(frame.lemma()));
    for (Actor named : sources) {
      if (arguments.isPlaceOnly(named)) {
        continue; // "Nogales said…": a city does not act
      }
      for (Actor aim : targets) {
        Actor source = sectors.locate(named, aim, false, frame, code);
        Actor target = sectors.locate(aim, source, true, frame, code);
        factory.event(frame, code, source, target, negated, mode, steps).ifPresent(events::add);
        if (bothWays) {
          List<String> shared = new ArrayList<>(steps);
          shared.add("a shared act: it holds both ways");
          factory.event(frame, code, target, source, negated, mode, shared).ifPresent(events::add);
        }
        if (code.equals(HOST_CODE) && isGuest(frame, aim) && isHost(source)) {
          List<String> visited = new ArrayList<>(steps);
          visited.add("the official a host receives visits it → " + VISIT_CODE);
          factory
              .event(frame, VISIT_CODE, target, source, negated, mode, visited)
              .ifPresent(events::add);
        }
        if (code.equals(VISIT_CODE) && isHost(target)) {
          List<String> hosted = new ArrayList<>(steps);
          hosted.add(HOST_STEP);
          factory
              .event(frame, HOST_CODE, target, source, negated, mode, hosted)
              .ifPresent(events::add);
        }
      }
    }
  }

  /**
   * The country of the one state among {@code sources}, as a target standing at the measure's
   * object ("the nightly curfew") or its trigger.
   */
  private List<Actor> home(Frame frame, List<Actor> sources) {
    var countries =
        sources.stream().map(Actor::country).filter(java.util.Objects::nonNull).distinct().toList();
    if (countries.size() != 1) {
      return List.of();
    }
    int at = frame.objects().isEmpty() ? frame.trigger() : frame.objects().get(0);
    String country = countries.get(0);
    return List.of(
        Actor.inferredCountry(
            at, sentence.token(at).word(), country, "the measure's own country → " + country));
  }

  /** The code of a coup: the seizure of a state's power (verbs.tsv, "overthrow", "seize power"). */
  static final String COUP_CODE = "170";

  /**
   * What a coup seizes or topples, when the sentence names no one it is against: "power", and the
   * offices that a possessive or an article leaves to the story ("toppled its president").
   */
  static final Set<String> SEIZED_THINGS =
      Set.of("power", "president", "government", "regime", "leader", "ruler");

  /** The sectors of a state that seize its power: its army and its police. */
  static final Set<String> POWER_SEIZERS = Set.of("MIL", "COP");

  static final String SEIZED_FROM_STEP =
      "forces that seize power take it from their own state's government";

  /**
   * The government a state's forces take power from, when the sentence names none: "Burkina Faso's
   * military seized power in a coup on Monday" is a coup against Burkina Faso's government. Only
   * forces (MIL, COP) of one state, and only the seizure of power or the overthrow of an office:
   * "seized the airport" takes a place, which the lexicon codes otherwise; "Mali's army toppled its
   * president" is Mali's.
   */
  private List<Actor> seizedFrom(Frame frame, List<Actor> sources) {
    if (sources.isEmpty()
        || frame.objectWords().stream().noneMatch(SEIZED_THINGS::contains)
        || !sources.stream()
            .allMatch(
                a ->
                    a.isResolved()
                        && a.country() != null
                        && POWER_SEIZERS.contains(String.valueOf(a.code().agent())))) {
      return List.of();
    }
    var countries = sources.stream().map(Actor::country).distinct().toList();
    if (countries.size() != 1) {
      return List.of();
    }
    String country = countries.get(0);
    int at = frame.objects().isEmpty() ? frame.trigger() : frame.objects().get(0);
    steps = new ArrayList<>(steps);
    steps.add(SEIZED_FROM_STEP);
    return List.of(
        madeActor(
            at,
            new org.entente.dictionary.ActorCode(country + "GOV", country, "GOV"),
            SEIZED_FROM_STEP + " → " + country + "GOV"));
  }

  /** Codes of arrest and detention, which a state's police do when no one else is named. */
  static final Set<String> DETENTION_CODES = Set.of("173");

  /** Verbs of what the police do, not a court or a prosecutor ("indicted", "charged"). */
  static final Set<String> DETAINING_VERBS = Set.of("arrest", "detain", "jail", "imprison", "hold");

  /** The sector that arrests and detains at home. */
  static final String DETAINING_SECTOR = "COP";

  /**
   * Who detained someone the sentence says was arrested, detained or jailed without saying by whom:
   * the police, of the country where it happened or else of the one detained ("Khan had been
   * arrested", "her husband was jailed"; {@link SectorCountries#locate}). Only a passive verb whose
   * subject is the one detained.
   */
  private List<Actor> detainers(Frame frame, List<Actor> targets) {
    if (frame.noun()
        || !DETAINING_VERBS.contains(frame.lemma())
        || !arcs.has(frame.trigger(), "nsubj:pass")
        || arcs.has(frame.trigger(), "obl:agent")
        || targets.stream().noneMatch(t -> t.isResolved() && t.country() != null)) {
      return List.of();
    }
    String why = "detained by no one named: the police → " + DETAINING_SECTOR;
    int at = frame.trigger();
    return List.of(
        madeActor(
            at,
            new org.entente.dictionary.ActorCode(DETAINING_SECTOR, null, DETAINING_SECTOR),
            why));
  }

  /** An actor a rule supplies, standing at the word {@code at} that calls for it. */
  private Actor madeActor(int at, org.entente.dictionary.ActorCode code, String why) {
    return new Actor(at, at + 1, sentence.token(at).word(), code, List.of(why));
  }

  private void emitPairwise(Frame frame, String code, List<Actor> sides) {
    pairwise(
        frame,
        code,
        sides,
        modality.negated(frame.trigger()),
        modality.modality(frame.trigger(), frame.noun()));
  }

  private void pairwise(
      Frame frame, String code, List<Actor> sides, boolean negated, Modality mode) {
    if (mode == Modality.HYPOTHETICAL || (negated && mode != Modality.FUTURE)) {
      // "talks between the EC and the United States have failed to settle the dispute"
      return;
    }
    List<String> mutual = new ArrayList<>(steps);
    mutual.add("several parties acting together: each with each");
    if (sides.size() > Reciprocity.MAX_MUTUAL_PARTIES) {
      return; // "the United States, Japan, West Germany, France, Britain and Canada agreed"
    }
    for (Actor one : sides) {
      for (Actor another : sides) {
        if (one != another && !arguments.isPlaceOnly(one) && !arguments.isPlaceOnly(another)) {
          Actor a = sectors.locate(one, another, false, frame, code);
          Actor b = sectors.locate(another, a, true, frame, code);
          factory.event(frame, code, a, b, negated, mode, mutual).ifPresent(events::add);
        }
      }
    }
  }
}
