package org.entente.coder.lexicon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.codebook.Codebook;
import org.entente.core.Tsv;
import org.entente.event.Area;

/**
 * Entente's verb and noun lexicon: which predicate, with which preposition and object, is which
 * CAMEO event; which verbs wrap other events; which area an event belongs to. Loaded from the files
 * in {@code lexicon/} (see {@code docs/dictionaries.md}), every code checked against the codebook.
 */
public final class Lexicon {

  private final Map<String, List<VerbEntry>> verbs;
  private final Map<String, List<NounEntry>> nouns;
  private final Map<String, Wrapper> wrappers;
  private final Map<String, Area> areaByCode;
  private final Map<String, Area> areaByWord;

  private Lexicon(
      Map<String, List<VerbEntry>> verbs,
      Map<String, List<NounEntry>> nouns,
      Map<String, Wrapper> wrappers,
      Map<String, Area> areaByCode,
      Map<String, Area> areaByWord) {
    this.verbs = verbs;
    this.nouns = nouns;
    this.wrappers = wrappers;
    this.areaByCode = areaByCode;
    this.areaByWord = areaByWord;
  }

  /** The lexicon shipped with Entente. */
  public static Lexicon standard(Codebook codebook) {
    return load(
        codebook,
        Tsv.readResource(Lexicon.class, "/org/entente/lexicon/classes.tsv"),
        Tsv.readResource(Lexicon.class, "/org/entente/lexicon/verbs.tsv"),
        Tsv.readResource(Lexicon.class, "/org/entente/lexicon/nouns.tsv"),
        Tsv.readResource(Lexicon.class, "/org/entente/lexicon/wrappers.tsv"),
        Tsv.readResource(Lexicon.class, "/org/entente/lexicon/areas.tsv"));
  }

