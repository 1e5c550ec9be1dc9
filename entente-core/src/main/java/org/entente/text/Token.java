package org.entente.text;

import static java.util.Objects.requireNonNull;

/**
 * One token of a parsed sentence, as the coder sees it — never a CoreNLP type.
 *
 * @param index position in the sentence, from 0
 * @param pos the Penn Treebank tag ({@code NNP}, {@code VBD}, …)
 * @param ner the entity class ({@code DATE}, {@code NUMBER}, {@code PERSON}, …) or {@code O}
 * @param timex the normalised value of a date expression ({@code 2018}, {@code 2019-06}, {@code
 *     2019-06-05}), or empty
 * @param begin character offset in the sentence text
 * @param end character offset just after the token
 */
public record Token(
    int index,
    String word,
    String lemma,
    String pos,
    String ner,
    String timex,
    int begin,
    int end) {

  public Token {
    requireNonNull(word, "word is null");
    lemma = lemma == null || lemma.isEmpty() ? word : lemma;
    pos = pos == null ? "" : pos;
    ner = ner == null || ner.isEmpty() ? "O" : ner;
    timex = timex == null ? "" : timex;
    if (index < 0 || begin < 0 || end < begin) {
      throw new IllegalArgumentException(
          "bad token " + index + " '" + word + "' at " + begin + ".." + end);
    }
  }

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }

  public String lowerLemma() {
    return lemma.toLowerCase(java.util.Locale.ROOT);
  }
}
