package org.entente.dictionary;

import java.time.LocalDate;
import java.util.List;

/** Finds the actors named in a sentence's tokens. */
public interface ActorMatcher {

  /**
   * The actor mentions in a sentence, left to right, not overlapping.
   *
   * @param words the tokens as written
   * @param lemmas the tokens' lemmas, or {@code null} when not known
   * @param date the date the sentence speaks of, which picks people's terms of office
   */
  List<ActorMention> find(List<String> words, List<String> lemmas, LocalDate date);
}
