package org.entente.dictionary.petrarch;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * One code of an actor with its optional date restriction, as written in {@code [...]}:
 *
 * <pre>
 * [USAGOV]                      always
 * [HOBCIV &lt;20080120]            before 2008-01-20            (to = 2008-01-20)
 * [DZAGOV &gt;030101]              from 2003-01-01 on           (from = 2003-01-01)
 * [DZAGOVAGR 030101-080630]     from 2003-01-01 until 2008-06-30
 * </pre>
 *
 * Dates are written {@code YYMMDD} (years up to 30 are 20YY, as in KEDS, TABARI and PETRARCH),
 * {@code YYYYMMDD} or {@code YYYY-MM-DD}. PETRARCH applies a code on a day {@code d} when {@code
 * from <= d < to}: {@code >D} includes D, {@code <D} and the end of a range exclude it, so that
 * {@code [HOBMIL 20080120-20121109]} and {@code [HOBGOV 20121109-20130119]} follow each other
 * without overlap, as Phoenix's shared boundaries assume. PETRARCH itself holds a range on its last
 * day too (its unit record DATE-11), which the conversion into actor entries follows ({@code
 * PetrarchDictionaries}). An actor's codes are tried in the order written; the first that holds
 * wins.
 *
 * @param text the bracket's content as written ({@code HOBCIV <20080120})
 * @param from first day the code holds, or {@code null}
 * @param to first day the code no longer holds, or {@code null}
 */
public record PetrarchDatedCode(String text, PetrarchCode code, LocalDate from, LocalDate to) {

  public PetrarchDatedCode {
    requireNonNull(text, "text is null");
    requireNonNull(code, "code is null");
  }

  /** True when the code has a date restriction. */
  public boolean isDated() {
    return from != null || to != null;
  }

  /** PETRARCH's test: {@code from <= date < to}. */
  public boolean holdsOn(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (to == null || date.isBefore(to));
  }

  /** The last day the code holds ({@code to} minus one day), or {@code null} when open-ended. */
  public LocalDate lastDay() {
    return to == null ? null : to.minusDays(1);
  }

  @Override
  public String toString() {
    return "[" + text + "]";
  }
}
