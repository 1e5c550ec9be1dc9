package org.entente.core;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A document to code: the input contract's {@code {"id", "date", "text", "title", "url",
 * "source"}}. The date is the publication date; it anchors relative dates ("this year").
 *
 * @param date publication date, or {@code null} when neither the input nor {@code --date} gives one
 */
public record Document(
    String id, LocalDate date, String text, String title, String url, String source) {

  public Document {
    requireNonNull(id, "id is null");
    requireNonNull(text, "text is null");
    if (id.isBlank()) {
      throw new IllegalArgumentException("document id is blank");
    }
    title = title == null ? "" : title;
    url = url == null ? "" : url;
    source = source == null ? "" : source;
  }
}
