package org.entente.nlp.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.entente.core.Document;
import org.entente.core.Problem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Reads an {@code .html} or {@code .htm} page as one document, with jsoup. The id is the file name
 * without its extension; the title is {@code og:title}, else {@code <title>}; the date is the first
 * of {@link #DATE_SELECTORS} that holds a date ({@code <meta property="article:published_time"
 * content="2019-06-05T08:00:00+08:00">} → 2019-06-05), else the caller's default date; the url is
 * {@code <link rel="canonical">} or {@code og:url}; the source is {@code og:site_name}. The text is
 * the article's, paragraphs separated by blank lines ({@link HtmlText}).
 *
 * <p>The page must be UTF-8 unless a {@code <meta charset>} in its first {@value #CHARSET_SNIFF}
 * bytes names another charset Java knows ({@code windows-1252}), which is then used.
 */
public final class HtmlReader implements DocumentReader {
  /**
   * Where the publication date is looked for, in this order; a tag that holds no date is passed.
   */
  static final List<String> DATE_SELECTORS =
      List.of(
          "meta[property=article:published_time]",
          "meta[property=og:published_time]",
          "meta[name=date]",
          "meta[name=pubdate]",
          "meta[name=DC.date]",
          "meta[name=DC.date.issued]",
          "[itemprop=datePublished]",
          "time[datetime]");

  static final int CHARSET_SNIFF = 2048;

  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)");

  private final LocalDate defaultDate;
  private final HtmlText htmlText = new HtmlText();
  private final DocumentChecks checks = new DocumentChecks();

  /**
   * @param defaultDate the date of pages whose meta tags give none, or {@code null}
   */
  public HtmlReader(LocalDate defaultDate) {
    this.defaultDate = defaultDate;
  }

  @Override
  public Stream<Document> read(String name, InputStream in, Consumer<Problem> problems) {
    String html;
    try (BufferedInputStream buffered = TextBytes.open(in, name, problems)) {
      byte[] bytes =
          buffered == null ? null : TextBytes.readDocumentBytes(buffered, name, problems);
      html = bytes == null ? null : decode(bytes, name, problems);
    } catch (IOException e) {
      problems.accept(Problem.ofFile(name, Problem.Kind.UNREADABLE, "cannot read: " + e));
      return Stream.empty();
    }
    if (html == null) {
      return Stream.empty();
    }
    org.jsoup.nodes.Document page = Jsoup.parse(html);
    String title = title(page);
    LocalDate date = date(page);
    String url = url(page);
    String source = page.select("meta[property=og:site_name]").attr("content").strip();
    String text = htmlText.extract(page, title); // last: it prunes the page
    Document document = new Document(TextReader.stem(name), date, text, title, url, source);
    return Stream.ofNullable(checks.apply(document, new TextOrigin(name, 0, false), problems));
  }

  /** UTF-8, or the charset a {@code <meta>} names. */
  private static String decode(byte[] bytes, String name, Consumer<Problem> problems) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, CHARSET_SNIFF), StandardCharsets.ISO_8859_1);
    Matcher charset = META_CHARSET.matcher(head);
    if (charset.find()) {
      try {
        Charset declared = Charset.forName(charset.group(1));
        if (!declared.equals(StandardCharsets.UTF_8)) {
          return new String(bytes, declared);
        }
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        // an unknown name: read it as UTF-8, the contract's encoding
      }
    }
    return TextBytes.decodeDocument(bytes, name, problems);
  }

  private static String title(org.jsoup.nodes.Document page) {
    String og = page.select("meta[property=og:title]").attr("content").strip();
    if (!og.isEmpty()) {
      return og;
    }
    String title = page.title().strip();
    if (!title.isEmpty()) {
      return title;
    }
    Element h1 = page.selectFirst("h1");
    return h1 == null ? "" : h1.text().strip();
  }

  private LocalDate date(org.jsoup.nodes.Document page) {
    for (String selector : DATE_SELECTORS) {
      for (Element element : page.select(selector)) {
        for (String value :
            List.of(element.attr("content"), element.attr("datetime"), element.ownText())) {
          LocalDate date = parseDate(value);
          if (date != null) {
            return date;
          }
        }
      }
    }
    return defaultDate;
  }

  /** {@code 2019-06-05}, {@code 2019-06-05T08:00:00Z} or {@code 20190605}; else {@code null}. */
  static LocalDate parseDate(String value) {
    String trimmed = value.strip();
    if (trimmed.isEmpty()) {
      return null;
    }
    try {
      return trimmed.matches("\\d{8}")
          ? LocalDate.parse(trimmed, DateTimeFormatter.BASIC_ISO_DATE)
          : DocumentJson.date(trimmed);
    } catch (DocumentJson.InvalidField | DateTimeParseException e) {
      return null;
    }
  }

  private static String url(org.jsoup.nodes.Document page) {
    String canonical = page.select("link[rel=canonical]").attr("href").strip();
    return canonical.isEmpty()
        ? page.select("meta[property=og:url]").attr("content").strip()
        : canonical;
  }
}
