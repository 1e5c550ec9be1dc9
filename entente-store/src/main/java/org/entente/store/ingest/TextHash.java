package org.entente.store.ingest;

import java.util.HexFormat;
import java.util.regex.Pattern;
import org.entente.core.Sha256;

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
    return HexFormat.of().formatHex(Sha256.digest(normalized));
  }
}
