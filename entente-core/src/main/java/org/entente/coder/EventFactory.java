package org.entente.coder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.entente.codebook.CameoCode;
import org.entente.codebook.Codebook;
import org.entente.coder.actor.Actor;
import org.entente.coder.lexicon.Lexicon;
import org.entente.coder.predicate.Frame;
import org.entente.core.Document;
import org.entente.dictionary.ActorVocabulary;
import org.entente.event.Area;
import org.entente.event.Event;
import org.entente.event.EventActor;
import org.entente.event.EventIds;
import org.entente.event.Modality;
import org.entente.text.Arcs;
import org.entente.text.ParsedSentence;

/**
 * Builds the event record for a frame, a code and a pair of actors: the codebook's root, quad class
 * and weight, the date, the area, provenance and the stable id. Refuses pairs that make no event: a
 * side no dictionary resolves ("Dilson Funaro", "Ecolab"), or an actor acting on itself.
 */
final class EventFactory {

  private final Document document;
  private final LocalDate date;
  private final ParsedSentence sentence;
  private final Arcs arcs;
  private final Codebook codebook;
  private final Lexicon lexicon;
  private final ActorVocabulary vocabulary;

  EventFactory(
      Document document,
      LocalDate date,
      ParsedSentence sentence,
      Arcs arcs,
      Codebook codebook,
      Lexicon lexicon,
      ActorVocabulary vocabulary) {
    this.document = document;
    this.date = date;
    this.sentence = sentence;
    this.arcs = arcs;
    this.codebook = codebook;
    this.lexicon = lexicon;
    this.vocabulary = vocabulary;
  }

  Optional<Event> event(
      Frame frame,
      String code,
      Actor source,
      Actor target,
      boolean negated,
      Modality modality,
      List<String> steps) {
    if (!source.isResolved() || !target.isResolved()) {
      return Optional.empty(); // a name no dictionary knows is no actor an analyst can count
    }
    if (source.code().equals(target.code())
        || (stateTalksToItself(source, target)
            && !coercesAtHome(code, target)
            && !judgesItsState(source, code)
            && !coercesElite(code, target)
            && !seizesItsLeaders(source, code, target)
            && !branchesContend(source, code, target))
        || addressesOwnPeople(source, target, code)
        || isFirm(source)
        || (isFirm(target)
            && !ON_FIRMS_ROOTS.contains(code.substring(0, 2))
            && !(isReporter(target) && ON_REPORTERS_ROOTS.contains(code.substring(0, 2))))
        || isRegion(source)
        || isRegion(target)
        || (isOrganization(source)
            && isOrganization(target)
            && !(ORGANISATIONS_MEET_ROOTS.contains(code.substring(0, 2))
                && !oneTeam(source, target)
                && !periodicMeeting(frame)))) {
      return Optional.empty();
    }
    if (source.start() == target.start()
        && java.util.Objects.equals(source.country(), target.country())) {
      return Optional.empty(); // one mention is no pair; "the two countries" is two
    }
    if (VISIT_CODES.contains(code)
        && source.country() != null
        && source.country().equals(target.country())) {
      // "Murakhovsky led a delegation of 17 Soviet visitors to the exchange": no one visits or
      // hosts their own country
      return Optional.empty();
    }
    CameoCode cameo = codebook.get(code);
    EventDates.Dated dated = EventDates.of(sentence, arcs, frame.trigger(), date);
    // the object's words in sentence order decide the area before the trigger does:
    // "provides military technology" is military, "sells natural gas" energy
    List<Integer> tokens = new ArrayList<>(frame.phrase());
    tokens.remove(Integer.valueOf(frame.trigger()));
    tokens.sort(null);
    tokens.add(frame.trigger());
    List<String> words = new ArrayList<>();
    for (int t : tokens) {
      if (!(source.covers(t) || target.covers(t))) {
        words.add(sentence.token(t).lowerLemma());
      }
    }
    Area area = lexicon.area(code, words);
    EventActor from = actor(source);
    EventActor to = actor(target);
    String id =
        EventIds.of(document.id(), sentence.index(), key(source), key(target), cameo.code());
    var trigger = sentence.token(frame.trigger());
    return Optional.of(
        new Event(
            id,
            document.id(),
            sentence.index(),
            sentence.text(),
            document.url(),
            dated.date(),
            dated.precision(),
            dated.from(),
            from,
            to,
            cameo.eventCode(),
            cameo.quadClass(),
            cameo.goldstein(),
            negated,
            modality,
            trigger.word(),
            trigger.begin(),
            trigger.end(),
            area,
            rule(steps, modality, negated, source, target)));
  }

