package org.entente.coder.predicate;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A predicate and its arguments, by head token: "Russia sells oil to China" is the frame of "sells"
 * with subject Russia, object oil and target {@code to} China.
 *
 * @param lemma the lemma, with its particle ("push back")
 * @param noun true for an event noun ("visit", "sanctions")
 * @param subjects heads of the subject (the possessor or modifier of a noun)
 * @param objects heads of the direct and indirect object
 * @param targets heads of prepositional arguments by preposition ("to" → China)
 * @param objectWords lemmas of the object phrase, which pick the verb's sense
 * @param phrase tokens of the trigger and its object, for the area
 */
public record Frame(
    int trigger,
    String lemma,
    boolean noun,
    List<Integer> subjects,
    List<Integer> objects,
    Map<String, List<Integer>> targets,
    Set<String> objectWords,
    List<Integer> phrase) {

  public Frame {
    subjects = List.copyOf(subjects);
    objects = List.copyOf(objects);
    targets = Map.copyOf(targets);
    objectWords = Set.copyOf(objectWords);
    phrase = List.copyOf(phrase);
  }

  /** The same predicate read as another lemma: "call" as "call on", "commit" as "commit to". */
  public Frame withLemma(String other) {
    return new Frame(trigger, other, noun, subjects, objects, targets, objectWords, phrase);
  }
}
