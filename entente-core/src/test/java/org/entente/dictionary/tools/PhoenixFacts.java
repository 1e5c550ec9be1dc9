package org.entente.dictionary.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.entente.core.Tsv;
import org.entente.dictionary.ActorCode;
import org.entente.dictionary.ActorDictionary;
import org.entente.dictionary.ActorEntry;
import org.entente.dictionary.ActorVocabulary;
import org.entente.dictionary.EntenteDictionaryFiles;
import org.entente.dictionary.EntryKind;
import org.entente.dictionary.Phrases;
import org.entente.dictionary.petrarch.PetrarchActor;
import org.entente.dictionary.petrarch.PetrarchActorReader;
import org.entente.dictionary.petrarch.PetrarchDatedCode;
import org.entente.dictionary.petrarch.PetrarchPhrase;

/**
 * Compiles {@code people-phoenix.tsv} and {@code organizations-phoenix.tsv} from the facts in the
 * Phoenix actor dictionaries (MIT licence): who held which office when, and which organisation has
 * which CAMEO code. The files are written in Entente's own formats (those of {@code people.tsv} and
 * {@code organizations.tsv}); nothing of the Phoenix files is copied as it is.
 *
 * <p>Run from the repository root (arguments: the folder of the Phoenix files, the output folder):
 *
 * <pre>
 * ./mvnw -q -pl entente-core test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *   -Dexec.classpathScope=test -Dexec.mainClass=org.entente.dictionary.tools.PhoenixFacts \
 *   -Dexec.args="../shared/reference/petrarch entente-core/src/main/resources/org/entente/dictionary"
 * </pre>
 *
 * <p>People: every Phoenix actor with a dated code (from all three files), one line per dated code
 * that parses in Entente's vocabulary and names a state; undated fall-back codes are left out (the
 * matcher makes a person outside every term an elite of the country). Phoenix end dates are
 * exclusive and become the last day ({@link PetrarchDatedCode#lastDay()}).
 *
 * <p>Organisations: undated actors of the International and MilNonState files whose first code is a
 * political one: IGO…, NGO… (not NGO + BUS or MED), or a state or IMG with a political agent (GOV,
 * MIL, REB, INS, OPP, PTY, LEG, JUD, COP, SPY, SEP, UAF, PKO). Firms and media (MNC…, BUS, MED) are
 * not political actors and are left out.
 *
 * <p>Names: the Phoenix phrase in capitalised words, then its synonyms. Left out are phrases that
 * Entente's own files already have, a person's one-word names (bare surnames are ambiguous across
 * thousands of people), organisations' one-word names that are common words, phrases with
 * characters no token has, and phrases Phoenix gives two different codes.
 */
public final class PhoenixFacts {

  static final List<String> ACTOR_FILES =
      List.of(
          "Phoenix.Countries.actors.txt",
          "Phoenix.International.actors.txt",
          "Phoenix.MilNonState.actors.txt");

  /** Agents that make a state's (or an IMG's) organisation a political actor. */
  static final Set<String> POLITICAL_AGENTS =
      Set.of(
          "GOV", "MIL", "REB", "INS", "OPP", "PTY", "LEG", "JUD", "COP", "SPY", "SEP", "UAF",
          "PKO");

  /** Agents of firms and media. */
  static final Set<String> FIRM_AGENTS = Set.of("BUS", "MED");

