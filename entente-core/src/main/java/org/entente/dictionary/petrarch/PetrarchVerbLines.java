package org.entente.dictionary.petrarch;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the single lines of a verb dictionary: block headers, verbs, patterns and transformations.
 * {@link PetrarchVerbReader} decides which line is which.
 */
final class PetrarchVerbLines {

  private static final Logger LOG = LoggerFactory.getLogger(PetrarchVerbLines.class);

  private PetrarchVerbLines() {}

  /** A block header: {@code --- ACCELERATE [---] ---}. */
  record Header(String name, PetrarchCode code) {}

  /**
   * Reads a header. Lenient: the closing {@code ---} may be missing ({@code --- TROUBLED [---] #
   * NOUN ---}, where {@code #} starts a comment) or doubled ({@code --- DISGRACE [110]--- ---}),
   * and a header without a code gets {@code ---}, as in PETRARCH.
   */
  static Header header(PetrarchLines.Line line) {
    String text = line.text().replaceFirst("^-+", "").replaceFirst("[-\\s]+$", "");
    int open = text.indexOf('[');
    String name = (open < 0 ? text : text.substring(0, open)).strip();
    if (name.isEmpty()) {
      throw line.error("verb block header '%s' has no verb", line.text());
    }
    if (open < 0) {
      return new Header(name, new PetrarchCode(PetrarchCode.NONE));
    }
    int close = PetrarchReading.closing(line, text, open, ']', "code");
    String after = text.substring(close + 1).strip();
    if (after.matches("(\\[[^\\[\\]]*\\]\\s*)+")) {
      LOG.warn("{}: header codes after the first are ignored: {}", line.origin(), after);
    } else if (!after.isEmpty()) {
      throw line.error("unexpected '%s' in the verb block header", after);
    }
    return new Header(name, PetrarchReading.code(line, text.substring(open + 1, close)));
  }

  /**
   * Reads a verb line: {@code HURRY {HURRIES HURRYING HURRIED }}, {@code +CALL_OFF [160]}. Lenient:
   * forms may be separated by commas ({@code {+WAS_DETERMINED , +BE_DETERMINED}}), and TABARI's
   * comment character {@code ;} ends the line ({@code SCRAP {SCRAPPING SCRAPS SCRAPPED };shan
   * 8/30/93}).
   */
  static PetrarchVerbForm form(PetrarchLines.Line line) {
    String text = line.text();
    int end = 0;
    while (end < text.length() && "{[;".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    String main = text.substring(0, end).strip();
    List<String> words = new ArrayList<>();
    int verbIndex = -1;
    for (String word : main.split("[_\\s]+")) {
      if (word.startsWith("+")) {
        if (verbIndex >= 0) {
          throw line.error("verb '%s' marks more than one word with '+'; mark the verb only", main);
        }
        verbIndex = words.size();
        word = word.substring(1);
      }
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    if (words.isEmpty() || verbIndex >= words.size()) {
      throw line.error("verb line '%s' has no verb", text);
    }
    List<String> forms = new ArrayList<>();
    boolean braces = false;
    PetrarchCode code = null;
    int i = end;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '{' && !braces) {
        int close = PetrarchReading.closing(line, text, i, '}', "forms");
        for (String form : text.substring(i + 1, close).split("[\\s,]+")) {
          if (!form.isEmpty()) {
            forms.add(form);
          }
        }
        braces = true;
        i = close + 1;
      } else if (c == '[' && code == null) {
        int close = PetrarchReading.closing(line, text, i, ']', "code");
        code = PetrarchReading.code(line, text.substring(i + 1, close));
        i = close + 1;
      } else if (c == ';') {
        break;
      } else {
        throw line.error("unexpected '%s' after the verb '%s'", text.substring(i).strip(), main);
      }
    }
    return new PetrarchVerbForm(
        main, words, Math.max(verbIndex, 0), forms, !braces, code, line.origin());
  }

  /**
   * Reads a pattern: {@code - * (TO BORDER) [154] # RUSH}. Lenient: brackets are not checked for
   * balance ({@code CAMEO.2.0.txt} has {@code - * VENTURE (WITH VISIT) VISIT)[042:043]}).
   */
  static PetrarchPattern pattern(PetrarchLines.Line line) {
    String body = line.text().substring(1);
    int open = body.lastIndexOf('[');
    if (open < 0) {
      throw line.error("pattern '%s' has no code (end it with [code])", line.text());
    }
    int close = PetrarchReading.closing(line, body, open, ']', "code");
    if (!body.substring(close + 1).isBlank()) {
      throw line.error(
          "unexpected '%s' after the pattern's code", body.substring(close + 1).strip());
    }
    String text = body.substring(0, open).strip();
    if (text.indexOf('[') >= 0 || text.indexOf(']') >= 0) {
      throw line.error("pattern '%s' has more than one code", line.text());
    }
    int star = text.indexOf('*');
    if (star < 0) {
      throw line.error("pattern '%s' has no '*' for the verb", line.text());
    }
    if (text.indexOf('*', star + 1) >= 0) {
      throw line.error("pattern '%s' has more than one '*'; one marks the verb", line.text());
    }
    PetrarchCode code = PetrarchReading.code(line, body.substring(open + 1, close));
    return new PetrarchPattern(
        text,
        tokens(text.substring(0, star)),
        tokens(text.substring(star + 1)),
        code,
        line.comment(),
        line.origin());
  }

  /** Splits at white space, with each of {@code ( ) { }} a token of its own. */
  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean bracket = "(){}".indexOf(c) >= 0;
      if (Character.isWhitespace(c) || bracket) {
        if (word.length() > 0) {
          tokens.add(word.toString());
          word.setLength(0);
        }
        if (bracket) {
          tokens.add(String.valueOf(c));
        }
      } else {
        word.append(c);
      }
    }
    if (word.length() > 0) {
      tokens.add(word.toString());
    }
    return tokens;
  }

  /** Reads a transformation: {@code ~ a (a b ATTACK) SAY = a b 015}. */
  static PetrarchTransformation transformation(PetrarchLines.Line line) {
    String body = line.text().substring(1);
    int equals = body.indexOf('=');
    if (equals < 0) {
      throw line.error("transformation '%s' has no '=' before its result", line.text());
    }
    List<String> pattern = words(body.substring(0, equals));
    List<String> result = words(body.substring(equals + 1));
    if (pattern.isEmpty() || result.isEmpty()) {
      throw line.error("transformation '%s' needs a pattern and a result", line.text());
    }
    return new PetrarchTransformation(pattern, result, line.origin());
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String word : text.strip().split("\\s+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }
}
