package org.entente.nlp.read;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds author bio boxes: a short block of a bare name line, optionally a line about that person,
 * and optionally link lines already marked as boilerplate. In the seed op-ed:
 *
 * <pre>
 * Dmitri Trenin
 * Trenin was director of the Carnegie Moscow Center from 2008 to early 2022.
 * More &gt;
 * </pre>
 *
 * <p>A <b>name line</b> is 2–4 capitalised words with no sentence punctuation or digits ("Dmitri
 * Trenin", "Jean-Pierre de la Fontaine", "John F. Kennedy"), none of them a common heading word
 * ("The Trade War" is not a name). An <b>about line</b> starts with a word of that name, or He/She,
 * followed by a verb of biography: "Trenin was director of ...", "Dmitri Trenin is a senior fellow
 * ...", "She has written ...".
 *
 * <p>The box must start a block (after a blank line, or after a line that ends a sentence when the
 * text puts paragraphs on single lines), so a name ending a normal paragraph is kept. It is removed
 * when it is a block by itself (the name alone, or with its about line), or when link lines follow
 * it. A name line followed by prose ("Vladimir Putin / Putin is due in Beijing on Monday. / He will
 * meet ...") is a heading and is kept.
 */
final class AuthorBox {
  private static final String WORD = "(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’-]*)";
  private static final String PARTICLE =
      "(?:de|van|von|der|den|bin|ibn|al|da|del|della|di|du|la|le|ter|ten|dos|das|el)";

  /** A person's name of 2–4 capitalised words, with particles ("Ursula von der Leyen"). */
  static final String NAME = WORD + "(?:\\s+(?:" + PARTICLE + "\\s+)*" + WORD + "){1,3}";

  private static final Pattern NAME_LINE = Pattern.compile(NAME);

  /** The longest name line, in characters. */
  static final int MAX_NAME_CHARS = 60;

  /** Capitalised words that make a line a heading or a label, not a name. */
  private static final Set<String> NOT_NAME_WORDS =
      words(
          "the a an and or of in on at for to with by from about more read share related"
              + " top latest most popular news home opinion editorial comments print email"
              + " subscribe follow us our your why how what who when where new is are was will"
              + " not no it this that its their as but up after over says said my we i");

  private static final Set<String> BIO_VERBS =
      words(
          "is was has had serves served teaches taught heads headed directs directed"
              + " leads led writes wrote works worked holds held joined covers covered"
              + " specializes specialises");

  /** Marks the lines of every bio box in {@code lines} as removed. */
  void mark(String[] lines, boolean[] removed) {
    for (int i = 0; i < lines.length; i++) {
      if (removed[i] || !isNameLine(lines[i])) {
        continue;
      }
      String previous = previousKept(lines, removed, i);
      boolean blockStart = previous == null || previous.isEmpty();
      boolean afterSentence = blockStart || endsSentence(previous);
      int next = i + 1;
      boolean about = next < lines.length && !removed[next] && isAboutLine(lines[next], lines[i]);
      next += about ? 1 : 0;
      boolean links = false;
      while (next < lines.length && removed[next] && !lines[next].isEmpty()) {
        links = true;
        next++;
      }
      boolean blockEnd = next == lines.length || lines[next].isEmpty();
      if (afterSentence && (blockEnd && (blockStart || about) || links)) {
        removed[i] = true;
        if (about) {
          removed[i + 1] = true;
        }
      }
    }
  }

  static boolean isNameLine(String line) {
    if (line.length() > MAX_NAME_CHARS || !NAME_LINE.matcher(line).matches()) {
      return false;
    }
    for (String word : line.split("\\s+")) {
      if (NOT_NAME_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** "Trenin was director of ...", "Dmitri Trenin is a ...", "He has written ...". */
  static boolean isAboutLine(String line, String nameLine) {
    if (line.length() > BoilerplateFilter.MAX_NOTE_CHARS) {
      return false;
    }
    Set<String> name = new HashSet<>();
    for (String word : nameLine.split("\\s+")) {
      if (word.length() > 2 || !word.endsWith(".")) {
        name.add(word);
      }
    }
    String[] words = line.split("\\s+");
    int w = 0;
    if (words[0].equals("He") || words[0].equals("She")) {
      w = 1;
    } else {
      while (w < words.length && name.contains(words[w])) {
        w++;
      }
    }
    return w > 0 && w < words.length && BIO_VERBS.contains(words[w]);
  }

  private static String previousKept(String[] lines, boolean[] removed, int i) {
    for (int j = i - 1; j >= 0; j--) {
      if (!removed[j]) {
        return lines[j];
      }
    }
    return null;
  }

  private static boolean endsSentence(String line) {
    return !line.isEmpty() && ".!?\"”’)".indexOf(line.charAt(line.length() - 1)) >= 0;
  }

  private static Set<String> words(String spaceSeparated) {
    return Set.of(spaceSeparated.split(" "));
  }
}
