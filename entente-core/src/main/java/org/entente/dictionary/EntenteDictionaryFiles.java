package org.entente.dictionary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.core.Tsv;

/**
 * Loads Entente's own actor dictionary: {@code countries.tsv}, {@code regions.tsv}, {@code
 * organizations.tsv}, {@code agents.tsv}, {@code people.tsv} and the code vocabulary {@code
 * actor-codes.tsv} (formats in {@code docs/dictionaries.md}); then the files compiled from the
 * Phoenix dictionaries, {@code organizations-phoenix.tsv} and {@code people-phoenix.tsv}, in the
 * same formats. Every line is checked; the first bad one stops the load with its {@code file:line}.
 *
 * <p>Entente's own files win: they are loaded first, and the matcher takes the first entry of a
 * phrase that holds on the date; a Phoenix phrase that Entente's own files have as something other
 * than a person (a state, an organisation, an agent noun) is left out; and a Phoenix term of a
 * person that {@code people.tsv} lists (by any name) is left out when it reaches into the span from
 * that person's first term in {@code people.tsv} to the last one (an earlier or later career still
 * counts).
 */
public final class EntenteDictionaryFiles {

  private EntenteDictionaryFiles() {}

  public static ActorDictionary load() {
    return load(
        Tsv.readResource(EntenteDictionaryFiles.class, "actor-codes.tsv"),
        Tsv.readResource(EntenteDictionaryFiles.class, "countries.tsv"),
        Tsv.readResource(EntenteDictionaryFiles.class, "regions.tsv"),
        Tsv.readResource(EntenteDictionaryFiles.class, "organizations.tsv"),
        Tsv.readResource(EntenteDictionaryFiles.class, "agents.tsv"),
        Tsv.readResource(EntenteDictionaryFiles.class, "people.tsv"),
        Tsv.readResource(EntenteDictionaryFiles.class, "organizations-phoenix.tsv"),
        Tsv.readResource(EntenteDictionaryFiles.class, "people-phoenix.tsv"));
  }

  /** Loads Entente's own files only, from already-read rows (tests feed broken lines here). */
  public static ActorDictionary load(
      List<Tsv.Row> actorCodes,
      List<Tsv.Row> countries,
      List<Tsv.Row> regions,
      List<Tsv.Row> organizations,
      List<Tsv.Row> agents,
      List<Tsv.Row> people) {
    return load(
        actorCodes, countries, regions, organizations, agents, people, List.of(), List.of());
  }

