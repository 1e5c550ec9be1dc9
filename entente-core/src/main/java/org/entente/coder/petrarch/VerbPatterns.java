package org.entente.coder.petrarch;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.dictionary.petrarch.PetrarchCode;
import org.entente.dictionary.petrarch.PetrarchPattern;
import org.entente.dictionary.petrarch.PetrarchVerb;
import org.entente.dictionary.petrarch.PetrarchVerbDictionary;
import org.entente.dictionary.petrarch.PetrarchVerbForm;

/**
 * A PETRARCH verb dictionary as the PETRARCH coder uses it: verb forms by the words a sentence
 * shows ({@code LEFT}, {@code RESTORE}, {@code RESTORED}), and each pattern read into {@link
 * PatternElement}s, its synonym sets expanded.
 *
 * <pre>
 * RESTORE [064]
 * - * {DIPLOMATIC TIES} WITH + [064]
 * </pre>
 *
 * gives the form RESTORE of its block, code 064, and a pattern whose words after the verb are
 * DIPLOMATIC, TIES, WITH and a target.
 */
final class VerbPatterns {

  /** One verb of the dictionary: its form, block, code and the block's patterns. */
  record VerbSense(
      PetrarchVerbForm form, PetrarchVerb block, PetrarchCode code, List<Pattern> patterns) {}

  /** A pattern read into elements before and after the verb. */
  record Pattern(PetrarchPattern source, List<PatternElement> before, List<PatternElement> after) {

    /** The number of words the pattern asks for: more is more specific. */
    int weight() {
      int words = 0;
      for (PatternElement e : before) {
        words += e.alternatives().isEmpty() ? 0 : 1;
      }
      for (PatternElement e : after) {
        words += e.alternatives().isEmpty() ? 0 : 1;
      }
      return words;
    }
  }

  /**
   * One element of a pattern: words (one alternative for a word, several for a synonym set, each a
   * sequence for multi-word members), the source {@code $} or the target {@code +}.
   *
   * @param alternatives word sequences, any of which matches; empty for a role
   * @param role {@code $}, {@code +}, {@code ^} (pass over a phrase), or empty for words
   * @param adjacent whether the element is joined to the one before by {@code _} (no words between)
   * @param exact whether a set's member must match whole (no plural)
   * @param asWritten whether the word must stand as written: a word of the pattern itself, which
   *     PETRARCH does not stem ("adopt a set of resolutions" is not {@code * RESOLUTION}), where a
   *     set's members match their lemmas and plurals too
   */
  record PatternElement(
      List<List<String>> alternatives,
      String role,
      boolean adjacent,
      boolean exact,
      boolean asWritten) {}

  private final Map<String, List<VerbSense>> byWord = new HashMap<>();

  /** The senses of multi-word verbs by each of their words that is not the verb ({@code WIRE}). */
  private final Map<String, List<VerbSense>> byOtherWord = new HashMap<>();

  VerbPatterns(PetrarchVerbDictionary dictionary) {
    requireNonNull(dictionary, "dictionary is null");
    for (PetrarchVerb block : dictionary.verbs()) {
      List<Pattern> patterns = new ArrayList<>();
      for (PetrarchPattern pattern : block.patterns()) {
        patterns.add(
            new Pattern(
                pattern,
                elements(pattern.before(), dictionary),
                elements(pattern.after(), dictionary)));
      }
      for (PetrarchVerbForm form : block.forms()) {
        PetrarchCode code = form.code() != null ? form.code() : block.code();
        VerbSense sense = new VerbSense(form, block, code, patterns);
        Set<String> words = new HashSet<>();
        words.add(form.verb());
        for (String irregular : form.forms()) {
          // forms are written like the verb: +BREAKS_DOWN
          String[] parts = irregular.replace("+", "").split("_");
          int index = Math.min(form.verbIndex(), parts.length - 1);
          words.add(parts[index]);
        }
        for (String word : words) {
          byWord.computeIfAbsent(word.toUpperCase(Locale.ROOT), w -> new ArrayList<>()).add(sense);
        }
        for (int i = 0; i < form.words().size(); i++) {
          if (i != form.verbIndex()) {
            byOtherWord
                .computeIfAbsent(
                    form.words().get(i).toUpperCase(Locale.ROOT), w -> new ArrayList<>())
                .add(sense);
          }
        }
      }
    }
  }

