package org.entente.coder.petrarch;

import java.util.List;
import java.util.Locale;
import org.entente.coder.petrarch.VerbPatterns.PatternElement;
import org.entente.text.ParsedSentence;
import org.entente.text.Token;

/**
 * Matches the words of a PETRARCH pattern against the words of a clause, in their order, as
 * PETRARCH matches its patterns against a verb phrase: "restored full diplomatic ties with Gondor"
 * matches {@code * {DIPLOMATIC TIES} WITH +} with the target found after "with". Words between the
 * pattern's words are passed over, except where {@code _} joins two of them.
 *
 * @param words how many pattern words matched (0 when the match failed or asked for none)
 * @param matched whether every element matched
 * @param sourceFrom where in the clause to look for the source ({@code $}), or -1
 * @param targetFrom where in the clause to look for the target ({@code +}), or -1
 * @param sourceSkips how many phrases the {@code ^}s before {@code $} pass over
 * @param targetSkips how many phrases the {@code ^}s before {@code +} pass over
 */
record PatternMatch(
    boolean matched, int words, int sourceFrom, int targetFrom, int sourceSkips, int targetSkips) {

  static final PatternMatch FAILED = new PatternMatch(false, 0, -1, -1, 0, 0);

  /**
   * Matches {@code elements} against {@code tokens} (indexes into {@code sentence}, in order);
   * {@code anchor} is the token an adjacent first element must follow (the verb), or -1.
   */
  static PatternMatch of(
      List<PatternElement> elements, List<Integer> tokens, ParsedSentence sentence, int anchor) {
    int position = 0;
    int previous = anchor;
    int words = 0;
    int source = -1;
    int target = -1;
    int carets = 0;
    int sourceSkips = 0;
    int targetSkips = 0;
    for (PatternElement element : elements) {
      if (element.role().equals("^")) {
        carets++;
        continue;
      }
      if (!element.role().isEmpty()) {
        if (element.role().equals("$")) {
          source = position;
          sourceSkips = carets;
        } else {
          target = position;
          targetSkips = carets;
        }
        carets = 0;
        continue;
      }
      carets = 0;
      int found = -1;
      int length = 0;
      for (int p = position; p < tokens.size() && found < 0; p++) {
        if (element.adjacent() && previous >= 0 && tokens.get(p) != previous + 1) {
          if (tokens.get(p) > previous + 1) {
            break;
          }
          continue;
        }
        for (List<String> alternative : element.alternatives()) {
          if (element.asWritten()
              ? matchesWritten(alternative, tokens, p, sentence)
              : matchesAt(alternative, tokens, p, sentence, element.exact())) {
            found = p;
            length = alternative.size();
            break;
          }
        }
      }
      if (found < 0) {
        return FAILED;
      }
      words++;
      position = found + length;
      previous = tokens.get(found + length - 1);
    }
    return new PatternMatch(true, words, source, target, sourceSkips, targetSkips);
  }

  /** Whether the words stand at {@code p} one after the other, each as written. */
  private static boolean matchesWritten(
      List<String> words, List<Integer> tokens, int p, ParsedSentence sentence) {
    if (p + words.size() > tokens.size()) {
      return false;
    }
    for (int i = 0; i < words.size(); i++) {
      if (i > 0 && tokens.get(p + i) != tokens.get(p + i - 1) + 1) {
        return false;
      }
      if (!sentence.token(tokens.get(p + i)).word().equalsIgnoreCase(words.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean matchesAt(
      List<String> words, List<Integer> tokens, int p, ParsedSentence sentence, boolean exact) {
    if (p + words.size() > tokens.size()) {
      return false;
    }
    for (int i = 0; i < words.size(); i++) {
      if (i > 0 && tokens.get(p + i) != tokens.get(p + i - 1) + 1) {
        return false;
      }
      if (!wordMatches(words.get(i), sentence.token(tokens.get(p + i)), exact)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A pattern word matches a token written so, or its lemma, or (unless exact) its plural: TIES
   * matches "ties" and "tie", MONEY "moneys".
   */
  static boolean wordMatches(String word, Token token, boolean exact) {
    String written = token.word().toUpperCase(Locale.ROOT);
    String lemma = token.lemma().toUpperCase(Locale.ROOT);
    if (written.equals(word) || lemma.equals(word)) {
      return true;
    }
    return !exact && (written.equals(word + "S") || written.equals(word + "ES"));
  }
}
