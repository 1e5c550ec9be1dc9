package org.entente.dictionary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over word-piece keys that finds the longest phrase starting at a position. Values are
 * grouped per phrase, so a person with three terms of office is one phrase with three entries.
 */
final class PhraseIndex<T> {

  private static final class Node<T> {
    final Map<String, Node<T>> children = new HashMap<>(4);
    final List<T> values = new ArrayList<>(1);
  }

  /** The longest phrase found: how many pieces it covers and its values. */
  record Match<T>(int length, List<T> values) {}

  private final Node<T> root = new Node<>();
  private int phrases;

  void add(List<String> keys, T value) {
    Node<T> node = root;
    for (String key : keys) {
      node = node.children.computeIfAbsent(key, k -> new Node<>());
    }
    if (node.values.isEmpty()) {
      phrases++;
    }
    node.values.add(value);
  }

  int phraseCount() {
    return phrases;
  }

  /**
   * The longest phrase starting at {@code start} whose every piece matches one of the piece's
   * candidate keys, or {@code null}. {@code accept} may veto a match (a prefix entry needs a hyphen
   * after it), in which case a shorter one is tried.
   */
  Match<T> longest(List<WordPiece> pieces, int start, Acceptor<T> accept) {
    return longest(root, pieces, start, 0, accept);
  }

  interface Acceptor<T> {
    List<T> accept(List<T> values, WordPiece last);
  }

  private Match<T> longest(
      Node<T> node, List<WordPiece> pieces, int position, int depth, Acceptor<T> accept) {
    Match<T> best = null;
    if (position < pieces.size()) {
      WordPiece piece = pieces.get(position);
      for (String key : Phrases.candidates(piece.text(), piece.lemma())) {
        Node<T> child = node.children.get(key);
        if (child == null) {
          continue;
        }
        Match<T> deeper = longest(child, pieces, position + 1, depth + 1, accept);
        if (deeper != null && (best == null || deeper.length() > best.length())) {
          best = deeper;
        }
      }
    }
    if (best == null && depth > 0 && !node.values.isEmpty()) {
      List<T> accepted = accept.accept(node.values, pieces.get(position - 1));
      if (!accepted.isEmpty()) {
        best = new Match<>(depth, accepted);
      }
    }
    return best;
  }
}