  /** Lower-case words that are never a name on their own, besides the project's lexicon. */
  static final Set<String> COMMON_WORDS =
      Set.of(
          "a",
          "an",
          "the",
          "of",
          "and",
          "or",
          "in",
          "on",
          "at",
          "to",
          "by",
          "for",
          "from",
          "with",
          "us",
          "we",
          "it",
          "he",
          "she",
          "they",
          "them",
          "you",
          "me",
          "i",
          "him",
          "her",
          "who",
          "what",
          "which",
          "that",
          "this",
          "these",
          "those",
          "may",
          "will",
          "can",
          "do",
          "am",
          "is",
          "are",
          "was",
          "be",
          "as",
          "so",
          "no",
          "not",
          "all",
          "any",
          "one",
          "new",
          "old",
          "free",
          "united",
          "national",
          "international",
          "world",
          "people",
          "party",
          "front",
          "army",
          "movement",
          "union",
          "council",
          "league",
          "alliance",
          "group",
          "committee",
          "forces",
          "force",
          "brigade",
          "brigades",
          "organization",
          "organisation",
          "society",
          "association",
          "federation",
          "congress",
          "assembly",
          "fund",
          "bank",
          "court",
          "institute",
          "foundation",
          "center",
          "centre",
          "revolution",
          "revolutionary",
          "liberation",
          "resistance",
          "justice",
          "freedom",
          "independence",
          "democracy",
          "peace",
          "unity",
          "solidarity",
          "hope",
          "light",
          "path",
          "way",
          "voice",
          "action",
          "red",
          "black",
          "white",
          "green",
          "blue",
          "young",
          "youth",
          "students",
          "workers",
          "women",
          "children",
          "islamic",
          "muslim",
          "christian",
          "jewish",
          "arab",
          "north",
          "south",
          "east",
          "west",
          "central",
          "left",
          "right",
          // one-word Phoenix names reviewed by hand: English (or Spanish) words, a god, a country
          "olive",
          "tigers",
          "zero",
          "falcon",
          "paradise",
          "machete",
          "mavericks",
          "boogeymen",
          "emetic",
          "marxist-leninist",
          "dawn",
          "yahweh",
          "greece",
          "insula",
          "isar",
          "ecologistas",
          "clandestini",
          "clandestinu",
          "venceremos",
          "camo",
          // bare surnames (a person's one-word names are left out as well)
          "nasrallah",
          "shahin");

  /**
   * One-word names of three letters or fewer are ambiguous acronyms (Phoenix has EPA for a
   * Venezuelan group, ISA, ANA, MCC); only these well-known ones are kept.
   */
  static final Set<String> SHORT_ACRONYMS_KEPT =
      Set.of("ETA", "KKK", "PUK", "AUC", "UDA", "LVF", "MQM");

  private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
  private static final Pattern NAME_CHARACTERS = Pattern.compile("[\\p{L}\\p{N} .'&/-]+");

  /** "(IAAA)", "(DHKP/C)": 3 to 8 letters, digits, "-" or "/", not a word like "(GREECE)". */
  private static final Pattern ABBREVIATION = Pattern.compile("(?=.*\\p{L})[\\p{L}\\d/-]{3,8}");

  private static final Pattern ROMAN = Pattern.compile("(?i)[ivx]{2,4}");

  /** Lower-case inside a name: "Charles de Gaulle", "Bashar al-Assad". */
  private static final Set<String> NAME_PARTICLES =
      Set.of(
          "de", "da", "das", "do", "dos", "del", "della", "di", "du", "des", "la", "le", "les",
          "van", "von", "der", "den", "y", "e", "et", "al", "el", "bin", "ibn", "ul", "ud");

  /** Lower-case inside an organisation's name, besides {@link #NAME_PARTICLES}. */
  private static final Set<String> WORD_PARTICLES =
      Set.of("of", "the", "and", "for", "in", "on", "at", "to", "by", "against", "with");

  private PhoenixFacts() {}