  /**
   * Agents outside the state: a state acting on one of these in its own country is a domestic event
   * worth coding ("the Sudanese government accused Darfur rebels", "Egyptian police arrested
   * students"); the state acting on itself is not ("U.S. officials … American warships", "the
   * Senate backed Reagan").
   */
  static final Set<String> NON_STATE_AGENTS =
      Set.of(
          "REB", "INS", "OPP", "SEP", "RAD", "PTY", "UAF", "MOD", "CVL", "LAB", "EDU", "REL", "AGR",
          "HRI", "ENV", "CRM", "REF");

  /**
   * Roots of force, which are events whoever they strike: "Unidentified gunmen shot dead a
   * Pakistani journalist in Peshawar", "police arrested two Reuters reporters". A firm or the media
   * is no party to the other kinds of event ({@link #isFirm}), but is a victim of these.
   */
  static final Set<String> FORCE_ON_ANYONE_ROOTS = Set.of("17", "18", "19", "20");

  /**
   * Roots of what a state does to another country's firms that is done to that country: force,
   * sanctions and embargoes ("The U.S. Treasury sanctioned 12 Russian banks", "imposed tariffs on
   * Japanese firms"), and threats of them ("Britain threatened to revoke the licences of Japanese
   * banks"). A firm's own acts stay no event between states.
   */
  static final Set<String> ON_FIRMS_ROOTS =
      java.util.stream.Stream.concat(
              FORCE_ON_ANYONE_ROOTS.stream(), java.util.stream.Stream.of("13", "16"))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /**
   * Firms, banks and the media are not parties to relations between states: "British banks are
   * resisting signing a rescheduling package for Mexico" is no event between Britain and Mexico,
   * nor "CNN reached an agreement with a Swedish cable network" one between the USA and Sweden.
   */
  /**
   * Roots of what a state does to another country's journalists that is done to that country, on
   * top of {@link #ON_FIRMS_ROOTS}: judgement and accusation (11: "A Russian court sentenced an
   * American journalist"), and their release (08: "Russia freed Wall Street Journal reporter Evan
   * Gershkovich"). Journalists are people, not firms; a media outlet's own acts stay no event
   * between states.
   */
  static final Set<String> ON_REPORTERS_ROOTS = Set.of("11", "08");

  /** Words for people of the media, who are persons, not firms. */
  static final Set<String> REPORTER_WORDS =
      Set.of("journalist", "reporter", "correspondent", "photographer", "blogger", "cameraman");

  private static boolean isReporter(Actor actor) {
    if (!"MED".equals(actor.code().agent())) {
      return false;
    }
    String text = actor.text().toLowerCase(java.util.Locale.ROOT);
    return REPORTER_WORDS.stream().anyMatch(text::contains);
  }

  private static boolean isFirm(Actor actor) {
    String code = actor.code().code();
    if (code.startsWith("IGO")) {
      return false; // IGOBUSIMF, IGOWSTBUS (OECD): business is their field, they are not firms
    }
    String agent = actor.code().agent();
    return "BUS".equals(agent) || "MED".equals(agent) || code.startsWith("MNC");
  }

  /** Codes of visits made and hosted, which are never between one country's own actors. */
  static final java.util.Set<String> VISIT_CODES = java.util.Set.of("042", "043");

  /**
   * A region is no party to an event: "discussed Middle East peace prospects", "the Europeans
   * feared…" name a topic or a public, not an actor. A region's officials are ("Western governments
   * criticised Beijing" → WSTGOV), as CAMEO and GDELT code them; the relationship model, which
   * counts states, leaves them aside.
   */
  private static boolean isRegion(Actor actor) {
    String code = actor.code().code();
    return actor.country() == null
        && (actor.code().agent() == null || actor.code().isAgentOnly())
        && !code.startsWith("IGO")
        && !code.startsWith("NGO")
        && !code.startsWith("IMG");
  }

  /**
   * Two international organisations are no pair the model counts, and in news mostly one team ("an
   * IMF-World Bank team will visit Colombo").
   */
  /**
   * Roots of what two organisations do with each other that is an event: meetings and talks ("The
   * European Community and Soviet-led Comecon ended talks here", "Conable talked often with IMF
   * Managing Director Michel Camdessus"). Their other pairs are mostly one team or one voice.
   */
  static final Set<String> ORGANISATIONS_MEET_ROOTS = Set.of("04");