  /**
   * Loads Entente's own files, then the compiled Phoenix ones ({@code organizations-phoenix.tsv},
   * {@code people-phoenix.tsv}), from already-read rows.
   */
  public static ActorDictionary load(
      List<Tsv.Row> actorCodes,
      List<Tsv.Row> countries,
      List<Tsv.Row> regions,
      List<Tsv.Row> organizations,
      List<Tsv.Row> agents,
      List<Tsv.Row> people,
      List<Tsv.Row> phoenixOrganizations,
      List<Tsv.Row> phoenixPeople) {
    Map<String, String> countryNames = new LinkedHashMap<>();
    for (Tsv.Row row : countries) {
      row.requireFields(2, 5);
      String code = row.field(0);
      if (code.length() != 3 || !ActorCode.isWellFormed(code)) {
        throw row.error("'%s' is not a 3-letter country code", code);
      }
      List<String> names = row.list(1);
      if (names.isEmpty()) {
        throw row.error("country %s has no name", code);
      }
      if (countryNames.putIfAbsent(code, names.get(0)) != null) {
        throw row.error("country %s is listed twice", code);
      }
    }
    ActorVocabulary vocabulary = ActorVocabulary.load(actorCodes, countryNames);
    Loader loader = new Loader(ActorDictionary.builder(vocabulary));
    for (Tsv.Row row : countries) {
      ActorCode country = vocabulary.parse(row.field(0));
      String name = countryNames.get(country.code());
      loader.addAll(row, row.list(1), country, EntryKind.NAME, name);
      for (String adjective : row.list(2)) {
        if (adjective.endsWith("-")) {
          loader.add(row, adjective, country, EntryKind.PREFIX, name, null, null);
        } else {
          loader.add(row, adjective, country, EntryKind.ADJECTIVE, name, null, null);
        }
      }
      loader.addAll(row, row.list(3), country, EntryKind.METONYM, name);
      loader.addAll(
          row, row.list(4), country.withAgent("GOV"), EntryKind.SEAT, name + " (government)");
    }
    for (Tsv.Row row : regions) {
      row.requireFields(2, 3);
      ActorCode region = loader.code(row, row.field(0));
      if (region.code().length() != 3
          || vocabulary.part(region.code()).orElseThrow().kind()
              != ActorVocabulary.PartKind.REGION) {
        throw row.error(
            "'%s' is not a region code (regions are listed in actor-codes.tsv)", row.field(0));
      }
      List<String> names = row.list(1);
      String name = names.isEmpty() ? region.code() : names.get(0);
      loader.addAll(row, names, region, EntryKind.NAME, name);
      loader.addAll(row, row.list(2), region, EntryKind.ADJECTIVE, name);
    }
    organizations(loader, organizations);
    for (Tsv.Row row : agents) {
      row.requireFields(2, 2);
      ActorCode code = loader.code(row, row.field(0));
      if (code.code().length() != 3
          || vocabulary.part(code.code()).orElseThrow().kind() != ActorVocabulary.PartKind.AGENT) {
        throw row.error("unknown agent '%s' (agents are listed in actor-codes.tsv)", row.field(0));
      }
      ActorCode agentOnly = new ActorCode(code.code(), null, code.code());
      loader.addAll(row, row.list(1), agentOnly, EntryKind.AGENT, code.code());
    }
    people(loader, people);
    loader.own = Set.copyOf(loader.phrases);
    organizations(loader, phoenixOrganizations);
    people(loader, phoenixPeople);
    return loader.builder.build();
  }

  private static void organizations(Loader loader, List<Tsv.Row> rows) {
    for (Tsv.Row row : rows) {
      row.requireFields(2, 2);
      ActorCode code = loader.code(row, row.field(0));
      List<String> names = row.list(1);
      loader.addAll(row, names, code, EntryKind.ORGANIZATION, names.isEmpty() ? "" : names.get(0));
    }
  }

  private static void people(Loader loader, List<Tsv.Row> rows) {
    for (Tsv.Row row : rows) {
      row.requireFields(4, 5);
      ActorCode code = loader.code(row, row.field(1));
      if (code.country() == null && !code.code().startsWith("IGO")) {
        throw row.error("code %s of a person names no country or organisation", code);
      }
      LocalDate from = loader.date(row, row.field(2), "from");
      LocalDate to = row.field(3).isEmpty() ? null : loader.date(row, row.field(3), "to");
      if (to != null && to.isBefore(from)) {
        throw row.error("term ends (%s) before it starts (%s)", to, from);
      }
      List<String> names = loader.own == null ? row.list(0) : loader.namesToAdd(row, from, to);
      String role = row.field(4).isEmpty() ? code.code() : row.field(4);
      for (String name : names) {
        loader.add(row, name, code, EntryKind.PERSON, role, from, to);
      }
    }
  }

  private static final class Loader {
    final ActorDictionary.Builder builder;

    /** Undated, non-agent phrases → the code they mean and where, to catch contradictions. */
    final Map<List<String>, ActorEntry> fixed = new HashMap<>();

    /** Keys of every phrase that is not a person's, for {@link #own}. */
    final Set<List<String>> phrases = new HashSet<>();

    /**
     * Once Entente's own files are loaded: their phrases other than people's. A later (Phoenix)
     * entry with one of these phrases is left out, so that a compiled file cannot override a state,
     * an organisation or an agent noun of Entente's own files. {@code null} while loading those.
     */
    Set<List<String>> own;

    private final Map<String, List<String>> keyCache = new HashMap<>();

