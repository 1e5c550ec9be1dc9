package org.entente.coder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.entente.coder.actor.Actor;
import org.entente.coder.lexicon.Lexicon;
import org.entente.coder.predicate.ModalityRules;
import org.entente.coder.predicate.Reciprocity;
import org.entente.core.Document;
import org.entente.event.Assessment;
import org.entente.event.EventIds;
import org.entente.event.Modality;
import org.entente.text.Arcs;
import org.entente.text.Dependency;
import org.entente.text.ParsedSentence;

/**
 * Finds explicit characterisations of a relationship: a label noun ("entente", "confrontation",
 * "competition") with the two countries it is about — from its own modifiers ("the US-Russian
 * confrontation"), from a relationship noun in the same sentence ("the Sino-Russian relationship …
 * has reached the level of an entente"), or from the verb it is the object of ("Trump launched a
 * trade war against China"). Only what the sentence asserts about that pair is one: denied labels
 * ("there is no need for a Russia-China military alliance", "rejected any talk of an alliance",
 * "are not allies") and hypothetical ones ("waiting for a clash", "could one day become allies")
 * are not; a label takes its pair from its own words first ("the US-China trade war" in a sentence
 * about Xi visiting Moscow is USA–CHN); a label inside another's phrase ("comprehensive strategic
 * partnership of coordination") is one statement.
 */
final class AssessmentFinder {

