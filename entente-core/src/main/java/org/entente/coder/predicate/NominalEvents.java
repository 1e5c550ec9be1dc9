package org.entente.coder.predicate;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.entente.text.Arcs;
import org.entente.text.Dependency;
import org.entente.text.ParsedSentence;
import org.entente.text.Token;

/**
 * Whether an event noun reports an event happening, or only names one in passing. Counted: "Xi's
 * visit to Russia comes 30 years after…" (the visit is the subject of a clause), "Zambia's talks
 * with the World Bank have run into difficulties", "they began talks with Iran" (the object of a
 * verb of occurrence), "during Thatcher's visit to the Soviet Union" (a time phrase). Not counted:
 * "a staunch critic of U.S.-Soviet arms control agreements", "under the terms of the U.S.-Greek
 * bases accord", "news of pending U.S. sanctions" — background nouns, titles and modifiers.
 */
public final class NominalEvents {

  /**
   * Verbs whose "into" is what a conflict became, which happened: "wrangling that erupted into
   * deadly fighting between the two states", "protests that grew into a civil war".
   */
  public static final Set<String> ESCALATING_VERBS =
      Set.of("erupt", "escalate", "spiral", "descend", "turn", "degenerate", "grow", "flare");

  /** Verbs whose object happens: "held talks", "began a visit", "launched a trade war". */
  public static final Set<String> OCCURRENCE_VERBS =
      Set.of(
          "hold",
          "have",
          "conduct",
          "begin",
          "start",
          "launch",
          "open",
          "resume",
          "continue",
          "complete",
          "conclude",
          "end",
          "finish",
          "pay",
          "make",
          "stage",
          "carry",
          "sign",
          "reach",
          "initial",
          "ratify",
          "host",
          "attend",
          "join",
          "wage",
          "mount",
          "impose",
          "announce",
          "approve",
          "extend",
          "tighten",
          "agree",
          "strike",
          "undertake",
          "intensify",
          "escalate",
          "deliver",
          "issue",
          "give",
          "declare",
          "speed",
          "accelerate",
          "step",
          // what another event came after or before happened: "the talks followed an earlier round
          // between the two trading blocs"
          "follow",
          "precede",
          // what an act set off happened: "a ban on rice imports triggered recent U.S. complaints"
          "trigger",
          "prompt",
          "provoke",
          "spark",
          "cause");

  /**
   * Verbs whose "to" names an act they answer, which so happened: "The European Community responded
   * to widespread U.S. criticism of its trade policies".
   */
  public static final Set<String> RESPONDING_VERBS = Set.of("respond", "react", "reply");

  /**
   * Nouns of what one has rather than holds: "have barter deals with Brazil", "has an agreement
   * with" tell a standing arrangement, not one made; "had talks" stays an event.
   */
  public static final Set<String> STANDING_NOUNS =
      Set.of("deal", "agreement", "accord", "pact", "treaty", "contract", "arrangement");

  /**
   * Verbs that answer another's act and so tell that it was made: "Sudan rejected an IMF demand",
   * "Kuwait decided not to accept a U.S. offer", "welcomed the Soviet proposal". Only acts of
   * asking, offering, demanding and threatening ({@link #ANSWERED_ROOTS}) count so: "condemned U.S.
   * sanctions" does not say on whom.
   */
  public static final Set<String> REACTION_VERBS =
      Set.of(
          "reject",
          "accept",
          "refuse",
          "welcome",
          "dismiss",
          "spurn",
          "rebuff",
          "decline",
          "consider",
          "study",
          "answer",
          "heed",
          "ignore",
          "resist");

  /**
   * Verbs of fighting off an attack, which tell that it was made: "Iraq said it had repelled an
   * Iranian attack", "in checking a new Tehran offensive". Only acts of force ({@link
   * #REPELLED_ROOTS}) count so.
   */
  public static final Set<String> REPELLING_VERBS =
      Set.of("repel", "repulse", "check", "foil", "thwart", "crush", "halt", "stop");