  /** Why a code, an actor or a phrase was not written. */
  enum Skip {
    PERSON_CODE_NO_DATE("undated code of a dated person (the matcher's country + ELI covers it)"),
    PERSON_CODE_UNKNOWN("person's code with a part not in Entente's vocabulary, or ---"),
    PERSON_CODE_NO_STATE("person's code names no state (IGO…, region, group)"),
    PERSON_CODE_NO_START("person's code with only an end date (<DATE): the format needs a start"),
    PERSON_CODE_EMPTY_TERM("person's term that ends before or on the day it starts"),
    PERSON_CODE_DUPLICATE("person's term written twice"),
    PERSON_NO_NAME("person left without a usable name"),
    PERSON_NO_TERM("person left without a usable term"),
    COUNTRIES_FILE_UNDATED("undated actor of the Countries file (states, not organisations)"),
    ORG_NO_CODE("organisation without a code, or ---"),
    ORG_CODE_UNKNOWN("organisation's code with a part not in Entente's vocabulary"),
    ORG_FIRM_OR_MEDIA("firm or media (MNC…, BUS, MED)"),
    ORG_NOT_POLITICAL("code that is no IGO, NGO or state/IMG + political agent"),
    ORG_NO_NAME("organisation left without a phrase of its own (all skipped, or listed earlier)"),
    PHRASE_OWN("phrase already in Entente's own files"),
    PHRASE_ONE_WORD_PERSON("one-word name of a person (a bare surname)"),
    PHRASE_COMMON_WORD("one-word organisation name that is a common word"),
    PHRASE_SHORT_ACRONYM("one-word organisation name of three letters or fewer (ambiguous)"),
    PHRASE_CHARACTERS("phrase with characters no token has ([, +, #, ...) or without letters"),
    PHRASE_DUPLICATE("organisation phrase already written for an earlier Phoenix entry"),
    PHRASE_AMBIGUOUS("organisation phrase Phoenix gives two different codes");

    final String why;

    Skip(String why) {
      this.why = why;
    }
  }

  /** A person line: names, code, first and last day (null: open), role. */
  record Term(List<String> names, String code, LocalDate from, LocalDate to, String role) {}

  /** An organisation line: code, names. */
  record Organization(String code, List<String> names) {}

  /** What the conversion made. */
  record Result(
      List<Term> terms, int persons, List<Organization> organizations, Map<Skip, Integer> skipped) {

    int organizationPhrases() {
      return organizations.stream().mapToInt(o -> o.names().size()).sum();
    }

    int personPhrases() {
      Set<String> names = new HashSet<>();
      terms.forEach(t -> names.addAll(t.names()));
      return names.size();
    }
  }

  public static void main(String[] args) throws IOException {
    Path phoenix = Path.of(args.length > 0 ? args[0] : "../shared/reference/petrarch");
    Path out =
        Path.of(
            args.length > 1 ? args[1] : "entente-core/src/main/resources/org/entente/dictionary");
    Map<String, List<PetrarchActor>> actors = new LinkedHashMap<>();
    for (String file : ACTOR_FILES) {
      actors.put(file, PetrarchActorReader.read(phoenix.resolve(file)));
    }
    Result result = convert(actors, ownDictionary(), commonWords());
    LocalDate today = LocalDate.now();
    Files.writeString(
        out.resolve("people-phoenix.tsv"), people(result, today), StandardCharsets.UTF_8);
    Files.writeString(
        out.resolve("organizations-phoenix.tsv"),
        organizations(result, today),
        StandardCharsets.UTF_8);
    System.out.printf(
        "people-phoenix.tsv: %d persons, %d terms, %d names%n",
        result.persons(), result.terms().size(), result.personPhrases());
    System.out.printf(
        "organizations-phoenix.tsv: %d organisations, %d names%n",
        result.organizations().size(), result.organizationPhrases());
    result.skipped().forEach((skip, n) -> System.out.printf("skipped %6d  %s%n", n, skip.why));
  }

  /** Entente's own files only (not the Phoenix ones, which this class makes). */
  static ActorDictionary ownDictionary() {
    Class<EntenteDictionaryFiles> anchor = EntenteDictionaryFiles.class;
    return EntenteDictionaryFiles.load(
        Tsv.readResource(anchor, "actor-codes.tsv"),
        Tsv.readResource(anchor, "countries.tsv"),
        Tsv.readResource(anchor, "regions.tsv"),
        Tsv.readResource(anchor, "organizations.tsv"),
        Tsv.readResource(anchor, "agents.tsv"),
        Tsv.readResource(anchor, "people.tsv"));
  }

