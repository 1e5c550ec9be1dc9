package org.entente.nlp;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.entente.codebook.Codebook;
import org.entente.coder.CodedDocument;
import org.entente.coder.DictionaryChoice;
import org.entente.coder.EventCoder;
import org.entente.coder.ParsedDocumentCoder;
import org.entente.coder.lexicon.Lexicon;
import org.entente.core.Document;
import org.entente.dictionary.ActorDictionary;
import org.entente.dictionary.DictionaryActorMatcher;
import org.entente.text.ParsedDocument;
import org.entente.text.SentenceParser;

/**
 * Text to events in one call: the sentence parser, then the event coder. The CLI runs it on a
 * thread pool, the Spark job on each partition. Safe to share between threads.
 */
public final class DocumentCoder {

  private final SentenceParser parser;
  private final ParsedDocumentCoder coder;
  private final UnaryOperator<ParsedDocument> before;
  private final UnaryOperator<CodedDocument> after;

  public DocumentCoder(SentenceParser parser, ParsedDocumentCoder coder) {
    this(parser, coder, UnaryOperator.identity(), UnaryOperator.identity());
  }

  /**
   * @param before applied to each parsed document before it is coded (PETRARCH's discards drop
   *     sentences there)
   * @param after applied to each coded document (PETRARCH's event directions)
   */
  public DocumentCoder(
      SentenceParser parser,
      ParsedDocumentCoder coder,
      UnaryOperator<ParsedDocument> before,
      UnaryOperator<CodedDocument> after) {
    this.parser = requireNonNull(parser, "parser is null");
    this.coder = requireNonNull(coder, "coder is null");
    this.before = requireNonNull(before, "before is null");
    this.after = requireNonNull(after, "after is null");
  }

  /** This coder's parser (its models loaded once) with another coder setup. */
  public DocumentCoder with(DictionaryChoice.Setup setup) {
    return new DocumentCoder(parser, setup.coder(), setup.before(), setup.after());
  }

  /** Entente's own codebook, dictionary and lexicon with a CoreNLP parser. */
  public static DocumentCoder standard(CoreNlpSentenceParser.NerMode nerMode) {
    // the models load while the dictionaries are read
    Background<CoreNlpSentenceParser> parser =
        Background.load("entente-load-corenlp", () -> new CoreNlpSentenceParser(nerMode));
    Codebook codebook = Codebook.standard();
    ActorDictionary dictionary = ActorDictionary.standard();
    EventCoder coder =
        new EventCoder(
            codebook,
            Lexicon.standard(codebook),
            new DictionaryActorMatcher(dictionary),
            dictionary.vocabulary());
    return new DocumentCoder(parser.get(), coder);
  }

  /** The parse alone (benchmarks compare the coder's cost to it). */
  public ParsedDocument parse(Document document) {
    return parser.parse(document);
  }

  /**
   * The coding alone, of an already parsed document.
   *
   * @param undatedOn the date of the document if it carries none ({@link EventCoder#code})
   */
  public CodedDocument code(ParsedDocument parsed, LocalDate undatedOn) {
    return after.apply(coder.code(before.apply(parsed), undatedOn));
  }

  /**
   * Parses and codes one document.
   *
   * @param undatedOn the date of the document if it carries none ({@link EventCoder#code})
   */
  public Result run(Document document, LocalDate undatedOn) {
    ParsedDocument parsed = parser.parse(document);
    return new Result(parsed, code(parsed, undatedOn));
  }

  /** A parsed and coded document. */
  public record Result(ParsedDocument parsed, CodedDocument coded) {}
}
