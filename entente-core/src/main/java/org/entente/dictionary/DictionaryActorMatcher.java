package org.entente.dictionary;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds actors by dictionary: the longest phrase at each position, then neighbours combined.
 *
 * <ul>
 *   <li>state + agent: "Chinese State-owned enterprises" → CHNBUS, "Russia's government" → RUSGOV;
 *   <li>agent + "of" + state: "the government of China" → CHNGOV;
 *   <li>title + person: "Russian President Vladimir Putin" → the person's code on that date;
 *   <li>state + its organisation: "Chinese People's Liberation Army" → CHNMIL;
 *   <li>coordinated adjectives sharing an agent: "Chinese and Russian representatives" → CHNGOV,
 *       RUSGOV;
 *   <li>a city of the gazetteer where no entry is as long, for its country, combining like a
 *       country's name: "the mayor of Nablus" → PSEGOV, "a court in Aleppo" → SYRJUD, "Aleppo's
 *       governor" → SYRGOV ({@link PlaceActors} says when a city is not read as one).
 * </ul>
 *
 * A person outside every term of office resolves to the country with agent ELI.
 */
public final class DictionaryActorMatcher implements ActorMatcher {

  private static final Set<String> POSSESSIVE = Set.of("'s", "'");
  private static final Set<String> COORDINATORS = Set.of("and", "or", ",");

  /**
   * Words of an ethnic or religious group that may stand between a nationality and the sector it
   * qualifies: "Turkish Kurd refugees", "Iraqi Shiite militias", "Sri Lankan Tamil rebels",
   * "Lebanese Christian militiamen". The group is not coded; the country and the sector are. A
   * company's name between them is not a group ("American Express officials").
   */
  static final Set<String> GROUP_QUALIFIERS =
      Set.of(
          "kurd",
          "kurds",
          "kurdish",
          "shiite",
          "shi'ite",
          "shia",
          "sunni",
          "alawite",
          "druze",
          "maronite",
          "christian",
          "muslim",
          "moslem",
          "jewish",
          "tamil",
          "sinhalese",
          "hutu",
          "tutsi",
          "pashtun",
          "baluch",
          "uighur",
          "uyghur",
          "berber",
          "tuareg",
          "hindu",
          "sikh",
          "catholic",
          "protestant",
          "orthodox",
          "coptic",
          "ethnic",
          "islamist",
          "tribal");

  /** At most this many {@link #GROUP_QUALIFIERS} between a nationality and its sector. */
  static final int MAX_GROUP_QUALIFIERS = 2;

  private final ActorDictionary dictionary;

  public DictionaryActorMatcher(ActorDictionary dictionary) {
    this.dictionary = requireNonNull(dictionary, "dictionary is null");
  }

  public ActorDictionary dictionary() {
    return dictionary;
  }

  @Override
  public List<ActorMention> find(List<String> words, List<String> lemmas, LocalDate date) {
    requireNonNull(words, "words is null");
    requireNonNull(date, "date is null");
    List<WordPiece> pieces = new ArrayList<>(words.size() + 4);
    for (int i = 0; i < words.size(); i++) {
      Phrases.appendWord(words.get(i), lemmas == null ? null : lemmas.get(i), i, pieces);
    }
    List<MatchedPhrase> hits = new ArrayList<>();
    PlaceActors places =
        dictionary.places() == null
            ? null
            : new PlaceActors(dictionary.places(), dictionary, words, lemmas, pieces, date);
    for (int p = 0; p < pieces.size(); ) {
      PhraseIndex.Match<ActorEntry> match = dictionary.longest(pieces, p);
      MatchedPhrase place =
          places == null ? null : places.at(p, match == null ? 0 : match.length(), hits);
      if (place != null) {
        hits.add(place);
        p = place.pieceEnd;
        continue;
      }
      if (match == null) {
        p++;
        continue;
      }
      ActorEntry chosen = choose(match.values(), date);
      if (chosen.kind() == EntryKind.PERSON && isFirstName(pieces, p, match.length())) {
        p++; // "Canada's high commissioner, Cameron MacKay": not David Cameron
        continue;
      }
      hits.add(MatchedPhrase.of(pieces, p, p + match.length(), chosen, date));
      p += match.length();
    }
    List<MatchedPhrase> combined = combine(hits, pieces);
    shareCoordinatedAgents(combined, pieces);
    List<ActorMention> mentions = new ArrayList<>(combined.size());
    for (MatchedPhrase hit : combined) {
      mentions.add(hit.toMention(words));
    }
    return mentions;
  }

  /**
   * Whether a capitalised word after a name is a day or a month, which makes no surname ("Baker
   * Monday said"); the names come from {@code java.time}.
   */
  static boolean isCalendarWord(String word) {
    String upper = word.toUpperCase(java.util.Locale.ROOT);
    return java.util.Arrays.stream(java.time.DayOfWeek.values())
            .anyMatch(d -> d.name().equals(upper))
        || java.util.Arrays.stream(java.time.Month.values()).anyMatch(m -> m.name().equals(upper));
  }

