package org.entente.core;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A document to code: the input contract's {@code {"id", "date", "text", "title", "url", "source",
 * "dateline"}}. The date is the publication date; it anchors relative dates ("this year").
 *
 * @param date publication date, or {@code null} when neither the input nor {@code --date} gives one
 * @param dateline where the story was filed, when the input gives it apart from the text ("CAIRO,
 *     March 16 -"), else {@code ""}; a dateline that opens the text is found there
 */
public record Document(
    String id,
    LocalDate date,
    String text,
    String title,
    String url,
    String source,
    String dateline) {

  public Document {
    requireNonNull(id, "id is null");
    requireNonNull(text, "text is null");
    if (id.isBlank()) {
      throw new IllegalArgumentException("document id is blank");
    }
    title = title == null ? "" : title;
    url = url == null ? "" : url;
    source = source == null ? "" : source;
    dateline = dateline == null ? "" : dateline.strip();
  }

  /** A document without a separate dateline. */
  public Document(String id, LocalDate date, String text, String title, String url, String source) {
    this(id, date, text, title, url, source, "");
  }

  /** This document with another text, its other fields kept. */
  public Document withText(String text) {
    return new Document(id, date, text, title, url, source, dateline);
  }

  /** This document with another id and text (a part of it), its other fields kept. */
  public Document part(String id, String text) {
    return new Document(id, date, text, title, url, source, dateline);
  }
}
