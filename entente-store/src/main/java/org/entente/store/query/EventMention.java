package org.entente.store.query;

import java.time.LocalDate;

/**
 * One sentence that reported a stored event: the evidence behind it.
 *
 * @param eventId the contract id the coder gave this report
 * @param documentDate the publication date of the document, or {@code null}
 */
public record EventMention(
    String eventId,
    String docId,
    int sentence,
    String text,
    String url,
    String source,
    LocalDate documentDate) {}
