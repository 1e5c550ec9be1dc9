package org.entente.store.query;

/**
 * How much the store holds.
 *
 * @param events event rows, after dedup: one per real-world event
 * @param ententeEvents event rows coded by Entente
 * @param gdeltEvents event rows imported from GDELT
 * @param mentions sentences kept as evidence for Entente's events
 * @param actorsSeen distinct (actor code, words) pairs
 */
public record StoreCounts(
    long documents,
    long events,
    long ententeEvents,
    long gdeltEvents,
    long mentions,
    long assessments,
    long actorsSeen) {}
