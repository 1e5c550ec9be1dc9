package org.entente.nlp.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.entente.core.Document;
import org.entente.core.Problem;

/**
 * Reads a {@code .txt} file as one document. Its id is the file name without the extension ({@code
 * china-russia-entente.txt} → {@code china-russia-entente}); its date is the caller's default date
 * (the CLI's {@code --date}) when given, else the {@code "date"} of a sidecar metadata file beside
 * it with the input contract's fields ({@code china-russia-entente.json}: {@code {"id", "date",
 * "title", "url", "source"}}, all optional), else {@code null}. A sidecar's id, title, url and
 * source are used too. A sidecar that does not parse is reported and the text is read without it.
 */
public final class TextReader implements DocumentReader {
  private final ObjectMapper json = new ObjectMapper();
  private final LocalDate defaultDate;
  private final DocumentChecks checks = new DocumentChecks();

  /**
   * @param defaultDate the date of every document read, or {@code null} to take it from a sidecar
   */
  public TextReader(LocalDate defaultDate) {
    this.defaultDate = defaultDate;
  }

  @Override
  public Stream<Document> read(Path file, Consumer<Problem> problems) {
    InputStream in = TextBytes.openFile(file, problems);
    if (in == null) {
      return Stream.empty();
    }
    DocumentJson.Metadata sidecar = sidecar(file, problems);
    return read(file.toString(), in, problems, sidecar);
  }

  @Override
  public Stream<Document> read(String name, InputStream in, Consumer<Problem> problems) {
    return read(name, in, problems, null);
  }

  private Stream<Document> read(
      String name, InputStream in, Consumer<Problem> problems, DocumentJson.Metadata sidecar) {
    String text;
    try (BufferedInputStream buffered = TextBytes.open(in, name, problems)) {
      text = buffered == null ? null : TextBytes.readDocument(buffered, name, problems);
    } catch (IOException e) {
      problems.accept(Problem.ofFile(name, Problem.Kind.UNREADABLE, "cannot read: " + e));
      return Stream.empty();
    }
    if (text == null) {
      return Stream.empty();
    }
    String id = sidecar != null && !sidecar.id().isBlank() ? sidecar.id() : stem(name);
    LocalDate date = defaultDate != null || sidecar == null ? defaultDate : sidecar.date();
    Document document =
        sidecar == null
            ? new Document(id, date, text, "", "", "")
            : new Document(
                id,
                date,
                text,
                sidecar.title(),
                sidecar.url(),
                sidecar.source(),
                sidecar.dateline());
    return Stream.ofNullable(checks.apply(document, new TextOrigin(name, 1, true), problems));
  }

  /** The metadata in {@code name.json} beside {@code name.txt}, or {@code null}. */
  private DocumentJson.Metadata sidecar(Path file, Consumer<Problem> problems) {
    Path sidecar = file.resolveSibling(stem(file.getFileName().toString()) + ".json");
    if (!Files.isRegularFile(sidecar)) {
      return null;
    }
    String name = sidecar.toString();
    try {
      JsonNode node = json.readTree(sidecar.toFile());
      if (node == null || !node.isObject()) {
        problems.accept(
            Problem.ofFile(
                name,
                Problem.Kind.MALFORMED,
                "expected a JSON object of metadata {\"date\": \"YYYY-MM-DD\", ...}; the text is"
                    + " read without it"));
        return null;
      }
      return DocumentJson.metadata(node, false, null);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
      problems.accept(
          new Problem(
              name,
              line,
              "malformed JSON: "
                  + e.getOriginalMessage().replaceAll("\\s+", " ")
                  + "; the text is read without it",
              Problem.Kind.MALFORMED));
    } catch (DocumentJson.InvalidField e) {
      problems.accept(
          Problem.ofFile(
              name, Problem.Kind.INVALID_FIELD, e.getMessage() + "; the text is read without it"));
    } catch (IOException e) {
      problems.accept(Problem.ofFile(name, Problem.Kind.UNREADABLE, "cannot read: " + e));
    }
    return null;
  }

  /** {@code dir/china-russia-entente.txt} → {@code china-russia-entente}. */
  static String stem(String name) {
    String base = Path.of(name).getFileName().toString();
    int dot = base.lastIndexOf('.');
    return dot > 0 ? base.substring(0, dot) : base;
  }
}
