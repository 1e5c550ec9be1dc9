package org.entente.store.ingest;

import static java.util.Objects.requireNonNull;

/**
 * What ingesting one document did. A document already in the store (same id, or the same text under
 * another id) adds nothing: {@code status} says which, {@code existingId} names the stored copy.
 *
 * <pre>{@code
 * doc-7: stored; 3 new events, 2 merged into known events, 5 mentions, 1 assessment
 * doc-8: already stored as doc-7 (same text); nothing added
 * doc-9: a different text is already stored under this id; not stored (give each document ...)
 * }</pre>
 *
 * @param newEvents events seen for the first time
 * @param mergedEvents events the store already had from other documents; their counts grew
 * @param mentions sentences stored as evidence
 */
public record IngestResult(
    String docId,
    Status status,
    String existingId,
    int newEvents,
    int mergedEvents,
    int mentions,
    int assessments) {

  /** Whether the document was stored, or why not. */
  public enum Status {
    STORED,
    /** The same id and the same text are stored. */
    DUPLICATE_ID,
    /** The same text is stored under another id ({@code existingId}). */
    DUPLICATE_TEXT,
    /** The id is stored with a different text: a conflict; nothing was stored. */
    ID_CONFLICT
  }

  public IngestResult {
    requireNonNull(docId, "docId is null");
    requireNonNull(status, "status is null");
    requireNonNull(existingId, "existingId is null");
  }

  static IngestResult duplicate(String docId, Status status, String existingId) {
    return new IngestResult(docId, status, existingId, 0, 0, 0, 0);
  }

  public boolean stored() {
    return status == Status.STORED;
  }

  /** Whether the document was already stored (same id and text, or same text): nothing is lost. */
  public boolean alreadyStored() {
    return status == Status.DUPLICATE_ID || status == Status.DUPLICATE_TEXT;
  }

  /** One line for people. */
  public String describe() {
    return switch (status) {
      case STORED ->
          String.format(
              "%s: stored; %d new events, %d merged into known events, %d mentions, %d assessments",
              docId, newEvents, mergedEvents, mentions, assessments);
      case DUPLICATE_ID -> docId + ": already stored (same id); nothing added";
      case DUPLICATE_TEXT ->
          docId + ": already stored as " + existingId + " (same text); nothing added";
      case ID_CONFLICT ->
          docId
              + ": a different text is already stored under this id; not stored (give each"
              + " document its own id)";
    };
  }
}
