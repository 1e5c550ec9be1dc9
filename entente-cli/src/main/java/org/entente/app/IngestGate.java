package org.entente.app;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.entente.core.Document;
import org.entente.store.EventStore;
import org.entente.store.ingest.IngestResult;
import org.entente.store.ingest.TextHash;

/**
 * What {@code entente ingest} lets through to the coder, decided before a document is parsed:
 *
 * <ul>
 *   <li>a document already stored (same id and text, or same text under another id), or met earlier
 *       in this run, is skipped without being coded: re-ingesting a file costs a look-up per
 *       document, not a parse;
 *   <li>a document whose id is stored, or met earlier in this run, with a <b>different text</b> is
 *       a conflict: it is reported on standard error and kept under the id with {@code #2} (or the
 *       next free number) appended, so both texts are kept and the run ends with exit code 1.
 * </ul>
 *
 * <p>Ingesting the same input again finds each document, the renamed ones too, by its text, and
 * adds nothing. Documents on their way through the coder count as met until {@link #done}.
 */
public final class IngestGate {

  private final EventStore store;
  private final PrintWriter err;
  private final Map<String, String> pendingIds = new HashMap<>();
  private final Set<String> pendingTexts = new HashSet<>();
  private long alreadyStored;
  private long conflicts;

  public IngestGate(EventStore store, PrintWriter err) {
    this.store = requireNonNull(store, "store is null");
    this.err = requireNonNull(err, "err is null");
  }

  /** The documents of {@code input} to code, renamed on a conflict, lazily. */
  public Iterator<Document> admit(Iterator<Document> input) {
    return new Iterator<>() {
      private Document next;

      @Override
      public boolean hasNext() {
        while (next == null && input.hasNext()) {
          next = admit(input.next());
        }
        return next != null;
      }

      @Override
      public Document next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Document admitted = next;
        next = null;
        return admitted;
      }
    };
  }

  /** The document to code (perhaps renamed), or {@code null} when it is stored already. */
  public Document admit(Document document) {
    String hash = TextHash.of(document.text());
    if (pendingTexts.contains(hash)) {
      alreadyStored++;
      return null;
    }
    Optional<IngestResult> stored = store.findStored(document);
    if (stored.isPresent() && stored.get().alreadyStored()) {
      alreadyStored++;
      return null;
    }
    Document admitted = document;
    if (stored.isPresent() || pendingIds.containsKey(document.id())) {
      String id = store.unusedId(document.id(), pendingIds::containsKey);
      conflicts++;
      err.printf(
          "entente: %s: another text already has this id; stored as %s (give"
              + " each document its own id)%n",
          document.id(), id);
      admitted = document.part(id, document.text());
    }
    pendingIds.put(admitted.id(), hash);
    pendingTexts.add(hash);
    return admitted;
  }

  /** The document left the coder (stored, or skipped for a fault). */
  public void done(Document document) {
    String hash = pendingIds.remove(document.id());
    if (hash != null) {
      pendingTexts.remove(hash);
    }
  }

  /** Documents skipped because they were stored already. */
  public long alreadyStored() {
    return alreadyStored;
  }

  /** Documents kept under another id because theirs held a different text. */
  public long conflicts() {
    return conflicts;
  }
}
