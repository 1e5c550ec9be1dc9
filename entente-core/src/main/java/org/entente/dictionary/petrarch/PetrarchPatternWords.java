package org.entente.dictionary.petrarch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the words of PETRARCH verb patterns for {@link PetrarchLexicon}: what follows the verb (a
 * particle, object words, prepositional phrases), synonym sets expanded, words as the parse's
 * lemmas. Split from the mapper so that each stays small.
 */
final class PetrarchPatternWords {

  /** Words after a verb that the parser attaches as particles ({@code compound:prt}). */
  static final Set<String> PARTICLES =
      Set.of(
          "up", "down", "off", "out", "in", "on", "over", "back", "away", "through", "around",
          "about", "along", "aside", "forward", "apart");

  /**
   * Determiners and possessives: the frame's object words leave them out (and prepositions), so a
   * pattern's are dropped too.
   */
  static final Set<String> ARTICLES =
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

  static final Set<String> MARKERS = Set.of("$", "+", "%", "^");

  /** What a pattern asks for after the verb. */
  record Shape(
      String particle, List<String> preps, List<Set<String>> groups, List<Set<String>> pp) {}

  /**
   * A prepositional phrase of a pattern: its prepositions, its words, whether it holds {@code +}.
   */
  static final class Phrase {
    final List<String> preps;
    final List<Set<String>> words = new ArrayList<>();
    boolean target;

    Phrase(List<String> preps) {
      this.preps = preps;
    }
  }

  private final PetrarchVerbDictionary dictionary;

  PetrarchPatternWords(PetrarchVerbDictionary dictionary) {
    this.dictionary = dictionary;
  }

  /**
   * Reads the tokens after {@code *}: a particle, object words, and prepositional phrases, either
   * bracketed or, in PETRARCH 1 patterns, opened by a bare preposition (or a set of them, {@code
   * &PREPOSIT1}) and running to the next one. Of several phrases the one holding the target {@code
   * +} gives the preposition, else the first.
   */
  Shape shape(List<String> after) {
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

  void addGroup(List<Set<String>> groups, String token) {
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
  static String strip(String token) {
    String word = token;
    while (word.startsWith("_")) {
      word = word.substring(1);
    }
    while (word.endsWith("_")) {
      word = word.substring(0, word.length() - 1);
    }
    return word;
  }

  static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}