  /**
   * Whether the one word a person's name matched at piece {@code p} is a first name: a capitalised
   * word the dictionary does not know follows it as the surname ("Cameron MacKay", "Ivan Putin"
   * would be another Putin's first name). A known person's single-word name is their surname. Not
   * before a day or a month, nor before a word the dictionary knows ("the Reagan Administration").
   */
  private boolean isFirstName(List<WordPiece> pieces, int p, int length) {
    if (length != 1 || p + 1 >= pieces.size() || pieces.get(p).hyphenAfter()) {
      return false;
    }
    String next = pieces.get(p + 1).text();
    return next.length() > 1
        && Character.isUpperCase(next.charAt(0))
        && Character.isLowerCase(next.charAt(next.length() - 1))
        && !isCalendarWord(next)
        && dictionary.longest(pieces, p + 1) == null;
  }

  /** The entry that decides a phrase: a person's term on that date, else a non-agent entry. */
  private static ActorEntry choose(List<ActorEntry> entries, LocalDate date) {
    ActorEntry person = null;
    for (ActorEntry entry : entries) {
      if (entry.kind() == EntryKind.PERSON) {
        if (entry.holdsOn(date)) {
          return entry;
        }
        if (person == null) {
          person = entry;
        }
      }
    }
    if (person != null) {
      return person;
    }
    for (ActorEntry entry : entries) {
      if (entry.kind() != EntryKind.AGENT) {
        return entry;
      }
    }
    return entries.get(0);
  }

  private List<MatchedPhrase> combine(List<MatchedPhrase> hits, List<WordPiece> pieces) {
    List<MatchedPhrase> result = new ArrayList<>(hits.size());
    int i = 0;
    while (i < hits.size()) {
      MatchedPhrase current = hits.get(i);
      MatchedPhrase before = result.isEmpty() ? null : result.get(result.size() - 1);
      // "U.S. and European Community officials in London": officials some actor right before
      // them qualifies are theirs, not the place's they meet in
      boolean qualified =
          (before != null
                  && gap(pieces, before, current).isEmpty()
                  && (before.kind.isState() || before.kind == EntryKind.ORGANIZATION))
              || ownedByPronoun(pieces, current);
      int j = i + 1;
      for (; j < hits.size(); j++) {
        List<String> between = gap(pieces, current, hits.get(j));
        if (qualified && !between.isEmpty() && between.get(0).equals("in")) {
          break;
        }
        if (!between.isEmpty() && opposedTo(pieces, current)) {
          break; // "anti-Baghdad Kurdish rebels" are not Baghdad's
        }
        MatchedPhrase joined = join(current, hits.get(j), between);
        if (joined == null) {
          break;
        }
        current = joined;
      }
      result.add(current);
      i = j;
    }
    return result;
  }

  /** Possessive pronouns that give a body its owner: "its embassy in Tehran". */
  static final Set<String> POSSESSIVE_PRONOUNS = Set.of("its", "their", "his", "her", "our");

