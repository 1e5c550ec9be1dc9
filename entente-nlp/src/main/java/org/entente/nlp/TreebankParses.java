package org.entente.nlp;

import static java.util.Objects.requireNonNull;

import edu.stanford.nlp.ling.Label;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.Tree;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.core.Document;
import org.entente.core.EntenteException;
import org.entente.text.ParsedDocument;
import org.entente.text.ParsedSentence;
import org.entente.text.Token;

/**
 * A document from a Penn Treebank parse written beside it, as PETRARCH's validation files carry one
 * ({@code <Parse>(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) …)))</Parse>}): the tree's leaves
 * become the tokens, its preterminals their tags, CoreNLP's morphology their lemmas, and CoreNLP's
 * converter ({@link SemanticGraphFactory}) the enhanced++ universal dependencies, the same kind of
 * graph as {@link CoreNlpSentenceParser} hands the coder. Lets {@code entente validate --parses}
 * separate the parser's errors from the coder's. No named-entity tags are set (all {@code O}).
 */
public final class TreebankParses {

  /** The Treebank's escapes of brackets and quotes, and the characters they stand for. */
  private static final Map<String, List<String>> ESCAPES =
      Map.of(
          "-LRB-", List.of("("),
          "-RRB-", List.of(")"),
          "-LSB-", List.of("["),
          "-RSB-", List.of("]"),
          "-LCB-", List.of("{"),
          "-RCB-", List.of("}"),
          "``", List.of("\"", "``", "“", "'"),
          "''", List.of("\"", "''", "”", "'"));

  /**
   * How many characters of the text a leaf may stand after the previous one, when the text has
   * words the parse leaves out (a dropped dash, a quote): a few words, not a later clause.
   */
  static final int MAX_SKIP = 12;

  private TreebankParses() {}

  /**
   * The document as one sentence with the tree's tokens and dependencies; a parse that is no tree
   * is a bad-data error naming the document.
   */
  public static ParsedDocument parse(Document document, String penn) {
    requireNonNull(document, "document is null");
    requireNonNull(penn, "penn is null");
    int depth = depth(penn);
    if (depth != 0) {
      throw EntenteException.badData(
          "%s: the parse's brackets do not balance (%s)",
          document.id(), depth > 0 ? depth + " ')' missing" : "a ')' too many");
    }
    Tree tree;
    try {
      tree = Tree.valueOf(penn.strip());
    } catch (RuntimeException e) {
      throw EntenteException.badData(
          "%s: the parse is not a Penn Treebank tree: %s", document.id(), e.getMessage());
    }
    if (tree == null || tree.getLeaves().isEmpty()) {
      throw EntenteException.badData("%s: the parse is empty", document.id());
    }
    String text = document.text();
    List<Tree> leaves = tree.getLeaves();
    List<Label> tags = tree.preTerminalYield();
    Morphology morphology = new Morphology();
    List<Token> tokens = new ArrayList<>(leaves.size());
    int cursor = 0;
    for (int i = 0; i < leaves.size(); i++) {
      String word = leaves.get(i).value();
      String tag = i < tags.size() ? tags.get(i).value() : "";
      int[] span = align(text, cursor, word);
      cursor = span[1];
      String surface = text.substring(span[0], span[1]);
      String shown = surface.isEmpty() ? word : surface;
      String lemma = tag.startsWith("NNP") ? shown : morphology.lemma(shown, tag);
      tokens.add(new Token(i, shown, lemma, tag, "O", "", span[0], span[1]));
    }
    SemanticGraph graph = SemanticGraphFactory.generateEnhancedPlusPlusDependencies(tree);
    ParsedSentence parsed =
        new ParsedSentence(0, 0, text, tokens, CoreNlpSentenceParser.arcs(graph));
    return new ParsedDocument(document, List.of(parsed), List.of());
  }

  /** Whether a parse's brackets balance: PETRARCH rejects a record whose parse does not. */
  public static boolean balanced(String penn) {
    return depth(penn) == 0;
  }

  /** Open brackets less closed ones, or -1 as soon as a ')' closes nothing. */
  private static int depth(String penn) {
    int depth = 0;
    for (int i = 0; i < penn.length() && depth >= 0; i++) {
      char c = penn.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
    }
    return depth;
  }

  /**
   * Where {@code word} stands in {@code text} at or after {@code from}, past white space; when the
   * text has something else there (a parse that differs from its text), an empty span at {@code
   * from}. A few characters the parse leaves out ({@link #MAX_SKIP}) are passed over.
   */
  static int[] align(String text, int from, String word) {
    int start = from;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    for (String form : ESCAPES.getOrDefault(word, List.of(word))) {
      if (text.startsWith(form, start)) {
        return new int[] {start, start + form.length()};
      }
    }
    for (String form : ESCAPES.getOrDefault(word, List.of(word))) {
      int found = text.indexOf(form, start);
      if (found >= 0 && found - start <= MAX_SKIP) {
        return new int[] {found, found + form.length()};
      }
    }
    return new int[] {from, from};
  }
}
