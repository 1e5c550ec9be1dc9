package org.entente.coder.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.dictionary.ActorCode;
import org.entente.dictionary.ActorMention;
import org.entente.text.Arcs;
import org.entente.text.Dependency;
import org.entente.text.ParsedSentence;
import org.entente.text.Token;

/**
 * The offices news gives people and sectors: an appositive role ("Barack Obama, then US
 * president"), a title before a name ("Finance Minister Gerhard Stoltenberg" in 1987), a country
 * and its sector with a word or two between them ("Japanese trade officials"). Used by {@link
 * ActorFinder}.
 */
final class Offices {

  private Offices() {}

  /** How many lower-case words may stand between a country and its sector: "Japanese trade". */
  static final int MODIFIER_GAP = 2;

  /** Words of rank written with a capital in a title: "Taiwan's Vice Foreign Minister". */
  static final java.util.Set<String> RANK_WORDS =
      java.util.Set.of(
          "vice", "deputy", "acting", "senior", "junior", "first", "chief", "assistant");

  /**
   * A country and a sector with a lower-case word or two between them are one actor: "Japanese
   * trade officials" → JPNGOV, "the Nigerian oil minister" → NGAGOV; so is a country's possessive
   * with its office: "Taiwan's Vice Foreign Minister" → TWNGOV, "Nigeria's junior foreign minister"
   * → NGAGOV.
   */
  static void joinAcrossModifiers(
      ParsedSentence sentence, List<ActorMention> agents, List<Actor> actors) {
    for (ActorMention agent : agents) {
      for (int i = 0; i < actors.size(); i++) {
        Actor country = actors.get(i);
        int gap = agent.start() - country.end();
        boolean possessive =
            country.end() > country.start()
                && sentence.token(country.end() - 1).pos().equals("POS");
        if (country.code().agent() != null
            || country.country() == null
            || gap < (possessive ? 0 : 1)
            || gap > MODIFIER_GAP) {
          continue;
        }
        boolean lowerCase = true;
        for (int t = country.end(); t < agent.start(); t++) {
          Token token = sentence.token(t);
          lowerCase &=
              ((token.isNoun() || token.pos().startsWith("JJ"))
                      && Character.isLowerCase(token.word().charAt(0)))
                  || (t == country.end() && token.pos().equals("POS"))
                  || RANK_WORDS.contains(token.word().toLowerCase(java.util.Locale.ROOT));
        }
        if (!lowerCase) {
          continue;
        }
        ActorCode code = country.code().withAgent(agent.code().agent());
        List<String> why = new ArrayList<>(country.why());
        why.addAll(agent.why());
        why.add(
            "country and sector with \""
                + sentence.span(country.end(), agent.start())
                + "\" between them → "
                + code);
        actors.set(
            i,
            new Actor(
                country.start(),
                agent.end(),
                sentence.span(country.start(), agent.end()),
                code,
                why));
        break;
      }
    }
  }

  /** "Barack Obama, then US president": the appositive's country and agent hold for the person. */
  static void applyAppositiveRoles(List<Actor> actors, Arcs arcs) {
    for (int i = 0; i < actors.size(); i++) {
      Actor person = actors.get(i);
      if (!person.isResolved() || !"ELI".equals(person.code().agent())) {
        continue;
      }
      for (int t = person.start(); t < person.end(); t++) {
        for (Dependency arc : arcs.children(t)) {
          if (!arc.relation().equals("appos")) {
            continue;
          }
          List<Integer> roleWords = new ArrayList<>(List.of(arc.dependent()));
          for (Dependency part : arcs.children(arc.dependent(), "compound")) {
            roleWords.add(part.dependent()); // "the United Nations Emergency Relief Coordinator"
          }
          // "Mario Fernandez, executive director of the Costa Rican coffee institute": the body
          // one heads names whose one is
          List<Integer> body = new ArrayList<>();
          for (Dependency of : arcs.children(arc.dependent(), "nmod")) {
            if (of.relation().equals("nmod:of")) {
              body.addAll(arcs.subtree(of.dependent()));
            }
          }
          for (Actor role : actors) {
            ActorCode code = role.code();
            boolean office =
                code != null
                    && (code.country() != null
                            && code.agent() != null
                            && !code.agent().equals("ELI")
                            && role.covers(arc.dependent())
                        || code.code().startsWith("IGO")
                            && roleWords.stream().anyMatch(role::covers)
                        || code.country() != null
                            && !"ELI".equals(code.agent())
                            && body.stream().anyMatch(role::covers));
            if (office) {
              List<String> why = new ArrayList<>(person.why());
              why.add("appositive \"" + role.text() + "\" gives the role then → " + code);
              actors.set(i, new Actor(person.start(), person.end(), person.text(), code, why));
            }
          }
        }
      }
    }
  }

