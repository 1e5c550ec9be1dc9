package org.entente.dictionary;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How dictionary phrases and text tokens are compared. Both sides go through {@link #key}: accents
 * dropped, curly quotes straightened, lower case — except short all-capital abbreviations ("US",
 * "UN", "EU"), which keep their case so that the pronoun "us" is not the United States.
 */
public final class Phrases {

  private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
  private static final int ABBREVIATION_MAX = 6;

  private Phrases() {}

  /** The comparison key of one token or word piece. */
  public static String key(String token) {
    // most words are plain ASCII, which need no normalising: this runs for every word matched
    String plain =
        isAscii(token)
            ? token
            : DIACRITICS.matcher(Normalizer.normalize(token, Normalizer.Form.NFD)).replaceAll("");
    plain = plain.replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'');
    if (isAbbreviation(plain)) {
      return plain;
    }
    return plain.toLowerCase(Locale.ROOT);
  }

  /** Whether a word has only ASCII characters, which Unicode normalisation leaves as they are. */
  public static boolean isAscii(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  /** "US", "U.S.", "NATO", "PRC": upper-case letters (and dots), at most six letters. */
  static boolean isAbbreviation(String token) {
    int letters = 0;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        letters++;
      } else if (c != '.') {
        return false;
      }
    }
    return letters >= 2 && letters <= ABBREVIATION_MAX;
  }

  /**
   * Keys a token may match under, most exact first: the key itself; for an all-capital word the
   * lower-case form ("CHINA" in a headline); the lemma's key; and regular singulars of a lower-case
   * key ("russians" → "russian", "companies" → "company", "forces" → "force").
   */
  public static List<String> candidates(String token, String lemma) {
    List<String> keys = new ArrayList<>(4);
    String key = key(token);
    keys.add(key);
    if (!key.equals(key.toLowerCase(Locale.ROOT))) {
      addIfNew(keys, key.toLowerCase(Locale.ROOT));
    }
    if (lemma != null && !lemma.isEmpty()) {
      addIfNew(keys, key(lemma));
    }
    String lower = key.toLowerCase(Locale.ROOT);
    if (lower.equals(key) && lower.length() > 3) {
      if (lower.endsWith("'s")) {
        addIfNew(keys, lower.substring(0, lower.length() - 2));
      } else if (lower.endsWith("ies")) {
        addIfNew(keys, lower.substring(0, lower.length() - 3) + "y");
      } else if (lower.endsWith("s") && !lower.endsWith("ss")) {
        addIfNew(keys, lower.substring(0, lower.length() - 1));
        if (lower.endsWith("es")) {
          addIfNew(keys, lower.substring(0, lower.length() - 2));
        }
      }
    }
    return keys;
  }

  private static void addIfNew(List<String> keys, String key) {
    if (!key.isEmpty() && !keys.contains(key)) {
      keys.add(key);
    }
  }

  /**
   * Splits a dictionary phrase (or a phrase typed at the command line) into word pieces the way the
   * text side sees them: at white space, with {@code 's} split off and hyphens splitting words. A
   * hyphen at the end of the phrase ("Sino-") is reported by {@link WordPiece#hyphenAfter()}.
   */
  public static List<WordPiece> split(String phrase) {
    List<WordPiece> pieces = new ArrayList<>();
    int index = 0;
    for (String word : phrase.strip().split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      appendWord(word, null, index++, pieces);
    }
    return pieces;
  }

  /**
   * Prefixes that make a word a stance toward a country, not the country, and keep it whole: "the
   * pro-Iranian Hizbollah group" is Lebanese. ("anti-" is not one: "anti-Baghdad Kurdish
   * guerrillas" are Iraq's rebels, the country they fight.)
   */
  static final Set<String> STANCE_PREFIXES = Set.of("pro-", "non-");

  /**
   * Appends the pieces of one token: "Moscow-Beijing" is "Moscow" (hyphen after) and "Beijing";
   * "Russia's" is "Russia" and "'s"; a lone "-" marks the piece before it.
   */
  public static void appendWord(String word, String lemma, int tokenIndex, List<WordPiece> pieces) {
    String normalized = word.replace('\u2019', '\'');
    if (normalized.equals("-") || normalized.equals("\u2013") || normalized.equals("--")) {
      markHyphen(pieces);
      return;
    }
    String possessive = null;
    if (normalized.length() > 2 && (normalized.endsWith("'s") || normalized.endsWith("'S"))) {
      possessive = normalized.substring(normalized.length() - 2);
      normalized = normalized.substring(0, normalized.length() - 2);
      word = word.substring(0, word.length() - 2);
    }
    boolean stance = false;
    for (String prefix : STANCE_PREFIXES) {
      stance |= normalized.regionMatches(true, 0, prefix, 0, prefix.length());
    }
    int start = 0;
    for (int i = 0; i <= normalized.length(); i++) {
      if (i == normalized.length() || (normalized.charAt(i) == '-' && !stance)) {
        if (i > start) {
          boolean whole = start == 0 && i == normalized.length() && possessive == null;
          pieces.add(
              new WordPiece(word.substring(start, i), whole ? lemma : null, tokenIndex, false));
        }
        if (i < normalized.length()) {
          markHyphen(pieces);
        }
        start = i + 1;
      }
    }
    if (possessive != null) {
      pieces.add(new WordPiece(possessive, null, tokenIndex, false));
    }
  }

  private static void markHyphen(List<WordPiece> pieces) {
    if (!pieces.isEmpty()) {
      WordPiece last = pieces.remove(pieces.size() - 1);
      pieces.add(new WordPiece(last.text(), last.lemma(), last.token(), true));
    }
  }

  /** Keys of a phrase's pieces. */
  public static List<String> keys(List<WordPiece> pieces) {
    List<String> keys = new ArrayList<>(pieces.size());
    for (WordPiece piece : pieces) {
      keys.add(key(piece.text()));
    }
    return keys;
  }
}
