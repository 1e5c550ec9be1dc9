package org.entente.coder.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

  /**
   * A country and a sector with a lower-case word or two between them are one actor: "Japanese
   * trade officials" → JPNGOV, "the Nigerian oil minister" → NGAGOV.
   */
  static void joinAcrossModifiers(
      ParsedSentence sentence, List<ActorMention> agents, List<Actor> actors) {
    for (ActorMention agent : agents) {
      for (int i = 0; i < actors.size(); i++) {
        Actor country = actors.get(i);
        int gap = agent.start() - country.end();
        if (country.code().agent() != null
            || country.country() == null
            || gap < 1
            || gap > MODIFIER_GAP) {
          continue;
        }
        boolean lowerCase = true;
        for (int t = country.end(); t < agent.start(); t++) {
          Token token = sentence.token(t);
          lowerCase &=
              (token.isNoun() || token.pos().startsWith("JJ"))
                  && Character.isLowerCase(token.word().charAt(0));
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
          for (Actor role : actors) {
            ActorCode code = role.code();
            if (role.covers(arc.dependent())
                && code != null
                && code.country() != null
                && code.agent() != null
                && !code.agent().equals("ELI")) {
              List<String> why = new ArrayList<>(person.why());
              why.add("appositive \"" + role.text() + "\" gives the role then → " + code);
              actors.set(i, new Actor(person.start(), person.end(), person.text(), code, why));
            }
          }
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
}
