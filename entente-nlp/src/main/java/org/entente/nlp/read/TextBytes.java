package org.entente.nlp.read;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import org.entente.core.Problem;

/**
 * The byte-level checks every input gets before a reader looks at it: empty, binary, too large, not
 * UTF-8. Each failure is one problem naming the file, with the byte offset and line where a
 * position helps ({@code "notes.txt:3: invalid UTF-8 at byte offset 97 (byte 0xE9); ..."}).
 */
final class TextBytes {
  /** How much of the start of an input is looked at to tell text from binary. */
  static final int SNIFF_BYTES = 8192;

  /** Above this share of control characters in the first {@link #SNIFF_BYTES}, it is binary. */
  static final double MAX_CONTROL_SHARE = 0.10;

  /** The largest file read as one document (.txt, .html): 64 MiB. */
  static final int MAX_DOCUMENT_BYTES = 64 << 20;

  private TextBytes() {}

  /** Opens a file; returns {@code null} after reporting the problem when it is missing. */
  static InputStream openFile(Path file, Consumer<Problem> problems) {
    try {
      return Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      problems.accept(
          Problem.ofFile(
              file.toString(),
              Problem.Kind.MISSING_FILE,
              "no such file; check the path and the spelling"));
    } catch (IOException e) {
      problems.accept(
          Problem.ofFile(file.toString(), Problem.Kind.UNREADABLE, "cannot open: " + e));
    }
    return null;
  }

  /**
   * Buffers {@code in} and checks its start; returns {@code null} after reporting the problem when
   * it is empty or binary.
   */
  static BufferedInputStream open(InputStream in, String name, Consumer<Problem> problems)
      throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, SNIFF_BYTES * 2);
    byte[] start;
    try {
      buffered.mark(SNIFF_BYTES + 1);
      start = buffered.readNBytes(SNIFF_BYTES);
      buffered.reset();
    } catch (IOException e) {
      buffered.close();
      throw e;
    }
    String problem = sniff(start, start.length < SNIFF_BYTES);
    if (problem == null) {
      return buffered;
    }
    Problem.Kind kind = problem.startsWith("empty") ? Problem.Kind.EMPTY : Problem.Kind.BINARY;
    problems.accept(Problem.ofFile(name, kind, problem));
    buffered.close();
    return null;
  }

  /** Why the start of an input is not text, or {@code null} when it looks like text. */
  static String sniff(byte[] start, boolean wholeInput) {
    if (start.length >= 2
        && ((start[0] == (byte) 0xFF && start[1] == (byte) 0xFE)
            || (start[0] == (byte) 0xFE && start[1] == (byte) 0xFF))) {
      return "UTF-16 text (byte-order mark); Entente reads UTF-8: convert it, e.g."
          + " iconv -f UTF-16 -t UTF-8";
    }
    int control = 0;
    boolean blank = true;
    for (int i = 0; i < start.length; i++) {
      int b = start[i] & 0xFF;
      if (b == 0) {
        return "binary file (NUL byte at offset "
            + i
            + "); Entente reads UTF-8 text: .jsonl, .txt, .html, .xml";
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7F) {
        control++;
      }
      blank &= Character.isWhitespace(b) || (i < 3 && isByteOrderMark(start, i));
    }
    if (blank && wholeInput) {
      return "empty file; nothing to read";
    }
    if (start.length > 0 && control > MAX_CONTROL_SHARE * start.length) {
      return String.format(
          Locale.ROOT,
          "binary file (%d%% control characters in the first %d bytes); Entente reads UTF-8 text",
          100 * control / start.length,
          start.length);
    }
    return null;
  }

  private static boolean isByteOrderMark(byte[] bytes, int i) {
    return bytes.length >= 3
        && bytes[0] == (byte) 0xEF
        && bytes[1] == (byte) 0xBB
        && bytes[2] == (byte) 0xBF;
  }

  /**
   * Reads a whole input as one document's text; returns {@code null} after reporting a problem when
   * it is too large or not UTF-8. A UTF-8 byte-order mark is dropped.
   */
  static String readDocument(InputStream in, String name, Consumer<Problem> problems)
      throws IOException {
    byte[] bytes = readDocumentBytes(in, name, problems);
    return bytes == null ? null : decodeDocument(bytes, name, problems);
  }

  /** Reads a whole input; returns {@code null} after reporting when it is too large. */
  static byte[] readDocumentBytes(InputStream in, String name, Consumer<Problem> problems)
      throws IOException {
    byte[] bytes = in.readNBytes(MAX_DOCUMENT_BYTES + 1);
    if (bytes.length > MAX_DOCUMENT_BYTES) {
      problems.accept(
          Problem.ofFile(
              name,
              Problem.Kind.TOO_LARGE,
              "larger than "
                  + (MAX_DOCUMENT_BYTES >> 20)
                  + " MiB, too large for one document; split it, or write it as JSON Lines"));
      return null;
    }
    return bytes;
  }

  /** Decodes a whole input as UTF-8; returns {@code null} after reporting the first bad byte. */
  static String decodeDocument(byte[] bytes, String name, Consumer<Problem> problems) {
    Decoded decoded = decode(bytes, bytes.length);
    if (decoded.text() == null) {
      int line = 1;
      for (int i = 0; i < decoded.badOffset(); i++) {
        line += bytes[i] == '\n' ? 1 : 0;
      }
      problems.accept(
          new Problem(
              name,
              line,
              invalidUtf8(bytes, decoded.badOffset(), decoded.badOffset()),
              Problem.Kind.INVALID_UTF8));
      return null;
    }
    return decoded.text();
  }

  /** The text of {@code bytes[0, length)}, or the offset of the first byte that is not UTF-8. */
  record Decoded(String text, int badOffset) {}

  static Decoded decode(byte[] bytes, int length) {
    int start = isByteOrderMark(bytes, 0) && length >= 3 ? 3 : 0;
    CharsetDecoder decoder =
        UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, length - start);
    CharBuffer out = CharBuffer.allocate(length - start);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      return new Decoded(null, in.position());
    }
    decoder.flush(out);
    return new Decoded(out.flip().toString(), -1);
  }

  /** The message for a byte that is not UTF-8, at {@code fileOffset} in the file. */
  static String invalidUtf8(byte[] bytes, int index, long fileOffset) {
    return String.format(
        Locale.ROOT,
        "invalid UTF-8 at byte offset %d (byte 0x%02X); save the file as UTF-8 (it may be"
            + " Latin-1 or Windows-1252: iconv -f WINDOWS-1252 -t UTF-8)",
        fileOffset,
        bytes[index] & 0xFF);
  }
}
