package org.entente.coder.predicate;

import java.util.List;
import java.util.Set;
import org.entente.coder.actor.Actor;
import org.entente.text.Arcs;
import org.entente.text.Dependency;
import org.entente.text.ParsedSentence;

/**
 * When several actors without a target act on each other. Yes for "Chinese and Russian
 * representatives cooperate closely" (no object), "China and Russia began joint naval exercises"
 * (joint), "Russia and China will never be against each other", "Sino-Russian trade" (a hyphenated
 * pair). No for "Russia and China criticized the strike" (an object that is not them) and "the
 * Russian and Chinese vetoes" (two actors doing the same thing, not to each other).
 */
public final class Reciprocity {

  /** Modifiers that make an action shared: "joint exercises", "bilateral talks". */
  public static final Set<String> JOINT_MODIFIERS =
      Set.of(
          "joint",
          "bilateral",
          "mutual",
          "combined",
          "common",
          "together",
          "jointly",
          "mutually",
          "trilateral");

  /**
   * The most parties a shared act is split into pairs for. "The United States, Japan, West Germany,
   * France, Britain and Canada agreed to stabilise currencies" is one multilateral act, not thirty
   * bilateral ones: past four parties (twelve directed pairs) it says little about any one pair.
   */
  public static final int MAX_MUTUAL_PARTIES = 4;

  /**
   * Objects that the parties of a verb share: "India and Pakistan held talks", "Moscow and Beijing
   * signed an agreement", "Iran and Iraq fought a war".
   */
  /** Verbs of giving each other alike: "traded accusations", "exchanged fire". */
  public static final Set<String> EXCHANGE_VERBS = Set.of("trade", "exchange", "swap");

  public static final Set<String> SHARED_ACTS =
      Set.of(
          "talk",
          "talks",
          "hand", // "Trump and Kim shook hands"
          "negotiation",
          "dialogue",
          "meeting",
          "summit",
          "consultation",
          "agreement",
          "accord",
          "deal",
          "treaty",
          "pact",
          "contract",
          "protocol",
          "memorandum",
          "document", // "Netanyahu and the foreign ministers of the UAE and Bahrain signed the
          // documents"
          "communique",
          "understanding",
          "exercise",
          "drill",
          "game",
          "maneuver",
          "manoeuvre",
          "relation",
          "relations",
          "tie",
          "ties",
          // "China and Russia pledged to deepen their strategic partnership"
          "relationship",
          "partnership",
          "cooperation",
          "friendship",
          // "Abiy and Isaias signed a declaration ending two decades of hostility"
          "declaration",
          "charter",
          "truce",
          "ceasefire",
          "armistice",
          "war",
          "battle",
          "clash");

  /**
   * Nouns that measure an act out or take a part of it: "launched 10 days of war games", "held
   * three rounds of talks", "held the first of a three-day meeting". The act is their "of".
   */
  public static final Set<String> MEASURE_NOUNS =
      Set.of(
          "day",
          "week",
          "month",
          "hour",
          "round",
          "series",
          "session",
          "first",
          "second",
          "third",
          "last",
          "final",
          "part",
          // "the EU's 12th package of sanctions against Russia", "a barrage of threats"
          "package",
          "raft",
          "wave",
          "batch",
          "barrage",
          "spate",
          "flurry");

  private int measuredAct(int object) {
    if (MEASURE_NOUNS.contains(sentence.token(object).lowerLemma())) {
      for (Dependency arc : arcs.children(object)) {
        if (arc.relation().equals("nmod:of")) {
          return arc.dependent();
        }
      }
    }
    return object;
  }

  /** The words of "each other", "one another". */
  public static final Set<String> EACH_OTHER = Set.of("other", "another");

  /** Nouns that name a relationship and carry its two sides: "Moscow-Beijing relations". */
  public static final Set<String> RELATIONSHIP_NOUNS =
      Set.of(
          "relationship",
          "relation",
          "relations",
          "tie",
          "ties",
          "link",
          "links",
          "bond",
          "partnership",
          "axis");

  private final ParsedSentence sentence;
  private final Arcs arcs;

  public Reciprocity(ParsedSentence sentence, Arcs arcs) {
    this.sentence = sentence;
    this.arcs = arcs;
  }

