package org.entente.coder;

import org.entente.text.ParsedDocument;

/**
 * Codes a parsed document into events: Entente's {@link EventCoder}, or the PETRARCH coder that
 * {@code --dictionaries petrarch:} chooses ({@code org.entente.coder.petrarch}). Implementations
 * are thread-safe.
 */
public interface ParsedDocumentCoder {

  /** Codes {@code parsed}; a document without a date is dated {@code undatedOn}. */
  CodedDocument code(ParsedDocument parsed, java.time.LocalDate undatedOn);
}
