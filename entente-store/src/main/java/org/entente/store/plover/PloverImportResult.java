package org.entente.store.plover;

import static java.util.Objects.requireNonNull;

/**
 * What importing one PLOVER file did. Every record is read (making one event or more) or rejected;
 * every event is imported or already present (the same event key: the same date, actors, CAMEO
 * code, negation and modality).
 *
 * @param records the records read
 * @param events the events they make
 */
public record PloverImportResult(
    String file, long records, long events, long imported, long alreadyPresent, long rejected) {

  public PloverImportResult {
    requireNonNull(file, "file is null");
  }

  /**
   * "events.jsonl (PLOVER): 213 records, 390 events, 390 imported, 0 already present, 0 rejected".
   */
  public String describe() {
    return String.format(
        "%s (PLOVER): %d records, %d events, %d imported, %d already present, %d records rejected",
        file, records, events, imported, alreadyPresent, rejected);
  }
}
