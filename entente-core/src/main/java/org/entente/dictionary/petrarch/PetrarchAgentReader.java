package org.entente.dictionary.petrarch;

import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a PETRARCH agent dictionary such as {@code Phoenix.agents.txt}:
 *
 * <pre>
 * !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
 * FOREIGN_MINISTER [~GOVFRM] # jap 4/14/01
 * BUSINESS!PERSON! [~BUS]
 * ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV] # mj 05 Jan 2006
 * HUMAN_RIGHTS_BODY  [NGO~] # BNL 07 Dec 2001
 * </pre>
 *
 * A line {@code !NAME! = A, B} defines a substitution set; an entry whose phrase holds {@code
 * !NAME!} stands for one entry per member, as PETRARCH expands it ({@code BUSINESS!PERSON!} is
 * {@code BUSINESSMAN}, {@code BUSINESSMEN}, ...). Each other line is a phrase, an optional plural
 * in {@code {...}} and the code {@code [~CODE]} or {@code [CODE~]} (see {@link PetrarchAgent}).
 *
 * <p>Leniencies, as PETRARCH has them:
 *
 * <ul>
 *   <li>a line without {@code [} is skipped with a warning ({@code ISLAMIC_EXTREMIST} in {@code
 *       Phoenix.agents.txt}), as PETRARCH skips it;
 *   <li>a code closed by <code>}</code> instead of {@code ]} is read, with a warning (<code>
 *       DEPARMENT_OF_ENVIRONMENT [~ENV}</code>);
 *   <li>spaces inside the brackets are ignored ({@code [ ~COP]}, {@code [ NGO~]});
 *   <li>a substitution set defined twice takes its later definition.
 * </ul>
 *
 * Errors: a code that is not closed, a code without {@code ~}, a plural that is not closed, text
 * after the code, an undefined or unclosed substitution marker, an empty phrase.
 */
public final class PetrarchAgentReader {

  private static final Logger LOG = LoggerFactory.getLogger(PetrarchAgentReader.class);

  private PetrarchAgentReader() {}

  public static List<PetrarchAgent> read(Path file) {
    return PetrarchReading.readFile(file, PetrarchAgentReader::read);
  }

  /** Reads from {@code in}; {@code fileName} names it in error messages. */
  public static List<PetrarchAgent> read(String fileName, Reader in) {
    try (PetrarchLines lines = new PetrarchLines(fileName, in)) {
      return read(lines);
    }
  }

  private static List<PetrarchAgent> read(PetrarchLines lines) {
    Map<String, List<String>> sets = new HashMap<>();
    List<PetrarchAgent> agents = new ArrayList<>();
    PetrarchLines.Line line;
    while ((line = lines.next()) != null) {
      String text = line.text();
      if (text.startsWith("!") && text.indexOf('=') > 0) {
        define(line, text, sets);
        continue;
      }
      int bracket = text.indexOf('[');
      if (bracket < 0) {
        LOG.warn(
            "{}: '{}' has no agent code [~CODE]; skipped, as PETRARCH does", line.origin(), text);
        continue;
      }
      int close = text.indexOf(']', bracket + 1);
      if (close < 0 && text.endsWith("}") && text.lastIndexOf('}') > bracket) {
        LOG.warn("{}: code '{}' is closed by '}'; read as if by ']'", line.origin(), text);
        close = text.length() - 1;
      } else if (close < 0) {
        PetrarchReading.closing(line, text, bracket, ']', "code");
      }
      if (!text.substring(close + 1).isBlank()) {
        throw line.error("unexpected '%s' after the code", text.substring(close + 1).strip());
      }
      String written = text.substring(bracket + 1, close).strip();
      for (String head : expand(line, text.substring(0, bracket), sets)) {
        agents.add(agent(line, head, written));
      }
    }
    return agents;
  }

  private static void define(PetrarchLines.Line line, String text, Map<String, List<String>> sets) {
    int equals = text.indexOf('=');
    String name = text.substring(0, equals).strip();
    if (name.length() < 3
        || !name.endsWith("!")
        || name.substring(1, name.length() - 1).matches(".*[!\\s].*")) {
      throw line.error("substitution set '%s' must be named !NAME!", name);
    }
    List<String> members = new ArrayList<>();
    for (String member : text.substring(equals + 1).split(",")) {
      String stripped = member.strip();
      if (stripped.indexOf('!') >= 0) {
        throw line.error("member '%s' of %s holds a '!'", stripped, name);
      }
      if (!stripped.isEmpty()) {
        members.add(stripped);
      }
    }
    if (members.isEmpty()) {
      throw line.error("substitution set %s has no members (write %s = WORD, WORD)", name, name);
    }
    sets.put(name.substring(1, name.length() - 1), members);
  }

  /** The heads with every {@code !NAME!} replaced by each member of its set. */
  private static List<String> expand(
      PetrarchLines.Line line, String head, Map<String, List<String>> sets) {
    int start = head.indexOf('!');
    if (start < 0) {
      return List.of(head);
    }
    int end = head.indexOf('!', start + 1);
    if (end < 0) {
      throw line.error(
          "substitution marker '%s' is not closed by '!'", head.substring(start).strip());
    }
    String name = head.substring(start + 1, end);
    List<String> members = sets.get(name);
    if (members == null) {
      throw line.error(
          "substitution set !%s! is not defined (define it above: !%s! = WORD, WORD)", name, name);
    }
    List<String> heads = new ArrayList<>();
    for (String member : members) {
      heads.addAll(expand(line, head.substring(0, start) + member + head.substring(end + 1), sets));
    }
    return heads;
  }

  private static PetrarchAgent agent(PetrarchLines.Line line, String head, String written) {
    int brace = head.indexOf('{');
    List<PetrarchPhrase> plurals = new ArrayList<>();
    if (brace >= 0) {
      int close = PetrarchReading.closing(line, head, brace, '}', "plural");
      if (!head.substring(close + 1).isBlank()) {
        throw line.error(
            "unexpected '%s' between the plural and the code", head.substring(close + 1).strip());
      }
      String plural = head.substring(brace + 1, close);
      if (!plural.isBlank()) {
        plurals.add(PetrarchReading.phrase(line, plural, "plural"));
      }
    }
    String phrase = brace >= 0 ? head.substring(0, brace) : head;
    PetrarchPhrase parsed = PetrarchReading.phrase(line, phrase, "agent");
    PetrarchAgent.Position position;
    String code;
    if (written.startsWith("~")) {
      position = PetrarchAgent.Position.SUFFIX;
      code = written.substring(1).strip();
    } else if (written.endsWith("~")) {
      position = PetrarchAgent.Position.PREFIX;
      code = written.substring(0, written.length() - 1).strip();
    } else {
      throw line.error(
          "agent code '[%s]' has no '~' (write [~GOV] for a code after the actor's, [NGO~] for one"
              + " before)",
          written);
    }
    if (code.isEmpty() || !code.matches("[^\\s~\\[\\]{}]+")) {
      throw line.error("agent code '[%s]' is not [~CODE] or [CODE~]", written);
    }
    return new PetrarchAgent(parsed, code, position, plurals, brace < 0, line.origin());
  }
}
