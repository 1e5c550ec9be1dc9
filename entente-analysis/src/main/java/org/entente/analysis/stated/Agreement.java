package org.entente.analysis.stated;

/**
 * How a stated level compares with the measured one, by their distance on the scale from
 * confrontation to alliance ({@link org.entente.analysis.level.Level#rank()}).
 */
public enum Agreement {
  /** The same level. */
  AGREES("agrees"),
  /** One step apart (entente stated, partnership measured): close, shown with a soft mark. */
  NEIGHBOURS("one step apart"),
  /** Two or more steps apart: flagged. */
  DISAGREES("disagrees"),
  /** The label is not on the scale ({@link AssessmentLabels}). */
  UNMAPPED_LABEL("label not on the scale"),
  /** The measured level is insufficient evidence. */
  NOT_MEASURED("not measured");

  private final String label;

  Agreement(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