  /**
   * Head nouns of an appositive that give a name no dictionary knows an office in the body their
   * "of" or "for" names: "Markus Lusser, a member of the Swiss National Bank's directorate", "Hans
   * Meier, a spokesman for the Swiss government". Not "a critic of the Russian government".
   */
  static final Set<String> OFFICE_HEADS =
      Set.of(
          "member",
          "head",
          "chief",
          "director",
          "chairman",
          "chairwoman",
          "president",
          "vice-president",
          "governor",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "official",
          "minister",
          "secretary",
          "undersecretary",
          "ambassador",
          "envoy",
          "representative",
          "delegate",
          "negotiator",
          "aide",
          "adviser",
          "advisor",
          "deputy",
          "commissioner",
          "leader",
          "commander",
          "officer",
          "diplomat");

  /** The rule line of a name given its office by an appositive: the name is a person's. */
  static final String APPOSITIVE_OFFICE = "a name no dictionary knows with the appositive";

  /**
   * The office an appositive gives a name no dictionary knows (the name's tokens {@code start} to
   * {@code end}): "Hans Meier, the Swiss finance minister," → the minister's actor; "Markus Lusser,
   * a member of the Swiss National Bank's directorate," → the bank's. A role of an organisation or
   * of a country's sector counts; a country alone ("a Swiss citizen") or an elite does not. Null
   * when the name has no such appositive.
   */
  static Actor appositiveOffice(
      List<Actor> actors, Arcs arcs, ParsedSentence sentence, int start, int end) {
    for (int t = start; t < end; t++) {
      for (Dependency arc : arcs.children(t)) {
        if (!arc.relation().equals("appos")
            || (arc.dependent() >= start && arc.dependent() < end)) {
          continue;
        }
        int head = arc.dependent();
        for (Actor role : actors) {
          ActorCode code = role.code();
          if (code != null
              && !"ELI".equals(code.agent())
              && role.covers(head)
              && (isOrganisation(code) || code.country() != null && code.agent() != null)) {
            return role; // "the Swiss finance minister"
          }
        }
        if (!OFFICE_HEADS.contains(sentence.token(head).lowerLemma())) {
          continue;
        }
        for (Dependency of : arcs.children(head, "nmod")) {
          if (of.relation().equals("nmod:of") || of.relation().equals("nmod:for")) {
            Actor body = bodyActor(actors, arcs, of.dependent());
            if (body != null) {
              return body;
            }
          }
        }
      }
    }
    return null;
  }

  private static boolean isOrganisation(ActorCode code) {
    return code.code().startsWith("IGO") || code.code().startsWith("NGO");
  }

  /**
   * The organisation or country a body names, its "of" and possessive before its other modifiers:
   * "the Washington office of Japan's space agency" is Japan's.
   */
  private static Actor bodyActor(List<Actor> actors, Arcs arcs, int head) {
    Actor named = bodyActor(actors, arcs, head, Set.of("nmod"));
    return named != null
        ? named
        : bodyActor(actors, arcs, head, Set.of("nmod", "compound", "amod"));
  }

  private static Actor bodyActor(List<Actor> actors, Arcs arcs, int head, Set<String> followed) {
    java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>(List.of(head));
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    while (!queue.isEmpty()) {
      int token = queue.poll();
      if (!seen.add(token)) {
        continue;
      }
      for (Actor role : actors) {
        ActorCode code = role.code();
        if (code != null
            && !"ELI".equals(code.agent())
            && role.covers(token)
            && (isOrganisation(code) || code.country() != null)) {
          return role;
        }
      }
      for (Dependency arc : arcs.children(token)) {
        if (followed.contains(arc.base())) {
          queue.add(arc.dependent());
        }
      }
    }
    return null;
  }

  /** Words before a title that say its holder no longer holds it: "former", "ex". */
  static final Set<String> FORMER_WORDS = Set.of("former", "ex");

