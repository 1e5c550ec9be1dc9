package org.entente.dictionary.petrarch;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.entente.coder.lexicon.VerbEntry;

/**
 * Maps a PETRARCH verb dictionary onto Entente's verb entries (lemma, preposition, object word
 * groups, code), which the coder matches against dependency frames instead of PETRARCH's phrase
 * tree:
 *
 * <pre>
 * --- RESTORE [064] ---
 * RESTORE
 * - * {DIPLOMATIC TIES}  [064]     restore - diplomatic+tie 064
 * - * (ON RESOLUTION)   [057]     restore on resolution 057, then restore on - 057
 * - * (DOWN)            [222]     restore down - 222 (a particle verb), restore down - 222
 * - * &amp;CURRENCY        [070]     restore - money;dollar;… 070
 * - NOT * RELATIONS     [112]     skipped: words before the verb
 * +CORDON_OFF                     cordon off - - (the block's code)
 * </pre>
 *
 * <ul>
 *   <li>Each verb of a block gets its own code (or the block's) as a bare entry, and every pattern
 *       of the block with the pattern's code. {@code ---} codes nothing.
 *   <li>A word after the verb that is a particle ({@code _OUT}, {@code OUT}, {@code (DOWN)}) makes
 *       the lemma a particle verb ("cordon off"), as the parse's {@code compound:prt} does.
 *   <li>Words of a noun phrase {@code {...}} or after the verb are object word groups; a synonym
 *       set is one group of all its members. Groups hold the word and its singular: the frame's
 *       object words are lemmas.
 *   <li>A prepositional phrase {@code (PREP WORDS)} gives the preposition and two entries: one with
 *       its words as object groups (they match when the phrase hangs from the object: "restore ties
 *       with Gondor"), and a looser one with the preposition alone, because the frame has no words
 *       of a phrase that hangs from the verb. When the pattern has several, the one holding the
 *       target {@code +} wins, else the first.
 *   <li>Source, target and skip markers ({@code $ + % ^}) are not needed: the frame finds source
 *       and target by their dependency roles.
 *   <li>A compound code {@code 042:043} keeps its source part; the target's reverse code is lost.
 * </ul>
 *
 * Skipped, and counted in {@link Mapping#skipped()}: patterns and verbs with words before the verb
 * (subjects, adverbs, negations), codes that are not CAMEO codes of the codebook ({@code 345},
 * {@code 174K}, {@code ###}), and {@code ---} codes of patterns.
 */
public final class PetrarchLexicon {

  /** Words after a verb that the parser attaches as particles ({@code compound:prt}). */
  static final Set<String> PARTICLES =
      Set.of(
          "up", "down", "off", "out", "in", "on", "over", "back", "away", "through", "around",
          "about", "along", "aside", "forward", "apart");

  /**
   * Determiners and possessives: the frame's object words leave them out (and prepositions), so a
   * pattern's are dropped too.
   */
  private static final Set<String> ARTICLES =
      Set.of(
          "a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our",
          "my", "your");

  /**
   * Prepositions that open a phrase in PETRARCH 1 patterns, which have no brackets: {@code - * FOR
   * &ECONSANCT} is {@code - * (FOR &ECONSANCT)}.
   */
  static final Set<String> PREPOSITIONS =
      Set.of(
          "to",
          "with",
          "against",
          "on",
          "toward",
          "towards",
          "for",
          "at",
          "into",
          "from",
          "over",
          "upon",
          "about",
          "of",
          "in",
          "by",
          "between",
          "under",
          "after",
          "despite",
          "through",
          "near",
          "as",
          "during",
          "among",
          "amid",
          "without",
          "within",
          "across",
          "beyond",
          "behind",
          "since",
          "until",
          "before",
          "regarding",
          "concerning");

  /**
   * Auxiliaries before the verb: the coder reads tense and mood itself, so they are passed over.
   */
  static final Set<String> AUXILIARIES =
      Set.of(
          "have",
          "has",
          "had",
          "be",
          "been",
          "being",
          "is",
          "are",
          "was",
          "were",
          "am",
          "will",
          "would",
          "shall",
          "did",
          "does",
          "do",
          "&auxverb1_",
          "&auxverb2_",
          "&auxverb3_",
          "&tobeverb_");

  private static final Set<String> MARKERS = Set.of("$", "+", "%", "^");

