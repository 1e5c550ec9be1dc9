package org.entente.coder.petrarch;

import java.util.Optional;
import org.entente.codebook.Codebook;
import org.entente.codebook.EventCode;
import org.entente.event.Event;

/**
 * The event code a PETRARCH dictionary wrote, and the CAMEO code the event carries. Entente's
 * events carry CAMEO codes ({@link EventCode}); PETRARCH's dictionaries may write others (the
 * validation suite's WEIS-era {@code 212}, {@code 223}, its test codes {@code 345}, {@code 901},
 * {@code 174K}). The PETRARCH coder keeps the written code as the first step of the event's rule
 * trail ({@code PETRARCH code 223}), which {@code entente validate} scores, and the event carries
 * the longest start of it that the codebook holds ({@code 174K} → {@code 174}), or {@link
 * #OUTSIDE_CAMEO} when none does.
 */
public final class PetrarchEventCodes {

  /** The rule step that records the written code: {@code PETRARCH code 223}. */
  public static final String STEP = "PETRARCH code ";

  /**
   * What an event carries when no start of PETRARCH's code is a CAMEO code ({@code 223}, {@code
   * 345}): CAMEO's "make statement, not specified below", the code that claims least.
   */
  public static final String OUTSIDE_CAMEO = "010";

  private PetrarchEventCodes() {}

  /** The code PETRARCH's dictionary gave the event, or its CAMEO code for any other event. */
  public static String written(Event event) {
    if (!event.rule().isEmpty() && event.rule().get(0).startsWith(STEP)) {
      String rest = event.rule().get(0).substring(STEP.length()).strip();
      int space = rest.indexOf(' ');
      return space < 0 ? rest : rest.substring(0, space);
    }
    return event.cameo().code();
  }

  /** The CAMEO code an event with PETRARCH's {@code code} carries. */
  static EventCode carried(String code, Codebook codebook) {
    for (int length = Math.min(code.length(), 4); length >= 2; length--) {
      String start = code.substring(0, length);
      if (EventCode.isWellFormed(start)) {
        Optional<?> found = codebook.find(start);
        if (found.isPresent()) {
          return EventCode.of(start);
        }
      }
    }
    return EventCode.of(OUTSIDE_CAMEO);
  }

  /** The rule step for {@code code}, saying what the event carries when it differs. */
  static String step(String code, EventCode carried) {
    return carried.code().equals(code)
        ? STEP + code
        : STEP + code + " (outside CAMEO; the event carries " + carried.code() + ")";
  }
}
