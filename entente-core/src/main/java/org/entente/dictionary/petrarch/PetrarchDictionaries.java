package org.entente.dictionary.petrarch;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.dictionary.ActorCode;
import org.entente.dictionary.ActorEntry;
import org.entente.dictionary.ActorVocabulary;
import org.entente.dictionary.EntryKind;
import org.entente.dictionary.Phrases;

/**
 * Turns PETRARCH actors and agents into {@link ActorEntry} objects, so that {@code
 * ActorDictionary.builder(vocabulary).add(entry)} loads them into the same matcher as Entente's own
 * dictionary:
 *
 * <pre>
 * SAM_GAMGEE [HOB]                           PERSON, tried last: HOB on any date
 * 	[ORCHOB 20100109-20100112]                 PERSON ORCHOB from 2010-01-09 to 2010-01-11
 * AFGHANISTAN_  [AFG]                         NAME AFG (a bare country code)
 * UNITED_NATIONS  [IGOUNO]                    ORGANIZATION IGOUNO
 * FOREIGN_MINISTER [~GOVFRM]                  AGENT GOVFRM (agent GOV)
 * </pre>
 *
 * <ul>
 *   <li>An actor with a dated code is a {@link EntryKind#PERSON}: all its codes become entries,
 *       dated ones first (in file order) and undated ones last, so that the matcher, which takes
 *       the first entry holding on the date, falls back to the undated code as PETRARCH does. A
 *       range's end is the entry's last day, as PETRARCH holds a range on both its days; the end of
 *       {@code <D} is the day before D.
 *   <li>An undated actor whose code is a country alone is a {@link EntryKind#NAME} (so that "Afghan
 *       government" combines), any other a {@link EntryKind#ORGANIZATION}.
 *   <li>Agents are {@link EntryKind#AGENT} entries without a country; an irregular plural is an
 *       entry too (the matcher handles regular plurals itself).
 *   <li>PETRARCH phrases are upper case and carry no case information, so keys are made from the
 *       lower-case phrase — except a one-word actor of at most three letters ({@code UN_}, {@code
 *       USA}, {@code U.S.}), kept as an abbreviation so that it does not match the pronoun "us".
 *   <li>TABARI stems ({@code ARGENTIN}) become whole-word entries: the matcher has no prefix match.
 * </ul>
 *
 * What cannot be converted is skipped and counted in {@link Conversion#skipped()}, per code (per
 * phrase for {@link Skip#NO_WORDS}).
 */
public final class PetrarchDictionaries {

  private static final int ABBREVIATION_LETTERS = 3;

  private PetrarchDictionaries() {}

  /** Why a code or phrase was not converted. */
  public enum Skip {
    /** The code is {@code ---}: PETRARCH knows the phrase but it codes no actor. */
    NO_CODE,
    /** A part of the code is not in the vocabulary ({@code GONGMO}, {@code ELR/GAL}). */
    UNKNOWN_CODE,
    /** A date range that ends before it starts. */
    EMPTY_TERM,
    /** {@code [NGO~]}: Entente's codes put the country first and have no place for it. */
    PREFIX_AGENT,
    /** An agent code that does not start with an agent part, or names a country. */
    NOT_AN_AGENT,
    /** A phrase with no word the matcher can see (a lone hyphen). */
    NO_WORDS
  }

  /** The entries made and what was skipped. */
  public record Conversion(List<ActorEntry> entries, Map<Skip, Integer> skipped) {
    public Conversion {
      entries = List.copyOf(entries);
      skipped = Collections.unmodifiableMap(new EnumMap<>(skipped));
    }

    public int skipped(Skip reason) {
      return skipped.getOrDefault(reason, 0);
    }
  }

  public static Conversion toActorEntries(
      List<PetrarchActor> actors, List<PetrarchAgent> agents, ActorVocabulary vocabulary) {
    requireNonNull(actors, "actors is null");
    requireNonNull(agents, "agents is null");
    requireNonNull(vocabulary, "vocabulary is null");
    Converter converter = new Converter(vocabulary);
    actors.forEach(converter::actor);
    agents.forEach(converter::agent);
    return new Conversion(converter.entries, converter.skipped);
  }