  /**
   * Words that make a meeting an organisation's regular gathering of its members: "the IMF, which
   * holds its semi-annual meetings with the World Bank" is the members' meeting, not the two
   * organisations consulting each other.
   */
  static final Set<String> PERIODIC_WORDS =
      Set.of(
          "annual",
          "semi-annual",
          "semiannual",
          "half-yearly",
          "yearly",
          "biannual",
          "biennial",
          "spring",
          "autumn",
          "interim",
          "regular",
          "quarterly",
          "monthly");

  private static boolean periodicMeeting(Frame frame) {
    return frame.objectWords().stream().anyMatch(PERIODIC_WORDS::contains);
  }

  /** Whether two actors are named as one team: "an IMF-World Bank team", "the IMF/World Bank". */
  private boolean oneTeam(Actor a, Actor b) {
    Actor first = a.start() < b.start() ? a : b;
    Actor second = first == a ? b : a;
    if (second.start() != first.end() + 1) {
      return false;
    }
    String between = sentence.token(first.end()).word();
    return between.equals("-") || between.equals("/");
  }

  private static boolean isOrganization(Actor actor) {
    return actor.code().code().startsWith("IGO") || actor.code().code().startsWith("NGO");
  }

  /** The root of consultations and meetings. */
  static final String CONSULT_ROOT = "04";

  /**
   * A state meeting or speaking to its own people is no consultation: "Speaking to supporters from
   * the presidential palace, Maduro accused Washington…" is a speech, not a meeting with Venezuelan
   * civilians.
   */
  private static boolean addressesOwnPeople(Actor source, Actor target, String code) {
    return code.startsWith(CONSULT_ROOT)
        && source.country() != null
        && source.country().equals(target.country())
        && (("CVL".equals(target.code().agent()) && !outsideTheState(source))
            // and the speech told both ways, as a talk is
            || ("CVL".equals(source.code().agent()) && !outsideTheState(target)));
  }

  private static boolean stateTalksToItself(Actor source, Actor target) {
    String country = source.country();
    if (country == null || !country.equals(target.country())) {
      return false;
    }
    return !outsideTheState(source) && !outsideTheState(target);
  }

  /** Roots of coercion and force, which a state uses on its own land and people too. */
  static final Set<String> DOMESTIC_FORCE_ROOTS = Set.of("17", "18", "19", "20");

  /**
   * A state's coercion or force on a place of its own country is a domestic event worth coding:
   * "Turkish authorities imposed a curfew in the town of Cizre", "government troops retook Aleppo".
   */
  /**
   * Codes of easing what coercion imposed (0811-0814: restrictions, bans on parties, curfews,
   * states of emergency): like coercion, a state does it at home ("lifted a state of emergency in
   * West Darfur", "shortened the nightly curfew in Sudan").
   */
  static final String DOMESTIC_EASING_CODE = "081";

  /**
   * Measures a state takes only at home, imposed or eased: curfews, states of emergency and martial
   * law (1723, 1724, 0813, 0814). With no place named, they are aimed at the state's own country:
   * "President Omar El Bashir shortened the nightly curfew", "the government lifted a state of
   * emergency in West Darfur State". Restrictions on freedoms (1721, 0811) are not among them: the
   * lexicon finds them by words ("speech", "media") that name other things too ("canceled a
   * speech").
   */
  static final Set<String> HOME_MEASURE_CODES = Set.of("1723", "1724", "0813", "0814");

  /**
   * Threats, which a state makes at home as it uses force there: "President Laurent Gbagbo
   * announced that he will extend the night-time curfew in Abidjan" (a curfew told in the future is
   * a threat, 13).
   */
  static final String HOME_THREAT_ROOT = "13";

  /**
   * A city or region, not the country by its name: a threat to Abidjan is a measure at home, one to
   * "the U.S." by a U.S. official is no event ("decided not to oppose any U.S. offer").
   */
  private static boolean isLocality(Actor target) {
    return target.isLocality();
  }

  /**
   * Roots by which a court holds its own state to account: investigation, demands (orders),
   * disapproval, sanctions and coercion. "Judge Alejandro Rivera opened fraud investigations
   * against 28 Chilean government officials" is a domestic event worth coding, unlike a state
   * talking to itself.
   */
  static final Set<String> JUDICIAL_ROOTS = Set.of("09", "10", "11", "16", "17");

  /**
   * Roots of what a state does to an elite out of office that is a domestic event worth coding:
   * charges and sentences (11), coercion and force. "Pakistani authorities arrested former Prime
   * Minister Imran Khan" is one; a government meeting its former leader is not.
   */
  static final Set<String> ELITE_COERCION_ROOTS = Set.of("11", "17", "18", "19", "20");

  private static boolean coercesElite(String code, Actor target) {
    return "ELI".equals(target.code().agent())
        && ELITE_COERCION_ROOTS.contains(code.substring(0, 2));
  }