  /** {@link #COMMON_WORDS} and the words of the project's lexicon and agent nouns. */
  static Set<String> commonWords() {
    Set<String> words = new HashSet<>(COMMON_WORDS);
    Class<EntenteDictionaryFiles> anchor = EntenteDictionaryFiles.class;
    for (String file :
        List.of("/org/entente/lexicon/verbs.tsv", "/org/entente/lexicon/nouns.tsv")) {
      for (Tsv.Row row : Tsv.readResource(anchor, file)) {
        words.addAll(List.of(row.field(0).toLowerCase(Locale.ROOT).split("[\\s-]+")));
      }
    }
    for (Tsv.Row row : Tsv.readResource(anchor, "/org/entente/lexicon/classes.tsv")) {
      row.list(1).forEach(w -> words.add(w.toLowerCase(Locale.ROOT)));
    }
    for (Tsv.Row row : Tsv.readResource(anchor, "agents.tsv")) {
      row.list(1).forEach(w -> words.add(w.toLowerCase(Locale.ROOT)));
    }
    return words;
  }

  static Result convert(
      Map<String, List<PetrarchActor>> actorsByFile, ActorDictionary own, Set<String> common) {
    ActorVocabulary vocabulary = own.vocabulary();
    Set<List<String>> ownKeys = new HashSet<>();
    Set<List<String>> ownOtherThanPeople = new HashSet<>();
    for (ActorEntry entry : own.entries()) {
      ownKeys.add(entry.keys());
      if (entry.kind() != EntryKind.PERSON) {
        ownOtherThanPeople.add(entry.keys());
      }
    }
    Map<Skip, Integer> skipped = new TreeMap<>();
    List<Term> terms = new ArrayList<>();
    int persons = 0;
    // organisation phrase keys -> code, to find the ones Phoenix gives two codes
    Map<List<String>, String> orgCodes = new HashMap<>();
    Set<List<String>> ambiguous = new HashSet<>();
    List<Map.Entry<String, List<String>>> orgCandidates = new ArrayList<>();

    for (Map.Entry<String, List<PetrarchActor>> file : actorsByFile.entrySet()) {
      boolean countries = file.getKey().startsWith("Phoenix.Countries");
      for (PetrarchActor actor : file.getValue()) {
        if (actor.isDated()) {
          List<Term> made = person(actor, vocabulary, ownOtherThanPeople, skipped);
          if (!made.isEmpty()) {
            persons++;
            terms.addAll(made);
          }
          continue;
        }
        if (countries) {
          count(skipped, Skip.COUNTRIES_FILE_UNDATED);
          continue;
        }
        String code = organizationCode(actor, vocabulary, skipped);
        if (code == null) {
          continue;
        }
        List<String> names = new ArrayList<>();
        Set<List<String>> seen = new HashSet<>();
        for (PetrarchPhrase phrase : actor.phrases()) {
          for (String name : organizationNames(phrase)) {
            List<String> keys = keys(name);
            if (keys == null) {
              count(skipped, Skip.PHRASE_CHARACTERS);
            } else if (ownKeys.contains(keys)) {
              count(skipped, Skip.PHRASE_OWN);
            } else if (keys.size() == 1 && common.contains(keys.get(0).toLowerCase(Locale.ROOT))) {
              count(skipped, Skip.PHRASE_COMMON_WORD);
            } else if (keys.size() == 1
                && keys.get(0).codePoints().filter(Character::isLetterOrDigit).count() <= 3
                && !SHORT_ACRONYMS_KEPT.contains(keys.get(0))) {
              count(skipped, Skip.PHRASE_SHORT_ACRONYM);
            } else if (seen.add(keys)) {
              String earlier = orgCodes.putIfAbsent(keys, code);
              if (earlier != null && !earlier.equals(code)) {
                ambiguous.add(keys);
              }
              names.add(name);
            }
          }
        }
        orgCandidates.add(Map.entry(code, names));
      }
    }

    List<Organization> organizations = new ArrayList<>();
    Set<List<String>> written = new HashSet<>();
    for (Map.Entry<String, List<String>> candidate : orgCandidates) {
      List<String> names = new ArrayList<>();
      for (String name : candidate.getValue()) {
        List<String> keys = keys(name);
        if (ambiguous.contains(keys)) {
          count(skipped, Skip.PHRASE_AMBIGUOUS);
        } else if (written.add(keys)) {
          names.add(name);
        } else {
          count(skipped, Skip.PHRASE_DUPLICATE);
        }
      }
      if (names.isEmpty()) {
        count(skipped, Skip.ORG_NO_NAME);
      } else {
        organizations.add(new Organization(candidate.getKey(), names));
      }
    }
    return new Result(terms, persons, organizations, skipped);
  }

