package org.entente.event;

import java.util.HexFormat;
import org.entente.core.Sha256;

/** Stable event ids: a hash of document id, sentence index, source, target and code. */
public final class EventIds {
  private EventIds() {}

  public static String of(String docId, int sentence, String source, String target, String cameo) {
    String key =
        docId + '\u0000' + sentence + '\u0000' + source + '\u0000' + target + '\u0000' + cameo;
    return HexFormat.of().formatHex(Sha256.digest(key), 0, 8);
  }
}
