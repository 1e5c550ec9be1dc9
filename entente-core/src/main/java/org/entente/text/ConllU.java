package org.entente.text;

import java.util.ArrayList;
import java.util.List;
import org.entente.core.EntenteException;

/**
 * Reads and writes sentences in CoNLL-U, so that coder tests run on stored parses without loading
 * models. Columns: ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC; the enhanced graph comes
 * from DEPS ({@code 3:nsubj|5:nsubj:xsubj}), falling back to HEAD/DEPREL when DEPS is {@code _}.
 * MISC may carry {@code NER=DATE} and {@code Timex=2018}. A sentence's {@code # text =} comment
 * gives its text; {@code # paragraph =} its paragraph.
 *
 * <pre>
 * # text = Russia sells oil to China.
 * 1  Russia  Russia  PROPN  NNP  _  2  nsubj  2:nsubj  _
 * 2  sells   sell    VERB   VBZ  _  0  root   0:root   _
 * </pre>
 */
public final class ConllU {

  private ConllU() {}

  /** Parses every sentence of a CoNLL-U text; {@code file} names it in errors. */
  public static List<ParsedSentence> parse(String file, String conllu) {
    List<ParsedSentence> sentences = new ArrayList<>();
    List<String[]> rows = new ArrayList<>();
    List<Integer> rowLines = new ArrayList<>();
    String text = null;
    int paragraph = 0;
    String[] lines = conllu.split("\r?\n", -1);
    for (int n = 0; n <= lines.length; n++) {
      String line = n < lines.length ? lines[n] : "";
      if (line.isBlank()) {
        if (!rows.isEmpty()) {
          sentences.add(build(file, sentences.size(), paragraph, text, rows, rowLines));
          rows.clear();
          rowLines.clear();
          text = null;
        }
        continue;
      }
      if (line.startsWith("#")) {
        String comment = line.substring(1).strip();
        if (comment.startsWith("text =")) {
          text = comment.substring("text =".length()).strip();
        } else if (comment.startsWith("paragraph =")) {
          paragraph = Integer.parseInt(comment.substring("paragraph =".length()).strip());
        }
        continue;
      }
      String[] columns = line.split("\t");
      if (columns.length == 1) {
        columns = line.strip().split("\\s+");
      }
      if (columns.length != 10) {
        throw EntenteException.badData(
            "%s:%d: expected 10 CoNLL-U columns, found %d", file, n + 1, columns.length);
      }
      if (columns[0].contains("-") || columns[0].contains(".")) {
        continue; // multi-word token ranges and empty nodes are not used
      }
      rows.add(columns);
      rowLines.add(n + 1);
    }
    return sentences;
  }