  /** The senses of a verb written {@code word} or with lemma {@code lemma}. */
  List<VerbSense> senses(String word, String lemma) {
    List<VerbSense> found = new ArrayList<>();
    for (String key : List.of(word.toUpperCase(Locale.ROOT), lemma.toUpperCase(Locale.ROOT))) {
      for (VerbSense sense : byWord.getOrDefault(key, List.of())) {
        if (!found.contains(sense)) {
          found.add(sense);
        }
      }
    }
    return found;
  }

  /**
   * The senses of multi-word verbs of which a word written {@code word} or with lemma {@code lemma}
   * is a word other than the verb: "wire" of {@code WIRE_+TAP}.
   */
  List<VerbSense> sensesByOtherWord(String word, String lemma) {
    List<VerbSense> found = new ArrayList<>();
    for (String key : List.of(word.toUpperCase(Locale.ROOT), lemma.toUpperCase(Locale.ROOT))) {
      for (VerbSense sense : byOtherWord.getOrDefault(key, List.of())) {
        if (!found.contains(sense)) {
          found.add(sense);
        }
      }
    }
    return found;
  }

  private static List<PatternElement> elements(
      List<String> tokens, PetrarchVerbDictionary dictionary) {
    List<PatternElement> elements = new ArrayList<>();
    for (String raw : tokens) {
      String token = raw.strip();
      if (token.isEmpty()
          || token.equals("(")
          || token.equals(")")
          || token.equals("{")
          || token.equals("}")
          || token.equals("%")
          || token.equals("*")) {
        continue;
      }
      if (token.equals("$") || token.equals("+") || token.equals("^")) {
        elements.add(new PatternElement(List.of(), token, false, false, false));
        continue;
      }
      boolean adjacent = token.startsWith("_");
      boolean exact = token.endsWith("_");
      String[] words = token.split("_");
      boolean first = true;
      for (String word : words) {
        if (word.isEmpty()) {
          continue;
        }
        if (word.equals("$") || word.equals("+")) {
          elements.add(new PatternElement(List.of(), word, false, false, false));
          first = false;
          continue;
        }
        List<List<String>> alternatives =
            word.startsWith("&") ? members(word, dictionary, 0) : List.of(List.of(word));
        elements.add(
            new PatternElement(
                alternatives, "", first ? adjacent : true, exact || !first, !word.startsWith("&")));
        first = false;
      }
    }
    return elements;
  }

  /** How deep sets of sets are expanded ({@code &CURRENCY} holds {@code &HYPERCURR}). */
  static final int SYNSET_DEPTH = 4;

  private static List<List<String>> members(
      String name, PetrarchVerbDictionary dictionary, int depth) {
    List<List<String>> members = new ArrayList<>();
    String key = name.endsWith("_") ? name.substring(0, name.length() - 1) : name;
    var synset = dictionary.synset(key).or(() -> dictionary.synset(key + "_")).orElse(null);
    if (synset == null || depth > SYNSET_DEPTH) {
      return members;
    }
    for (String member : synset.members()) {
      String text = member.strip();
      if (text.startsWith("&")) {
        members.addAll(members(text, dictionary, depth + 1));
        continue;
      }
      List<String> words = new ArrayList<>();
      for (String word : text.split("[_\\s]+")) {
        if (!word.isEmpty()) {
          words.add(word.toUpperCase(Locale.ROOT));
        }
      }
      if (!words.isEmpty()) {
        members.add(words);
      }
    }
    return members;
  }
}
