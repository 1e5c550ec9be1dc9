package org.entente.coder.petrarch;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.codebook.Codebook;
import org.entente.coder.CodedDocument;
import org.entente.coder.ParsedDocumentCoder;
import org.entente.dictionary.ActorMatcher;
import org.entente.dictionary.ActorMention;
import org.entente.dictionary.ActorVocabulary;
import org.entente.dictionary.petrarch.PetrarchVerbDictionary;
import org.entente.event.Event;
import org.entente.text.ParsedDocument;
import org.entente.text.ParsedSentence;
import org.entente.text.Token;

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
              mentions(sentence, date),
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

  /**
   * The actors of a sentence. A word joined by {@code _} ("Dol_Amroth", as PETRARCH's texts write
   * the words of one name) is looked up as its words ("the Prince of Dol_Amroth" is the actor
   * PRINCE OF DOL AMROTH); a mention is then the tokens its words came from. The regular plural of
   * an agent that has none ("polices" for {@code POLICE {}}) is no word of the dictionaries.
   */
  private List<ActorMention> mentions(ParsedSentence sentence, LocalDate date) {
    List<String> words = new ArrayList<>();
    List<String> lemmas = new ArrayList<>();
    List<Integer> tokenOf = new ArrayList<>();
    boolean changed = false;
    for (int t = 0; t < sentence.size(); t++) {
      Token token = sentence.token(t);
      String[] parts = token.word().split("_");
      if (conventions.notPlurals().contains(token.word().toLowerCase(Locale.ROOT))) {
        changed = true;
        words.add(NO_WORD);
        lemmas.add(NO_WORD);
        tokenOf.add(t);
      } else if (parts.length > 1 && Arrays.stream(parts).noneMatch(String::isEmpty)) {
        changed = true;
        for (String part : parts) {
          words.add(part);
          lemmas.add(part);
          tokenOf.add(t);
        }
      } else {
        words.add(token.word());
        lemmas.add(token.lemma());
        tokenOf.add(t);
      }
    }
    if (!changed) {
      return matcher.find(sentence.words(), sentence.lemmas(), date);
    }
    List<ActorMention> mentions = new ArrayList<>();
    for (ActorMention m : matcher.find(words, lemmas, date)) {
      int start = tokenOf.get(m.start());
      int end = tokenOf.get(m.end() - 1) + 1;
      mentions.add(
          new ActorMention(start, end, sentence.span(start, end), m.code(), m.kind(), m.why()));
    }
    return mentions;
  }

  /** What the actor matcher is given in place of a word that is no word of the dictionaries. */
  private static final String NO_WORD = "\u00a7";
}
