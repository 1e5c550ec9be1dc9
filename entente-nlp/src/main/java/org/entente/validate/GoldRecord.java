package org.entente.validate;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.entente.core.Document;

/**
 * One record of a gold file: a sentence to code and the events it should yield.
 *
 * @param line the line of the record in its file, for messages
 * @param category what per-category tables group by: the PLOVER type, or PETRARCH's {@code
 *     category} (else the id up to its last {@code -})
 * @param document the sentence as a document to code
 * @param expected the gold events; empty when the record expects none
 * @param parse the record's Penn Treebank parse (PETRARCH's {@code <Parse>}), or empty
 */
public record GoldRecord(
    int line, String category, Document document, List<ExpectedEvent> expected, String parse) {

  public GoldRecord {
    requireNonNull(category, "category is null");
    requireNonNull(document, "document is null");
    expected = List.copyOf(expected);
    parse = parse == null ? "" : parse;
  }

  /** A record without a parse of its own. */
  public GoldRecord(int line, String category, Document document, List<ExpectedEvent> expected) {
    this(line, category, document, expected, "");
  }

  public String id() {
    return document.id();
  }
}
