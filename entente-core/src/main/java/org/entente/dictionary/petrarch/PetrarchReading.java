package org.entente.dictionary.petrarch;

import java.util.function.Function;

/**
 * Small steps the PETRARCH readers share, each turning a problem into a {@code file:line} error.
 */
final class PetrarchReading {

  private PetrarchReading() {}

  /** A code such as {@code USAGOV} or {@code 042:043}. */
  static PetrarchCode code(PetrarchLines.Line line, String text) {
    try {
      return new PetrarchCode(text.strip());
    } catch (IllegalArgumentException e) {
      throw line.error("%s", e.getMessage());
    }
  }

  /** A phrase such as {@code THE_UNITED_NATIONS_}; {@code what} names it in the error. */
  static PetrarchPhrase phrase(PetrarchLines.Line line, String text, String what) {
    try {
      return PetrarchPhrase.parse(text);
    } catch (IllegalArgumentException e) {
      throw line.error("%s '%s' has no words", what, text.strip());
    }
  }

  /**
   * The index of {@code close} after the opening bracket at {@code open}; an error {@code <what>
   * '[~GOVX' is not closed} when there is none.
   */
  static int closing(PetrarchLines.Line line, String text, int open, char close, String what) {
    int end = text.indexOf(close, open + 1);
    if (end < 0) {
      throw line.error("%s '%s' is not closed", what, text.substring(open).strip());
    }
    return end;
  }

  /** Reads every line of a file with {@code reader}, closing the file. */
  static <T> T readFile(java.nio.file.Path file, Function<PetrarchLines, T> reader) {
    try (PetrarchLines lines =
        new PetrarchLines(PetrarchLines.nameOf(file), PetrarchLines.open(file))) {
      return reader.apply(lines);
    }
  }
}