  /** Label lemmas and the label they state. Multi-word labels are matched on their head. */
  static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("entente", "entente"),
          Map.entry("alliance", "alliance"),
          Map.entry("ally", "alliance"),
          Map.entry("partnership", "partnership"),
          Map.entry("rivalry", "rivalry"),
          Map.entry("competition", "competition"),
          Map.entry("confrontation", "confrontation"),
          Map.entry("hostility", "confrontation"),
          Map.entry("enmity", "confrontation"),
          Map.entry("friendship", "partnership"),
          Map.entry("rapprochement", "rapprochement"));

  /** Every label the finder can state, for the analysis to place on its scale. */
  static java.util.Set<String> labels() {
    java.util.Set<String> labels = new java.util.TreeSet<>(LABELS.values());
    labels.addAll(TWO_WORD_LABELS.values());
    return java.util.Collections.unmodifiableSet(labels);
  }

  /** Labels written as two words: the modifier lemma + head lemma. */
  static final Map<String, String> TWO_WORD_LABELS =
      Map.of(
          "cold war",
          "cold war",
          "trade war",
          "trade war",
          "strategic partnership",
          "strategic partnership");

  /** Verbs and nouns that deny what they govern: "rejected any talk of an alliance". */
  static final Set<String> DENIALS =
      Set.of(
          "deny",
          "denial",
          "reject",
          "rejection",
          "dismiss",
          "rule",
          "refuse",
          "rebuff",
          "exclude");

  /** Determiners, adverbs and prepositions that negate a noun phrase: "no need", "without". */
  static final Set<String> NEGATORS =
      Set.of("no", "not", "n't", "never", "neither", "nor", "without");

  /** How far up the dependency tree a denial is looked for: label ← "talk" ← "rejected". */
  static final int DENIAL_DEPTH = 3;

  private final Document document;
  private final LocalDate date;
  private final ParsedSentence sentence;
  private final Arcs arcs;
  private final ArgumentActors arguments;
  private final ModalityRules modality;

  AssessmentFinder(
      Document document,
      LocalDate date,
      ParsedSentence sentence,
      Arcs arcs,
      ArgumentActors arguments,
      Lexicon lexicon) {
    this.document = document;
    this.date = date;
    this.sentence = sentence;
    this.arcs = arcs;
    this.arguments = arguments;
    this.modality = new ModalityRules(sentence, arcs, lexicon::wrapperKind);
  }

  List<Assessment> find() {
    List<Assessment> found = new ArrayList<>();
    for (int t = 0; t < sentence.size(); t++) {
      if (!sentence.token(t).isNoun()) {
        continue;
      }
      String label = label(t);
      if (label == null || !stated(t) || denied(t) || insideAnotherLabel(t)) {
        continue;
      }
      Set<String> countries = countries(arguments.modifiers(t));
      if (countries.size() != 2) {
        countries = ownCountries(t);
      }
      // "Moscow accused Ukraine's allies": whose allies they are is one side, and the other is
      // not the one speaking of them
      boolean owned =
          sentence.token(t).lowerLemma().equals("ally")
              && arcs.children(t).stream().anyMatch(a -> a.relation().equals("nmod:poss"));
      if (countries.size() != 2 && !owned) {
        countries = relationshipCountries(t);
      }
      if (countries.size() != 2 && !owned) {
        countries = verbCountries(t);
      }
      if (countries.size() == 2) {
        List<String> pair = new ArrayList<>(new TreeSet<>(countries));
        String id =
            EventIds.of(document.id(), sentence.index(), pair.get(0), pair.get(1), "A:" + label);
        found.add(
            new Assessment(
                id,
                document.id(),
                sentence.index(),
                sentence.text(),
                document.url(),
                date,
                pair.get(0),
                pair.get(1),
                label,
                sentence.token(t).word()));
      }
    }
    return found;
  }

  /**
   * Whether the label is asserted, not denied or imagined: "did not need an alliance", "an alliance
   * could not be ruled out", "waiting for a clash" are no assessments.
   */
  private boolean stated(int label) {
    if (modality.modality(label, true) == Modality.HYPOTHETICAL || modality.negated(label)) {
      return false;
    }
    Dependency head = arcs.head(label);
    if (head == null || head.head() < 0 || !sentence.token(head.head()).isVerb()) {
      return true;
    }
    Modality governing = modality.modality(head.head(), false);
    return !modality.negated(head.head()) && governing != Modality.HYPOTHETICAL;
  }

  /**
   * Whether the label is denied above it: a negating determiner, adverb or preposition on the label
   * or on a noun or verb governing it ("no need for … alliance", "without confrontation"), or a
   * governing word of denial ("rejected any talk of an alliance", "deny that they are building a
   * military alliance"). Stops at the first verb that is not itself a denial, looking only at the
   * clause it completes: the verb's own negation is {@link #stated}'s business.
   */
  private boolean denied(int label) {
    int node = label;
    for (int depth = 0; depth <= DENIAL_DEPTH && node >= 0; depth++) {
      if (depth > 0 && DENIALS.contains(sentence.token(node).lowerLemma())) {
        return true;
      }
      for (Dependency arc : arcs.children(node)) {
        String base = arc.base();
        if ((base.equals("det") || base.equals("advmod") || base.equals("case"))
            && NEGATORS.contains(sentence.token(arc.dependent()).word().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      if (depth > 0 && sentence.token(node).isVerb()) {
        Dependency clause = arcs.head(node);
        return clause != null
            && clause.head() >= 0
            && (clause.base().equals("ccomp") || clause.base().equals("xcomp"))
            && DENIALS.contains(sentence.token(clause.head()).lowerLemma());
      }
      Dependency head = arcs.head(node);
      node = head == null ? -1 : head.head();
    }
    return false;
  }

  /**
   * Whether the label modifies another label noun, so that the phrase states one relationship:
   * "partnership" in "a partnership of coordination and friendship" counts once, under its head.
   */
  private boolean insideAnotherLabel(int label) {
    Dependency head = arcs.head(label);
    if (head == null || head.head() < 0) {
      return false;
    }
    String base = head.base();
    boolean nominal = base.equals("nmod") || base.equals("compound") || base.equals("conj");
    return nominal && sentence.token(head.head()).isNoun() && label(head.head()) != null;
  }

  /**
   * The countries the label names itself: its modifiers and its prepositional complements
   * ("Washington's confrontation with Moscow", "the rivalry between India and Pakistan").
   */
  private Set<String> ownCountries(int label) {
    List<Integer> heads = new ArrayList<>();
    for (Dependency arc : arcs.children(label)) {
      if (arc.base().equals("nmod")) {
        heads.add(arc.dependent());
      }
    }
    Set<String> countries = countries(arguments.modifiers(label));
    countries.addAll(countries(arguments.of(heads)));
    return countries;
  }

  private String label(int noun) {
    String lemma = sentence.token(noun).lowerLemma();
    for (Dependency arc : arcs.children(noun)) {
      if (arc.base().equals("compound") || arc.base().equals("amod")) {
        String two = sentence.token(arc.dependent()).lowerLemma() + " " + lemma;
        if (TWO_WORD_LABELS.containsKey(two)) {
          return TWO_WORD_LABELS.get(two);
        }
      }
    }
    return LABELS.get(lemma);
  }

  private Set<String> relationshipCountries(int label) {
    for (int t = 0; t < sentence.size(); t++) {
      if (t != label && Reciprocity.RELATIONSHIP_NOUNS.contains(sentence.token(t).lowerLemma())) {
        Set<String> countries = countries(arguments.modifiers(t));
        if (countries.size() == 2) {
          return countries;
        }
      }
    }
    return Set.of();
  }

  private Set<String> verbCountries(int label) {
    Dependency head = arcs.head(label);
    if (head == null || head.head() < 0 || !head.base().equals("obj")) {
      return Set.of();
    }
    List<Integer> heads = new ArrayList<>();
    for (Dependency arc : arcs.children(head.head())) {
      if (arc.base().equals("nsubj") || arc.base().equals("obl")) {
        heads.add(arc.dependent());
      }
    }
    for (Dependency arc : arcs.children(label)) {
      if (arc.base().equals("nmod")) {
        heads.add(arc.dependent());
      }
    }
    return countries(arguments.of(heads));
  }

  private static Set<String> countries(List<Actor> actors) {
    Set<String> countries = new LinkedHashSet<>();
    for (Actor actor : actors) {
      if (actor.country() != null) {
        countries.add(actor.country());
      }
    }
    return countries;
  }
}
