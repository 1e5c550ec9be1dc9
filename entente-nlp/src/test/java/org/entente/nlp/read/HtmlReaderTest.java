package org.entente.nlp.read;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.entente.core.Document;
import org.entente.core.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlReaderTest {
  private static final LocalDate DEFAULT = LocalDate.of(2000, 1, 1);

  static final String P1 =
      "President Xi Jinping's visit to Russia comes exactly 30 years after Moscow-Beijing"
          + " relations were normalized after a period of discord and confrontation.";
  static final String P2 =
      "By 2018, Sino-Russian trade exceeded $100 billion. Private citizens' cross-border visits"
          + " are now measured in millions.";
  static final String P3 =
      "Russia and China will never be against each other, but they will not necessarily always"
          + " be with each other.";

  /** A page as news sites make them: navigation, a byline, a bio box, share links, a footer. */
  static final String PAGE =
      """
      <!DOCTYPE html>
      <html><head>
      <title>Russia and China - China Daily</title>
      <meta property="og:title" content="Russia and China: a new model">
      <meta property="og:site_name" content="China Daily">
      <meta property="article:published_time" content="2019-06-05T08:00:00+08:00">
      <link rel="canonical" href="https://www.chinadaily.com.cn/a/201906/05/entente.html">
      <style>p { color: red }</style><script>var tracking = "Read more";</script>
      </head><body>
      <header><a href="/">Home</a> <a href="/world">World</a></header>
      <nav><ul><li>Opinion</li><li>Business</li></ul></nav>
      <div class="layout">
      <article>
        <h1>Russia and China: a new model</h1>
        <p class="byline">By Dmitri Trenin | Updated: 2019-06-05</p>
        <div class="share-buttons"><a href="#">Share</a> <a href="#">Tweet</a></div>
        <p>%s</p>
        <p>%s<br>A second line of the paragraph.</p>
        <div class="author-bio"><b>Dmitri Trenin</b><p>Trenin was director of the Carnegie
          Moscow Center from 2008 to early 2022.</p><a href="/trenin">More &gt;</a></div>
        <p>%s <a href="/more">Read more</a></p>
        <form><input name="q"><button>Search</button></form>
      </article>
      <aside><h3>Most popular</h3><p>Some other story entirely that should not be read.</p></aside>
      </div>
      <footer><p>Copyright 1995 - 2019. All rights reserved.</p></footer>
      </body></html>
      """
          .formatted(P1, P2, P3);

  private final List<Problem> problems = new ArrayList<>();

  private List<Document> read(String html, Charset charset) {
    try (Stream<Document> documents =
        new HtmlReader(DEFAULT)
            .read(
                "pages/entente.html",
                new ByteArrayInputStream(html.getBytes(charset)),
                problems::add)) {
      return documents.collect(Collectors.toList());
    }
  }

  private Document readOne(String html) {
    List<Document> documents = read(html, UTF_8);
    assertThat(problems).isEmpty();
    assertThat(documents).hasSize(1);
    return documents.get(0);
  }

  @Test
  void readsTheArticleAndItsMetadata() {
    Document document = readOne(PAGE);

    assertThat(document.id()).isEqualTo("entente");
    assertThat(document.title()).isEqualTo("Russia and China: a new model");
    assertThat(document.date()).isEqualTo(LocalDate.of(2019, 6, 5));
    assertThat(document.url()).isEqualTo("https://www.chinadaily.com.cn/a/201906/05/entente.html");
    assertThat(document.source()).isEqualTo("China Daily");
  }

  @Test
  void keepsParagraphsAndDropsEverythingElse() {
    assertThat(readOne(PAGE).text())
        .isEqualTo(P1 + "\n\n" + P2 + "\nA second line of the paragraph.\n\n" + P3);
  }

  @Test
  void titleFallsBackToTheTitleElement() {
    String page =
        PAGE.replace("<meta property=\"og:title\" content=\"Russia and China: a new model\">", "");

    assertThat(readOne(page).title()).isEqualTo("Russia and China - China Daily");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<meta property=\"article:published_time\" content=\"2019-06-05T08:00:00Z\">",
        "<meta property=\"og:published_time\" content=\"2019-06-05\">",
        "<meta name=\"date\" content=\"2019-06-05\">",
        "<meta name=\"pubdate\" content=\"20190605\">",
        "<meta name=\"DC.date\" content=\"2019-06-05\">",
        "<meta itemprop=\"datePublished\" content=\"2019-06-05T10:00:00+03:00\">",
        "<time datetime=\"2019-06-05T10:00\">June 5</time>"
      })
  void findsTheDateInEachKindOfTag(String tag) {
    String page =
        "<html><head>"
            + (tag.startsWith("<time") ? "" : tag)
            + "</head><body>"
            + (tag.startsWith("<time") ? tag : "")
            + "<p>"
            + P1
            + "</p></body></html>";

    assertThat(readOne(page).date()).isEqualTo(LocalDate.of(2019, 6, 5));
  }

  @Test
  void withoutADateTagTheDateIsTheDefault() {
    String page = "<html><head><meta name=\"date\" content=\"soon\"></head><body><p>" + P1 + "</p>";

    assertThat(readOne(page).date()).isEqualTo(DEFAULT);
  }

  @Test
  void withoutAnArticleTheDensestBlockIsTaken() {
    String page =
        "<html><body><div class=\"links\"><p>Home</p><p>World</p><p>Opinion</p></div>"
            + "<div class=\"col\"><div class=\"story\"><p>"
            + P1
            + "</p><p>"
            + P3
            + "</p></div></div><div class=\"col2\"><p>Weather: sunny.</p></div></body></html>";

    assertThat(readOne(page).text()).isEqualTo(P1 + "\n\n" + P3);
  }

  @Test
  void aBoilerplateClassOnTheArticleItselfDoesNotRemoveIt() {
    String prose = "<p>" + P1 + "</p><p>" + P2 + " More text follows here.</p><p>" + P3 + "</p>";
    String page =
        "<html><body><div class=\"post share-enabled\">" + prose.repeat(2) + "</div></body></html>";

    assertThat(readOne(page).text()).startsWith(P1).endsWith(P3);
  }

  @Test
  void honoursADeclaredCharset() {
    String page =
        "<html><head><meta charset=\"windows-1252\"></head><body><p>"
            + P1.replace("Xi Jinping's", "Xi Jinping’s")
            + "</p></body></html>";

    List<Document> documents = read(page, Charset.forName("windows-1252"));

    assertThat(problems).isEmpty();
    assertThat(documents)
        .singleElement()
        .extracting(Document::text)
        .asString()
        .contains("Xi Jinping’s");
  }

  @Test
  void aPageWithoutTextIsReportedAndSkipped() {
    List<Document> documents =
        read("<html><body><nav>Home</nav><footer>Contact</footer></body></html>", UTF_8);

    assertThat(documents).isEmpty();
    assertThat(problems)
        .extracting(Problem::toString)
        .containsExactly("pages/entente.html: no text; the document is skipped");
  }
}