  /**
   * The passive subject when it names a relationship: "Moscow-Beijing relations were normalized",
   * "ties between Tokyo and Seoul were restored" — the two sides did it together.
   */
  public List<Integer> relationshipSubject(Frame frame) {
    for (Dependency arc : arcs.children(frame.trigger())) {
      if (arc.relation().equals("nsubj:pass")
          && RELATIONSHIP_NOUNS.contains(sentence.token(arc.dependent()).lowerLemma())
          && !arcs.has(frame.trigger(), "obl:agent")) {
        return List.of(arc.dependent());
      }
    }
    return List.of();
  }

  /** Wrapper verbs whose several subjects act together: "Britain and Japan agreed to…". */
  public static final Set<String> MUTUAL_WRAPPERS = Set.of("agree", "pledge", "vow", "promise");

  /** Shared verbs whose object is what is talked about, never a party: "discussed Syria". */
  static final Set<String> TOPIC_OBJECT_VERBS = Set.of("discuss", "debate", "negotiate");

  /** Verbs that two sides do together whichever is the subject: "Kohl met Reagan". */
  public static final Set<String> SYMMETRIC_VERBS =
      Set.of(
          "meet",
          "agree",
          "talk",
          // "Blinken, who spoke to Bazoum by phone": a call is a talk of both
          "speak",
          "phone",
          "telephone",
          "negotiate",
          "confer",
          "consult",
          "discuss",
          "cooperate",
          "collaborate",
          "clash",
          "skirmish",
          "fight",
          "trade",
          "reconcile");

  /**
   * Whether the frame's act is shared by its source and its target, so that it holds both ways:
   * "Funaro met Stoltenberg" (Brazil met West Germany and West Germany Brazil), "Saudi Arabia held
   * talks with Iran", "Zambia's talks with the World Bank". One-way acts ("visited Tokyo", "sold
   * wheat to China", "hosted Funaro") are not.
   */
  public boolean symmetric(Frame frame) {
    String lemma = sentence.token(frame.trigger()).lowerLemma();
    if (SYMMETRIC_VERBS.contains(lemma) || (frame.noun() && SHARED_ACTS.contains(lemma))) {
      return true;
    }
    if (!frame.targets().containsKey("with")) {
      return false;
    }
    for (int object : frame.objects()) {
      if (SHARED_ACTS.contains(sentence.token(object).lowerLemma())) {
        return true; // "held talks with", "signed an agreement with"
      }
    }
    return false;
  }

  /**
   * Codes a shared act keeps when it holds both ways: consulting (04), diplomatic and material
   * cooperation (05, 06) and fighting (19). A refusal, an intent or an appeal made of one ("China
   * refused to meet Japanese officials") is one side's alone.
   */
  public static boolean sharedCode(String code) {
    return code.startsWith("04")
        || code.startsWith("05")
        || code.startsWith("06")
        || code.startsWith("19");
  }

