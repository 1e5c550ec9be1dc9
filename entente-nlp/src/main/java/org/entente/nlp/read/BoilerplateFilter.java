package org.entente.nlp.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes from a document's text the lines that scrapes leave in and that are not the article: a
 * rule per kind of line, each shown here with its example. Paragraph breaks (blank lines) are kept,
 * so the parser can tell paragraphs apart; runs of blank lines become one, and lines lose trailing
 * white space. Every reader applies it, to {@code .txt} and JSON Lines text too.
 *
 * <ol>
 *   <li><b>Link lines</b>, a line that is only a link or widget label: {@code "More >"}, {@code
 *       "Read more »"}, {@code "Continue reading"}, {@code "Share"}, {@code "Share this article"},
 *       {@code "Print"}, {@code "Advertisement"}.
 *   <li><b>Origin notes</b>: {@code "This article was originally published in China Daily"}, {@code
 *       "This story first appeared on ..."}, {@code "Originally published by ..."}.
 *   <li><b>Author notes</b>: {@code "The author is a senior fellow at ..."}, {@code "The views do
 *       not necessarily reflect those of China Daily."}
 *   <li><b>Bylines</b>: {@code "By Dmitri Trenin"}, {@code "By John Smith and Jane Doe | China
 *       Daily"} — but not {@code "By 2018, Sino-Russian trade exceeded $100 billion."}
 *   <li><b>Author bio boxes</b> ({@link AuthorBox}): a bare name line, optionally a line about that
 *       person, optionally link lines: {@code "Dmitri Trenin / Trenin was director of the Carnegie
 *       Moscow Center from 2008 to early 2022. / More >"}.
 * </ol>
 *
 * A rule removes a whole line or nothing: a line that also holds article text is kept.
 */
public final class BoilerplateFilter {
  private static final String ARROWS = "(?:\\s*(?:[>»›→…:]|\\.{3}|&gt;|&raquo;))*";

  /** Rule 1: {@code "More >"}, {@code "Read more"}, {@code "Share this article"}. */
  static final Pattern LINK_LINE =
      Pattern.compile(
          "(?i)[\\[(]?\\s*(?:more|read more|read the full (?:story|article)|continue reading"
              + "|full story|see more|view more|load more|more stories|related(?: articles"
              + "| stories| coverage)?|share(?: this)?(?: article| story| page)?(?: on \\w+)?"
              + "|tweet|e-?mail|print|comments?|advertisement|subscribe|follow us(?: on \\w+)?"
              + "|back to top)"
              + ARROWS
              + "\\s*[\\])]?");

  /** Rule 2: {@code "This article was originally published in China Daily"}. */
  static final Pattern ORIGIN_NOTE =
      Pattern.compile(
          "(?i)(?:this (?:article|story|piece|op-ed|commentary|column|essay)"
              + " (?:was |has been |is )?(?:originally |first )?(?:published|appeared|posted)"
              + "|originally (?:published|appeared|posted)"
              + "|first (?:published|appeared|posted) (?:in|on|by|at))\\b.*");

  /** Rule 3: {@code "The author is a senior fellow at ..."}. */
  static final Pattern AUTHOR_NOTE =
      Pattern.compile(
          "(?i)(?:the (?:author|writer|authors|writers) (?:is|are|was|were)\\b"
              + "|(?:the )?views (?:expressed )?(?:here |in this \\w+ )?"
              + "(?:do not|don't|don’t|are not|are the author)"
              + "|the opinions expressed)\\b.*");

  /** Rule 4: {@code "By Dmitri Trenin | China Daily"}. */
  static final Pattern BYLINE =
      Pattern.compile(
          "(?:By|BY)\\s+"
              + AuthorBox.NAME
              + "(?:\\s*(?:,|and|&)\\s*"
              + AuthorBox.NAME
              + ")*(?:\\s*[|,–—-]\\s*[^.!?]{0,60})?");

  /** Notes longer than this are prose, not a note. */
  static final int MAX_NOTE_CHARS = 400;

  private final AuthorBox authorBox = new AuthorBox();

  /** Returns {@code text} without boilerplate lines; line breaks become {@code \n}. */
  public String clean(String text) {
    String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    boolean[] removed = new boolean[lines.length];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = lines[i].strip();
      removed[i] = isBoilerplateLine(lines[i]);
    }
    authorBox.mark(lines, removed);
    return join(lines, removed);
  }

  /** Whether {@code line} is, all by itself, boilerplate (rules 1–4). */
  static boolean isBoilerplateLine(String line) {
    return !line.isEmpty()
        && (LINK_LINE.matcher(line).matches()
            || line.length() <= MAX_NOTE_CHARS
                && (ORIGIN_NOTE.matcher(line).matches()
                    || AUTHOR_NOTE.matcher(line).matches()
                    || BYLINE.matcher(line).matches()));
  }

  private static String join(String[] lines, boolean[] removed) {
    List<String> kept = new ArrayList<>(lines.length);
    for (int i = 0; i < lines.length; i++) {
      if (removed[i]) {
        continue;
      }
      boolean blank = lines[i].isEmpty();
      if (blank && (kept.isEmpty() || kept.get(kept.size() - 1).isEmpty())) {
        continue;
      }
      kept.add(lines[i]);
    }
    while (!kept.isEmpty() && kept.get(kept.size() - 1).isEmpty()) {
      kept.remove(kept.size() - 1);
    }
    return String.join("\n", kept);
  }
}
