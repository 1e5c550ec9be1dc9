package org.entente.coder.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.dictionary.ActorCode;
import org.entente.dictionary.Phrases;
import org.entente.text.Arcs;
import org.entente.text.ParsedSentence;
import org.entente.text.Token;

/**
 * Proper names no dictionary knows. A name next to a known actor belongs to it: "Brazilian finance
 * minister Dilson Funaro" is one actor, BRAGOV; "Philippine Finance Secretary Jaime Ongpin" is
 * PHLGOV (a title word in the name gives GOV); "the New China News Agency" is CHNMED. A name on its
 * own ("Hess", "Ecolab") is kept unresolved, with its text.
 */
final class NameRuns {

  private static final Set<String> NAME_TAGS = Set.of("NNP", "NNPS");

  /** Words that make a name a government office: "Finance Secretary Jaime Ongpin". */
  static final Set<String> TITLE_WORDS =
      Set.of(
          "minister",
          "secretary",
          "president",
          "premier",
          "chancellor",
          "ambassador",
          "envoy",
          "spokesman",
          "spokeswoman",
          "governor",
          "official",
          "deputy",
          "undersecretary",
          "commissioner",
          "coordinator",
          "mediator",
          "representative",
          "king",
          "prince",
          "emir",
          "sultan");

  private NameRuns() {}

  /** Words before a name that make its bearer an opponent of the state named before them. */
  static final Set<String> OPPONENT_WORDS = Set.of("critic", "opponent", "dissident");

  /** The sector of a state's political opposition. */
  static final String OPPOSITION = "OPP";

  private static boolean hasOpponentWord(ParsedSentence sentence, int from, int to) {
    for (int k = from; k < to; k++) {
      if (OPPONENT_WORDS.contains(sentence.token(k).lowerLemma())) {
        return true;
      }
    }
    return false;
  }

