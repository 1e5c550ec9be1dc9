package org.entente.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable event ids: a hash of document id, sentence index, source, target and code. */
public final class EventIds {
  private EventIds() {}

  public static String of(String docId, int sentence, String source, String target, String cameo) {
    String key =
        docId + '\u0000' + sentence + '\u0000' + source + '\u0000' + target + '\u0000' + cameo;
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