  /**
   * Forces that arrest, detain or overthrow their own state's government: a coup is a domestic
   * event worth coding ("The army toppled President Omar al-Bashir", "Soldiers detained President
   * Bazoum"), and so is their blockade of it (19). A state's forces acting with or for it otherwise
   * are not.
   */
  static final Set<String> COUP_ROOTS = Set.of("17", "18", "19");

  /**
   * The state's bodies that its own forces seize, besiege or shut in a coup: its government, its
   * parliament ("Soldiers and police sealed off the National Assembly"), its courts.
   */
  static final Set<String> SEIZED_BODIES = Set.of("GOV", "LEG", "JUD");

  private static boolean seizesItsLeaders(Actor source, String code, Actor target) {
    return ("MIL".equals(source.code().agent()) || "COP".equals(source.code().agent()))
        && SEIZED_BODIES.contains(String.valueOf(target.code().agent()))
        && COUP_ROOTS.contains(code.substring(0, 2));
  }

  /**
   * A state's branches that press, rebuke, reject or threaten each other: domestic politics worth
   * coding ("Obama again urged Congress to lift the embargo", "warned Congress he would veto any
   * legislation blocking it"). Not their cooperation or talks, which are the state at work; nor
   * demands, which the coder reads into statements that something "must" be done ("told the
   * National People's Congress that foreign exchange must be used where it is most needed"): a
   * judge found all four such events wrong.
   */
  static final Set<String> BRANCH_CONTENTION_ROOTS = Set.of("02", "11", "12", "13");

  /** The branches of a state that contend with its government. */
  static final Set<String> BRANCHES = Set.of("LEG", "JUD");

  private static boolean branchesContend(Actor source, String code, Actor target) {
    String from = String.valueOf(source.code().agent());
    String to = String.valueOf(target.code().agent());
    return BRANCH_CONTENTION_ROOTS.contains(code.substring(0, 2))
        && ((from.equals("GOV") && BRANCHES.contains(to))
            || (to.equals("GOV") && BRANCHES.contains(from)));
  }

  private static boolean judgesItsState(Actor source, String code) {
    return "JUD".equals(source.code().agent()) && JUDICIAL_ROOTS.contains(code.substring(0, 2));
  }

  private boolean coercesAtHome(String code, Actor target) {
    if (HOME_MEASURE_CODES.contains(code) && target.code().agent() == null) {
      return true;
    }
    // a place by its name ("Cizre", "Aleppo"), not a nationality ("stealing American technology")
    return (DOMESTIC_FORCE_ROOTS.contains(code.substring(0, 2))
            || (code.startsWith(HOME_THREAT_ROOT) && isLocality(target))
            || code.startsWith(DOMESTIC_EASING_CODE))
        && target.code().agent() == null
        && sentence.token(target.end() - 1).pos().startsWith("NNP");
  }

  /**
   * Words that make an actor of a society sector a part of the state: "Japan's Agriculture
   * Ministry" is coded AGR, "the education minister" EDU, yet both are the government.
   */
  static final Set<String> STATE_BODY_WORDS = Set.of("ministry", "minister", "department");

  static boolean outsideTheState(Actor actor) {
    if (!NON_STATE_AGENTS.contains(String.valueOf(actor.code().agent()))) {
      return false;
    }
    String text = actor.text().toLowerCase(java.util.Locale.ROOT);
    return STATE_BODY_WORDS.stream().noneMatch(text::contains);
  }

  /** The rule trail: how the code was reached, the modality, and how each actor was resolved. */
  private static List<String> rule(
      List<String> steps, Modality modality, boolean negated, Actor source, Actor target) {
    List<String> rule = new ArrayList<>(steps);
    if (modality != Modality.FACTUAL || negated) {
      rule.add("modality " + modality.label() + (negated ? ", negated" : ""));
    }
    rule.add("source \"" + source.text() + "\": " + String.join("; ", source.why()));
    rule.add("target \"" + target.text() + "\": " + String.join("; ", target.why()));
    return rule;
  }

  private static String key(Actor actor) {
    return actor.isResolved() ? actor.code().code() : "?" + actor.text();
  }

  private EventActor actor(Actor actor) {
    int start = sentence.token(actor.start()).begin();
    int end = sentence.token(actor.end() - 1).end();
    if (!actor.isResolved()) {
      return EventActor.unresolved(actor.text(), start, end);
    }
    String country = actor.code().country();
    String name = country != null ? vocabulary.countryName(country) : actor.text();
    return new EventActor(
        actor.code().code(), country, actor.code().agent(), name, actor.text(), start, end);
  }
}