  static void add(ParsedSentence sentence, Arcs arcs, List<Actor> actors, PronounContext story) {
    Actor[] byToken = new Actor[sentence.size()];
    for (Actor actor : actors) {
      for (int t = actor.start(); t < actor.end(); t++) {
        byToken[t] = actor;
      }
    }
    int t = 0;
    while (t < sentence.size()) {
      if (!isName(sentence.token(t)) || byToken[t] != null) {
        t++;
        continue;
      }
      int start = t;
      while (t < sentence.size() && byToken[t] == null) {
        boolean hyphenInName =
            sentence.token(t).word().equals("-")
                && t + 1 < sentence.size()
                && isName(sentence.token(t + 1))
                && byToken[t + 1] == null;
        if (!isName(sentence.token(t)) && !hyphenInName) {
          break;
        }
        t++;
      }
      Actor before = before(sentence, byToken, start - 1);
      Actor after = t < sentence.size() ? byToken[t] : null;
      Actor of = ofCountry(sentence, byToken, t);
      Actor merged = null;
      Actor replaced = null;
      Actor role = Offices.appositiveOffice(actors, arcs, sentence, start, t);
      // "Arab League Secretary General Chadli Klibi": an organisation's officer is the organisation
      // "the ADB's president Masao Fujioka": the title may stand between them; not "Pakistan's
      // acting U.N. representative Aneesuddin Ahmed", a country's envoy to the organisation
      boolean officer =
          before != null
              && isOrganization(before)
              && hasTitle(sentence, before.end(), t)
              && !servesCountry(sentence, byToken, before);
      if (before != null && (before.country() != null || officer)) {
        merged = widen(sentence, before, before.end(), t, before.start(), t);
        replaced = before;
        if (before.country() != null && hasOpponentWord(sentence, before.end(), start)) {
          // "Kremlin critic Alexei Navalny": a critic of the government is its opposition
          ActorCode code = before.code().countryOnly().withAgent(OPPOSITION);
          List<String> why = new ArrayList<>(merged.why());
          why.add("a critic or opponent of the state → " + code);
          merged = new Actor(merged.start(), merged.end(), merged.text(), code, why);
        }
      } else if (after != null && after.country() != null) {
        merged = widen(sentence, after, start, t, start, after.end());
        if (isBranch(sentence, start, t, after)) {
          // "Alcan Australia", "Honda Canada": a firm's national branch, not the state
          merged =
              new Actor(
                  merged.start(),
                  merged.end(),
                  merged.text(),
                  after.code().countryOnly().withAgent("BUS"),
                  merged.why());
        }
        replaced = after;
      } else if (of != null) {
        // "Shenzhen Electronics Group of China", "the Bank of Japan": the country's own
        Actor country =
            new Actor(of.start(), of.end(), of.text(), of.code().countryOnly(), of.why());
        merged = widen(sentence, country, start, t, start, of.end());
        replaced = of;
      }
      if (merged != null) {
        actors.set(actors.indexOf(replaced), merged);
        for (int k = merged.start(); k < merged.end(); k++) {
          byToken[k] = merged;
        }
        t = Math.max(t, merged.end());
        t = addTitledConjunct(sentence, actors, byToken, merged, t);
      } else if (story.surname(sentence.token(t - 1).word()) == null
          && (hasTitle(sentence, start, t)
              || (hasRank(sentence, start, t) && story.dateline() != null))
          && !hasPostedTitle(sentence, start, t)
          && soleCountry(actors, story) != null) {
        // "…, Finance Minister Dilson Funaro said": an official of the one country in view;
        // "General Romeo Brawner said…", in a story filed from Manila, an officer of its forces
        String country = soleCountry(actors, story);
        String agent = hasTitle(sentence, start, t) ? "GOV" : "MIL";
        ActorCode code = new ActorCode(country + agent, country, agent);
        Actor official =
            new Actor(
                start,
                t,
                sentence.span(start, t),
                code,
                List.of(
                    "a title with a name no dictionary knows, and "
                        + country
                        + " the one country the story's dateline or this sentence names → "
                        + code));
        actors.add(official);
        for (int k = start; k < t; k++) {
          byToken[k] = official;
        }
      } else if (role != null) {
        // "Markus Lusser, a member of the Swiss National Bank's directorate, said": the office
        // the appositive gives is the name's, here and later in the story
        // a government's title over a country's body ("deputy trade representative of the Soviet
        // Union") is its government's; a chairman's or director's is the country's
        ActorCode code =
            role.code().agent() == null
                    && role.country() != null
                    && role.start() >= t
                    && hasTitle(sentence, t, role.start())
                ? role.code().withAgent("GOV")
                : role.code();
        Actor official =
            new Actor(
                start,
                t,
                sentence.span(start, t),
                code,
                List.of(Offices.APPOSITIVE_OFFICE + " \"" + role.text() + "\" → " + code));
        actors.add(official);
        for (int k = start; k < t; k++) {
          byToken[k] = official;
        }
      } else {
        ActorCode earlier = story.surname(sentence.token(t - 1).word());
        actors.add(
            earlier != null
                ? new Actor(
                    start,
                    t,
                    sentence.span(start, t),
                    earlier,
                    List.of(
                        "the story named \""
                            + sentence.token(t - 1).word()
                            + "\" before with a title or office → "
                            + earlier))
                : UNQUALIFIED_BODIES.containsKey(sentence.span(start, t))
                    ? new Actor(
                        start,
                        t,
                        sentence.span(start, t),
                        UNQUALIFIED_BODIES.get(sentence.span(start, t)),
                        List.of(
                            "\""
                                + sentence.span(start, t)
                                + "\" with no country before it → "
                                + UNQUALIFIED_BODIES.get(sentence.span(start, t))))
                    : new Actor(
                        start,
                        t,
                        sentence.span(start, t),
                        null,
                        List.of("no dictionary entry: a name kept unresolved")));
      }
    }
  }

  /**
   * The country an official with an unknown name most likely serves: the story's dateline's, else
   * the one country the sentence names (several countries: the one the story was filed from, if
   * among them, {@link PronounContext#filedFrom()}), else, when the sentence names none, the
   * country the story's lead is about ("Sudan has rejected a demand by the IMF…" … "Finance
   * Minister Beshir Omer, quoted by SUNA, said…"), else the one it was filed from.
   */
  private static String soleCountry(List<Actor> actors, PronounContext story) {
    if (story.dateline() != null) {
      return story.dateline();
    }
    java.util.Set<String> countries = new java.util.HashSet<>();
    boolean organisation = false;
    for (Actor actor : actors) {
      if (actor.isResolved()) {
        if (actor.country() == null) {
          organisation = true;
        } else {
          countries.add(actor.country());
        }
      }
    }
    if (countries.isEmpty()) {
      return story.lead() != null ? story.lead() : story.filedFrom();
    }
    // with an organisation beside it, an official may be the organisation's, unless the one
    // country the sentence names is the story's own ("Finance Minister Beshir Omer, quoted by SUNA,
    // said his government also rejected an IMF demand", in a story about Sudan)
    if (organisation) {
      String own = story.lead() != null ? story.lead() : story.filedFrom();
      return countries.size() == 1 && countries.contains(own) ? own : null;
    }
    // several countries: the one the story was filed from, if it is among them ("Economy Minister
    // Youssri Mustapha, who leaves for Moscow on Tuesday, met President Hosni Mubarak", Cairo)
    return countries.size() == 1
        ? countries.iterator().next()
        : countries.contains(story.filedFrom()) ? story.filedFrom() : null;
  }