  private static List<Term> person(
      PetrarchActor actor,
      ActorVocabulary vocabulary,
      Set<List<String>> ownOtherThanPeople,
      Map<Skip, Integer> skipped) {
    List<String> names = new ArrayList<>();
    Set<List<String>> seen = new HashSet<>();
    for (PetrarchPhrase phrase : actor.phrases()) {
      String name = capitalise(withoutParentheses(phrase.spaced()), false);
      List<String> keys = keys(name);
      if (keys == null) {
        count(skipped, Skip.PHRASE_CHARACTERS);
      } else if (keys.size() < 2) {
        count(skipped, Skip.PHRASE_ONE_WORD_PERSON);
      } else if (ownOtherThanPeople.contains(keys)) {
        count(skipped, Skip.PHRASE_OWN);
      } else if (seen.add(keys)) {
        names.add(name);
      }
    }
    List<Term> terms = new ArrayList<>();
    Set<String> written = new HashSet<>();
    for (PetrarchDatedCode dated : actor.codes()) {
      if (!dated.isDated()) {
        count(skipped, Skip.PERSON_CODE_NO_DATE);
        continue;
      }
      ActorCode code;
      try {
        code = dated.code().isNone() ? null : vocabulary.parse(dated.code().text());
      } catch (IllegalArgumentException e) {
        code = null;
      }
      if (code == null) {
        count(skipped, Skip.PERSON_CODE_UNKNOWN);
        continue;
      }
      if (code.country() == null) {
        count(skipped, Skip.PERSON_CODE_NO_STATE);
        continue;
      }
      if (dated.from() == null) {
        count(skipped, Skip.PERSON_CODE_NO_START);
        continue;
      }
      LocalDate last = dated.lastDay();
      if (last != null && last.isBefore(dated.from())) {
        count(skipped, Skip.PERSON_CODE_EMPTY_TERM);
        continue;
      }
      if (!written.add(code.code() + " " + dated.from() + " " + last)) {
        count(skipped, Skip.PERSON_CODE_DUPLICATE);
        continue;
      }
      terms.add(new Term(names, code.code(), dated.from(), last, "Phoenix: " + code.code()));
    }
    if (terms.isEmpty()) {
      count(skipped, Skip.PERSON_NO_TERM);
      return List.of();
    }
    if (names.isEmpty()) {
      count(skipped, Skip.PERSON_NO_NAME);
      return List.of();
    }
    return terms;
  }

  private static String organizationCode(
      PetrarchActor actor, ActorVocabulary vocabulary, Map<Skip, Integer> skipped) {
    if (actor.codes().isEmpty() || actor.codes().get(0).code().isNone()) {
      count(skipped, Skip.ORG_NO_CODE);
      return null;
    }
    String text = actor.codes().get(0).code().text();
    if (text.startsWith("MNC")) {
      count(skipped, Skip.ORG_FIRM_OR_MEDIA);
      return null;
    }
    ActorCode code;
    try {
      code = vocabulary.parse(text);
    } catch (IllegalArgumentException e) {
      count(skipped, Skip.ORG_CODE_UNKNOWN);
      return null;
    }
    String first = code.code().substring(0, 3);
    if (!first.equals("IGO") && code.agent() != null && FIRM_AGENTS.contains(code.agent())) {
      count(skipped, Skip.ORG_FIRM_OR_MEDIA);
      return null;
    }
    boolean political =
        first.equals("IGO")
            || first.equals("NGO")
            || ((code.country() != null || first.equals("IMG"))
                && code.agent() != null
                && POLITICAL_AGENTS.contains(code.agent()));
    if (!political) {
      count(skipped, Skip.ORG_NOT_POLITICAL);
      return null;
    }
    return code.code();
  }

