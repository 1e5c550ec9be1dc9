package org.entente.dictionary.petrarch;

import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the Phoenix issue list {@code Phoenix.IssueCoding.txt}: sections of phrases, each with the
 * issue code it tags a story with, and {@code ~} exclusions.
 *
 * <pre>
 * &lt;ISSUE CATEGORY="ENERGY" TYPE="ALL"&gt;
 * oil [OIL]
 * tar n:sand [OIL]
 * ~olive oil
 * &lt;/ISSUE&gt;
 * </pre>
 *
 * <p>Leniencies, each needed by the file:
 *
 * <ul>
 *   <li>a {@code </ISSUE>} with no section open is skipped with a warning (line 481 closes twice);
 *   <li>text after the code is ignored with a warning, as PETRARCH reads only the first code
 *       ({@code aqim [NAMED_TERROR_GROUP] [NAMED_TERROR_GROUP]}; two lines where two entries ran
 *       together lose the second one);
 *   <li>a phrase without code is kept with a {@code null} code (13 lines, such as {@code
 *       eurozone});
 *   <li>{@code ~~} is read like {@code ~}.
 * </ul>
 *
 * Errors: a phrase outside a section, a section opened inside another, another tag, a code that is
 * not closed or empty, an exclusion with a code.
 */
public final class PetrarchIssueReader {

  private static final Logger LOG = LoggerFactory.getLogger(PetrarchIssueReader.class);
  private static final Pattern OPEN = Pattern.compile("<ISSUE\\b(.*)>");
  private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)\\s*=\\s*\"([^\"]*)\"");

  private PetrarchIssueReader() {}

  public static List<PetrarchIssue> read(Path file) {
    return PetrarchReading.readFile(file, PetrarchIssueReader::read);
  }

  /** Reads from {@code in}; {@code fileName} names it in error messages. */
  public static List<PetrarchIssue> read(String fileName, Reader in) {
    try (PetrarchLines lines = new PetrarchLines(fileName, in)) {
      return read(lines);
    }
  }

  private static List<PetrarchIssue> read(PetrarchLines lines) {
    List<PetrarchIssue> issues = new ArrayList<>();
    String category = null;
    String type = null;
    PetrarchLines.Line line;
    while ((line = lines.next()) != null) {
      String text = line.text();
      Matcher open = OPEN.matcher(text);
      if (open.matches()) {
        if (category != null) {
          throw line.error("section opens inside section %s (close that with </ISSUE>)", category);
        }
        category = attribute(line, open.group(1), "CATEGORY");
        type = attribute(line, open.group(1), "TYPE");
      } else if (text.equals("</ISSUE>")) {
        if (category == null) {
          LOG.warn("{}: </ISSUE> closes no section; skipped", line.origin());
        }
        category = null;
      } else if (text.startsWith("<")) {
        throw line.error("unknown tag '%s' (expected <ISSUE CATEGORY=\"...\" TYPE=\"...\">)", text);
      } else if (category == null) {
        throw line.error("'%s' is outside an <ISSUE> section", text);
      } else {
        issues.add(issue(line, text, category, type));
      }
    }
    return issues;
  }

  private static String attribute(PetrarchLines.Line line, String attributes, String name) {
    Matcher matcher = ATTRIBUTE.matcher(attributes);
    while (matcher.find()) {
      if (matcher.group(1).equals(name)) {
        return matcher.group(2);
      }
    }
    throw line.error("section '%s' has no %s=\"...\"", line.text(), name);
  }

  private static PetrarchIssue issue(
      PetrarchLines.Line line, String text, String category, String type) {
    boolean exclusion = text.startsWith("~");
    String rest = exclusion ? text.replaceFirst("^~+", "") : text;
    int open = rest.indexOf('[');
    String code = null;
    if (open >= 0) {
      if (exclusion) {
        throw line.error("exclusion '%s' has a code; exclusions are phrases alone", text);
      }
      int close = PetrarchReading.closing(line, rest, open, ']', "code");
      code = rest.substring(open + 1, close).strip();
      if (code.isEmpty()) {
        throw line.error("empty code '[]'");
      }
      if (!rest.substring(close + 1).isBlank()) {
        LOG.warn(
            "{}: '{}' after the code is ignored, as PETRARCH ignores it",
            line.origin(),
            rest.substring(close + 1).strip());
      }
      rest = rest.substring(0, open);
    }
    List<String> words = new ArrayList<>();
    for (String word : rest.strip().split("\\s+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    if (words.isEmpty()) {
      throw line.error("issue line '%s' has no phrase", text);
    }
    return new PetrarchIssue(category, type, words, code, exclusion, line.origin());
  }
}
