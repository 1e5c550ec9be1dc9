package org.entente.store;

import java.nio.ByteBuffer;
import org.entente.core.Sha256;
import org.entente.event.Event;

/**
 * The dedup key of an Entente event: the same real-world event reported by several documents, or
 * several sentences, gets one key and so one {@code events} row.
 *
 * <p>Two reports are the same event when they agree on the date and its precision, the source and
 * target actor codes, the CAMEO code, and whether the event is negated and its modality. The last
 * two keep "Russia will sell gas to China" (future) apart from "Russia sold gas to China"; the
 * precision keeps "in 2014" apart from "on 1 January 2014". Actor <em>codes</em>, not their words,
 * decide: "Putin" and "the Kremlin" both code {@code RUSGOV}.
 *
 * <p>The key is a 64-bit hash placed at 2<sup>60</sup> and above, so it never equals a GDELT
 * GLOBALEVENTID (those count up from 0 and are near 1.2·10<sup>9</sup> in 2025) and can share the
 * {@code events.event_key} column and its primary key. Example: {@code of(visit)} for RUSGOV → CHN
 * {@code 042} on 2014-05-20 gives the same number in every document that reports it.
 */
public final class EventKeys {

  /** The smallest key of an Entente event; GDELT ids lie below it. */
  public static final long ENTENTE_BASE = 1L << 60;

  private EventKeys() {}

  public static long of(Event event) {
    String key =
        String.join(
            "\u0000",
            event.date().toString(),
            event.datePrecision().label(),
            event.source().code(),
            event.target().code(),
            event.cameo().code(),
            Boolean.toString(event.negated()),
            event.modality().label());
    long hash = ByteBuffer.wrap(Sha256.digest(key)).getLong();
    return (hash & (ENTENTE_BASE - 1)) | ENTENTE_BASE;
  }
}
