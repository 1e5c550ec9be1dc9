package org.entente.text;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.entente.core.Document;

/**
 * A document and its parsed sentences.
 *
 * @param skipped notes on sentences the parser left out (e.g. too long to parse), one line each
 */
public record ParsedDocument(
    Document document, List<ParsedSentence> sentences, List<String> skipped) {
  public ParsedDocument {
    requireNonNull(document, "document is null");
    sentences = List.copyOf(sentences);
    skipped = List.copyOf(skipped);
  }
}
