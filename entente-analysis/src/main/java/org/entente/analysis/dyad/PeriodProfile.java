package org.entente.analysis.dyad;

import static java.util.Objects.requireNonNull;

import org.entente.analysis.scope.PeriodSpan;

/** One period of a dyad's trend: {@code 2019}, its figures and its level. */
public record PeriodProfile(PeriodSpan span, Measurement measurement) {

  public PeriodProfile {
    requireNonNull(span, "span is null");
    requireNonNull(measurement, "measurement is null");
  }
}
