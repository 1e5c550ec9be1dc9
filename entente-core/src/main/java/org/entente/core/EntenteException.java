package org.entente.core;

import static java.util.Objects.requireNonNull;

/**
 * The one exception Entente throws on purpose. Its {@link Kind} tells the edges (CLI, server) how
 * to present it: a user error is the caller's to fix, bad data names the file and line, an internal
 * error is ours.
 */
public final class EntenteException extends RuntimeException {

  /** What went wrong, in the terms of who can fix it. */
  public enum Kind {
    /** A wrong argument or option: the user can fix the call. */
    USER_ERROR,
    /** Input data that cannot be read: the message names the file and line. */
    BAD_DATA,
    /** A bug or a broken installation. */
    INTERNAL
  }

  private final Kind kind;

  public EntenteException(Kind kind, String message) {
    super(requireNonNull(message, "message is null"));
    this.kind = requireNonNull(kind, "kind is null");
  }

  public EntenteException(Kind kind, String message, Throwable cause) {
    super(requireNonNull(message, "message is null"), cause);
    this.kind = requireNonNull(kind, "kind is null");
  }

  public static EntenteException userError(String format, Object... args) {
    return new EntenteException(Kind.USER_ERROR, String.format(format, args));
  }

  public static EntenteException badData(String format, Object... args) {
    return new EntenteException(Kind.BAD_DATA, String.format(format, args));
  }

  public Kind kind() {
    return kind;
  }
}
