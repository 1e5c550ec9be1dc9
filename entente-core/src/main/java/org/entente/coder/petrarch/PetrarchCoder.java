package org.entente.coder.petrarch;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.codebook.Codebook;
import org.entente.coder.CodedDocument;
import org.entente.coder.ParsedDocumentCoder;
import org.entente.dictionary.ActorMatcher;
import org.entente.dictionary.ActorVocabulary;
import org.entente.dictionary.petrarch.PetrarchVerbDictionary;
import org.entente.event.Event;
import org.entente.text.ParsedDocument;
import org.entente.text.ParsedSentence;

/**
 * Codes with PETRARCH's semantics, on Entente's dependency parses: each verb the verb dictionary
 * knows is matched against its patterns, the words of its clause in their order; the source is the
 * subject's noun phrase, the target the first actor after the verb (or where the pattern's {@code
 * $} and {@code +} stand); compound noun phrases give an event for each actor; agents combine with
 * the countries of their phrase; PETRARCH's codes are kept as written, CAMEO or not. PETRARCH has
 * no negation or modality, and neither has this coder: every event is factual. What it does is
 * {@link ClauseCoding}'s; {@code docs/petrarch.md} lists how it differs from PETRARCH.
 */
public final class PetrarchCoder implements ParsedDocumentCoder {

  private final Codebook codebook;
  private final VerbPatterns verbs;
  private final ActorMatcher matcher;
  private final ActorVocabulary vocabulary;
  private final ActorConventions conventions;

  public PetrarchCoder(
      Codebook codebook,
      PetrarchVerbDictionary verbs,
      ActorMatcher matcher,
      ActorVocabulary vocabulary,
      ActorConventions conventions) {
    this.codebook = requireNonNull(codebook, "codebook is null");
    this.verbs = new VerbPatterns(requireNonNull(verbs, "verbs is null"));
    this.matcher = requireNonNull(matcher, "matcher is null");
    this.vocabulary = requireNonNull(vocabulary, "vocabulary is null");
    this.conventions = requireNonNull(conventions, "conventions is null");
  }

  @Override
  public CodedDocument code(ParsedDocument parsed, LocalDate undatedOn) {
    LocalDate date = parsed.document().date() != null ? parsed.document().date() : undatedOn;
    Map<String, Event> events = new LinkedHashMap<>();
    for (ParsedSentence sentence : parsed.sentences()) {
      ClauseCoding coding =
          new ClauseCoding(
              parsed.document(),
              date,
              sentence,
              matcher.find(sentence.words(), sentence.lemmas(), date),
              verbs,
              codebook,
              vocabulary,
              conventions);
      for (Event event : coding.events()) {
        events.putIfAbsent(event.id(), event);
      }
    }
    return new CodedDocument(
        parsed.document(), parsed.sentences().size(), new ArrayList<>(events.values()), List.of());
  }
}