  /** Roots of the acts a {@link #REPELLING_VERBS repelling verb} tells were made: force. */
  public static final Set<String> REPELLED_ROOTS = Set.of("18", "19", "20");

  /** The verb of fighting off that takes the event noun as its object, or -1. */
  public int repelledBy(int noun) {
    return objectOf(noun, REPELLING_VERBS);
  }

  /** The verb among {@code verbs} that takes {@code noun} as its object, or -1. */
  private int objectOf(int noun, Set<String> verbs) {
    Dependency head = arcs.head(noun);
    return head != null
            && head.head() >= 0
            && head.base().equals("obj")
            && sentence.token(head.head()).isVerb()
            && verbs.contains(sentence.token(head.head()).lowerLemma())
        ? head.head()
        : -1;
  }

  /** Roots of the acts a {@link #REACTION_VERBS reaction} tells were made: 02, 03, 10, 13. */
  public static final Set<String> ANSWERED_ROOTS = Set.of("02", "03", "10", "13");

  /**
   * Event nouns that one "comes under" from another, told as happening to the subject: "had come
   * under pressure from the United States", "came under attack from rebels", "came under fire".
   */
  public static final Set<String> UNDERGONE = Set.of("pressure", "attack", "fire", "criticism");

  /**
   * The verb whose subject undergoes the noun ("The West German government had come under pressure
   * from the United States"), or -1.
   */
  public int undergoneBy(int noun) {
    Dependency head = arcs.head(noun);
    if (head == null
        || head.head() < 0
        || !head.relation().equals("obl:under")
        || !UNDERGONE.contains(sentence.token(noun).lowerLemma())) {
      return -1;
    }
    return head.head();
  }

  /**
   * Verbs by which an act draws another's answer "from" them: "China's military drills around
   * Taiwan drew condemnation from Washington", "the tax has provoked strong protests from the
   * United States". The answer was made, by whom "from" names, at the verb's subject; so too what
   * the subject "faced" or "received" from another ("Peru has faced criticism from the leftist
   * governments of Argentina, Bolivia and Colombia").
   */
  public static final Set<String> DRAWING_VERBS =
      Set.of(
          "draw", "attract", "provoke", "spark", "earn", "trigger", "prompt", "bring", "face",
          "receive");

  /** The verb of {@link #DRAWING_VERBS} whose object the noun is, with a "from", or -1. */
  public int drawnBy(int noun) {
    int verb = objectOf(noun, DRAWING_VERBS);
    if (verb < 0) {
      return -1;
    }
    boolean from =
        arcs.children(noun).stream().anyMatch(arc -> arc.relation().equals("nmod:from"))
            || arcs.children(verb).stream().anyMatch(arc -> arc.relation().equals("obl:from"));
    return from ? verb : -1;
  }

  /** Units that make a number in a predicate a measure: "to 80 mln dlrs", "by 10 pct". */
  public static final Set<String> MEASURE_UNITS =
      Set.of("dlr", "dlrs", "dollar", "pct", "percent", "tonne", "mln", "billion", "stg", "yen");

