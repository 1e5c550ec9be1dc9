package org.entente.validate;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The records of one gold file, with what the reader had to say about it.
 *
 * @param name the file as the user named it
 * @param format the file's kind, which decides the headline level
 * @param records the records to score, in file order
 * @param warnings records read with a repair or skipped, one line each ({@code file:line: …})
 * @param skipped how many records were skipped (each has a warning); they are not scored
 */
public record GoldFile(
    String name, Format format, List<GoldRecord> records, List<String> warnings, int skipped) {

  /** The gold formats {@code entente validate} reads. */
  public enum Format {
    /** PLOVER gold-standard JSON: one event per record, a lower bound for precision. */
    PLOVER(Level.COUNTRY_ROOT),
    /** PETRARCH validation XML: every event of the record, as (source, target, code) triples. */
    PETRARCH(Level.STRICT);

    private final Level headline;

    Format(Level headline) {
      this.headline = headline;
    }

    /** The level that "fully right", {@code --why} and {@code --min-f1} use. */
    public Level headline() {
      return headline;
    }
  }

  public GoldFile {
    requireNonNull(name, "name is null");
    requireNonNull(format, "format is null");
    records = List.copyOf(records);
    warnings = List.copyOf(warnings);
  }
}
