package org.entente.dictionary.petrarch;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.core.EntenteException;

/**
 * Reads a PETRARCH dictionary one line at a time and takes its comments out, as PETRARCH's {@code
 * read_FIN_line} does. Every dictionary format shares these comments:
 *
 * <pre>
 * &lt;!-- PETRARCH VALIDATION SUITE ACTOR DICTIONARY --&gt;
 * GOLLUM  # pas 27 Apr 03
 * </pre>
 *
 * <ul>
 *   <li>{@code #} starts a comment that runs to the end of the line, wherever it stands ({@code
 *       +WEST_PAPUA#_VERY_IFFY_} is the phrase {@code WEST_PAPUA}) — except inside {@code [...]},
 *       so that the validation suite's code {@code [###]} stays a code;
 *   <li>{@code <!-- ... -->} is a comment, on one line or over several;
 *   <li>lenient like PETRARCH: any other line starting with {@code <!} is a comment line ({@code <!
 *       -- NEW ACTORS FOR PETRARCH VALIDATION TEST -->});
 *   <li>lenient: bytes that are not UTF-8 become U+FFFD instead of stopping the load (PETRARCH
 *       reads bytes; dictionaries copied between systems carry stray Latin-1).
 * </ul>
 *
 * Blank lines carry no meaning in any format and are skipped.
 */
final class PetrarchLines implements AutoCloseable {

  /**
   * One line with content.
   *
   * @param text the content, without comments, stripped; never empty
   * @param comment the text after {@code #}, stripped, or empty
   */
  record Line(String file, int number, String text, String comment) {
    Line {
      requireNonNull(file, "file is null");
      requireNonNull(text, "text is null");
      requireNonNull(comment, "comment is null");
    }

    /** {@code file:line}, as {@link org.entente.dictionary.ActorEntry#origin()} writes it. */
    String origin() {
      return file + ":" + number;
    }

    /** A bad-data exception whose message starts with {@code file:line: }. */
    EntenteException error(String format, Object... args) {
      return EntenteException.badData(
          "%s:%d: %s", file, number, String.format(format, args).replace('\t', ' '));
    }
  }

  private final String file;
  private final BufferedReader reader;
  private int number;
  private int commentStart;

  PetrarchLines(String file, Reader in) {
    this.file = requireNonNull(file, "file is null");
    requireNonNull(in, "in is null");
    this.reader = in instanceof BufferedReader buffered ? buffered : new BufferedReader(in);
  }

  /** Opens a file as UTF-8, replacing bytes that are not UTF-8 rather than failing on them. */
  static Reader open(Path file) {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try {
      return new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder));
    } catch (IOException e) {
      throw EntenteException.badData("%s: cannot be read (%s)", file, e.getMessage());
    }
  }

  /** The name used in error messages. */
  static String nameOf(Path file) {
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }

  String file() {
    return file;
  }

  /** The next line with content, or {@code null} at the end of the file. */
  Line next() {
    String raw;
    while ((raw = readLine()) != null) {
      if (number == 1 && raw.startsWith("\uFEFF")) {
        raw = raw.substring(1);
      }
      Line line = strip(raw);
      if (line != null) {
        return line;
      }
    }
    if (commentStart > 0) {
      throw EntenteException.badData(
          "%s:%d: comment '<!--' is never closed (end it with -->)", file, commentStart);
    }
    return null;
  }

  private String readLine() {
    try {
      String raw = reader.readLine();
      if (raw != null) {
        number++;
      }
      return raw;
    } catch (IOException e) {
      throw new UncheckedIOException(file + ":" + (number + 1) + ": " + e.getMessage(), e);
    }
  }

  private Line strip(String raw) {
    String rest = raw;
    if (commentStart > 0) {
      int end = rest.indexOf("-->");
      if (end < 0) {
        return null;
      }
      rest = rest.substring(end + 3);
      commentStart = 0;
    }
    String leading = rest.stripLeading();
    if (leading.startsWith("<!") && !leading.startsWith("<!--")) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    String comment = "";
    while (!rest.isEmpty()) {
      int hash = hashOutsideBrackets(rest);
      int open = rest.indexOf("<!--");
      if (hash >= 0 && (open < 0 || hash < open)) {
        text.append(rest, 0, hash);
        comment = rest.substring(hash + 1).strip();
        break;
      }
      if (open < 0) {
        text.append(rest);
        break;
      }
      text.append(rest, 0, open).append(' ');
      int close = rest.indexOf("-->", open + 4);
      if (close < 0) {
        commentStart = number;
        break;
      }
      rest = rest.substring(close + 3);
    }
    String content = text.toString().strip();
    return content.isEmpty() ? null : new Line(file, number, content, comment);
  }

  private static int hashOutsideBrackets(String text) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '[') {
        depth++;
      } else if (c == ']' && depth > 0) {
        depth--;
      } else if (c == '#' && depth == 0) {
        return i;
      }
    }
    // A bracket left open does not hide the comment after it: "[~GOVX # note" is the code
    // "[~GOVX", which the reader then reports as not closed.
    return depth > 0 ? text.indexOf('#') : -1;
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }
}
