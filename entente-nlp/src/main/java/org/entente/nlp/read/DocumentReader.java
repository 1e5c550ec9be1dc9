package org.entente.nlp.read;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.entente.core.Document;
import org.entente.core.Problem;

/**
 * Reads one source — a file or standard input — into documents, lazily: a JSON Lines file of a
 * million stories is read a line at a time as the stream is consumed. Bad input never throws; it is
 * passed to {@code problems} as it is met and skipped, and the stream goes on with the rest:
 *
 * <pre>{@code
 * try (Stream<Document> documents = new JsonLinesReader(null).read(path, problems::add)) {
 *   documents.forEach(coder::code);
 * }
 * }</pre>
 *
 * <p>Every reader cleans each document's text the same way ({@link DocumentChecks}: overlong
 * sentences, {@link BoilerplateFilter}, blank text, non-English text). Readers are not thread-safe;
 * consume a stream on one thread.
 */
public interface DocumentReader {

  /**
   * Reads {@code in}, which the returned stream closes when it is closed.
   *
   * @param name how problems name the source: the path as the user gave it, or {@code <stdin>}
   */
  Stream<Document> read(String name, InputStream in, Consumer<Problem> problems);

  /** Reads a file; a missing or unreadable file is a problem and an empty stream. */
  default Stream<Document> read(Path file, Consumer<Problem> problems) {
    InputStream in = TextBytes.openFile(file, problems);
    return in == null ? Stream.empty() : read(file.toString(), in, problems);
  }
}
