package org.entente.nlp.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The fields of the input contract, {@code {"id", "date", "text", "title", "url", "source",
 * "dateline"}}, read from a JSON object: a line of a JSON Lines file or a {@code .txt} file's
 * sidecar. Other fields ({@code "author"}, {@code "date_note"}) are ignored.
 */
final class DocumentJson {
  private DocumentJson() {}

  /** A field that is missing or malformed; the message names it and the usual fix. */
  static final class InvalidField extends Exception {
    InvalidField(String message) {
      super(message, null, false, false);
    }
  }

  /** The fields other than the text. */
  record Metadata(
      String id, LocalDate date, String title, String url, String source, String dateline) {}

  /**
   * Reads the metadata of {@code object}; a missing or null {@code "date"} is {@code defaultDate}.
   *
   * @param idRequired whether a missing {@code "id"} is an error (a sidecar may leave it out)
   */
  static Metadata metadata(JsonNode object, boolean idRequired, LocalDate defaultDate)
      throws InvalidField {
    String id = string(object, "id");
    if (idRequired && id.isBlank()) {
      throw new InvalidField("missing \"id\"; every document needs an \"id\" and a \"text\"");
    }
    String date = string(object, "date");
    return new Metadata(
        id,
        date.isBlank() ? defaultDate : date(date),
        string(object, "title"),
        string(object, "url"),
        string(object, "source"),
        string(object, "dateline"));
  }

  /** The {@code "text"} of {@code object}; it must be a string. */
  static String text(JsonNode object) throws InvalidField {
    JsonNode text = object.get("text");
    if (text == null || text.isNull()) {
      throw new InvalidField("missing \"text\"; every document needs an \"id\" and a \"text\"");
    }
    if (!text.isTextual()) {
      throw new InvalidField("\"text\" is " + kind(text) + ", not a string");
    }
    return text.textValue();
  }

  /**
   * Parses a publication date: {@code 2019-06-05}, or an ISO date-time whose date part is taken
   * ({@code 2019-06-05T08:30:00Z}).
   */
  static LocalDate date(String value) throws InvalidField {
    String trimmed = value.strip();
    boolean dateTime =
        trimmed.length() > 10 && (trimmed.charAt(10) == 'T' || trimmed.charAt(10) == ' ');
    try {
      return LocalDate.parse(dateTime ? trimmed.substring(0, 10) : trimmed);
    } catch (DateTimeParseException e) {
      throw new InvalidField("bad \"date\" \"" + value + "\"; write dates as YYYY-MM-DD");
    }
  }

  /** A string or number field as text; missing and null are empty. */
  private static String string(JsonNode object, String field) throws InvalidField {
    JsonNode value = object.get(field);
    if (value == null || value.isNull()) {
      return "";
    }
    if (value.isTextual() || value.isNumber()) {
      return value.asText();
    }
    throw new InvalidField("\"" + field + "\" is " + kind(value) + ", not a string");
  }

  /** "an array", "a number": what a JSON value is, for messages. */
  static String kind(JsonNode value) {
    return switch (value.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case BOOLEAN -> "a boolean";
      case NUMBER -> "a number";
      case STRING -> "a string";
      case BINARY, POJO, MISSING, NULL -> value.getNodeType().name().toLowerCase(Locale.ROOT);
    };
  }
}