  /** The phrase without its parenthesised abbreviation, and the abbreviation on its own. */
  private static List<String> organizationNames(PetrarchPhrase phrase) {
    String spaced = phrase.spaced();
    List<String> names = new ArrayList<>(2);
    String bare = withoutParentheses(spaced);
    if (!bare.isEmpty()) {
      names.add(capitalise(bare, true));
    }
    var inner = PARENTHESES.matcher(spaced);
    while (inner.find()) {
      String abbreviation = inner.group().substring(1, inner.group().length() - 1).strip();
      if (ABBREVIATION.matcher(abbreviation).matches()) {
        names.add(abbreviation.toUpperCase(Locale.ROOT));
      }
    }
    return names;
  }

  private static String withoutParentheses(String spaced) {
    return PARENTHESES.matcher(spaced).replaceAll(" ").strip().replaceAll("\\s+", " ");
  }

  /** Comparison keys of a name, or {@code null} when it has characters no token has. */
  static List<String> keys(String name) {
    if (name.isEmpty()
        || !NAME_CHARACTERS.matcher(name).matches()
        || name.chars().noneMatch(Character::isLetter)) {
      return null;
    }
    String text = name.toLowerCase(Locale.ROOT).startsWith("the ") ? name.substring(4) : name;
    List<String> keys = Phrases.keys(Phrases.split(text));
    return keys.isEmpty() ? null : keys;
  }

  /**
   * "JACQUES CHIRAC" → "Jacques Chirac", "BASHAR AL-ASSAD" → "Bashar al-Assad", "UNITED NATIONS
   * OFFICE FOR PROJECT SERVICES" → "United Nations Office for Project Services". A one-word
   * organisation name of at most three letters, or without vowels, stays upper case ("ETA", "PKK"),
   * so that it is matched as an abbreviation and not as a common word.
   */
  static String capitalise(String spaced, boolean organization) {
    String[] words = spaced.split(" ");
    boolean oneWordOrganization = organization && words.length == 1;
    StringBuilder out = new StringBuilder(spaced.length());
    for (int w = 0; w < words.length; w++) {
      if (w > 0) {
        out.append(' ');
      }
      String word = words[w];
      long letters = word.chars().filter(Character::isLetter).count();
      boolean vowel = word.toUpperCase(Locale.ROOT).matches(".*[AEIOUY].*");
      if (oneWordOrganization && (letters <= 3 || !vowel)) {
        out.append(word.toUpperCase(Locale.ROOT));
        continue;
      }
      String lower = word.toLowerCase(Locale.ROOT);
      boolean particle = NAME_PARTICLES.contains(lower) || WORD_PARTICLES.contains(lower);
      if (ROMAN.matcher(word).matches() && w > 0
          || word.matches("(?:\\p{L}\\.){2,}") // II, III; U.S., U.N.
          || organization && letters <= 2 && letters == word.length() && !particle) { // UN, EU
        out.append(word.toUpperCase(Locale.ROOT));
        continue;
      }
      out.append(capitaliseWord(lower, w == 0, organization));
    }
    return out.toString();
  }

  /** Capitals at the start and after a hyphen, or after a one-letter prefix with "'" (O'Neill). */
  private static String capitaliseWord(String lower, boolean first, boolean organization) {
    StringBuilder out = new StringBuilder(lower.length());
    String[] segments = lower.split("-", -1);
    for (int s = 0; s < segments.length; s++) {
      if (s > 0) {
        out.append('-');
      }
      String segment = segments[s];
      boolean particle =
          (NAME_PARTICLES.contains(segment) || organization && WORD_PARTICLES.contains(segment))
              && !(first && s == 0);
      if (segment.isEmpty() || particle) {
        out.append(segment);
        continue;
      }
      StringBuilder part = new StringBuilder(segment);
      part.setCharAt(0, Character.toUpperCase(part.charAt(0)));
      int apostrophe = segment.indexOf('\'');
      if (apostrophe == 1 && segment.length() > 2) {
        part.setCharAt(2, Character.toUpperCase(part.charAt(2)));
      }
      out.append(part);
    }
    return out.toString();
  }