  public static Lexicon load(
      Codebook codebook,
      List<Tsv.Row> classRows,
      List<Tsv.Row> verbRows,
      List<Tsv.Row> nounRows,
      List<Tsv.Row> wrapperRows,
      List<Tsv.Row> areaRows) {
    Map<String, Set<String>> classes = new HashMap<>();
    for (Tsv.Row row : classRows) {
      row.requireFields(2, 2);
      if (!row.field(0).startsWith("@")) {
        throw row.error("class name '%s' must start with @", row.field(0));
      }
      classes.computeIfAbsent(row.field(0), k -> new HashSet<>()).addAll(lower(row.list(1)));
    }
    Map<String, List<VerbEntry>> verbs = new HashMap<>();
    for (Tsv.Row row : verbRows) {
      row.requireFields(4, 4);
      String code = checkCode(codebook, row, row.field(3));
      List<Set<String>> objects = new ArrayList<>();
      if (!row.field(2).equals("-")) {
        for (String group : row.field(2).split("\\+")) {
          Set<String> words = new HashSet<>();
          for (String item : group.split(";")) {
            item = item.strip();
            if (item.isEmpty()) {
              continue;
            }
            if (item.startsWith("@")) {
              Set<String> members = classes.get(item);
              if (members == null) {
                throw row.error("unknown word class %s (define it in classes.tsv)", item);
              }
              words.addAll(members);
            } else {
              words.add(item.toLowerCase(Locale.ROOT));
            }
          }
          objects.add(words);
        }
      }
      String verb = row.field(0).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      String prep = row.field(1).equals("-") ? "" : row.field(1).toLowerCase(Locale.ROOT);
      VerbEntry entry = new VerbEntry(verb, prep, objects, code, row.file() + ":" + row.line());
      verbs.computeIfAbsent(verb, k -> new ArrayList<>()).add(entry);
    }
    verbs
        .values()
        .forEach(list -> list.sort((a, b) -> Integer.compare(b.specificity(), a.specificity())));
    Map<String, List<NounEntry>> nouns = new HashMap<>();
    for (Tsv.Row row : nounRows) {
      row.requireFields(3, 3);
      String code = checkCode(codebook, row, row.field(2));
      List<String> words = List.of(row.field(0).toLowerCase(Locale.ROOT).split("\\s+"));
      Set<String> preps = row.field(1).equals("-") ? Set.of() : new HashSet<>(lower(row.list(1)));
      NounEntry entry = new NounEntry(words, preps, code, row.file() + ":" + row.line());
      nouns.computeIfAbsent(entry.head(), k -> new ArrayList<>()).add(entry);
    }
    nouns
        .values()
        .forEach(list -> list.sort((a, b) -> Integer.compare(b.words().size(), a.words().size())));
    Map<String, Wrapper> wrappers = new LinkedHashMap<>();
    for (Tsv.Row row : wrapperRows) {
      row.requireFields(2, 3);
      WrapperKind kind;
      try {
        kind = WrapperKind.valueOf(row.field(1).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw row.error("unknown wrapper kind '%s'", row.field(1));
      }
      String fallback = row.field(2).isEmpty() || row.field(2).equals("-") ? "" : row.field(2);
      if (!fallback.isEmpty()) {
        checkCode(codebook, row, fallback);
      }
      String verb = row.field(0).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      wrappers.put(verb, new Wrapper(verb, kind, fallback, row.file() + ":" + row.line()));
    }
    Map<String, Area> areaByCode = new HashMap<>();
    Map<String, Area> areaByWord = new HashMap<>();
    for (Tsv.Row row : areaRows) {
      row.requireFields(2, 3);
      Area area;
      try {
        area = Area.parse(row.field(0));
      } catch (IllegalArgumentException e) {
        throw row.error("unknown area '%s'", row.field(0));
      }
      for (String code : row.list(1)) {
        checkCode(codebook, row, code);
        Area before = areaByCode.put(code, area);
        if (before != null && before != area) {
          throw row.error("code %s is already in area %s", code, before.label());
        }
      }
      for (String word : lower(row.list(2))) {
        areaByWord.putIfAbsent(word, area);
      }
    }
    return new Lexicon(
        Collections.unmodifiableMap(verbs),
        Collections.unmodifiableMap(nouns),
        Collections.unmodifiableMap(wrappers),
        Collections.unmodifiableMap(areaByCode),
        Collections.unmodifiableMap(areaByWord));
  }

  /**
   * This lexicon with {@code entries} as its only verb entries (PETRARCH's verb dictionary in place
   * of {@code verbs.tsv}); nouns, wrappers and areas stay. Per verb, the most specific entry comes
   * first, equally specific ones in the order given.
   */
  public Lexicon replaceVerbs(List<VerbEntry> entries) {
    return new Lexicon(grouped(entries), nouns, wrappers, areaByCode, areaByWord);
  }

  /**
   * This lexicon with {@code entries} after its own verb entries: a verb this lexicon knows keeps
   * its entries first, whatever their specificity, and a new entry is tried only when none of them
   * matches.
   */
  public Lexicon addVerbsAfter(List<VerbEntry> entries) {
    Map<String, List<VerbEntry>> merged = new HashMap<>();
    verbs.forEach((verb, own) -> merged.put(verb, new ArrayList<>(own)));
    grouped(entries)
        .forEach(
            (verb, added) -> merged.computeIfAbsent(verb, k -> new ArrayList<>()).addAll(added));
    merged.replaceAll((verb, list) -> List.copyOf(list));
    return new Lexicon(
        Collections.unmodifiableMap(merged), nouns, wrappers, areaByCode, areaByWord);
  }

  /** This lexicon without event nouns (PETRARCH codes verbs only). */
  public Lexicon withoutNouns() {
    return new Lexicon(verbs, Map.of(), wrappers, areaByCode, areaByWord);
  }

  private static Map<String, List<VerbEntry>> grouped(List<VerbEntry> entries) {
    Map<String, List<VerbEntry>> grouped = new HashMap<>();
    for (VerbEntry entry : entries) {
      grouped.computeIfAbsent(entry.verb(), k -> new ArrayList<>()).add(entry);
    }
    grouped.replaceAll(
        (verb, list) -> {
          list.sort((a, b) -> Integer.compare(b.specificity(), a.specificity()));
          return List.copyOf(list);
        });
    return Collections.unmodifiableMap(grouped);
  }

  private static List<String> lower(List<String> items) {
    List<String> lowered = new ArrayList<>(items.size());
    items.forEach(i -> lowered.add(i.toLowerCase(Locale.ROOT)));
    return lowered;
  }

  private static String checkCode(Codebook codebook, Tsv.Row row, String code) {
    if (!codebook.contains(code)) {
      throw row.error("'%s' is not a CAMEO event code", code);
    }
    return code;
  }

  /**
   * The hyphenated prefix of doing an act again, which codes as the act: not an unhyphenated "re",
   * which begins other verbs ("resign" is no signing, "recall" no call).
   */
  static final String AGAIN_PREFIX = "re-";

  /**
   * The most specific verb entry for a predicate, or {@code null}.
   *
   * @param verb lemma, with particle ("step up") when the parse has one
   * @param preps prepositions of the predicate's targets
   * @param objectWords lemmas of the direct object phrase
   */
  public VerbEntry verb(String verb, Collection<String> preps, Collection<String> objectWords) {
    List<VerbEntry> entries = verbs.get(verb);
    if (entries == null && verb.startsWith(AGAIN_PREFIX)) {
      // "re-establish diplomatic relations", "re-impose sanctions": the act again, as the verb
      entries = verbs.get(verb.substring(AGAIN_PREFIX.length()));
    }
    if (entries == null) {
      return null;
    }
    for (VerbEntry entry : entries) {
      boolean prepOk = entry.prep().isEmpty() || preps.contains(entry.prep());
      boolean objectOk = entry.objectMatches(objectWords);
      if (prepOk && objectOk) {
        return entry;
      }
    }
    return null;
  }

  /**
   * The event noun whose words end the phrase {@code modifiers + head}, longest first, or {@code
   * null}. {@code modifiers} are the lemmas of compound and adjective modifiers before the head.
   */
  public NounEntry noun(String head, List<String> modifiers) {
    List<NounEntry> entries = nouns.get(head);
    if (entries == null) {
      return null;
    }
    for (NounEntry entry : entries) {
      List<String> before = entry.words().subList(0, entry.words().size() - 1);
      if (modifiers.containsAll(before)) {
        return entry;
      }
    }
    return null;
  }

  public Wrapper wrapper(String verb) {
    return wrappers.get(verb);
  }

  /** The wrapper kind of a verb, or null when it wraps nothing. */
  public WrapperKind wrapperKind(String verb) {
    Wrapper wrapper = wrappers.get(verb);
    return wrapper == null ? null : wrapper.kind();
  }

  /**
   * The area of an event: a word of its phrase that names an area wins, then the most specific code
   * listed in {@code areas.tsv}, then the root's; diplomatic when nothing is listed.
   */
  public Area area(String code, Collection<String> phraseWords) {
    for (String word : phraseWords) {
      Area area = areaByWord.get(word);
      if (area != null) {
        return area;
      }
    }
    for (int length = code.length(); length >= 2; length--) {
      Area area = areaByCode.get(code.substring(0, length));
      if (area != null) {
        return area;
      }
    }
    return Area.DIPLOMATIC;
  }

  public int verbCount() {
    return verbs.values().stream().mapToInt(List::size).sum();
  }

  public int nounCount() {
    return nouns.values().stream().mapToInt(List::size).sum();
  }

  /** Every code some verb or noun entry yields (for the coverage test). */
  public Set<String> codes() {
    Set<String> codes = new HashSet<>();
    verbs.values().forEach(l -> l.forEach(e -> codes.add(e.code())));
    nouns.values().forEach(l -> l.forEach(e -> codes.add(e.code())));
    return codes;
  }
}
