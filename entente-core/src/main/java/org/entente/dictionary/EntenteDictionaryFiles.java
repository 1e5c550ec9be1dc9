package org.entente.dictionary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.core.Tsv;

/**
 * Loads Entente's own actor dictionary: {@code countries.tsv}, {@code regions.tsv}, {@code
 * organizations.tsv}, {@code agents.tsv}, {@code people.tsv} and the code vocabulary {@code
 * actor-codes.tsv} (formats in {@code docs/dictionaries.md}). Every line is checked; the first bad
 * one stops the load with its {@code file:line}.
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
        Tsv.readResource(EntenteDictionaryFiles.class, "people.tsv"));
  }

  /** Loads the dictionary from already-read rows (tests feed broken lines through here). */
  public static ActorDictionary load(
      List<Tsv.Row> actorCodes,
      List<Tsv.Row> countries,
      List<Tsv.Row> regions,
      List<Tsv.Row> organizations,
      List<Tsv.Row> agents,
      List<Tsv.Row> people) {
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
    for (Tsv.Row row : organizations) {
      row.requireFields(2, 2);
      ActorCode code = loader.code(row, row.field(0));
      List<String> names = row.list(1);
      loader.addAll(row, names, code, EntryKind.ORGANIZATION, names.isEmpty() ? "" : names.get(0));
    }
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
    for (Tsv.Row row : people) {
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
      String role = row.field(4).isEmpty() ? code.code() : row.field(4);
      for (String name : row.list(0)) {
        loader.add(row, name, code, EntryKind.PERSON, role, from, to);
      }
    }
    return loader.builder.build();
  }

  private static final class Loader {
    final ActorDictionary.Builder builder;

    /** Undated, non-agent phrases → the code they mean and where, to catch contradictions. */
    final Map<List<String>, ActorEntry> fixed = new HashMap<>();

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
      String text = withoutArticle(phrase);
      if (text.endsWith("-")) {
        text = text.substring(0, text.length() - 1).strip();
      }
      List<String> keys = Phrases.keys(Phrases.split(text));
      if (keys.isEmpty()) {
        throw row.error("empty phrase '%s'", phrase);
      }
      ActorEntry entry =
          new ActorEntry(text, keys, code, kind, from, to, label, row.file() + ":" + row.line());
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

    private static String withoutArticle(String phrase) {
      String stripped = phrase.strip();
      if (stripped.toLowerCase(Locale.ROOT).startsWith("the ")) {
        return stripped.substring(4).strip();
      }
      return stripped;
    }
  }
}