  /**
   * Whether a body is owned by the pronoun right before it: "protesters stormed its embassy in
   * Tehran" is the embassy of whom "its" stands for, only located in Tehran.
   */
  private static boolean ownedByPronoun(List<WordPiece> pieces, MatchedPhrase phrase) {
    int before = phrase.pieceStart - 1;
    return phrase.kind == EntryKind.AGENT
        && before >= 0
        && POSSESSIVE_PRONOUNS.contains(
            pieces.get(before).text().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Titles of those posted abroad, whose "in X" is where they serve, not whom: "the ambassador in
   * Tokyo" is a foreign ambassador, "its top representative in Tokyo" Taiwan's.
   */
  public static final Set<String> POSTED_TITLES =
      Set.of("ambassador", "envoy", "representative", "delegate", "consul", "emissary");

  private static boolean isPostedTitle(MatchedPhrase phrase) {
    String[] words = phrase.phrase.toLowerCase(java.util.Locale.ROOT).split(" ");
    String last = words[words.length - 1];
    return POSTED_TITLES.contains(last) || POSTED_TITLES.contains(last.replaceAll("s$", ""));
  }

  /** Prefixes of a hyphenated word that set it against what follows: "anti-Baghdad". */
  static final Set<String> STANCE_PREFIXES = Set.of("anti", "pro");

  /** Whether a phrase is the second part of "anti-Baghdad", "pro-Iranian". */
  private static boolean opposedTo(List<WordPiece> pieces, MatchedPhrase phrase) {
    int before = phrase.pieceStart - 1;
    return before >= 0
        && pieces.get(before).hyphenAfter()
        && STANCE_PREFIXES.contains(pieces.get(before).text().toLowerCase(java.util.Locale.ROOT));
  }

  private static MatchedPhrase join(MatchedPhrase left, MatchedPhrase right, List<String> gap) {
    boolean touching = gap.isEmpty();
    boolean possessive = gap.size() == 1 && POSSESSIVE.contains(gap.get(0));
    // "the police of Guinea", "rebels in the Ivory Coast": the sector of that country
    boolean of =
        gap.equals(List.of("of"))
            || gap.equals(List.of("of", "the"))
            || gap.equals(List.of("in"))
            || gap.equals(List.of("in", "the"));
    boolean group =
        !gap.isEmpty()
            && gap.size() <= MAX_GROUP_QUALIFIERS
            && gap.stream()
                .allMatch(
                    word -> GROUP_QUALIFIERS.contains(word.toLowerCase(java.util.Locale.ROOT)));
    if (left.kind.isState() && right.kind == EntryKind.AGENT && (touching || possessive || group)) {
      if (left.code.country() == null) {
        // "Western governments", "African leaders": a region's officials are an actor of the
        // region (WSTGOV), as CAMEO codes them; the region alone is a place or a public
        String agent = right.code.agent();
        return left.extend(
            right,
            new ActorCode(left.code.code() + agent, null, agent),
            EntryKind.AGENT,
            true,
            "region " + left.code.code() + " + agent " + agent);
      }
      return left.extend(
          right,
          left.code.withAgent(right.code.agent()),
          EntryKind.AGENT,
          true,
          "country " + left.code.country() + " + agent " + right.code.agent());
    }
    if (left.kind == EntryKind.AGENT
        && left.code.country() != null
        && of
        && right.kind == EntryKind.AGENT
        && right.code.country() == null) {
      // "the Nigerian Union of Teachers": a body of its country, whatever sector it serves
      return left.extend(
          right, left.code, EntryKind.AGENT, true, "a body of " + left.code.country());
    }
    if (left.kind == EntryKind.AGENT
        && left.code.country() == null
        && left.code.agent() != null
        && of
        && !(gap.get(0).equals("in") && isPostedTitle(left))
        && right.kind.isState()) {
      return left.extend(
          right,
          right.code.withAgent(left.code.agent()),
          EntryKind.AGENT,
          true,
          "agent " + left.code.agent() + " of country " + right.code.country());
    }
    if ((left.kind == EntryKind.AGENT || left.kind.isState())
        && right.kind == EntryKind.PERSON
        && touching) {
      return left.extend(right, right.code, EntryKind.PERSON, false, "title before a person");
    }
    if (left.kind.isState()
        && right.kind == EntryKind.ORGANIZATION
        && touching
        && left.code.country() != null
        && left.code.country().equals(right.code.country())) {
      return left.extend(
          right, right.code, EntryKind.ORGANIZATION, false, "country before its own organisation");
    }
    if (left.kind.isState()
        && right.kind == EntryKind.ORGANIZATION
        && (touching || possessive)
        && left.code.country() != null
        && left.code.agent() == null
        && right.code.country() != null
        && !left.code.country().equals(right.code.country())
        && right.code.agent() != null) {
      // "the Canadian House of Commons", "Canada's House of Commons": another country's body
      // of the same name
      return left.extend(
          right,
          left.code.withAgent(right.code.agent()),
          EntryKind.ORGANIZATION,
          false,
          "country before a national body of another's name → its own " + right.code.agent());
    }
    if (left.kind == EntryKind.AGENT && right.kind == EntryKind.AGENT && touching) {
      return left.extend(
          right, left.code, EntryKind.AGENT, left.agentAttached, "agent phrase continued");
    }
    return null;
  }

  /**
   * "Chinese and Russian representatives": the adjectives before a coordinator take the agent of
   * the adjective + agent mention that ends the list.
   */
  private static void shareCoordinatedAgents(List<MatchedPhrase> hits, List<WordPiece> pieces) {
    for (int k = hits.size() - 1; k > 0; k--) {
      MatchedPhrase last = hits.get(k);
      if (!last.agentAttached
          || last.code.agent() == null
          || last.startKind != EntryKind.ADJECTIVE) {
        continue;
      }
      for (int m = k - 1; m >= 0; m--) {
        MatchedPhrase earlier = hits.get(m);
        List<String> gap = gap(pieces, earlier, hits.get(m + 1));
        boolean coordinated =
            gap.size() == 1 && COORDINATORS.contains(gap.get(0)) || gap.equals(List.of(",", "and"));
        if (!coordinated || earlier.kind != EntryKind.ADJECTIVE) {
          break;
        }
        hits.set(
            m,
            earlier.withCode(
                earlier.code.withAgent(last.code.agent()),
                "shares agent "
                    + last.code.agent()
                    + " with the coordinated \""
                    + last.phrase
                    + "\""));
      }
    }
  }

  private static List<String> gap(List<WordPiece> pieces, MatchedPhrase left, MatchedPhrase right) {
    List<String> gap = new ArrayList<>(2);
    for (int p = left.pieceEnd; p < right.pieceStart; p++) {
      gap.add(Phrases.key(pieces.get(p).text()).toLowerCase(java.util.Locale.ROOT));
    }
    return gap;
  }
}