  /** "each other" among the frame's objects or targets. */
  public boolean eachOther(Frame frame) {
    for (int head : frame.objects()) {
      if (EACH_OTHER.contains(sentence.token(head).lowerLemma())) {
        return true;
      }
    }
    for (List<Integer> heads : frame.targets().values()) {
      for (int head : heads) {
        if (EACH_OTHER.contains(sentence.token(head).lowerLemma())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Codes of interaction, which several actors can do with each other: intents, consultation,
   * diplomatic and material cooperation, aid, yielding (03–08), and force (14–20). Statements,
   * appeals, demands, criticism, rejections and threats (01, 02, 09–13) by several actors are
   * usually aimed at someone else: "Russia and China criticized the strike".
   */
  static boolean interaction(String code) {
    int root = Integer.parseInt(code.substring(0, 2));
    return (root >= 3 && root <= 8) || root >= 14;
  }

  /**
   * Whether {@code actors}, the frame's sources, act on each other though no target is named.
   *
   * @param code the event's code
   */
  /**
   * Whether what a "with" names is the circumstance of the act, by a participle of its own: "signed
   * the documents on the South Lawn, with President Donald Trump presiding", "with Chinese
   * officials looking on". It is there, not party to the act.
   */
  public boolean isCircumstance(int with) {
    return arcs.children(with).stream()
        .anyMatch(
            arc ->
                (arc.base().equals("amod") || arc.base().equals("acl"))
                    && arc.dependent() > with
                    && sentence.token(arc.dependent()).pos().equals("VBG"));
  }

  /**
   * Whether an object comes after another object and a comma, which the parser made a second object
   * where it restates the first: "held their first formal talks on Monday, a stiff encounter on the
   * sidelines of an Asia-Pacific summit".
   */
  private boolean restatesAnother(int object, List<Integer> objects) {
    int first = arcs.subtree(object).stream().mapToInt(Integer::intValue).min().orElse(object);
    return first > 0
        && sentence.token(first - 1).word().equals(",")
        && objects.stream().anyMatch(other -> other < first);
  }

  public boolean mutual(Frame frame, List<Actor> actors, String code) {
    if (actors.size() < 2) {
      return false;
    }
    if (EXCHANGE_VERBS.contains(sentence.token(frame.trigger()).lowerLemma())
        && !frame.objects().isEmpty()) {
      // "Ethiopia and Somalia traded accusations", "exchanged fire": each did it to the other,
      // accusations and threats too (one with a third named is aimed at it, found before)
      return true;
    }
    if (!interaction(code)) {
      return false;
    }
    if (hasJointModifier(frame.trigger())) {
      return true;
    }
    for (int object : frame.objects()) {
      if (hasJointModifier(object)) {
        return true;
      }
    }
    if (frame.noun()) {
      // "Franco-German talks", "the first-ever direct talks between the EC and the Soviet Union"
      return hyphenatedPair(actors) || arcs.has(frame.trigger(), "nmod:between");
    }
    if (frame.targets().getOrDefault("with", List.of()).stream()
        .anyMatch(with -> !isCircumstance(with))) {
      // "Argentina, Bolivia and Costa Rica are pursuing negotiations with creditor banks": the
      // act is shared with the banks, not among the three
      return false;
    }
    // "France, Italy and Sweden were submitting proposals", "West Germany and Britain called
    // for…": acts they do side by side; "India and Pakistan held talks", "Moscow and Beijing
    // signed a trade agreement", "Chinese and Russian representatives cooperate": acts they share
    if (frame.objects().isEmpty()
        || TOPIC_OBJECT_VERBS.contains(sentence.token(frame.trigger()).lowerLemma())) {
      // "Hague and Clinton plan to discuss Syria": what is discussed is a topic, the talk shared
      String lemma = sentence.token(frame.trigger()).lowerLemma();
      // "Kim and Moon pledged to work for the denuclearisation of the peninsula": a joint pledge
      return SYMMETRIC_VERBS.contains(lemma)
          || (MUTUAL_WRAPPERS.contains(lemma) && arcs.has(frame.trigger(), "xcomp"));
    }
    for (int measured : frame.objects()) {
      if (conjunctOfAnother(measured, frame.objects())) {
        continue; // "ended talks here, having made progress, but no breakthrough": the talks decide
      }
      if (restatesAnother(measured, frame.objects())) {
        continue; // "held their first formal talks on Monday, a stiff encounter…": the talks decide
      }
      int object = measuredAct(measured);
      if (!SHARED_ACTS.contains(sentence.token(object).lowerLemma())) {
        return false;
      }
      for (Dependency arc : arcs.children(object)) {
        if (arc.relation().endsWith(":with")) {
          return false; // "struck agreement with commercial banks stretching out repayments"
        }
        if ((arc.base().equals("acl") || arc.relation().equals("nmod:to"))
            && arcs.children(arc.dependent()).stream()
                .anyMatch(inner -> inner.relation().endsWith(":with"))) {
          // "the UAE and Bahrain signed agreements to normalise relations with Israel": made with
          // whom what the agreement is for is with, not with each other (the parser may take
          // "to normalise relations" for the agreements' "to")
          return false;
        }
      }
    }
    return true;
  }

  /** Whether {@code object} is a later conjunct of another of {@code objects}. */
  private boolean conjunctOfAnother(int object, List<Integer> objects) {
    for (Dependency arc : arcs.heads(object)) {
      if (arc.base().equals("conj") && objects.contains(arc.head())) {
        return true;
      }
    }
    return false;
  }

  private boolean hasJointModifier(int token) {
    for (Dependency arc : arcs.children(token)) {
      if (JOINT_MODIFIERS.contains(sentence.token(arc.dependent()).lowerLemma())) {
        return true;
      }
    }
    return false;
  }

  /** "Sino-Russian", "Moscow-Beijing", "US-China": two actors joined by a hyphen. */
  private boolean hyphenatedPair(List<Actor> actors) {
    for (Actor a : actors) {
      for (Actor b : actors) {
        if (a != b && b.start() == a.end() + 1 && sentence.token(a.end()).word().equals("-")) {
          return true;
        }
        if (a != b && a.start() == b.start() && sentence.token(a.start()).word().contains("-")) {
          return true;
        }
      }
    }
    return false;
  }
}