    /** Per phrase of Entente's own people: from the first day of its first term to the last. */
    final Map<List<String>, LocalDate[]> ownTerms = new HashMap<>();

    /**
     * The names of a compiled person line to load. When the line names a person of Entente's own
     * {@code people.tsv} (by any of its names), our terms are the whole truth from that person's
     * first term to the last: a line whose term reaches into that span is left out, and otherwise
     * only the names {@code people.tsv} has are loaded (so that "Russian President Vladimir Putin",
     * a Phoenix-only variant, still resolves through our own terms).
     */
    List<String> namesToAdd(Tsv.Row row, LocalDate from, LocalDate to) {
      List<String> names = row.list(0);
      List<String> ours = new ArrayList<>();
      for (String name : names) {
        LocalDate[] span = ownTerms.get(keys(row, name));
        if (span == null) {
          continue;
        }
        if ((span[1] == null || !from.isAfter(span[1])) && (to == null || !to.isBefore(span[0]))) {
          return List.of();
        }
        ours.add(name);
      }
      return ours.isEmpty() ? names : ours;
    }

    Loader(ActorDictionary.Builder builder) {
      this.builder = builder;
    }

    ActorCode code(Tsv.Row row, String code) {
      try {
        return builder.vocabulary().parse(code);
      } catch (IllegalArgumentException e) {
        throw row.error("%s", e.getMessage());
      }
    }

    LocalDate date(Tsv.Row row, String text, String column) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw row.error("'%s' in column %s is not a date YYYY-MM-DD", text, column);
      }
    }

    void addAll(Tsv.Row row, List<String> phrases, ActorCode code, EntryKind kind, String label) {
      for (String phrase : phrases) {
        add(row, phrase, code, kind, label, null, null);
      }
    }

    void add(
        Tsv.Row row,
        String phrase,
        ActorCode code,
        EntryKind kind,
        String label,
        LocalDate from,
        LocalDate to) {
      String text = text(phrase);
      List<String> keys = keys(row, phrase);
      if (own != null && own.contains(keys)) {
        return;
      }
      if (own == null && kind == EntryKind.PERSON) {
        ownTerms.merge(
            keys,
            new LocalDate[] {from, to},
            (a, b) ->
                new LocalDate[] {
                  a[0].isBefore(b[0]) ? a[0] : b[0],
                  a[1] == null || b[1] == null ? null : a[1].isAfter(b[1]) ? a[1] : b[1]
                });
      }
      ActorEntry entry =
          new ActorEntry(text, keys, code, kind, from, to, label, row.file() + ":" + row.line());
      if (kind != EntryKind.PERSON) {
        phrases.add(keys);
      }
      if (kind != EntryKind.PERSON && kind != EntryKind.AGENT) {
        ActorEntry earlier = fixed.putIfAbsent(keys, entry);
        if (earlier != null && !earlier.code().code().equals(code.code())) {
          throw row.error(
              "'%s' already means %s (%s); a phrase can stand for one actor only",
              text, earlier.code(), earlier.origin());
        }
      }
      builder.add(entry);
    }

    private static String text(String phrase) {
      String text = withoutArticle(phrase);
      if (text.endsWith("-")) {
        text = text.substring(0, text.length() - 1).strip();
      }
      return text;
    }

    /**
     * Keys of a phrase, remembered: a person's names come again on each of their lines, and working
     * out keys (accents, case) is most of the loading time.
     */
    private List<String> keys(Tsv.Row row, String phrase) {
      List<String> keys = keyCache.get(phrase);
      if (keys == null) {
        keys = List.copyOf(Phrases.keys(Phrases.split(text(phrase))));
        if (keys.isEmpty()) {
          throw row.error("empty phrase '%s'", phrase);
        }
        keyCache.put(phrase, keys);
      }
      return keys;
    }

    private static String withoutArticle(String phrase) {
      String stripped = phrase.strip();
      if (stripped.toLowerCase(Locale.ROOT).startsWith("the ")) {
        return stripped.substring(4).strip();
      }
      return stripped;
    }
  }
}
