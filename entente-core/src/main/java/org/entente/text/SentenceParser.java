package org.entente.text;

import org.entente.core.Document;

/**
 * Splits a document into sentences and parses them: tokens, lemmas, tags, dates and enhanced
 * dependencies. Implementations must be safe to call from several threads at once.
 */
public interface SentenceParser {

  ParsedDocument parse(Document document);
}
