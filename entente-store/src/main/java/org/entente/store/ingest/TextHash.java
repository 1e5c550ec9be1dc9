package org.entente.store.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The hash that recognises a document stored under another id: SHA-256 of its text with every run
 * of white space made one space and the ends stripped, so a re-download that only re-wraps lines is
 * still the same document. {@code of("Russia and\nChina")} equals {@code of("Russia and China")}.
 */
public final class TextHash {

  private static final Pattern SPACE = Pattern.compile("\\s+");

  private TextHash() {}

  public static String of(String text) {
    String normalized = SPACE.matcher(text.strip()).replaceAll(" ");
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
