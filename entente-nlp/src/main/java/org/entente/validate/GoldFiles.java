package org.entente.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.entente.core.EntenteException;

/** Reads a gold file by its extension: {@code .json} is PLOVER, {@code .xml} PETRARCH. */
public final class GoldFiles {

  /**
   * The date of a gold record that gives none (PLOVER's document header record): the date PLOVER's
   * gold records carry. A record is coded as of its own date, so that a score never depends on the
   * day it is computed.
   */
  public static final LocalDate UNDATED = LocalDate.of(2000, 1, 1);

  private GoldFiles() {}

  public static GoldFile read(String argument) {
    Path path = Path.of(argument);
    if (!Files.isRegularFile(path)) {
      throw EntenteException.userError(
          "%s: no such file; give a PLOVER gold .json or a PETRARCH validation .xml", argument);
    }
    String name = argument.toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return new PloverGoldReader().read(path, argument);
    }
    if (name.endsWith(".xml")) {
      return new PetrarchGoldReader().read(path, argument);
    }
    throw EntenteException.userError(
        "%s: unknown gold format; entente validate reads PLOVER gold JSON (.json) and PETRARCH"
            + " validation XML (.xml)",
        argument);
  }
}
