package org.entente.nlp;

import org.entente.codebook.Codebook;
import org.entente.coder.EventCoder;
import org.entente.coder.lexicon.Lexicon;
import org.entente.dictionary.ActorDictionary;
import org.entente.dictionary.DictionaryActorMatcher;

/** One CoreNLP pipeline per test JVM: loading the models takes seconds and a gigabyte. */
final class SharedPipeline {
  private static CoreNlpSentenceParser parser;
  private static DocumentCoder coder;

  private SharedPipeline() {}

  static synchronized CoreNlpSentenceParser parser() {
    if (parser == null) {
      parser = new CoreNlpSentenceParser(CoreNlpSentenceParser.NerMode.DATES);
    }
    return parser;
  }

  static synchronized DocumentCoder coder() {
    if (coder == null) {
      Codebook codebook = Codebook.standard();
      ActorDictionary dictionary = ActorDictionary.standard();
      EventCoder eventCoder =
          new EventCoder(
              codebook,
              Lexicon.standard(codebook),
              new DictionaryActorMatcher(dictionary),
              dictionary.vocabulary());
      coder = new DocumentCoder(parser(), eventCoder);
    }
    return coder;
  }
}
