package org.entente.dictionary.petrarch;

import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a PETRARCH discard list such as {@code Phoenix.discards.txt}: one phrase a line, {@code +}
 * before the story-level ones.
 *
 * <pre>
 * MONTHS LATER
 * +World Golf Championships   # pas 26-Feb-2014
 * GROUP A_
 * </pre>
 *
 * <p>Leniency: spaces after the {@code +} are ignored ({@code + World Golf Championships}), and the
 * case of the phrase is kept as written (PETRARCH compares in upper case). Errors: a {@code +}
 * without a phrase, a line with a code in {@code [...]} (discards take none).
 */
public final class PetrarchDiscardReader {

  private PetrarchDiscardReader() {}

  public static List<PetrarchDiscard> read(Path file) {
    return PetrarchReading.readFile(file, PetrarchDiscardReader::read);
  }

  /** Reads from {@code in}; {@code fileName} names it in error messages. */
  public static List<PetrarchDiscard> read(String fileName, Reader in) {
    try (PetrarchLines lines = new PetrarchLines(fileName, in)) {
      return read(lines);
    }
  }

  private static List<PetrarchDiscard> read(PetrarchLines lines) {
    List<PetrarchDiscard> discards = new ArrayList<>();
    PetrarchLines.Line line;
    while ((line = lines.next()) != null) {
      String text = line.text();
      if (text.indexOf('[') >= 0) {
        throw line.error("discard '%s' has a code; discards are phrases alone", text);
      }
      PetrarchDiscard.Scope scope = PetrarchDiscard.Scope.SENTENCE;
      if (text.startsWith("+")) {
        scope = PetrarchDiscard.Scope.STORY;
        text = text.substring(1);
        if (text.isBlank()) {
          throw line.error("story-level discard '+' has no phrase");
        }
      }
      PetrarchPhrase phrase = PetrarchReading.phrase(line, text, "discard");
      discards.add(new PetrarchDiscard(phrase, scope, line.origin()));
    }
    return discards;
  }
}
