package org.entente.coder;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.entente.codebook.Codebook;
import org.entente.coder.lexicon.Lexicon;
import org.entente.coder.petrarch.ActorConventions;
import org.entente.coder.petrarch.PetrarchCoder;
import org.entente.core.EntenteException;
import org.entente.dictionary.ActorDictionary;
import org.entente.dictionary.ActorEntry;
import org.entente.dictionary.ActorVocabulary;
import org.entente.dictionary.DictionaryActorMatcher;
import org.entente.dictionary.petrarch.PetrarchActor;
import org.entente.dictionary.petrarch.PetrarchActorReader;
import org.entente.dictionary.petrarch.PetrarchAgent;
import org.entente.dictionary.petrarch.PetrarchAgentReader;
import org.entente.dictionary.petrarch.PetrarchCodebook;
import org.entente.dictionary.petrarch.PetrarchDictionaries;
import org.entente.dictionary.petrarch.PetrarchDirections;
import org.entente.dictionary.petrarch.PetrarchDiscard;
import org.entente.dictionary.petrarch.PetrarchDiscardReader;
import org.entente.dictionary.petrarch.PetrarchDiscards;
import org.entente.dictionary.petrarch.PetrarchFiles;
import org.entente.dictionary.petrarch.PetrarchLexicon;
import org.entente.dictionary.petrarch.PetrarchVerbDictionary;
import org.entente.dictionary.petrarch.PetrarchVerbReader;
import org.entente.dictionary.petrarch.PetrarchVocabulary;
import org.entente.text.ParsedDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which dictionaries drive the coder ({@code --dictionaries}): Entente's own ({@code entente}),
 * PETRARCH's ({@code petrarch:DIR}: its actors and agents in the matcher, its verb patterns coded
 * by the {@link PetrarchCoder} with PETRARCH's semantics, its discards before coding), or both
 * ({@code entente+petrarch:DIR}: PETRARCH's entries after Entente's, so Entente's win). See {@code
 * docs/petrarch.md}.
 */
public sealed interface DictionaryChoice {

  /** Entente's own dictionary and lexicon. */
  record Entente() implements DictionaryChoice {
    @Override
    public String label() {
      return "entente";
    }

    @Override
    public Setup load(Codebook codebook) {
      ActorDictionary dictionary = ActorDictionary.standard();
      EventCoder coder =
          new EventCoder(
              codebook,
              Lexicon.standard(codebook),
              new DictionaryActorMatcher(dictionary),
              dictionary.vocabulary());
      return new Setup(coder, UnaryOperator.identity(), UnaryOperator.identity());
    }
  }

