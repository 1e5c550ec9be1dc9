package org.entente.dictionary.petrarch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.dictionary.ActorCode;
import org.entente.dictionary.ActorVocabulary;
import org.entente.dictionary.ActorVocabulary.Part;
import org.entente.dictionary.ActorVocabulary.PartKind;

/**
 * The code parts PETRARCH dictionaries use that Entente's vocabulary lacks, added to it: the
 * validation suite codes Arnor {@code ARN} and its clerics {@code ~REL}, Phoenix has agents Entente
 * does not list. The first part of an actor's code is a country (PETRARCH puts the country first);
 * any other unknown part of an actor or agent code is an agent. A part Entente knows keeps
 * Entente's meaning.
 */
public final class PetrarchVocabulary {

  private PetrarchVocabulary() {}

  public static ActorVocabulary extend(
      ActorVocabulary base, List<PetrarchActor> actors, List<PetrarchAgent> agents) {
    Map<String, Part> added = new LinkedHashMap<>();
    List<String> later = new ArrayList<>();
    for (PetrarchActor actor : actors) {
      for (PetrarchDatedCode dated : actor.codes()) {
        String code = dated.code().text();
        if (dated.code().isNone() || !ActorCode.isWellFormed(code)) {
          continue;
        }
        String first = code.substring(0, 3);
        if (base.part(first).isEmpty()) {
          added.putIfAbsent(first, new Part(first, PartKind.COUNTRY, actor.phrase().spaced()));
        }
        later.add(code.substring(3));
      }
    }
    for (PetrarchAgent agent : agents) {
      later.add(agent.code());
    }
    for (String code : later) {
      if (!ActorCode.isWellFormed(code)) {
        continue;
      }
      for (int i = 0; i < code.length(); i += 3) {
        String part = code.substring(i, i + 3);
        if (base.part(part).isEmpty()) {
          added.putIfAbsent(part, new Part(part, PartKind.AGENT, part));
        }
      }
    }
    return base.with(added.values());
  }
}
