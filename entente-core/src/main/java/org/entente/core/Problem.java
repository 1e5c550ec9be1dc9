package org.entente.core;

import static java.util.Objects.requireNonNull;

/**
 * One piece of input that was skipped, and why: a file, a line of a JSON Lines file, a document, an
 * overlong run of text, or a row of a GDELT file. Readers and importers never throw for bad data;
 * they report a problem and go on with the rest of the batch. {@link #toString()} is the one-line
 * message the CLI prints after {@code entente: }:
 *
 * <pre>
 * news.jsonl:37: malformed JSON: Unexpected end-of-input: expected close marker for Object
 * 20150218230000.export.CSV:12: SQLDATE '20151399' is not a date (YYYYMMDD)
 * </pre>
 *
 * @param file the file as the user named it, or {@code <stdin>}
 * @param line the 1-based line the problem is on, or 0 when it concerns the whole file
 * @param message what failed and the usual fix, without the file and line
 */
public record Problem(String file, long line, String message, Kind kind) {

  /** What kind of bad input was met; the CLI may count or group by it. */
  public enum Kind {
    /** A named file or directory does not exist. */
    MISSING_FILE,
    /** An extension Entente has no reader for. */
    UNSUPPORTED_TYPE,
    /** A file (or standard input) with nothing but white space in it. */
    EMPTY,
    /** NUL bytes or mostly control characters: not a text file. */
    BINARY,
    /** Bytes that are not UTF-8. */
    INVALID_UTF8,
    /** A line that is not JSON, or XML that does not parse. */
    MALFORMED,
    /** A record without a required field, or with one in the wrong form (a date not YYYY-MM-DD). */
    INVALID_FIELD,
    /** Text that does not look like English. */
    NOT_ENGLISH,
    /** A run of text without sentence breaks, too long to parse. */
    LONG_SENTENCE,
    /** A file larger than one document may be. */
    TOO_LARGE,
    /** An I/O error while reading. */
    UNREADABLE,
    /** A document with the id of another one and a different text. */
    ID_CONFLICT,
    /** A fault in Entente met while reading or coding one document (a bug); that one is skipped. */
    INTERNAL,
    /**
     * A row of a GDELT file that cannot be imported: a wrong number of columns, or a value that is
     * empty, does not parse or lies out of range.
     */
    REJECTED_ROW
  }

  public Problem {
    requireNonNull(file, "file is null");
    requireNonNull(message, "message is null");
    requireNonNull(kind, "kind is null");
    if (line < 0) {
      throw new IllegalArgumentException("line is negative: " + line);
    }
  }

  /** A problem with the whole file: {@code "notes.doc: unsupported file type '.doc'; ..."}. */
  public static Problem ofFile(String file, Kind kind, String message) {
    return new Problem(file, 0, message, kind);
  }

  /** A row of a GDELT file that was not imported: {@code "export.CSV:12: EventCode is empty"}. */
  public static Problem ofRow(String file, long line, String message) {
    return new Problem(file, line, message, Kind.REJECTED_ROW);
  }

  /**
   * The one-line message: {@code "file:line: message"}, or {@code "file: message"} when the problem
   * has no line.
   */
  @Override
  public String toString() {
    return line == 0 ? file + ": " + message : file + ":" + line + ": " + message;
  }
}
