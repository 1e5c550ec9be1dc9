package org.entente.nlp.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;
import org.entente.core.Problem;

/**
 * Reads lines of UTF-8 text with their numbers, a buffer at a time. A line that is not UTF-8 or is
 * longer than {@link #MAX_LINE_BYTES} is reported with its line number and byte offset and skipped,
 * so one bad line of a JSON Lines file costs that line only:
 *
 * <pre>
 * news.jsonl:12: invalid UTF-8 at byte offset 40961 (byte 0xE9); save the file as UTF-8 ...
 * </pre>
 */
final class Utf8LineReader implements Closeable {
  /** The longest line read: 256 MiB, far beyond any real document. */
  static final int MAX_LINE_BYTES = 256 << 20;

  /** A line and its 1-based number; the text has no line terminator. */
  record Line(int number, String text) {}

  private final InputStream in;
  private final String name;
  private final Consumer<Problem> problems;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private boolean endOfInput;
  private byte[] line = new byte[1024];
  private int lineNumber;
  private long nextLineOffset;

  Utf8LineReader(InputStream in, String name, Consumer<Problem> problems) {
    this.in = in;
    this.name = name;
    this.problems = problems;
  }

  /** The next line that is UTF-8, or {@code null} at the end of the input. */
  Line next() throws IOException {
    while (true) {
      long lineOffset = nextLineOffset;
      int length = 0;
      long lineBytes = 0;
      boolean sawAny = false;
      boolean terminated = false;
      while (!terminated) {
        if (position == limit && !fill()) {
          break;
        }
        sawAny = true;
        int end = position;
        while (end < limit && buffer[end] != '\n') {
          end++;
        }
        int count = end - position;
        lineBytes += count;
        if (lineBytes <= MAX_LINE_BYTES) {
          ensureCapacity(length + count);
          System.arraycopy(buffer, position, line, length, count);
          length += count;
        }
        terminated = end < limit;
        position = terminated ? end + 1 : end;
        nextLineOffset += count + (terminated ? 1 : 0);
      }
      if (!sawAny) {
        return null;
      }
      lineNumber++;
      if (lineBytes > MAX_LINE_BYTES) {
        problems.accept(
            new Problem(
                name,
                lineNumber,
                String.format(
                    Locale.ROOT,
                    "a line of %,d bytes, more than %d MiB; one document a line, under that size",
                    lineBytes,
                    MAX_LINE_BYTES >> 20),
                Problem.Kind.TOO_LARGE));
        continue;
      }
      if (length > 0 && line[length - 1] == '\r') {
        length--;
      }
      TextBytes.Decoded decoded = TextBytes.decode(line, length);
      if (decoded.text() != null) {
        return new Line(lineNumber, decoded.text());
      }
      int bad = decoded.badOffset();
      problems.accept(
          new Problem(
              name,
              lineNumber,
              TextBytes.invalidUtf8(line, bad, lineOffset + bad),
              Problem.Kind.INVALID_UTF8));
    }
  }

  private boolean fill() throws IOException {
    if (endOfInput) {
      return false;
    }
    int read = in.read(buffer);
    if (read < 0) {
      endOfInput = true;
      return false;
    }
    position = 0;
    limit = read;
    return true;
  }

  private void ensureCapacity(int capacity) {
    if (capacity > line.length) {
      line = Arrays.copyOf(line, Math.max(capacity, Math.min(2 * line.length, MAX_LINE_BYTES)));
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
