package org.entente.store.query;

import java.time.LocalDate;

/**
 * Events of one direction and quad class in one period: {@code 2014-05 RUS → CHN quad 1: 12 events,
 * Goldstein sum 30.4, 57 mentions}. The relation model is built from these.
 *
 * @param period the first day of the period
 * @param sourceCountry the source's country, or {@code null} when the actor has none
 * @param goldsteinSum the sum of the events' Goldstein weights
 * @param mentions the sum of their mention counts (sentences or GDELT NumMentions)
 */
public record PeriodTally(
    LocalDate period,
    String sourceCountry,
    String targetCountry,
    int quadClass,
    long events,
    double goldsteinSum,
    long mentions) {}
