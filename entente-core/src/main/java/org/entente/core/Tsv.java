package org.entente.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Reads Entente's tab-separated data files: one entry a line, {@code #} starts a comment (a whole
 * line, or after a tab), blank lines are skipped. Every row remembers where it came from, so a
 * loader can say {@code actors.tsv:212: unknown agent 'GOVX'}.
 */
public final class Tsv {

  private Tsv() {}

  /** One data line: its fields and its place. */
  public record Row(String file, int line, List<String> fields) {
    public Row {
      Objects.requireNonNull(file, "file is null");
      fields = List.copyOf(fields);
    }

    public String field(int index) {
      return index < fields.size() ? fields.get(index) : "";
    }

    /** The field split on {@code ;}, trimmed, without empty items. */
    public List<String> list(int index) {
      List<String> items = new ArrayList<>();
      for (String item : field(index).split(";")) {
        String trimmed = item.strip();
        if (!trimmed.isEmpty()) {
          items.add(trimmed);
        }
      }
      return items;
    }

    /** An exception whose message starts with this row's {@code file:line}. */
    public EntenteException error(String format, Object... args) {
      return EntenteException.badData("%s:%d: %s", file, line, String.format(format, args));
    }

    public Row requireFields(int min, int max) {
      if (fields.size() < min || fields.size() > max) {
        String expected = min == max ? String.valueOf(min) : min + " to " + max;
        throw error(
            "expected %s tab-separated columns, found %d (is a tab missing or a space used"
                + " instead?)",
            expected, fields.size());
      }
      return this;
    }
  }

  /** Reads a classpath resource next to {@code anchor}. */
  public static List<Row> readResource(Class<?> anchor, String name) {
    InputStream in = anchor.getResourceAsStream(name);
    if (in == null) {
      throw new EntenteException(
          EntenteException.Kind.INTERNAL,
          "resource " + name + " is missing from the classpath next to " + anchor.getName());
    }
    return read(name.substring(name.lastIndexOf('/') + 1), in);
  }

  /** Reads rows from a stream; {@code file} names it in error messages. */
  public static List<Row> read(String file, InputStream in) {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    List<Row> rows = new ArrayList<>();
    int lineNumber = 0;
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder))) {
      String line;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        String content = stripComment(line);
        if (content.isBlank()) {
          continue;
        }
        String[] parts = content.split("\t", -1);
        List<String> fields = new ArrayList<>(Arrays.asList(parts));
        fields.replaceAll(String::strip);
        while (!fields.isEmpty() && fields.get(fields.size() - 1).isEmpty()) {
          fields.remove(fields.size() - 1);
        }
        rows.add(new Row(file, lineNumber, fields));
      }
    } catch (CharacterCodingException e) {
      throw EntenteException.badData(
          "%s:%d: not valid UTF-8 text (save the file as UTF-8)", file, lineNumber + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
    return rows;
  }

  private static String stripComment(String line) {
    if (line.stripLeading().startsWith("#")) {
      return "";
    }
    int comment = line.indexOf("\t#");
    return comment >= 0 ? line.substring(0, comment) : line;
  }
}