  /**
   * Whether a predicate's own phrases (its complements and obliques, not its subject {@code noun}
   * nor its clauses) hold a number with a unit of {@link #MEASURE_UNITS}.
   */
  private boolean measuredPredicate(int predicate, int noun) {
    java.util.List<Integer> tokens = new java.util.ArrayList<>();
    for (Dependency arc : arcs.children(predicate)) {
      String base = arc.base();
      if (arc.dependent() != noun
          && (base.equals("obl") || base.equals("xcomp") || base.equals("obj"))) {
        tokens.addAll(arcs.subtree(arc.dependent()));
      }
    }
    for (int token : tokens) {
      if (sentence.token(token).pos().equals("CD")) {
        Dependency head = arcs.head(token);
        int unit = head == null || head.head() < 0 ? -1 : head.head();
        if (unit >= 0 && MEASURE_UNITS.contains(sentence.token(unit).lowerLemma())) {
          return true;
        }
        if (token + 1 < sentence.size()
            && MEASURE_UNITS.contains(sentence.token(token + 1).lowerLemma())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Nouns of a span of time a total is counted over: "over the past 20 years", "this season". */
  public static final Set<String> SPAN_NOUNS =
      Set.of("year", "decade", "season", "period", "half", "quarter");

  /** Cases by which a span of time is named: "over the past 20 years", "in the marketing year". */
  public static final Set<String> SPAN_CASES = Set.of("over", "during", "in", "since", "for");

  /**
   * Whether an act of giving, lending, buying or selling is a total counted over a span of time, a
   * statistic rather than an event: "The World Bank has lent Indonesia 10.7 billion dlrs over the
   * past 20 years", "the USSR has already bought 20 to 21 mln tonnes of grains in the July
   * 1986/June 1987 marketing year". An amount bought on a day ("bought 1.5 mln tonnes of wheat on
   * Tuesday") is an event, and so is one pledged over the years to come.
   */
  public boolean spanTotal(int predicate) {
    String tag = sentence.token(predicate).pos();
    if (!(tag.equals("VBD") || tag.equals("VBN")) || !measuredPredicate(predicate, -1)) {
      return false; // "Finland will give Tanzania a grant of 64.45 million dollars over the next
      // three years" is a pledge, not a total
    }
    for (Dependency arc : arcs.children(predicate)) {
      if (arc.base().equals("obl")
          && SPAN_CASES.contains(arc.subtype())
          && SPAN_NOUNS.contains(sentence.token(arc.dependent()).lowerLemma())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the noun is the object of a {@link #REACTION_VERBS reaction verb}. */
  public boolean answered(int noun) {
    return objectOf(noun, REACTION_VERBS) >= 0;
  }

  /**
   * Predicates that say what an agreement or plan holds rather than that an event happened: "the
   * pact allows…", "its chip pact with Japan is working", "the accord provides for…", "the treaty
   * expires". Any other predicate of an event noun tells of it happening: "the visit comes 30 years
   * after…", "talks had made a breakthrough", "US sanctions on Russia hurt the economy".
   */
  public static final Set<String> CONTENT_PREDICATES =
      Set.of(
          "allow",
          "permit",
          "require",
          "provide",
          "call",
          "cover",
          "expire",
          "work",
          "say",
          "state",
          "stipulate",
          "include",
          "contain",
          "set",
          "give",
          "mean",
          "need",
          "remain",
          "apply",
          "govern",
          "oblige",
          "envisage",
          "foresee",
          "aim",
          "limit",
          "restrict",
          "bind",
          "commit",
          "enable",
          "prohibit",
          "forbid",
          "ban",
          "help",
          "serve",
          "pave");

  /**
   * Modifiers that make an event noun background: "the earlier Reagan-Gorbachev summit", "two
   * previous state tours", "the former agreement".
   */
  public static final Set<String> BACKGROUND_MODIFIERS = Set.of("previous", "earlier", "former");

  /**
   * Event nouns that in economic news mostly name a market quantity ("oil demand", "pressure on the
   * dollar"): they count only with their actor in the phrase ("an IMF demand", "Washington's
   * pressure on Beijing", "pressure by Congress").
   */
  public static final Set<String> ACTOR_BOUND = Set.of("demand", "pressure", "support", "aid");

  /** Prepositions that place a clause in an event's time: "during the visit", "after talks". */
  public static final Set<String> TIME_PREPOSITIONS =
      Set.of("during", "after", "before", "since", "following", "amid");

  /**
   * Words that take part of an event by "of" and stand where it would: "Brazilian and U.S. trade
   * officials held the first of a three-day meeting", "began the second round of talks".
   */
  public static final Set<String> PARTITIVES = Reciprocity.MEASURE_NOUNS;

  /** The word an event noun stands in for a partitive at ({@link #PARTITIVES}), else the noun. */
  public int partitiveHead(int noun) {
    return partitiveHead(sentence, arcs, noun);
  }

  /** {@link #partitiveHead(int)} of a sentence. */
  public static int partitiveHead(ParsedSentence sentence, Arcs arcs, int noun) {
    return headIn(sentence, arcs, noun, "nmod:of", PARTITIVES);
  }

  /**
   * The word {@code noun} hangs on by {@code relation} (or, for a bare relation, any of its
   * subtypes) when that word's lemma is one of {@code lemmas}; else {@code noun}.
   */
  private static int headIn(
      ParsedSentence sentence, Arcs arcs, int noun, String relation, Set<String> lemmas) {
    Dependency head = arcs.head(noun);
    return head != null
            && head.head() >= 0
            && (relation.contains(":") ? head.relation() : head.base()).equals(relation)
            && lemmas.contains(sentence.token(head.head()).lowerLemma())
        ? head.head()
        : noun;
  }

  /**
   * Adverbs whose "of" or "to" places an act in an event's time: "speaking ahead of a meeting later
   * today between Funaro and Stoltenberg", "prior to the talks".
   */
  public static final Set<String> TIME_ADVERBS = Set.of("ahead", "prior");

  /** Whether an oblique is a phrase of time ({@link #TIME_PREPOSITIONS}, {@link #TIME_ADVERBS}). */
  public boolean isTimePhrase(Dependency oblique) {
    String preposition = oblique.subtype().replace('_', ' ');
    return TIME_PREPOSITIONS.contains(preposition)
        || ((preposition.equals("of") || preposition.equals("to"))
            && oblique.head() >= 0
            && TIME_ADVERBS.contains(sentence.token(oblique.head()).lowerLemma()));
  }

  /**
   * Parts of an event's time whose "of" names the event, placing an act in it: "on the last day of
   * Putin's visit", "at the end of talks", "on the sidelines of the summit". Not "the eve of",
   * which comes before it.
   */
  public static final Set<String> TIME_PARTS =
      Set.of(
          "day",
          "end",
          "close",
          "start",
          "beginning",
          "opening",
          "sidelines",
          "margins",
          "conclusion");

  /** The prepositions by which a {@link #TIME_PARTS part of a time} places an act in it. */
  public static final Set<String> TIME_PART_PREPOSITIONS =
      Set.of("on", "at", "by", "near", "toward", "towards");

  /** Whether {@code part} is a part of an event's time that places the clause's act in it. */
  private boolean partOfItsTime(int part) {
    if (!TIME_PARTS.contains(sentence.token(part).lowerLemma())) {
      return false;
    }
    Dependency head = arcs.head(part);
    return head != null
        && head.head() >= 0
        && head.base().equals("obl")
        && (TIME_PART_PREPOSITIONS.contains(head.subtype()) || isTimePhrase(head));
  }

  /**
   * Nouns of answering an act, whose "for" or "to" names an act that was done: "in retaliation for
   * an Iranian attack", "in response to Armenian shelling", "reprisals for the raid".
   */
  public static final Set<String> ANSWERING_NOUNS =
      Set.of("retaliation", "reprisal", "revenge", "response", "reaction", "answer", "punishment");

  /**
   * Whether the noun is what an {@link #ANSWERING_NOUNS answer} answers: its "for" or "to" comes
   * right after the answering noun, on whichever word the parser hangs the phrase ("raided a rig in
   * retaliation for an attack" hangs the attack on "raided").
   */
  private boolean answeredAct(int noun, Dependency head) {
    String preposition = head.subtype();
    if (!(preposition.equals("for") || preposition.equals("to"))) {
      return false;
    }
    for (Dependency arc : arcs.children(noun, "case")) {
      int before = arc.dependent() - 1;
      if (before >= 0 && ANSWERING_NOUNS.contains(sentence.token(before).lowerLemma())) {
        return true;
      }
    }
    return false;
  }

  /** How many conjunct and appositive links are followed up to the noun's clause. */
  static final int CONJUNCT_DEPTH = 3;

  private final ParsedSentence sentence;
  private final Arcs arcs;

  public NominalEvents(ParsedSentence sentence, Arcs arcs) {
    this.sentence = sentence;
    this.arcs = arcs;
  }

  /**
   * Verbs of going somewhere, whose "for" names what the trip is for: "arrived in Tokyo for talks
   * with Japanese officials", "is expected here on Friday for talks with his Algerian counterpart".
   */
  public static final Set<String> TRIP_VERBS =
      Set.of("arrive", "come", "go", "travel", "fly", "leave", "head", "return", "expect", "be");

  /** Verbs of coming back, whose "from" names the trip just made. */
  public static final Set<String> RETURN_VERBS = Set.of("return", "come");

  /**
   * Event nouns of fighting, which under "in" tell the fight the verb's subject was in: "captured
   * strong defences in bitter fighting with Iraqi troops".
   */
  public static final Set<String> FIGHTING_NOUNS =
      Set.of("fighting", "fight", "clash", "battle", "skirmish", "gunbattle", "firefight");

  /**
   * The verb whose subject the event noun's act is, when the noun tells what a trip is for, the
   * trip one returns from or speaks during, or the fight or meeting an act was done in; else -1.
   */
  public int actedIn(int noun) {
    Dependency head = arcs.head(noun);
    if (head == null || head.head() < 0 || !head.base().equals("obl")) {
      return -1;
    }
    String preposition = head.subtype();
    String governor = sentence.token(head.head()).lowerLemma();
    boolean trip =
        (preposition.equals("for") && TRIP_VERBS.contains(governor))
            // "who returns from a visit to Brazil"
            || (preposition.equals("from") && RETURN_VERBS.contains(governor))
            // "said during a visit to Saudi Arabia"
            || (preposition.equals("during") && sentence.token(head.head()).isVerb());
    boolean fight =
        preposition.equals("in")
            && FIGHTING_NOUNS.contains(sentence.token(noun).lowerLemma())
            && sentence.token(head.head()).isVerb();
    // "Balladur discussed the need to control spending in talks here today with Lawson", "Baker
    // patched over the rift at a meeting with West German officials", "went straight into a
    // meeting with Shevardnadze"
    // not a group's meeting: "at a recent meeting in Managua of Latin American producers, Costa
    // Rica and Honduras said…" is no meeting of the two
    // "Taiwan announced tariff cuts shortly before trade talks with Washington", "told reporters
    // after talks with President Suharto": the talks of the verb's subject, before or after it
    boolean around =
        AROUND_PREPOSITIONS.contains(preposition)
            && MEETING_NOUNS.contains(sentence.token(noun).lowerLemma())
            && sentence.token(head.head()).isVerb()
            && !groupMeeting(noun);
    boolean meeting =
        MEETING_PREPOSITIONS.contains(preposition)
            && MEETING_NOUNS.contains(sentence.token(noun).lowerLemma())
            && sentence.token(head.head()).isVerb()
            && !groupMeeting(noun);
    return trip || fight || meeting || around ? head.head() : -1;
  }

  /**
   * Prepositions that place a meeting before or after the act of the verb they hang on: "after
   * talks with", "before talks with", "following a meeting with", "ahead of talks with".
   */
  public static final Set<String> AROUND_PREPOSITIONS =
      Set.of("after", "before", "following", "ahead_of");

  /** Prepositions of those ({@link #AROUND_PREPOSITIONS}) that place the meeting still to come. */
  public static final Set<String> AHEAD_PREPOSITIONS = Set.of("before", "ahead_of");

  /**
   * Whether the meeting noun at {@code noun} is one the act of its verb comes before ("announced
   * tariff cuts shortly before trade talks with Washington"): the meeting is still to come.
   */
  public boolean meetingAhead(int noun) {
    Dependency head = arcs.head(noun);
    return head != null
        && head.head() >= 0
        && head.base().equals("obl")
        && AHEAD_PREPOSITIONS.contains(head.subtype())
        && MEETING_NOUNS.contains(sentence.token(noun).lowerLemma());
  }

  /** Verbs by which an act ends what went before: "ending eight days of fighting". */
  public static final Set<String> ENDING_VERBS = Set.of("end", "halt", "stop", "conclude");

  /** Nouns of a trip abroad, which with who made it and where to name one that took place. */
  public static final Set<String> TRIP_NOUNS = Set.of("visit", "trip", "tour");

  /**
   * Whether a trip noun names who made it and where: "in an interview coinciding with a visit to
   * London by King Fahd of Saudi Arabia", "on the eve of Shultz's trip to Moscow". A trip with its
   * traveller and destination is a particular one, not a kind of act.
   */
  boolean namedTrip(int noun) {
    if (!TRIP_NOUNS.contains(sentence.token(noun).lowerLemma())) {
      return false;
    }
    boolean destination = false;
    boolean traveller = false;
    for (Dependency arc : arcs.children(noun)) {
      destination |= arc.relation().equals("nmod:to");
      traveller |= arc.relation().equals("nmod:by") || arc.relation().equals("nmod:poss");
    }
    // "French Defence Minister Florence Parly, on a visit to Jakarta, announced…": one is on it
    Dependency up = arcs.head(noun);
    traveller |= up != null && up.subtype().equals("on");
    return destination && traveller;
  }

  /**
   * Nouns of meeting, which under {@link #MEETING_PREPOSITIONS} tell the meeting the verb's subject
   * acted in: "discussed the need to control spending in talks with Lawson"; a call too: "In a
   * phone call with Saudi Crown Prince Mohammed bin Salman, Biden discussed the war in Yemen".
   */
  public static final Set<String> MEETING_NOUNS =
      Set.of(
          "talk",
          "talks",
          "meeting",
          "negotiation",
          "consultation",
          "discussion",
          "summit",
          "call",
          "conversation");

  /**
   * Whether a meeting is a group's, by an "of" with a plural in its phrase: "a meeting of OPEC
   * ministers", "a recent meeting in Managua of Latin American producers" (the parser hangs the
   * "of" on the place); not "talks with the head of the central bank of Mexico".
   */
  private boolean groupMeeting(int noun) {
    for (int token : arcs.subtree(noun)) {
      Dependency up = arcs.head(token);
      if (token != noun
          && up != null
          && up.relation().equals("nmod:of")
          && sentence.token(token).pos().startsWith("NNS")) {
        return true;
      }
    }
    return false;
  }

  /** The prepositions by which one acts in a meeting: in, at, into. */
  public static final Set<String> MEETING_PREPOSITIONS = Set.of("in", "at", "into");

  /** The days of the week, lower case. */
  public static final Set<String> WEEKDAYS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  /**
   * Possessive time words that date an event noun: "today's agreement", "Monday's attack", "last
   * week's talks". A dated event is told as happening wherever the noun stands in the sentence. Not
   * a month's or a year's: "last year's accord between the U.S. and Japan" is background.
   */
  public static final Set<String> DATING_POSSESSIVES =
      java.util.stream.Stream.concat(
              Stream.of("today", "yesterday", "tomorrow", "tonight", "week", "weekend"),
              WEEKDAYS.stream())
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /**
   * Modifiers that tell an event noun is set to take place, which is told as to come: "his
   * scheduled talks in Moscow next week", "the upcoming summit".
   */
  public static final Set<String> SCHEDULED_MODIFIERS =
      Set.of("scheduled", "upcoming", "forthcoming");

  /** Adjectives that tell an event noun is under way: "the current talks with the IMF". */
  public static final Set<String> UNDER_WAY_MODIFIERS =
      Set.of("current", "ongoing", "continuing", "underway");

  /**
   * Verbs of a relative clause or participle that tell the noun's event took place: "U.S.-Japanese
   * talks that concluded last Friday", "talks held in Geneva", "the meeting which ended today".
   */
  public static final Set<String> TAKING_PLACE_VERBS =
      Set.of(
          "conclude",
          "end",
          "begin",
          "open",
          "start",
          "close",
          "hold",
          "resume",
          "break",
          "launch");

  /**
   * Verbs of a participle that tell the noun's act was made when it is dated to the last days:
   * "U.S. sanctions announced last week against Japanese semiconductors", "the agreement reached on
   * Friday". Without a recent date the participle names background ("the 1986 accord signed by
   * both").
   */
  public static final Set<String> MAKING_VERBS =
      Set.of("announce", "impose", "sign", "reach", "adopt", "approve");

  /** Words of a recent time: "last week", "yesterday", "on Friday". */
  static final Set<String> RECENT_WORDS =
      Stream.concat(Stream.of("yesterday", "today", "last", "earlier"), WEEKDAYS.stream())
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Whether a participle's phrase dates it to the last days ({@link #RECENT_WORDS}). */
  private boolean recentlyDated(int participle) {
    for (int token : arcs.subtree(participle)) {
      if (token != participle && RECENT_WORDS.contains(sentence.token(token).lowerLemma())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the noun's own phrase dates its event or tells it took place ({@link
   * #DATING_POSSESSIVES}, {@link #UNDER_WAY_MODIFIERS}, {@link #TAKING_PLACE_VERBS}).
   */
  boolean anchoredInTime(int noun) {
    Dependency up = arcs.head(noun);
    if (up != null && up.base().equals("compound")) {
      return false; // "the current U.S.-USSR grain agreement year": the year is current
    }
    for (Dependency arc : arcs.children(noun)) {
      String word = sentence.token(arc.dependent()).lowerLemma();
      switch (arc.base()) {
        case "nmod" -> {
          if (arc.relation().equals("nmod:poss") && DATING_POSSESSIVES.contains(word)) {
            return true;
          }
          if (arc.relation().equals("nmod:under") && word.equals("way")) {
            return true; // "talks under way with the Paris Club"
          }
        }
        case "amod", "advmod" -> {
          if (UNDER_WAY_MODIFIERS.contains(word)
              || SCHEDULED_MODIFIERS.contains(
                  sentence.token(arc.dependent()).word().toLowerCase(Locale.ROOT))) {
            return true; // "the current talks", "negotiations underway in Tokyo"
          }
        }
        case "acl" -> {
          Token verb = sentence.token(arc.dependent());
          boolean past = verb.pos().equals("VBD") || verb.pos().equals("VBN");
          if (TAKING_PLACE_VERBS.contains(word) && past) {
            return true;
          }
          if (MAKING_VERBS.contains(word) && past && recentlyDated(arc.dependent())) {
            return true; // "U.S. sanctions announced last week against Japanese semiconductors"
          }
        }
        default -> {}
      }
    }
    return false;
  }

  /** Verbs by which one owns up to what one did: "claimed responsibility for an attack". */
  public static final Set<String> CLAIMING_VERBS = Set.of("claim", "take", "accept", "admit");

  /**
   * The verb by which its subject claims responsibility for the event noun at {@code noun} ("The
   * Houthis claimed responsibility for an attack on a British-owned tanker"), or -1.
   */
  public int claimedBy(int noun) {
    Dependency up = arcs.head(noun);
    if (up == null || up.head() < 0 || !up.relation().endsWith(":for")) {
      return -1;
    }
    int claim = up.head();
    if (sentence.token(claim).lowerLemma().equals("responsibility")) {
      Dependency object = arcs.head(claim);
      if (object == null || object.head() < 0 || !object.base().equals("obj")) {
        return -1;
      }
      claim = object.head();
    } else if (arcs.children(claim, "obj").stream()
        .noneMatch(o -> sentence.token(o.dependent()).lowerLemma().equals("responsibility"))) {
      return -1; // "took responsibility for the attack" with "for" hung on the verb, or nothing
    }
    return CLAIMING_VERBS.contains(sentence.token(claim).lowerLemma()) ? claim : -1;
  }

  /** Whether the event noun at {@code noun} is told as happening (or planned) in the sentence. */
  /**
   * Nouns of an undertaking that an event noun before them names: "a mediation mission between
   * Syria and Arafat", "mediation efforts between rival militias", "a rescue bid". The undertaking
   * is the event, with the arguments and the time of its own noun.
   */
  public static final Set<String> EFFORT_NOUNS =
      Set.of("mission", "effort", "efforts", "bid", "attempt", "drive", "campaign", "initiative");

  /** The undertaking an event noun names ({@link #EFFORT_NOUNS}), or the noun itself. */
  public int effortHead(int noun) {
    return headIn(sentence, arcs, noun, "compound", EFFORT_NOUNS);
  }

  public boolean happening(int noun) {
    for (Dependency arc : arcs.children(noun, "amod")) {
      if (BACKGROUND_MODIFIERS.contains(sentence.token(arc.dependent()).lowerLemma())) {
        return false;
      }
    }
    if (anchoredInTime(noun)) {
      return true; // "today's agreement to hand over Macao", "U.S.-Japanese talks that concluded"
    }
    int current = noun;
    for (int depth = 0; depth <= CONJUNCT_DEPTH; depth++) {
      Dependency head = arcs.head(current);
      if (head == null || head.head() < 0) {
        return true; // the root of a headline or fragment: "Soviet troops' withdrawal from Kabul"
      }
      String base = head.base();
      Token governor = sentence.token(head.head());
      if (head.relation().equals("nmod:of") && partOfItsTime(head.head())) {
        return true; // "on the last day of Putin's visit", "on the sidelines of the summit"
      }
      if (head.relation().equals("nmod:of") && PARTITIVES.contains(governor.lowerLemma())) {
        current = head.head(); // "held the first of a three-day meeting": as the meeting's head
        continue;
      }
      if (answeredAct(current, head)) {
        return true; // "in retaliation for an earlier Iranian attack": what is answered was done
      }
      if ((base.equals("obj") || head.relation().equals("obl:tmod"))
          && governor.pos().equals("VBG")
          && ENDING_VERBS.contains(governor.lowerLemma())) {
        return true; // "a truce…, ending eleven days of fighting": what a participle ends was
      }
      switch (base) {
        case "nsubj":
          // "demand … would be around 16.6 mln bpd", "exports were 565 mln stg", "investment in
          // the U.S. is expected to double to 80 mln dlrs": a measure
          return !CONTENT_PREDICATES.contains(governor.lowerLemma())
              && arcs.children(head.head(), "nummod").isEmpty()
              && !measuredPredicate(head.head(), current);
        case "obj":
          if (governor.lowerLemma().equals("have")
              && STANDING_NOUNS.contains(sentence.token(current).lowerLemma())) {
            return false; // "Iraq and China have barter deals with Brazil": standing, not made
          }
          return governor.isVerb()
              && (OCCURRENCE_VERBS.contains(governor.lowerLemma())
                  || REACTION_VERBS.contains(governor.lowerLemma())
                  || REPELLING_VERBS.contains(governor.lowerLemma())
                  || drawnBy(current) >= 0);
        case "obl", "nmod":
          return isTimePhrase(head)
              || (head.relation().equals("obl:into")
                  && governor.isVerb()
                  && ESCALATING_VERBS.contains(governor.lowerLemma()))
              || (head.relation().equals("obl:to")
                  && governor.isVerb()
                  && RESPONDING_VERBS.contains(governor.lowerLemma()))
              || claimedBy(current) >= 0
              || undergoneBy(current) >= 0
              || actedIn(current) >= 0
              || namedTrip(current);
        case "conj", "appos":
          current = head.head();
          break;
        default:
          return false;
      }
    }
    return false;
  }
}
