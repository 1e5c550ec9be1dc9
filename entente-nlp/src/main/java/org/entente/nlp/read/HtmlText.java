package org.entente.nlp.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The article text of a page, paragraphs separated by blank lines:
 *
 * <ol>
 *   <li>remove what is never the article: {@code nav, header, footer, aside, script, style, form,
 *       figure, iframe}, ARIA navigation and banners;
 *   <li>remove elements whose class, id, {@code rel} or {@code itemprop} says byline, author, bio,
 *       share, social, related, comments, newsletter, advertisement ({@code <div
 *       class="author-bio">}, {@code <span itemprop="author">}) — unless they hold three or more
 *       paragraphs of prose, which makes them the article ({@code <div class="post share-on">});
 *   <li>remove "More &gt;" and "Read more" links ({@link BoilerplateFilter#LINK_LINE});
 *   <li>take the {@code <article>} with the most text, else {@code <main>}, else the densest block:
 *       the element whose child paragraphs (and, at half weight, grandchild paragraphs) hold the
 *       most text;
 *   <li>write each block element ({@code p, div, li, h2, blockquote, ...}) as a paragraph, {@code
 *       <br>} as a line break; a heading that repeats the page title is left out.
 * </ol>
 */
final class HtmlText {
  /**
   * An {@code <article>} or {@code <main>} with less text than this is not taken as the article.
   */
  static final int MIN_ARTICLE_CHARS = 200;

  /** A paragraph this long that ends a sentence is prose, for the guard of step 2. */
  static final int PROSE_PARAGRAPH_CHARS = 100;

  private static final String NEVER_ARTICLE =
      "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button,"
          + " select, textarea, figure, object, embed, canvas, [hidden], [role=navigation],"
          + " [role=banner], [role=contentinfo], [role=complementary]";

  private static final Set<String> BOILERPLATE_NAMES =
      words(
          "byline author authors bio share sharing social related comment comments"
              + " newsletter subscribe subscription advert advertisement ad ads promo breadcrumb"
              + " breadcrumbs cookie cookies sidebar menu navbar popup modal widget recommended"
              + " readmore");

  private static final Set<String> BLOCKS =
      words(
          "p div section article main h1 h2 h3 h4 h5 h6 ul ol li blockquote pre table tr"
              + " dl dt dd hr address figcaption header details summary body");

  /** The article text of {@code page}; {@code title} is left out where a heading repeats it. */
  String extract(org.jsoup.nodes.Document page, String title) {
    Element body = page.body();
    body.select(NEVER_ARTICLE).remove();
    for (Element element : body.select("[class], [id], [rel], [itemprop]")) {
      if (element != body && isBoilerplate(element) && !holdsProse(element)) {
        element.remove();
      }
    }
    for (Element link : body.select("a")) {
      if (BoilerplateFilter.LINK_LINE.matcher(link.text().strip()).matches()) {
        link.remove();
      }
    }
    return paragraphs(mainBlock(body), title);
  }

  private static boolean isBoilerplate(Element element) {
    String names =
        String.join(
            " ", element.className(), element.id(), element.attr("rel"), element.attr("itemprop"));
    for (String name : names.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
      if (BOILERPLATE_NAMES.contains(name)) {
        return true;
      }
    }
    return false;
  }

  private static boolean holdsProse(Element element) {
    int prose = 0;
    for (Element p : element.select("p")) {
      String text = p.text().strip();
      if (text.length() >= PROSE_PARAGRAPH_CHARS && ".!?\"”".indexOf(last(text)) >= 0) {
        prose++;
      }
    }
    return prose >= 3;
  }

  private static char last(String text) {
    return text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
  }

  private static Element mainBlock(Element body) {
    Element best = null;
    for (Element article : body.select("article")) {
      if (best == null || article.text().length() > best.text().length()) {
        best = article;
      }
    }
    if (best == null || best.text().length() < MIN_ARTICLE_CHARS) {
      best = body.selectFirst("main");
    }
    if (best != null && best.text().length() >= MIN_ARTICLE_CHARS) {
      return best;
    }
    Map<Element, Integer> scores = new HashMap<>();
    for (Element p : body.select("p")) {
      int length = p.text().length();
      Element parent = p.parent();
      if (parent != null) {
        scores.merge(parent, length, Integer::sum);
        if (parent.parent() != null) {
          scores.merge(parent.parent(), length / 2, Integer::sum);
        }
      }
    }
    return scores.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(body);
  }

  private static String paragraphs(Element root, String title) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
              current.append(text.getWholeText());
            } else if (node instanceof Element element) {
              if (element.normalName().equals("br")) {
                current.append('\n');
              } else if (BLOCKS.contains(element.normalName())) {
                flush(paragraphs, current, title);
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
              flush(paragraphs, current, title);
            }
          }
        },
        root);
    flush(paragraphs, current, title);
    return String.join("\n\n", paragraphs);
  }

  private static void flush(List<String> paragraphs, StringBuilder current, String title) {
    List<String> lines = new ArrayList<>();
    for (String line : current.toString().split("\n")) {
      String collapsed = line.replaceAll("[\\s\\u00A0]+", " ").strip();
      if (!collapsed.isEmpty()) {
        lines.add(collapsed);
      }
    }
    current.setLength(0);
    String paragraph = String.join("\n", lines);
    if (!paragraph.isEmpty() && !paragraph.equalsIgnoreCase(title.strip())) {
      paragraphs.add(paragraph);
    }
  }

  private static Set<String> words(String spaceSeparated) {
    return Set.of(spaceSeparated.split(" "));
  }
}
