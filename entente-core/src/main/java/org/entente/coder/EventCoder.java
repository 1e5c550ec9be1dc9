package org.entente.coder;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.codebook.Codebook;
import org.entente.coder.actor.ActorFinder;
import org.entente.coder.actor.PronounContext;
import org.entente.coder.actor.SentenceActors;
import org.entente.coder.lexicon.Lexicon;
import org.entente.coder.predicate.FrameFinder;
import org.entente.coder.predicate.ModalityRules;
import org.entente.coder.predicate.WrapperCodes;
import org.entente.core.Document;
import org.entente.dictionary.ActorMatcher;
import org.entente.dictionary.ActorVocabulary;
import org.entente.dictionary.DictionaryActorMatcher;
import org.entente.event.Assessment;
import org.entente.event.Event;
import org.entente.place.Gazetteer;
import org.entente.text.Arcs;
import org.entente.text.ParsedDocument;
import org.entente.text.ParsedSentence;

/**
 * Codes parsed documents into events and assessments. The one place the coder's stages meet: actors
 * ({@link ActorFinder}), predicate frames ({@link FrameFinder}), lexicon codes ({@link Lexicon}),
 * wrappers ({@link WrapperCodes}), negation and modality ({@link ModalityRules}), dates ({@link
 * EventDates}), areas and assessments ({@link AssessmentFinder}), places ({@link EventLocations}).
 * Thread-safe: it keeps no state between documents.
 */
public final class EventCoder implements ParsedDocumentCoder {

  private final Codebook codebook;
  private final Lexicon lexicon;
  private final ActorFinder actorFinder;
  private final ActorVocabulary vocabulary;
  private final EventLocations locations;

  /**
   * A coder that locates events with the matcher's gazetteer, if it is a dictionary's that has one.
   */
  public EventCoder(
      Codebook codebook, Lexicon lexicon, ActorMatcher matcher, ActorVocabulary vocabulary) {
    this(
        codebook,
        lexicon,
        matcher,
        vocabulary,
        matcher instanceof DictionaryActorMatcher dictionary
            ? dictionary.dictionary().places()
            : null);
  }

  /** A coder that locates events with {@code places} ({@code null}: events have no location). */
  public EventCoder(
      Codebook codebook,
      Lexicon lexicon,
      ActorMatcher matcher,
      ActorVocabulary vocabulary,
      Gazetteer places) {
    this.codebook = requireNonNull(codebook, "codebook is null");
    this.lexicon = requireNonNull(lexicon, "lexicon is null");
    this.actorFinder = new ActorFinder(requireNonNull(matcher, "matcher is null"));
    this.vocabulary = requireNonNull(vocabulary, "vocabulary is null");
    this.locations = new EventLocations(places, matcher);
  }

  /** Every label an assessment can state ("entente", "trade war", …). */
  public static java.util.Set<String> statedLabels() {
    return AssessmentFinder.labels();
  }

  /**
   * Codes one parsed document.
   *
   * @param undatedOn the date of the document when it carries none (its events are dated on it,
   *     office holders are those of that day, relative dates count from it); the caller chooses it,
   *     so that the same input always gives the same events
   */
  /**
   * The share of capital letters above which a sentence is a headline, an agenda or a table written
   * in capitals ("TODAY IN WASHINGTON FOR WEDNESDAY APRIL 8 … PRESIDENT REAGAN MEETS U.S.- CANADA
   * FREE TRADE GROUP"): its parse is not to be trusted and it reports nothing as done.
   */
  static final double CAPITALS_SHARE = 0.8;

  /** Letters a sentence must have before its capitals count: "U.S. AND USSR" is too short. */
  static final int CAPITALS_MIN_LETTERS = 40;

  static boolean isCapitalised(String text) {
    int letters = 0;
    int capitals = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          capitals++;
        }
      }
    }
    return letters >= CAPITALS_MIN_LETTERS && capitals >= CAPITALS_SHARE * letters;
  }

  /**
   * Cities that house international organisations and courts, and the talks of others: a dateline
   * there tells where a story was filed, not whose state's sectors it names ("THE HAGUE (Reuters) -
   * The U.N.'s top court…"), and talks there are no talks with the host ("talks in Geneva").
   */
  static final java.util.Set<String> ORGANISATION_SEATS =
      java.util.Set.of(
          "geneva",
          "the hague",
          "hague",
          "new york",
          "new york city",
          "brussels",
          "vienna",
          "strasbourg");

  @Override
  public CodedDocument code(ParsedDocument parsed, LocalDate undatedOn) {
    requireNonNull(undatedOn, "undatedOn is null");
    Document document = parsed.document();
    LocalDate date = document.date() != null ? document.date() : undatedOn;
    Map<String, Event> events = new LinkedHashMap<>();
    Map<String, Assessment> assessments = new LinkedHashMap<>();
    // the dateline the input gives apart from the text ("CAIRO, March 16 -"), else the one that
    // opens the text ("KABUL, Afghanistan (Reuters) - …")
    EventLocations.Located dateline = locations.dateline(document.dateline(), date);
    PronounContext pronouns =
        new PronounContext(
            dateline == null || dateline.location().country().isEmpty()
                ? null
                : dateline.location().country());
    boolean datelineInText = dateline == null;
    if (dateline == null && !parsed.sentences().isEmpty()) {
      dateline = locations.dateline(parsed.sentences().get(0), date);
    }
    for (ParsedSentence read : parsed.sentences()) {
      ParsedSentence sentence = ParseRepairs.repair(read);
      Arcs arcs = new Arcs(sentence);
      SentenceActors actors = actorFinder.find(sentence, arcs, date, pronouns);
      if (sentence.index() == 0
          && datelineInText
          && pronouns.dateline() == null
          && dateline != null
          && !dateline.location().country().isEmpty()
          && !ORGANISATION_SEATS.contains(
              dateline.location().name().toLowerCase(java.util.Locale.ROOT))) {
        // "YANGON, March 1 (Reuters) -", "ALMATY, Jan 7 (Reuters) -": a city the actor dictionary
        // does not let stand for its state is still the story's place
        pronouns.dateline(dateline.location().country());
      }
      if (isCapitalised(sentence.text())) {
        continue; // "TODAY IN WASHINGTON … PRESIDENT REAGAN MEETS …": a listing, not a report
      }
      SentenceCoding coding =
          new SentenceCoding(
              document,
              date,
              sentence,
              arcs,
              actors,
              codebook,
              lexicon,
              vocabulary,
              pronouns.dateline(),
              List.copyOf(events.values()));
      for (Event event : coding.events()) {
        events.putIfAbsent(event.id(), locations.locate(event, sentence, arcs, dateline, date));
      }
      for (Assessment assessment :
          new AssessmentFinder(
                  document,
                  date,
                  sentence,
                  arcs,
                  new ArgumentActors(actors, arcs, sentence),
                  lexicon)
              .find()) {
        assessments.putIfAbsent(assessment.id(), assessment);
      }
    }
    return new CodedDocument(
        document,
        parsed.sentences().size(),
        new ArrayList<>(events.values()),
        new ArrayList<>(assessments.values()));
  }
}
