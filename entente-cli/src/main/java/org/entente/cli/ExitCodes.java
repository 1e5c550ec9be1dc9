package org.entente.cli;

import org.entente.core.EntenteException;

/** The exit codes of the {@code entente} command, documented in its {@code --help}. */
final class ExitCodes {

  static final int OK = 0;

  /** Some input was skipped (reported on standard error); the rest was processed. */
  static final int INPUT_SKIPPED = 1;

  /** A wrong command, option or argument. */
  static final int USAGE = 2;

  /** Data that cannot be read (the message names the file and line). */
  static final int BAD_DATA = 3;

  /** {@code validate} only: a gold file scores below {@code --min-f1} or {@code --min-recall}. */
  static final int BELOW_FLOOR = 4;

  /** A bug or a broken installation. */
  static final int INTERNAL = 70;

  static final String HELP =
      "Exit codes: 0 done; 1 some input was skipped or renamed (see standard error); 2 wrong"
          + " command, option, argument or path; 3 unreadable data; 4 (validate) a score below"
          + " its floor; 70 internal error"
          + " (docs/exit-codes.md).";

  private ExitCodes() {}

  static int of(EntenteException.Kind kind) {
    return switch (kind) {
      case USER_ERROR -> USAGE;
      case BAD_DATA -> BAD_DATA;
      case INTERNAL -> INTERNAL;
    };
  }
}
