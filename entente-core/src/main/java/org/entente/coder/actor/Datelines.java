package org.entente.coder.actor;

import java.util.Set;
import org.entente.text.ParsedSentence;
import org.entente.text.Token;

/**
 * The dateline that opens a wire story: "KABUL, Afghanistan (Reuters) -", "TOKYO, March 3 -", "ROME
 * -". It says where the story was filed, so it is no actor; it is the story's place, which gives a
 * country to actors the story names by their sector alone ("Militants attacked a police
 * checkpoint").
 */
public final class Datelines {

  /** How many tokens a dateline may take before its dash ("NEW DELHI, India, March 3 (AP) -"). */
  static final int MAX_DATELINE_TOKENS = 14;

  private static final Set<String> DASHES = Set.of("-", "--", "—", "–");

  private Datelines() {}

  /**
   * The index just after the dash of the dateline that opens {@code sentence}, or 0 when it opens
   * with none. A dateline starts with a place in capitals and holds only capitalised words,
   * numbers, commas, periods, slashes between places and an agency in parentheses.
   */
  public static int end(ParsedSentence sentence) {
    if (sentence.size() < 3 || !isCapitals(sentence.token(0).word())) {
      return 0;
    }
    int limit = Math.min(sentence.size() - 1, MAX_DATELINE_TOKENS);
    for (int i = 1; i <= limit; i++) {
      Token token = sentence.token(i);
      String word = token.word();
      if (DASHES.contains(word)) {
        // "ROME - …" has a space before its dash; "U.S.-Japanese talks" is one word
        boolean spaced = token.begin() > sentence.token(i - 1).end();
        return spaced ? i + 1 : 0;
      }
      char first = word.charAt(0);
      boolean fits =
          Character.isUpperCase(first)
              || Character.isDigit(first)
              || word.equals(",")
              || word.equals(".")
              // "SEOUL/TOKYO, Oct 4 (Reuters) -": a story filed from two places
              || word.equals("/")
              || word.equals("(")
              || word.equals(")")
              || word.equals("-LRB-")
              || word.equals("-RRB-");
      if (!fits) {
        return 0;
      }
    }
    return 0;
  }

  private static boolean isCapitals(String word) {
    long letters = word.chars().filter(Character::isLetter).count();
    return letters >= 2
        && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }
}
