package org.entente.nlp.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.core.Document;

/**
 * Splits a document too long to code at once into parts coded one at a time, so the memory a
 * document takes stays bounded: CoreNLP holds the annotations of a whole document, and a 1 MB text
 * took 2.4 GB of heap and 85 s, a 5 MB one exhausted a 3 GB heap. A text of at most {@link
 * #MAX_CHARS} characters is one part, the document itself. A longer one is cut at paragraph breaks
 * (blank lines), else at line breaks, else after a sentence, else at a space, into parts of at most
 * that size; nothing is dropped. The first part keeps the document's id, the others are {@code
 * id~2}, {@code id~3}, … with the same date, title, url and source:
 *
 * <pre>
 * report (250,000 characters) → report (99,870), report~2 (99,950), report~3 (50,180)
 * </pre>
 */
final class DocumentParts {

  /** The longest text coded as one document, in characters (about 15,000 words). */
  static final int MAX_CHARS = 100_000;

  /** What joins the id of a long document and the number of a part after the first. */
  static final String PART_SEPARATOR = "~";

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’)]*\\s+");

  private final int maxChars;

  DocumentParts() {
    this(MAX_CHARS);
  }

  DocumentParts(int maxChars) {
    if (maxChars < 2) {
      throw new IllegalArgumentException("maxChars must be at least 2, not " + maxChars);
    }
    this.maxChars = maxChars;
  }

  /** The document as it is when it is short enough, else its parts in text order. */
  List<Document> split(Document document) {
    String text = document.text();
    if (text.length() <= maxChars) {
      return List.of(document);
    }
    List<Document> parts = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = cut(text, start);
      String part = text.substring(start, end).strip();
      if (!part.isEmpty()) {
        String id =
            parts.isEmpty() ? document.id() : document.id() + PART_SEPARATOR + (parts.size() + 1);
        parts.add(document.part(id, part));
      }
      start = end;
    }
    return parts;
  }

  /** Where the part starting at {@code start} ends: the last good break within the limit. */
  private int cut(String text, int start) {
    int limit = start + maxChars;
    if (limit >= text.length()) {
      return text.length();
    }
    int half = start + maxChars / 2;
    int paragraph = text.lastIndexOf("\n\n", limit - 2);
    if (paragraph >= half) {
      return paragraph + 2;
    }
    int line = text.lastIndexOf('\n', limit - 1);
    if (line >= half) {
      return line + 1;
    }
    int sentence = -1;
    Matcher end = SENTENCE_END.matcher(text).region(half, limit);
    while (end.find()) {
      sentence = end.end();
    }
    if (sentence > 0) {
      return sentence;
    }
    int space = text.lastIndexOf(' ', limit - 1);
    return space >= half ? space + 1 : limit;
  }
}
