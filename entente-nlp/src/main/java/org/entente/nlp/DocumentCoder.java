package org.entente.nlp;

import static java.util.Objects.requireNonNull;

import org.entente.codebook.Codebook;
import org.entente.coder.CodedDocument;
import org.entente.coder.EventCoder;
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
  private final EventCoder coder;

  public DocumentCoder(SentenceParser parser, EventCoder coder) {
    this.parser = requireNonNull(parser, "parser is null");
    this.coder = requireNonNull(coder, "coder is null");
  }

  /** Entente's own codebook, dictionary and lexicon with a CoreNLP parser. */
  public static DocumentCoder standard(CoreNlpSentenceParser.NerMode nerMode) {
    Codebook codebook = Codebook.standard();
    ActorDictionary dictionary = ActorDictionary.standard();
    EventCoder coder =
        new EventCoder(
            codebook,
            Lexicon.standard(codebook),
            new DictionaryActorMatcher(dictionary),
            dictionary.vocabulary());
    return new DocumentCoder(new CoreNlpSentenceParser(nerMode), coder);
  }

  /** The parse alone (benchmarks compare the coder's cost to it). */
  public ParsedDocument parse(Document document) {
    return parser.parse(document);
  }

  /** The coding alone, of an already parsed document. */
  public CodedDocument code(ParsedDocument parsed) {
    return coder.code(parsed);
  }

  public Result run(Document document) {
    ParsedDocument parsed = parser.parse(document);
    return new Result(parsed, coder.code(parsed));
  }

  /** A parsed and coded document. */
  public record Result(ParsedDocument parsed, CodedDocument coded) {}
}
