package org.entente.nlp.read;

import static java.util.Objects.requireNonNull;

/**
 * Where a document's text came from, so a problem found inside the text can name a line.
 *
 * @param file the file as the user named it
 * @param line the line the document starts on (1 for a whole file, N for line N of a JSON Lines
 *     file), or 0 when unknown (HTML, whose text is extracted from markup)
 * @param linesFollowFile whether line k of the text is line {@code line + k} of the file (true for
 *     {@code .txt}; false for a JSON Lines record, whose whole text is on one line)
 */
record TextOrigin(String file, int line, boolean linesFollowFile) {

  TextOrigin {
    requireNonNull(file, "file is null");
  }

  /** The line a problem with the whole document names: 0 when the document is the whole file. */
  int documentLine() {
    return linesFollowFile ? 0 : line;
  }

  /** The file line of the text's 0-based line {@code textLine}. */
  int lineOf(int textLine) {
    return linesFollowFile ? line + textLine : line;
  }
}
