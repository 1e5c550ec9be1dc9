package org.entente.text;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A sentence with its tokens and enhanced dependencies: what the NLP stage hands the coder. Built
 * by the CoreNLP adapter, or from CoNLL-U text in tests ({@link ConllU}).
 *
 * @param index the sentence's position in the document, from 0
 * @param paragraph the paragraph it stands in, from 0
 */
public record ParsedSentence(
    int index, int paragraph, String text, List<Token> tokens, List<Dependency> dependencies) {

  public ParsedSentence {
    requireNonNull(text, "text is null");
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).index() != i) {
        throw new IllegalArgumentException("token " + i + " has index " + tokens.get(i).index());
      }
    }
    for (Dependency arc : dependencies) {
      if (arc.dependent() >= tokens.size() || arc.head() >= tokens.size()) {
        throw new IllegalArgumentException("arc " + arc + " points outside the sentence");
      }
    }
  }

  public Token token(int index) {
    return tokens.get(index);
  }

  public int size() {
    return tokens.size();
  }

  public List<String> words() {
    List<String> words = new ArrayList<>(tokens.size());
    tokens.forEach(t -> words.add(t.word()));
    return Collections.unmodifiableList(words);
  }

  public List<String> lemmas() {
    List<String> lemmas = new ArrayList<>(tokens.size());
    tokens.forEach(t -> lemmas.add(t.lemma()));
    return Collections.unmodifiableList(lemmas);
  }

  /** The sentence text from token {@code start} to token {@code end} (exclusive). */
  public String span(int start, int end) {
    return text.substring(tokens.get(start).begin(), tokens.get(end - 1).end());
  }
}