  private static void count(Map<Skip, Integer> skipped, Skip skip) {
    skipped.merge(skip, 1, Integer::sum);
  }

  static String people(Result result, LocalDate generated) {
    StringBuilder out = new StringBuilder();
    out.append(
        "# people-phoenix.tsv: terms of office compiled from the Phoenix actor dictionaries\n");
    header(out, generated);
    out.append(
        String.format(
            Locale.ROOT,
            "# Counts: %d persons, %d terms, %d distinct names.%n",
            result.persons(),
            result.terms().size(),
            result.personPhrases()));
    out.append(
        """
        # Same five columns as people.tsv (docs/dictionaries.md). One line per dated Phoenix code
        # whose code is in Entente's vocabulary and names a state. "to" is the last day: Phoenix's
        # end dates are the first day the code no longer holds, so they are moved back one day. An
        # empty "to" is Phoenix's open-ended ">DATE" (as of the Phoenix release, 2014).
        # The role is derived from the code alone ("Phoenix: JPNGOV"); Phoenix does not name the
        # office. Names are Phoenix's phrase and synonyms in capitalised words; one-word names are
        # left out. Entente's own people.tsv is loaded first and wins: for a person it lists, a
        # term here counts only outside the span of that person's terms in people.tsv.
        #
        # columns: names <TAB> code <TAB> from <TAB> to <TAB> role

        """);
    for (Term term : result.terms()) {
      out.append(String.join("; ", term.names()))
          .append('\t')
          .append(term.code())
          .append('\t')
          .append(term.from())
          .append('\t')
          .append(term.to() == null ? "" : term.to().toString())
          .append('\t')
          .append(term.role())
          .append('\n');
    }
    return out.toString();
  }

  static String organizations(Result result, LocalDate generated) {
    StringBuilder out = new StringBuilder();
    out.append(
        "# organizations-phoenix.tsv: organisations compiled from the Phoenix actor dictionaries\n");
    header(out, generated);
    out.append(
        String.format(
            Locale.ROOT,
            "# Counts: %d organisations, %d names.%n",
            result.organizations().size(),
            result.organizationPhrases()));
    out.append(
        """
        # Same two columns as organizations.tsv (docs/dictionaries.md). Undated actors of the
        # International and MilNonState files whose code is IGO..., NGO..., or a state (or IMG)
        # with a political agent (GOV MIL REB INS OPP PTY LEG JUD COP SPY SEP UAF PKO). Firms
        # and media (MNC..., BUS, MED) are left out, and so are names Entente's own files have,
        # one-word names that are common words, and names Phoenix gives two codes.
        # Entente's own organizations.tsv is loaded first and wins.
        #
        # columns: code <TAB> names

        """);
    for (Organization organization : result.organizations()) {
      out.append(organization.code())
          .append('\t')
          .append(String.join("; ", organization.names()))
          .append('\n');
    }
    return out.toString();
  }

  private static void header(StringBuilder out, LocalDate generated) {
    out.append(
        String.format(
            Locale.ROOT,
            """
            # Generated %s by org.entente.dictionary.tools.PhoenixFacts (entente-core test sources)
            # from the facts in the Phoenix actor dictionaries Phoenix.Countries.actors.txt,
            # Phoenix.International.actors.txt and Phoenix.MilNonState.actors.txt (Open Event Data
            # Alliance; originally the CAMEO/TABARI dictionaries of the Computational Event Data
            # System project), MIT licence, Copyright (c) 2014 Open Event Data. See NOTICE.
            # Do not edit by hand: correct people.tsv / organizations.tsv (they win), or
            # regenerate with the command in docs/dictionaries.md.
            """,
            generated));
  }
}