  /** Whether a country stands right before an organisation, past a possessive and title words. */
  private static boolean servesCountry(ParsedSentence sentence, Actor[] byToken, Actor body) {
    Actor country = body.start() > 0 ? before(sentence, byToken, body.start() - 1) : null;
    return country != null && country.country() != null;
  }

  private static boolean isOrganization(Actor actor) {
    return actor.isResolved()
        && (actor.code().code().startsWith("IGO") || actor.code().code().startsWith("NGO"));
  }

  /**
   * Whether a token is a title word, also in the plural: "EC Commissioners Willy de Clercq and
   * Frans Andriessen" (the parser keeps a capitalised plural as its own lemma).
   */
  static boolean isTitle(Token token) {
    return Phrases.candidates(token.word(), token.lemma()).stream()
        .anyMatch(key -> TITLE_WORDS.contains(key.toLowerCase(Locale.ROOT)));
  }

  /**
   * Whether a title is an envoy's ("Ambassador Joerg Kastl"): an envoy is posted abroad, so the
   * country of the story's dateline is more likely the host's than the envoy's.
   */
  private static boolean hasPostedTitle(ParsedSentence sentence, int start, int end) {
    for (int k = start; k < end; k++) {
      if (org.entente.dictionary.DictionaryActorMatcher.POSTED_TITLES.contains(
          sentence.token(k).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Military ranks before a name: "General Romeo Brawner", "Colonel Assimi Goita". */
  static final Set<String> MILITARY_RANKS =
      Set.of("general", "admiral", "colonel", "brigadier", "marshal", "commander", "lieutenant");

  /**
   * Whether a rank stands before a name of at least two words: "General Romeo Brawner", not
   * "General Motors" or "General Electric", which are firms. An officer is placed only by the
   * story's dateline: in "Greek forces were ready. … General Guven Ergenc told a news conference"
   * the general is Turkish, not of the one country the story named.
   */
  private static boolean hasRank(ParsedSentence sentence, int start, int end) {
    for (int k = start; k < end - 2; k++) {
      if (MILITARY_RANKS.contains(sentence.token(k).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasTitle(ParsedSentence sentence, int start, int end) {
    for (int k = start; k < end; k++) {
      String word = sentence.token(k).word().toLowerCase(Locale.ROOT);
      if (isTitle(sentence.token(k)) || word.startsWith("secretary-")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Bodies that English-language news names with a capital and no country only for one state:
   * "Congress" alone is the U.S. Congress ("the Brazilian Congress", "Argentina's Congress" are
   * their countries', and lower-case "congress" is a sector that takes its country from the
   * sentence).
   */
  static final java.util.Map<String, ActorCode> UNQUALIFIED_BODIES =
      java.util.Map.of("Congress", new ActorCode("USALEG", "USA", "LEG"));

  /** Lower-case words a title may have between the country and the name: "finance minister". */
  static final int TITLE_GAP = 3;

  /**
   * The actor that ends right before {@code index}, looking past a possessive "'s" ("Kuwait's Oil
   * Minister") and up to {@link #TITLE_GAP} lower-case title words ("Brazilian finance minister
   * Dilson Funaro").
   */
  private static Actor before(ParsedSentence sentence, Actor[] byToken, int index) {
    int k = index;
    // the "'s" is not one of the title words: "Iran's top defence spokesman Ali Akbar Rafsanjani"
    for (int skipped = 0; k >= 0 && skipped <= TITLE_GAP; k--) {
      if (byToken[k] != null) {
        return byToken[k];
      }
      Token token = sentence.token(k);
      String word = token.word().replace('\u2019', '\'');
      boolean possessive = word.equals("'s") || word.equals("'");
      // "Pakistan's acting U.N. representative": "acting" may be tagged a verb
      boolean titleWord =
          ((token.pos().startsWith("NN") || token.pos().equals("JJ"))
                  && Character.isLowerCase(word.charAt(0)))
              || Offices.RANK_WORDS.contains(word.toLowerCase(Locale.ROOT));
      if (!possessive && !titleWord) {
        return null;
      }
      if (titleWord) {
        skipped++;
      }
    }
    return null;
  }

  /**
   * "EC Commissioners Willy de Clercq and Frans Andriessen": a name joined by "and" to a name under
   * a plural title holds the same office. Returns the token after it, or {@code t}.
   */
  private static int addTitledConjunct(
      ParsedSentence sentence, List<Actor> actors, Actor[] byToken, Actor titled, int t) {
    boolean plural = false;
    for (int k = titled.start(); k < titled.end(); k++) {
      Token token = sentence.token(k);
      plural |=
          token.isProperNoun()
              && isTitle(token)
              && !TITLE_WORDS.contains(token.word().toLowerCase(Locale.ROOT));
    }
    if (!plural
        || t + 1 >= sentence.size()
        || !sentence.token(t).word().equalsIgnoreCase("and")
        || byToken[t + 1] != null
        || !isName(sentence.token(t + 1))) {
      return t;
    }
    int start = t + 1;
    int end = start;
    while (end < sentence.size() && byToken[end] == null && isName(sentence.token(end))) {
      end++;
    }
    List<String> why = new ArrayList<>(titled.why());
    why.add("joined by \"and\" to \"" + titled.text() + "\" under a plural title");
    Actor conjunct = new Actor(start, end, sentence.span(start, end), titled.code(), why);
    actors.add(conjunct);
    for (int k = start; k < end; k++) {
      byToken[k] = conjunct;
    }
    return end;
  }

  /** The country actor right after "of" at {@code index}: "… of China". */
  private static Actor ofCountry(ParsedSentence sentence, Actor[] byToken, int index) {
    if (index + 1 < sentence.size()
        && sentence.token(index).word().equalsIgnoreCase("of")
        && byToken[index + 1] != null
        && byToken[index + 1].country() != null
        && byToken[index + 1].start() == index + 1) {
      return byToken[index + 1];
    }
    return null;
  }

  private static Actor widen(
      ParsedSentence sentence, Actor known, int nameStart, int nameEnd, int start, int end) {
    ActorCode code = known.code();
    boolean title = false;
    for (int k = nameStart; k < nameEnd; k++) {
      title |= TITLE_WORDS.contains(sentence.token(k).word().toLowerCase(Locale.ROOT));
    }
    String why = "the name \"" + sentence.span(nameStart, nameEnd) + "\" stands next to it";
    if (isFirm(sentence, nameStart, nameEnd)) {
      code = code.withAgent("BUS");
      why += " and is a firm's name → " + code;
    } else if (title && code.agent() == null) {
      code = code.withAgent("GOV");
      why += " and has a title word → " + code;
    }
    List<String> reasons = new ArrayList<>(known.why());
    reasons.add(why);
    return new Actor(start, end, sentence.span(start, end), code, reasons);
  }

  /**
   * Whether an unknown name stands right before a country's name (not its adjective) with no title
   * among it: then it names a firm's branch there ("Alcan Australia"), as "Prime Minister" or
   * "Finance Minister" before a name would name an office.
   */
  /**
   * Words that make a name before a country a part of it, not a firm's branch: "South Lebanon",
   * "Northern Iraq", "Upper Egypt" are the country's land ("Alcan Australia" is a firm).
   */
  static final Set<String> REGION_WORDS =
      Set.of(
          "north",
          "south",
          "east",
          "west",
          "northern",
          "southern",
          "eastern",
          "western",
          "central",
          "upper",
          "lower",
          "northeast",
          "northwest",
          "southeast",
          "southwest");

  private static boolean isBranch(ParsedSentence sentence, int start, int end, Actor country) {
    if (country.start() != end
        || country.code().agent() != null
        || !sentence.token(country.start()).isProperNoun()) {
      return false;
    }
    boolean region = true;
    for (int k = start; k < end; k++) {
      region &= REGION_WORDS.contains(sentence.token(k).word().toLowerCase(Locale.ROOT));
    }
    if (region) {
      return false;
    }
    for (int k = start; k < end; k++) {
      if (TITLE_WORDS.contains(sentence.token(k).word().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Words that end a firm's name: "<Wrought Copper Ltd> of Chile", "Hartford National Corp". A firm
   * next to a country is that country's business (BUS), not its state. ("Bank" is not one: "the
   * Bank of Japan" is the central bank.)
   */
  static final Set<String> FIRM_WORDS =
      Set.of(
          "ltd",
          "corp",
          "inc",
          "plc",
          "co",
          "ag",
          "gmbh",
          "spa",
          "nv",
          "bv",
          "sa",
          "corporation",
          "company",
          "industries",
          "holdings",
          "llc");

  private static boolean isFirm(ParsedSentence sentence, int start, int end) {
    for (int k = start; k < end; k++) {
      String word = sentence.token(k).word().toLowerCase(Locale.ROOT);
      if (word.startsWith("<") || word.endsWith(">")) {
        return true; // Reuters marks company names <like this>
      }
      for (String part : word.replace('.', ' ').replace('\u00a0', ' ').split(" ")) {
        if (FIRM_WORDS.contains(part)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isName(Token token) {
    boolean entity =
        token.ner().equals("PERSON")
            || token.ner().equals("ORGANIZATION")
            || token.ner().equals("LOCATION");
    return (NAME_TAGS.contains(token.pos()) || entity) && token.timex().isEmpty();
  }
}