  /**
   * A title after "former" puts its holder out of office: "arrested former Prime Minister Imran
   * Khan" is the government arresting an elite (ELI), not itself; "former Israeli Prime Minister
   * Ehud Olmert met…" is no government's meeting.
   */
  static void applyFormer(ParsedSentence sentence, List<Actor> actors) {
    for (int i = 0; i < actors.size(); i++) {
      Actor person = actors.get(i);
      if (!person.isResolved()
          || person.country() == null
          || person.code().agent() == null
          || "ELI".equals(person.code().agent())) {
        continue;
      }
      for (int t = Math.max(0, person.start() - 1); t < person.end(); t++) {
        if (FORMER_WORDS.contains(sentence.token(t).lowerLemma())) {
          ActorCode code = person.code().withAgent("ELI");
          List<String> why = new ArrayList<>(person.why());
          why.add("\"" + sentence.token(t).word() + "\" before the title: out of office → " + code);
          actors.set(i, new Actor(person.start(), person.end(), person.text(), code, why));
          break;
        }
      }
    }
  }

  /** How many words before a person's name may hold the title that puts them in office. */
  static final int TITLE_WINDOW = 3;

  /**
   * A title in front of a name says the person holds an office now, even where the dictionary has
   * no term for that date: "West German Finance Minister Gerhard Stoltenberg" in 1987 → DEUGOV, not
   * DEUELI.
   */
  static void applyTitles(ParsedSentence sentence, List<Actor> actors) {
    for (int i = 0; i < actors.size(); i++) {
      Actor person = actors.get(i);
      if (!person.isResolved() || !"ELI".equals(person.code().agent())) {
        continue;
      }
      for (int t = Math.max(0, person.start() - TITLE_WINDOW); t < person.end(); t++) {
        String word = sentence.token(t).word().toLowerCase(Locale.ROOT);
        if (NameRuns.TITLE_WORDS.contains(word)) {
          ActorCode code = person.code().withAgent("GOV");
          List<String> why = new ArrayList<>(person.why());
          why.add("the title \"" + sentence.token(t).word() + "\" before the name → " + code);
          actors.set(i, new Actor(person.start(), person.end(), person.text(), code, why));
          break;
        }
      }
    }
  }

  /**
   * A name right after another country's title is a namesake of the person the dictionary knows:
   * "Deputy U.S. Trade Representative Michael Smith" is the US official, not an Irish minister of
   * that name.
   */
  static void applyTitleCountries(ParsedSentence sentence, List<Actor> actors) {
    for (int i = 0; i < actors.size(); i++) {
      Actor person = actors.get(i);
      if (!person.isResolved()
          || person.country() == null
          || !sentence.token(person.end() - 1).isProperNoun()) {
        continue;
      }
      for (Actor title : actors) {
        boolean titled = false;
        for (int t = title.start(); t < title.end(); t++) {
          titled |= NameRuns.isTitle(sentence.token(t));
        }
        if (title.end() == person.start()
            && title.isResolved()
            && title.country() != null
            && "GOV".equals(title.code().agent())
            && !title.country().equals(person.country())
            && titled) {
          List<String> why = new ArrayList<>(person.why());
          why.add("after the title \"" + title.text() + "\", a namesake → " + title.code());
          actors.set(i, new Actor(person.start(), person.end(), person.text(), title.code(), why));
          break;
        }
      }
    }
  }

  /**
   * Nouns that after a leader's name stand for the government the leader heads: "the Bush
   * administration", "the Assad regime", "the Nakasone government".
   */
  static final java.util.Set<String> GOVERNMENT_NOUNS =
      java.util.Set.of("administration", "government", "regime", "cabinet");

  /**
   * A person's name before a {@link #GOVERNMENT_NOUNS government noun} is that government: "The
   * Bush administration declared…" is the United States' government (USAGOV), whether or not the
   * person is in office on the story's date.
   */
  static void applyLeaderGovernments(ParsedSentence sentence, List<Actor> actors) {
    for (int i = 0; i < actors.size(); i++) {
      Actor person = actors.get(i);
      int next = person.end();
      if (!person.isResolved()
          || person.country() == null
          || person.code().agent() == null
          || next >= sentence.size()
          || !("GOV".equals(person.code().agent()) || "ELI".equals(person.code().agent()))
          || !sentence.token(person.end() - 1).isProperNoun()
          || !GOVERNMENT_NOUNS.contains(sentence.token(next).lowerLemma())) {
        continue;
      }
      ActorCode code = new ActorCode(person.country() + "GOV", person.country(), "GOV");
      List<String> why = new ArrayList<>(person.why());
      why.add(
          String.format(
              "a leader's name before \"%s\" is the government → %s",
              sentence.token(next).word(), code));
      actors.set(
          i,
          new Actor(person.start(), next + 1, sentence.span(person.start(), next + 1), code, why));
    }
  }
}
