package org.entente.store.query;

import java.time.LocalDate;
import org.entente.event.DatePrecision;
import org.entente.event.Modality;

/**
 * What is shown of one event as evidence: its sentence and codes. GDELT rows have an empty document
 * id and text, sentence {@code -1}, and their GLOBALEVENTID as id (as {@code EventRows} reads
 * them).
 *
 * @param source the source's country
 * @param target the target's country
 */
public record EventBrief(
    String id,
    String docId,
    int sentence,
    String text,
    LocalDate date,
    DatePrecision datePrecision,
    String source,
    String target,
    String cameo,
    int quadClass,
    double goldstein,
    boolean negated,
    Modality modality) {}
