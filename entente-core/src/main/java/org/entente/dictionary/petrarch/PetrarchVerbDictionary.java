package org.entente.dictionary.petrarch;

import java.util.List;
import java.util.Optional;

/**
 * What a PETRARCH verb dictionary holds: synonym sets, verb blocks and transformations, each in the
 * order written. Read by {@link PetrarchVerbReader}.
 */
public record PetrarchVerbDictionary(
    List<PetrarchSynset> synsets,
    List<PetrarchVerb> verbs,
    List<PetrarchTransformation> transformations) {

  public PetrarchVerbDictionary {
    synsets = List.copyOf(synsets);
    verbs = List.copyOf(verbs);
    transformations = List.copyOf(transformations);
  }

  /** The set named {@code name} ({@code &CURRENCY}); the last one when it is defined twice. */
  public Optional<PetrarchSynset> synset(String name) {
    for (int i = synsets.size() - 1; i >= 0; i--) {
      if (synsets.get(i).name().equals(name)) {
        return Optional.of(synsets.get(i));
      }
    }
    return Optional.empty();
  }

  /** The number of patterns of all blocks. */
  public int patternCount() {
    return verbs.stream().mapToInt(verb -> verb.patterns().size()).sum();
  }
}
