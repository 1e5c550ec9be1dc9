package org.entente.nlp.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.entente.core.Document;
import org.entente.core.Problem;

/**
 * Reads JSON Lines, one document a line, a line at a time:
 *
 * <pre>
 * {"id": "r-26", "date": "1987-02-26", "text": "Venezuela and its bank advisory ...", "title": "..."}
 * </pre>
 *
 * {@code "id"} and {@code "text"} are required; {@code "date"} (YYYY-MM-DD) falls back to the
 * caller's default date (the CLI's {@code --date}). A bad line is a problem naming the line and is
 * skipped; the lines after it are read:
 *
 * <pre>
 * news.jsonl:37: malformed JSON: Unexpected end-of-input: was expecting closing quote for a string value
 * </pre>
 *
 * Blank lines are skipped silently.
 */
public final class JsonLinesReader implements DocumentReader {
  private static final int MAX_MESSAGE_CHARS = 200;

  private final ObjectMapper json =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private final LocalDate defaultDate;
  private final DocumentChecks checks = new DocumentChecks();

  /**
   * @param defaultDate the date of documents without one, or {@code null}
   */
  public JsonLinesReader(LocalDate defaultDate) {
    this.defaultDate = defaultDate;
  }

  @Override
  public Stream<Document> read(String name, InputStream in, Consumer<Problem> problems) {
    BufferedInputStream text;
    try {
      text = TextBytes.open(in, name, problems);
    } catch (IOException e) {
      problems.accept(Problem.ofFile(name, Problem.Kind.UNREADABLE, "cannot read: " + e));
      return Stream.empty();
    }
    if (text == null) {
      return Stream.empty();
    }
    Utf8LineReader lines = new Utf8LineReader(text, name, problems);
    return LazyStream.of(() -> nextDocument(lines, name, problems), lines, name, problems);
  }

  private Document nextDocument(Utf8LineReader lines, String name, Consumer<Problem> problems)
      throws IOException {
    for (Utf8LineReader.Line line = lines.next(); line != null; line = lines.next()) {
      if (line.text().isBlank()) {
        continue;
      }
      Document document = parse(line, name, problems);
      if (document != null) {
        Document checked =
            checks.apply(document, new TextOrigin(name, line.number(), false), problems);
        if (checked != null) {
          return checked;
        }
      }
    }
    return null;
  }

  private Document parse(Utf8LineReader.Line line, String name, Consumer<Problem> problems) {
    JsonNode node;
    try {
      node = json.readTree(line.text());
    } catch (JsonProcessingException e) {
      problems.accept(
          new Problem(
              name, line.number(), "malformed JSON: " + shortMessage(e), Problem.Kind.MALFORMED));
      return null;
    }
    if (!node.isObject()) {
      problems.accept(
          new Problem(
              name,
              line.number(),
              "expected a JSON object {\"id\": ..., \"text\": ...}, found "
                  + DocumentJson.kind(node),
              Problem.Kind.MALFORMED));
      return null;
    }
    try {
      DocumentJson.Metadata metadata = DocumentJson.metadata(node, true, defaultDate);
      return new Document(
          metadata.id(),
          metadata.date(),
          DocumentJson.text(node),
          metadata.title(),
          metadata.url(),
          metadata.source(),
          metadata.dateline());
    } catch (DocumentJson.InvalidField e) {
      problems.accept(new Problem(name, line.number(), e.getMessage(), Problem.Kind.INVALID_FIELD));
      return null;
    }
  }

  /** Jackson's message without its location, on one line. */
  private static String shortMessage(JsonProcessingException e) {
    String message = e.getOriginalMessage().replaceAll("\\s+", " ").strip();
    return message.length() <= MAX_MESSAGE_CHARS
        ? message
        : message.substring(0, MAX_MESSAGE_CHARS) + "…";
  }
}