  /**
   * PETRARCH's files, alone or after Entente's.
   *
   * @param spec the option's text after {@code petrarch:}
   */
  record Petrarch(String spec, PetrarchFiles files, boolean withEntente)
      implements DictionaryChoice {

    private static final Logger LOG = LoggerFactory.getLogger(Petrarch.class);

    public Petrarch {
      requireNonNull(spec, "spec is null");
      requireNonNull(files, "files is null");
    }

    @Override
    public String label() {
      return (withEntente ? "entente+" : "") + "petrarch:" + spec;
    }

    @Override
    public Setup load(Codebook codebook) {
      ActorDictionary entente = ActorDictionary.standard();
      List<PetrarchActor> actors = new ArrayList<>();
      files.actors().forEach(file -> actors.addAll(PetrarchActorReader.read(file)));
      List<PetrarchAgent> agents = new ArrayList<>();
      files.agents().forEach(file -> agents.addAll(PetrarchAgentReader.read(file)));
      ActorConventions conventions = ActorConventions.of(actors, agents);
      List<PetrarchActor> converted = withEntente ? actors : conventions.actors();
      ActorVocabulary vocabulary =
          PetrarchVocabulary.extend(entente.vocabulary(), converted, agents);
      PetrarchDictionaries.Conversion conversion =
          PetrarchDictionaries.toActorEntries(converted, agents, vocabulary);
      ActorDictionary.Builder builder = ActorDictionary.builder(vocabulary);
      if (withEntente) {
        entente.entries().forEach(builder::add);
      }
      for (ActorEntry entry : conversion.entries()) {
        builder.add(entry);
      }
      if (!withEntente) {
        conventions.extraEntries(conversion.entries(), agents).forEach(builder::add);
      }
      PetrarchVerbDictionary verbs = PetrarchVerbReader.read(files.verbs());
      Codebook codes = PetrarchCodebook.extend(codebook, verbs);
      List<PetrarchDiscard> discards = new ArrayList<>();
      files.discards().forEach(file -> discards.addAll(PetrarchDiscardReader.read(file)));
      DictionaryActorMatcher matcher = new DictionaryActorMatcher(builder.build());
      if (!withEntente) {
        LOG.info(
            "PETRARCH dictionaries: {} actor entries (skipped {}), {} verb patterns from {}, {}"
                + " discards; PETRARCH coder",
            conversion.entries().size(),
            conversion.skipped(),
            verbs.patternCount(),
            files.verbs().getFileName(),
            discards.size());
        return new Setup(
            new PetrarchCoder(codes, verbs, matcher, vocabulary, conventions),
            new PetrarchDiscards(discards),
            UnaryOperator.identity());
      }
      PetrarchLexicon.Mapping mapping = PetrarchLexicon.map(verbs, codes::contains);
      Lexicon lexicon = Lexicon.standard(codes).addVerbsAfter(mapping.entries());
      LOG.info(
          "PETRARCH dictionaries: {} actor entries (skipped {}), {} verb entries from {}"
              + " (skipped {}), {} discards",
          conversion.entries().size(),
          conversion.skipped(),
          mapping.entries().size(),
          files.verbs().getFileName(),
          mapping.skipped(),
          discards.size());
      EventCoder coder = new EventCoder(codes, lexicon, matcher, vocabulary);
      return new Setup(
          coder,
          new PetrarchDiscards(discards),
          new PetrarchDirections(mapping.reverseCodes(), mapping.swapped(), codes));
    }
  }

  /**
   * The coder, what to do to a parsed document before it (drop discarded sentences) and to the
   * coded one after it (PETRARCH's event directions).
   *
   * @param before applied to each parsed document before {@code coder} codes it
   * @param after applied to each coded document
   */
  record Setup(
      ParsedDocumentCoder coder,
      UnaryOperator<ParsedDocument> before,
      UnaryOperator<CodedDocument> after) {
    public Setup {
      requireNonNull(coder, "coder is null");
      requireNonNull(before, "before is null");
      requireNonNull(after, "after is null");
    }
  }

  /** The option as written: {@code entente}, {@code petrarch:DIR}, {@code entente+petrarch:DIR}. */
  String label();

  /** Reads the dictionaries and builds the coder; a bad file is an error naming file and line. */
  Setup load(Codebook codebook);

  /**
   * Reads {@code --dictionaries}; the PETRARCH files are found here, so that a missing one is
   * reported before any model loads.
   */
  static DictionaryChoice parse(String option) {
    String text = requireNonNull(option, "option is null").strip();
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.equals("entente")) {
      return new Entente();
    }
    for (String prefix : List.of("petrarch:", "entente+petrarch:")) {
      if (lower.startsWith(prefix)) {
        String spec = text.substring(prefix.length()).strip();
        if (spec.isEmpty()) {
          throw EntenteException.userError(
              "--dictionaries %s needs a directory: %sDIR", text, prefix);
        }
        return new Petrarch(spec, PetrarchFiles.locate(spec), prefix.startsWith("entente+"));
      }
    }
    throw EntenteException.userError(
        "--dictionaries is entente, petrarch:DIR or entente+petrarch:DIR, not '%s'", text);
  }
}