  private PetrarchLexicon() {}

  /** Why a verb or pattern was not mapped. */
  public enum Skip {
    /** The pattern's code is {@code ---} or has no source part ({@code :173}). */
    NO_CODE,
    /** The code is not in the codebook ({@code 345}, {@code 174K}). */
    NOT_CAMEO,
    /** Words before the verb ({@code - NOT * RELATIONS}, {@code KLM_NOP_+RST}). */
    WORDS_BEFORE_VERB
  }

  /**
   * The entries made, in dictionary order, and what was skipped.
   *
   * @param reverseCodes the target part of each compound code ({@code 032:033}) by the origin of
   *     the entries that carry its source part, for {@link PetrarchDirections}
   * @param swapped origins of patterns whose subject is the target and whose source follows the
   *     verb ({@code + * MONEY $}), for {@link PetrarchDirections}
   */
  public record Mapping(
      List<VerbEntry> entries,
      Map<String, String> reverseCodes,
      Set<String> swapped,
      Map<Skip, Integer> skipped) {
    public Mapping {
      entries = List.copyOf(entries);
      reverseCodes = Map.copyOf(reverseCodes);
      swapped = Set.copyOf(swapped);
      skipped = Collections.unmodifiableMap(new EnumMap<>(skipped));
    }

    public int skipped(Skip reason) {
      return skipped.getOrDefault(reason, 0);
    }
  }

  /**
   * Maps every verb and pattern of {@code dictionary}.
   *
   * @param isCode whether a code may be used (the codebook's codes)
   */
  public static Mapping map(PetrarchVerbDictionary dictionary, Predicate<String> isCode) {
    requireNonNull(dictionary, "dictionary is null");
    requireNonNull(isCode, "isCode is null");
    Mapper mapper = new Mapper(dictionary, isCode);
    dictionary.verbs().forEach(mapper::block);
    return new Mapping(mapper.entries, mapper.reverseCodes, mapper.swapped, mapper.skipped);
  }

  /** A verb's lemma (with particle) and the words that follow it in a multi-word verb. */
  private record Head(String lemma, List<Set<String>> groups) {}

  /** What a pattern asks for after the verb. */
  private record Shape(
      String particle, List<String> preps, List<Set<String>> groups, List<Set<String>> pp) {}

  /**
   * A prepositional phrase of a pattern: its prepositions, its words, whether it holds {@code +}.
   */
  private static final class Phrase {
    final List<String> preps;
    final List<Set<String>> words = new ArrayList<>();
    boolean target;

    Phrase(List<String> preps) {
      this.preps = preps;
    }
  }

  private static final class Mapper {
    final PetrarchVerbDictionary dictionary;
    final Predicate<String> isCode;
    final List<VerbEntry> entries = new ArrayList<>();
    final Map<String, String> reverseCodes = new HashMap<>();
    final Set<String> swapped = new HashSet<>();
    final Map<Skip, Integer> skipped = new EnumMap<>(Skip.class);

    Mapper(PetrarchVerbDictionary dictionary, Predicate<String> isCode) {
      this.dictionary = dictionary;
      this.isCode = isCode;
    }

    void block(PetrarchVerb verb) {
      List<Head> heads = new ArrayList<>();
      for (PetrarchVerbForm form : verb.forms()) {
        if (form.verbIndex() > 0) {
          skip(Skip.WORDS_BEFORE_VERB);
          continue;
        }
        Head head = head(form.words());
        heads.add(head);
        PetrarchCode code = form.code() != null ? form.code() : verb.code();
        if (!code.isNone()) {
          String usable = usable(code, form.origin());
          if (usable != null) {
            entries.add(new VerbEntry(head.lemma(), "", head.groups(), usable, form.origin()));
          }
        }
      }
      for (PetrarchPattern pattern : verb.patterns()) {
        pattern(heads, pattern);
      }
    }

