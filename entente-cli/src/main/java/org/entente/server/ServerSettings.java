package org.entente.server;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.Supplier;
import org.entente.codebook.Codebook;
import org.entente.dictionary.ActorDictionary;
import org.entente.nlp.DocumentCoder;
import org.entente.store.EventStore;

/**
 * What a server serves and how.
 *
 * @param store the store read by every endpoint and written by {@code POST /api/ingest}
 * @param coder the document coder, asked for on the first {@code POST /api/code} or ingest (its
 *     models take seconds and a gigabyte to load), then shared
 * @param codingThreads documents coded in parallel per request
 * @param token what a write's {@code Authorization: Bearer} header must carry
 * @param maxBodyBytes the largest request body accepted; larger ones get 413
 * @param corsOrigins origins allowed to call the API from a browser page; empty for none
 */
public record ServerSettings(
    EventStore store,
    Codebook codebook,
    ActorDictionary dictionary,
    Supplier<DocumentCoder> coder,
    int codingThreads,
    String token,
    long maxBodyBytes,
    List<String> corsOrigins) {

  /** The body size limit unless asked otherwise: about 2,000 news items of 1,000 characters. */
  public static final long DEFAULT_MAX_BODY_BYTES = 2L * 1024 * 1024;

  public ServerSettings {
    requireNonNull(store, "store is null");
    requireNonNull(codebook, "codebook is null");
    requireNonNull(dictionary, "dictionary is null");
    requireNonNull(coder, "coder is null");
    requireNonNull(token, "token is null");
    if (token.isBlank()) {
      throw new IllegalArgumentException("the write token is blank");
    }
    if (codingThreads < 1) {
      throw new IllegalArgumentException("codingThreads must be at least 1, not " + codingThreads);
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be at least 1, not " + maxBodyBytes);
    }
    corsOrigins = List.copyOf(requireNonNull(corsOrigins, "corsOrigins is null"));
  }
}