  private static final class Converter {
    final ActorVocabulary vocabulary;
    final List<ActorEntry> entries = new ArrayList<>();
    final Map<Skip, Integer> skipped = new EnumMap<>(Skip.class);

    Converter(ActorVocabulary vocabulary) {
      this.vocabulary = vocabulary;
    }

    void actor(PetrarchActor actor) {
      boolean person = actor.isDated();
      List<PetrarchDatedCode> ordered = new ArrayList<>(actor.codes());
      ordered.sort((a, b) -> Boolean.compare(b.isDated(), a.isDated()));
      for (PetrarchDatedCode code : ordered) {
        ActorCode parsed = parse(code.code());
        if (parsed == null) {
          continue;
        }
        LocalDate from = code.from();
        // PETRARCH holds a range on both its days: its unit record DATE-11 codes Sam Gamgee
        // [ORCHOB 20100109-20100112] on 2010-01-12, before [HOBMIL 20080120-20121109]
        LocalDate to = from != null && code.to() != null ? code.to() : code.lastDay();
        if (from != null && to != null && to.isBefore(from)) {
          skip(Skip.EMPTY_TERM);
          continue;
        }
        EntryKind kind;
        String label;
        if (person) {
          kind = EntryKind.PERSON;
          label = actor.phrase().spaced();
        } else if (parsed.country() != null && parsed.code().equals(parsed.country())) {
          kind = EntryKind.NAME;
          label = vocabulary.countryName(parsed.country());
        } else {
          kind = EntryKind.ORGANIZATION;
          label = actor.phrase().spaced();
        }
        for (PetrarchPhrase phrase : actor.phrases()) {
          add(phrase, true, parsed, kind, from, to, label, actor.origin());
        }
      }
    }

    void agent(PetrarchAgent agent) {
      if (agent.position() == PetrarchAgent.Position.PREFIX) {
        skip(Skip.PREFIX_AGENT);
        return;
      }
      ActorCode parsed = parse(new PetrarchCode(agent.code()));
      if (parsed == null) {
        return;
      }
      String first = parsed.code().substring(0, 3);
      boolean agentFirst =
          vocabulary
              .part(first)
              .map(part -> part.kind() == ActorVocabulary.PartKind.AGENT)
              .orElse(false);
      if (!agentFirst || parsed.country() != null) {
        skip(Skip.NOT_AN_AGENT);
        return;
      }
      ActorCode code = new ActorCode(parsed.code(), null, first);
      add(agent.phrase(), false, code, EntryKind.AGENT, null, null, code.code(), agent.origin());
      for (PetrarchPhrase plural : agent.plurals()) {
        add(plural, false, code, EntryKind.AGENT, null, null, code.code(), agent.origin());
      }
    }

    private ActorCode parse(PetrarchCode code) {
      if (code.isNone()) {
        skip(Skip.NO_CODE);
        return null;
      }
      try {
        return vocabulary.parse(code.text());
      } catch (IllegalArgumentException e) {
        skip(Skip.UNKNOWN_CODE);
        return null;
      }
    }

    private void add(
        PetrarchPhrase phrase,
        boolean abbreviations,
        ActorCode code,
        EntryKind kind,
        LocalDate from,
        LocalDate to,
        String label,
        String origin) {
      List<String> keys = Phrases.keys(Phrases.split(caseless(phrase, abbreviations)));
      if (keys.isEmpty()) {
        skip(Skip.NO_WORDS);
        return;
      }
      entries.add(new ActorEntry(phrase.text(), keys, code, kind, from, to, label, origin));
    }

    private static String caseless(PetrarchPhrase phrase, boolean abbreviations) {
      String spaced = phrase.spaced();
      long letters = spaced.chars().filter(Character::isLetter).count();
      if (abbreviations && phrase.words().size() == 1 && letters <= ABBREVIATION_LETTERS) {
        return spaced;
      }
      return spaced.toLowerCase(Locale.ROOT);
    }

    private void skip(Skip reason) {
      skipped.merge(reason, 1, Integer::sum);
    }
  }
}