    void pattern(List<Head> heads, PetrarchPattern pattern) {
      for (String token : pattern.before()) {
        if (!MARKERS.contains(token)
            && !token.equals("(")
            && !token.equals(")")
            && !AUXILIARIES.contains(lower(token))) {
          skip(Skip.WORDS_BEFORE_VERB);
          return;
        }
      }
      String code = usable(pattern.code(), pattern.origin());
      if (code == null) {
        return;
      }
      Shape shape = shape(pattern.after());
      if (pattern.before().contains("+") && pattern.after().contains("$")) {
        // "+ * MONEY $": the subject receives from the source after the verb
        swapped.add(pattern.origin());
      }
      for (Head head : heads) {
        String lemma =
            shape.particle() == null ? head.lemma() : head.lemma() + " " + shape.particle();
        List<Set<String>> groups = new ArrayList<>(head.groups());
        groups.addAll(shape.groups());
        for (String prep : shape.preps()) {
          if (!shape.pp().isEmpty()) {
            List<Set<String>> strict = new ArrayList<>(groups);
            strict.addAll(shape.pp());
            entries.add(new VerbEntry(lemma, prep, strict, code, pattern.origin()));
          }
          entries.add(new VerbEntry(lemma, prep, groups, code, pattern.origin()));
          if (shape.particle() == null && shape.pp().isEmpty() && PARTICLES.contains(prep)) {
            // "(DOWN)": "burned down its embassy" parses as a particle verb
            entries.add(
                new VerbEntry(head.lemma() + " " + prep, "", groups, code, pattern.origin()));
          }
        }
      }
    }

    /**
     * The lemma of a verb form's words: "+CORDON_OFF" is "cordon off", "+TAKE_NOTE" take + note.
     */
    private Head head(List<String> words) {
      String lemma = lower(words.get(0));
      List<Set<String>> groups = new ArrayList<>();
      for (int i = 1; i < words.size(); i++) {
        String word = lower(words.get(i));
        if (i == 1 && PARTICLES.contains(word)) {
          lemma = lemma + " " + word;
        } else if (!ARTICLES.contains(word)) {
          groups.add(forms(word));
        }
      }
      return new Head(lemma, groups);
    }

    /**
     * Reads the tokens after {@code *}: a particle, object words, and prepositional phrases, either
     * bracketed or, in PETRARCH 1 patterns, opened by a bare preposition (or a set of them, {@code
     * &PREPOSIT1}) and running to the next one. Of several phrases the one holding the target
     * {@code +} gives the preposition, else the first.
     */
    private Shape shape(List<String> after) {
      String particle = null;
      List<Set<String>> groups = new ArrayList<>();
      List<Phrase> phrases = new ArrayList<>();
      Phrase open = null; // a bare phrase runs until the next preposition or bracket
      boolean first = true;
      int i = 0;
      while (i < after.size()) {
        String token = after.get(i);
        if (token.equals("(")) {
          int close = closing(after, i, "(", ")");
          Phrase phrase = null;
          for (String t : after.subList(i + 1, close)) {
            if (t.equals("+")) {
              if (phrase != null) {
                phrase.target = true;
              }
            } else if (!MARKERS.contains(t) && !t.equals("{") && !t.equals("}")) {
              if (phrase == null) {
                // the first word of a bracketed phrase is its preposition, or a particle: (DOWN)
                List<String> preps = prepositions(t);
                phrase = new Phrase(preps.isEmpty() ? List.of(lower(strip(t))) : preps);
              } else {
                addGroup(phrase.words, t);
              }
            }
          }
          if (phrase != null) {
            phrases.add(phrase);
          }
          open = null;
          i = close + 1;
          first = false;
          continue;
        }
        if (token.equals("+") && open != null) {
          open.target = true;
        } else if (!MARKERS.contains(token) && !token.equals("{") && !token.equals("}")) {
          String word = lower(strip(token));
          boolean alone = i + 1 == after.size() || after.get(i + 1).equals("(");
          List<String> preps = prepositions(strip(token).split("_")[0]);
          if (first
              && particle == null
              && PARTICLES.contains(word)
              && (!PREPOSITIONS.contains(word) || alone)) {
            particle = word; // "*_OUT", "* OUT (AT)"
          } else if (!preps.isEmpty()) {
            // PETRARCH 1: "* FOR &ECONSANCT", "* FOR_CEASEFIRE", "* EID AT ^ WITH +"
            open = new Phrase(preps);
            phrases.add(open);
            String joined = strip(token);
            int underscore = joined.indexOf('_');
            if (underscore > 0) {
              addGroup(open.words, joined.substring(underscore + 1));
            }
          } else if (open != null) {
            addGroup(open.words, token);
          } else {
            addGroup(groups, token);
          }
          first = false;
        }
        i++;
      }
      Phrase chosen = null;
      for (Phrase phrase : phrases) {
        if (chosen == null || (phrase.target && !chosen.target)) {
          chosen = phrase;
        }
      }
      return chosen == null
          ? new Shape(particle, List.of(""), groups, List.of())
          : new Shape(particle, chosen.preps, groups, chosen.words);
    }

