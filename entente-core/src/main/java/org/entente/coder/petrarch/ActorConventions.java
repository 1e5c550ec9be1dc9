package org.entente.coder.petrarch;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.dictionary.ActorCode;
import org.entente.dictionary.ActorEntry;
import org.entente.dictionary.ActorVocabulary;
import org.entente.dictionary.EntryKind;
import org.entente.dictionary.Phrases;
import org.entente.dictionary.petrarch.PetrarchActor;
import org.entente.dictionary.petrarch.PetrarchAgent;
import org.entente.dictionary.petrarch.PetrarchCode;
import org.entente.dictionary.petrarch.PetrarchDatedCode;
import org.entente.dictionary.petrarch.PetrarchPhrase;

/**
 * PETRARCH's actor conventions that Entente's actor entries do not hold, for the PETRARCH coder:
 *
 * <ul>
 *   <li>an actor with <b>several codes</b> ({@code THE_SHIRE [FRO/BIL/SAM]}: the Shire is three
 *       hobbits) is each of them;
 *   <li>a <b>prefix agent</b> ({@code MSF [NGO~]}) goes before the country: "MSF Arnor" is NGOARN;
 *   <li>a phrase's words joined by {@code _} in the text ("Dol_Amroth") are the phrase;
 *   <li>an agent written with {@code {}} ({@code POLICE {} [~COP]}) has no plural: "polices" is not
 *       the police.
 * </ul>
 *
 * @param actors the actors to convert, an actor with several codes once per code
 * @param severalCodes each phrase of such an actor (lower case, words spaced) and its codes
 * @param prefixAgents the agent codes that go before the country
 * @param notPlurals the regular plurals (lower case) of the last words of agents that have none
 */
public record ActorConventions(
    List<PetrarchActor> actors,
    Map<String, List<String>> severalCodes,
    Set<String> prefixAgents,
    Set<String> notPlurals) {

  public ActorConventions {
    actors = List.copyOf(actors);
    severalCodes = Map.copyOf(severalCodes);
    prefixAgents = Set.copyOf(prefixAgents);
    notPlurals = Set.copyOf(notPlurals);
  }

  /** Reads the conventions out of PETRARCH's actor and agent lists. */
  public static ActorConventions of(List<PetrarchActor> actors, List<PetrarchAgent> agents) {
    requireNonNull(actors, "actors is null");
    requireNonNull(agents, "agents is null");
    List<PetrarchActor> converted = new ArrayList<>();
    Map<String, List<String>> several = new LinkedHashMap<>();
    for (PetrarchActor actor : actors) {
      List<PetrarchDatedCode> codes = actor.codes();
      if (codes.size() != 1 || !codes.get(0).code().text().contains("/")) {
        converted.add(actor);
        continue;
      }
      PetrarchDatedCode code = codes.get(0);
      List<String> parts = new ArrayList<>();
      for (String part : code.code().text().split("/")) {
        if (!part.isBlank()) {
          parts.add(part.strip());
          converted.add(
              new PetrarchActor(
                  actor.phrase(),
                  actor.synonyms(),
                  List.of(
                      new PetrarchDatedCode(
                          part.strip(), new PetrarchCode(part.strip()), code.from(), code.to())),
                  actor.origin()));
        }
      }
      for (PetrarchPhrase phrase : actor.phrases()) {
        several.put(phrase.spaced().toLowerCase(Locale.ROOT), parts);
      }
    }
    Set<String> prefixes = new LinkedHashSet<>();
    Set<String> notPlurals = new HashSet<>();
    for (PetrarchAgent agent : agents) {
      if (agent.position() == PetrarchAgent.Position.PREFIX) {
        prefixes.add(agent.code());
      }
      List<String> words = agent.phrase().words();
      if (!agent.regularPlural() && agent.plurals().isEmpty() && !words.isEmpty()) {
        String last = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
        notPlurals.add(last + "s");
        notPlurals.add(last + "es");
      }
    }
    return new ActorConventions(converted, several, prefixes, notPlurals);
  }

  /**
   * The entries to add to the converted ones: each phrase of several words once more as one word
   * joined by {@code _}, the prefix agents as agents, and the suffix agents the conversion skipped
   * because their code's first part is a country's ({@code [~MUS]}) or a group's ({@code [~NGO]}).
   */
  public List<ActorEntry> extraEntries(List<ActorEntry> converted, List<PetrarchAgent> agents) {
    List<ActorEntry> extra = new ArrayList<>();
    for (ActorEntry entry : converted) {
      if (entry.keys().size() > 1) {
        extra.add(
            new ActorEntry(
                entry.phrase(),
                List.of(String.join("_", entry.keys())),
                entry.code(),
                entry.kind(),
                entry.from(),
                entry.to(),
                entry.label(),
                entry.origin()));
      }
    }
    Set<String> convertedOrigins = new HashSet<>();
    converted.forEach(entry -> convertedOrigins.add(entry.origin()));
    for (PetrarchAgent agent : agents) {
      boolean prefix = agent.position() == PetrarchAgent.Position.PREFIX;
      if (!ActorCode.isWellFormed(agent.code())
          || !prefix && convertedOrigins.contains(agent.origin())) {
        continue;
      }
      // a suffix agent the conversion skipped because its letters also name a country or a kind
      // of actor: the ~ makes it an agent (ISLAMIST [~MUS] is Muslim, not Mauritius)
      ActorCode code =
          new ActorCode(agent.code(), null, prefix ? agent.code() : agent.code().substring(0, 3));
      List<PetrarchPhrase> phrases = new ArrayList<>(agent.plurals());
      phrases.add(0, agent.phrase());
      for (PetrarchPhrase phrase : phrases) {
        String spaced = phrase.spaced();
        List<String> keys =
            Phrases.keys(
                Phrases.split(
                    phrase.words().size() == 1 ? spaced : spaced.toLowerCase(Locale.ROOT)));
        extra.add(
            new ActorEntry(
                phrase.text(),
                keys,
                code,
                EntryKind.AGENT,
                null,
                null,
                code.code(),
                agent.origin()));
      }
    }
    return extra;
  }

  /** The codes of an actor named {@code text}, when it has several; else empty. */
  List<ActorCode> several(String text, ActorVocabulary vocabulary) {
    List<String> codes =
        severalCodes.getOrDefault(
            text.toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ").strip(),
            List.of());
    List<ActorCode> parsed = new ArrayList<>();
    for (String code : codes) {
      try {
        parsed.add(vocabulary.parse(code));
      } catch (IllegalArgumentException e) {
        // a code the vocabulary cannot read was skipped when the actors were converted
      }
    }
    return parsed;
  }
}
