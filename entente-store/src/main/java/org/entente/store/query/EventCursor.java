package org.entente.store.query;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * A place in the order events are read in (by date, then key): the next page starts just after it.
 * Events stored later never shift a page already read, since the place is a value, not an offset.
 * As text it is opaque to callers: {@code EventCursor.parse(cursor.text())} gives it back.
 *
 * @param date the date of the last event read
 * @param key the key of the last event read ({@code events.event_key})
 */
public record EventCursor(LocalDate date, long key) {

  public EventCursor {
    requireNonNull(date, "date is null");
  }

  /** The cursor as URL-safe text, e.g. {@code MjAxNC0wNS0yMDoxMjM0}. */
  public String text() {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((date + ":" + key).getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * Reads {@link #text()}.
   *
   * @throws IllegalArgumentException when the text is not a cursor this class wrote
   */
  public static EventCursor parse(String text) {
    requireNonNull(text, "text is null");
    try {
      String plain =
          new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.US_ASCII);
      int colon = plain.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException("no separator");
      }
      return new EventCursor(
          LocalDate.parse(plain.substring(0, colon)), Long.parseLong(plain.substring(colon + 1)));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a cursor given by an earlier page; start again without one", e);
    }
  }
}