  private static ParsedSentence build(
      String file,
      int index,
      int paragraph,
      String text,
      List<String[]> rows,
      List<Integer> rowLines) {
    StringBuilder rebuilt = new StringBuilder();
    if (text == null) {
      for (String[] row : rows) {
        if (rebuilt.length() > 0) {
          rebuilt.append(' ');
        }
        rebuilt.append(row[1]);
      }
      text = rebuilt.toString();
    }
    List<Token> tokens = new ArrayList<>(rows.size());
    List<Dependency> arcs = new ArrayList<>();
    int cursor = 0;
    for (int i = 0; i < rows.size(); i++) {
      String[] row = rows.get(i);
      int line = rowLines.get(i);
      if (Integer.parseInt(row[0]) != i + 1) {
        throw EntenteException.badData("%s:%d: token id %s out of order", file, line, row[0]);
      }
      int begin = text.indexOf(row[1], cursor);
      int end = begin + row[1].length();
      String spacedWord = row[1].replace('\u00a0', ' ');
      if (begin < 0 && spacedWord.contains(" ")) {
        // CoreNLP joins "<Crowley Maritime Corp>" into one token with no-break spaces
        var spaced =
            java.util.regex.Pattern.compile(
                    java.util.regex.Pattern.quote(spacedWord).replace(" ", "\\E\\s+\\Q"))
                .matcher(text);
        if (spaced.find(cursor)) {
          begin = spaced.start();
          end = spaced.end();
        }
      }
      if (begin < 0 && row[1].equals(".") && cursor > 0 && text.charAt(cursor - 1) == '.') {
        // CoreNLP repeats the period of a final abbreviation ("… the U.S.") as its own token
        begin = cursor - 1;
        end = cursor;
      }
      // a form given in another case than the text's ("banks" for "U.S. Banks"), when it comes
      // before the next exact match
      int limit = begin < 0 ? text.length() : begin;
      for (int k = cursor; k < limit && k + row[1].length() <= text.length(); k++) {
        if (text.regionMatches(true, k, row[1], 0, row[1].length())) {
          begin = k;
          end = k + row[1].length();
          break;
        }
      }
      if (begin < 0) {
        throw EntenteException.badData(
            "%s:%d: token '%s' is not in the sentence text after offset %d",
            file, line, row[1], cursor);
      }
      cursor = end;
      String ner = misc(row[9], "NER");
      String timex = misc(row[9], "Timex");
      tokens.add(
          new Token(i, row[1], underscore(row[2]), underscore(row[4]), ner, timex, begin, end));
      try {
        if (!row[8].equals("_")) {
          for (String arc : row[8].split("\\|")) {
            int colon = arc.indexOf(':');
            arcs.add(
                new Dependency(
                    Integer.parseInt(arc.substring(0, colon)) - 1, i, arc.substring(colon + 1)));
          }
        } else if (!row[6].equals("_")) {
          arcs.add(new Dependency(Integer.parseInt(row[6]) - 1, i, row[7]));
        }
      } catch (RuntimeException e) {
        throw EntenteException.badData("%s:%d: bad HEAD or DEPS: %s", file, line, e.getMessage());
      }
    }
    return new ParsedSentence(index, paragraph, text, tokens, arcs);
  }

  private static String underscore(String value) {
    return value.equals("_") ? "" : value;
  }

  private static String misc(String misc, String key) {
    for (String item : misc.split("\\|")) {
      if (item.startsWith(key + "=")) {
        return item.substring(key.length() + 1);
      }
    }
    return "";
  }

  /** Writes a sentence as CoNLL-U (enhanced arcs in DEPS, the basic tree is not kept). */
  public static String write(ParsedSentence sentence) {
    StringBuilder out = new StringBuilder();
    // a sentence may span a line break ("...hostages.\"\n"): one comment line, same offsets
    out.append("# text = ")
        .append(sentence.text().replace('\n', ' ').replace('\r', ' '))
        .append('\n');
    if (sentence.paragraph() != 0) {
      out.append("# paragraph = ").append(sentence.paragraph()).append('\n');
    }
    for (Token token : sentence.tokens()) {
      List<String> deps = new ArrayList<>();
      for (Dependency arc : sentence.dependencies()) {
        if (arc.dependent() == token.index()) {
          deps.add((arc.head() + 1) + ":" + arc.relation());
        }
      }
      String misc = "_";
      if (!token.ner().equals("O")) {
        misc = "NER=" + token.ner() + (token.timex().isEmpty() ? "" : "|Timex=" + token.timex());
      }
      out.append(token.index() + 1)
          .append('\t')
          .append(token.word())
          .append('\t')
          .append(token.lemma())
          .append('\t')
          .append('_')
          .append('\t')
          .append(token.pos().isEmpty() ? "_" : token.pos())
          .append('\t')
          .append('_')
          .append('\t')
          .append('_')
          .append('\t')
          .append('_')
          .append('\t')
          .append(deps.isEmpty() ? "_" : String.join("|", deps))
          .append('\t')
          .append(misc)
          .append('\n');
    }
    return out.append('\n').toString();
  }
}
