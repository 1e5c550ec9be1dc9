package org.entente.dictionary.petrarch;

import static java.util.Objects.requireNonNull;
import static org.entente.dictionary.petrarch.PetrarchPatternWords.ARTICLES;
import static org.entente.dictionary.petrarch.PetrarchPatternWords.MARKERS;
import static org.entente.dictionary.petrarch.PetrarchPatternWords.PARTICLES;
import static org.entente.dictionary.petrarch.PetrarchPatternWords.forms;
import static org.entente.dictionary.petrarch.PetrarchPatternWords.lower;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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

  private static final class Mapper {
    final PetrarchVerbDictionary dictionary;
    final Predicate<String> isCode;
    final List<VerbEntry> entries = new ArrayList<>();
    final Map<String, String> reverseCodes = new HashMap<>();
    final Set<String> swapped = new HashSet<>();
    final Map<Skip, Integer> skipped = new EnumMap<>(Skip.class);

    final PetrarchPatternWords words;

    Mapper(PetrarchVerbDictionary dictionary, Predicate<String> isCode) {
      this.words = new PetrarchPatternWords(dictionary);
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
      PetrarchPatternWords.Shape shape = words.shape(pattern.after());
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
}
