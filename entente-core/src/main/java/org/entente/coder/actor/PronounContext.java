package org.entente.coder.actor;

import java.util.List;

/**
 * What a pronoun may refer to: the actors that were the subject of the last sentence in the same
 * paragraph that had one. "Russia has been selling oil to China. … It now provides military
 * technology to China": "It" is Russia. Mutable; one per document, used in sentence order.
 */
public final class PronounContext {

  private int paragraph = -1;
  private List<Actor> subjects = List.of();

  /** The actors "it"/"they" stand for in {@code paragraph}, or an empty list. */
  List<Actor> antecedents(int paragraph) {
    return paragraph == this.paragraph ? subjects : List.of();
  }

  /** Records the subject actors of a sentence (ignored when empty). */
  void remember(int paragraph, List<Actor> subjects) {
    if (!subjects.isEmpty()) {
      this.paragraph = paragraph;
      this.subjects = List.copyOf(subjects);
    }
  }
}
