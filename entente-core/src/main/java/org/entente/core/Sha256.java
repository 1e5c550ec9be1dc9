package org.entente.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256 of text, the one hash behind Entente's stable identifiers: event ids ({@code EventIds}),
 * event keys ({@code EventKeys}) and document text hashes ({@code TextHash}). {@code digest("abc")}
 * is the 32 bytes of SHA-256 over the UTF-8 bytes of "abc".
 */
public final class Sha256 {

  private Sha256() {}

  /** SHA-256 of the UTF-8 bytes of {@code text}. */
  public static byte[] digest(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
