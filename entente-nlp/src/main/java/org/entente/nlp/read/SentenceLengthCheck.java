package org.entente.nlp.read;

import java.util.Locale;
import java.util.function.Consumer;
import org.entente.core.Problem;

/**
 * Finds runs of text too long to be a sentence: more than {@link #MAX_SENTENCE_CHARS} characters
 * without {@code . ! ?} or a line break — a table flattened into one line, a base64 blob, a 2 MB
 * scrape with the punctuation stripped. A parser's time and memory grow faster than linearly with
 * sentence length, so one such run can stall a whole batch.
 *
 * <p>Only the run is left out, not the document: it is replaced by a paragraph break, and the
 * sentences before and after it are kept, since an article with one garbled block is otherwise real
 * text. The problem says where the run starts:
 *
 * <pre>
 * dump.txt:12: a single sentence of 2,097,152 characters; split the text or check the file (that
 * run is left out, the rest of the document is read)
 * </pre>
 */
final class SentenceLengthCheck {
  /** The longest run without a sentence break that is read; a long real sentence is ~1,000. */
  static final int MAX_SENTENCE_CHARS = 20_000;

  /** Returns {@code text} without its overlong runs, reporting each. */
  String dropLongRuns(String text, TextOrigin origin, Consumer<Problem> problems) {
    StringBuilder kept = null;
    int keptUpTo = 0;
    int runStart = 0;
    int lineIndex = 0;
    int runLineIndex = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '\n';
      if (c != '.' && c != '!' && c != '?' && c != '\n') {
        continue;
      }
      int length = strippedLength(text, runStart, i);
      if (length > MAX_SENTENCE_CHARS) {
        problems.accept(
            new Problem(
                origin.file(),
                origin.lineOf(runLineIndex),
                String.format(
                    Locale.ROOT,
                    "a single sentence of %,d characters; split the text or check the file (that"
                        + " run is left out, the rest of the document is read)",
                    length),
                Problem.Kind.LONG_SENTENCE));
        kept = kept == null ? new StringBuilder(text.length()) : kept;
        kept.append(text, keptUpTo, runStart).append("\n\n");
        keptUpTo = Math.min(i + 1, text.length());
      }
      if (c == '\n') {
        lineIndex++;
      }
      runStart = i + 1;
      runLineIndex = lineIndex;
    }
    return kept == null ? text : kept.append(text, keptUpTo, text.length()).toString();
  }

  private static int strippedLength(String text, int from, int to) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    return to - from;
  }
}
