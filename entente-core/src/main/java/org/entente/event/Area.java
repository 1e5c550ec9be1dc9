package org.entente.event;

import java.util.Locale;

/** The area of international relations an event belongs to. */
public enum Area {
  DIPLOMATIC,
  ECONOMIC,
  ENERGY,
  MILITARY,
  SECURITY,
  LEGAL,
  HUMANITARIAN,
  POLITICAL;

  /** The lower-case name used in files and JSON. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Area parse(String label) {
    return valueOf(label.strip().toUpperCase(Locale.ROOT));
  }
}