    /**
     * The prepositions a word stands for: itself, or the members of a set of prepositions ({@code
     * &PREPOSIT1}); empty when it is none.
     */
    private List<String> prepositions(String token) {
      String word = lower(strip(token));
      if (PREPOSITIONS.contains(word)) {
        return List.of(word);
      }
      if (token.startsWith("&")) {
        Set<String> members = synset(strip(token), new HashSet<>());
        if (!members.isEmpty() && PREPOSITIONS.containsAll(members)) {
          return List.copyOf(members);
        }
      }
      return List.of();
    }

    private void addGroup(List<Set<String>> groups, String token) {
      String word = strip(token);
      if (word.isEmpty() || ARTICLES.contains(lower(word))) {
        return;
      }
      if (word.startsWith("&")) {
        groups.add(synset(word, new HashSet<>()));
      } else {
        for (String part : word.split("_")) {
          if (part.startsWith("&")) {
            groups.add(synset(part, new HashSet<>())); // NEW_&TIETYPES_RELATIONS
          } else if (!part.isEmpty() && !ARTICLES.contains(lower(part))) {
            groups.add(forms(lower(part)));
          }
        }
      }
    }

    /** All members of a set, nested sets expanded; a multi-word member stands as its last word. */
    private Set<String> synset(String name, Set<String> seen) {
      Set<String> words = new LinkedHashSet<>();
      if (!seen.add(name)) {
        return words;
      }
      var set = dictionary.synset(name).or(() -> dictionary.synset(name + "_"));
      if (set.isEmpty()) {
        words.add(lower(name)); // an unknown set matches nothing the text can hold
        return words;
      }
      for (String member : set.get().members()) {
        String trimmed = member.strip();
        if (trimmed.startsWith("&")) {
          words.addAll(synset(trimmed.split("[\\s_]+")[0], seen));
          continue;
        }
        String[] parts = trimmed.split("[\\s_]+");
        for (int p = parts.length - 1; p >= 0; p--) {
          if (!parts[p].isEmpty()) {
            words.addAll(forms(lower(parts[p])));
            break;
          }
        }
      }
      return words;
    }

    private String usable(PetrarchCode code, String origin) {
      String source = code.source();
      String target = code.target();
      if (source != null && target != null && isCode.test(target) && isCode.test(source)) {
        reverseCodes.put(origin, target);
      }
      if (source == null) {
        skip(Skip.NO_CODE);
        return null;
      }
      if (!isCode.test(source)) {
        skip(Skip.NOT_CAMEO);
        return null;
      }
      return source;
    }

    private void skip(Skip reason) {
      skipped.merge(reason, 1, Integer::sum);
    }
  }

  /** The index of the bracket that closes the one at {@code open}, or the last token. */
  private static int closing(List<String> tokens, int open, String left, String right) {
    int depth = 0;
    for (int i = open; i < tokens.size(); i++) {
      if (tokens.get(i).equals(left)) {
        depth++;
      } else if (tokens.get(i).equals(right) && --depth == 0) {
        return i;
      }
    }
    return tokens.size() - 1;
  }

  /** A word and its singular: object words are lemmas ("ties" is "tie"). */
  static Set<String> forms(String word) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(word);
    forms.add(singular(word));
    return forms;
  }

  static String singular(String word) {
    if (word.length() > 4 && word.endsWith("ies")) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.length() > 4
        && (word.endsWith("ches")
            || word.endsWith("shes")
            || word.endsWith("sses")
            || word.endsWith("xes"))) {
      return word.substring(0, word.length() - 2);
    }
    if (word.length() > 3
        && word.endsWith("s")
        && !word.endsWith("ss")
        && !word.endsWith("us")
        && !word.endsWith("is")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  /** A token without the {@code _} that joins it to a neighbour. */
  private static String strip(String token) {
    String word = token;
    while (word.startsWith("_")) {
      word = word.substring(1);
    }
    while (word.endsWith("_")) {
      word = word.substring(0, word.length() - 1);
    }
    return word;
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}
