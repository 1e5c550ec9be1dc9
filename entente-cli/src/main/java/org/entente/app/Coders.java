package org.entente.app;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.entente.codebook.Codebook;
import org.entente.coder.DictionaryChoice;
import org.entente.nlp.CoreNlpSentenceParser;
import org.entente.nlp.DocumentCoder;

/**
 * The document coders of one command line or server, loaded when a command first needs them: the
 * models take seconds and a gigabyte to load. The command line's {@code Main} makes one per
 * process; a caller that runs many commands in one JVM (the tests) passes the same one to load the
 * models once. Coders for other dictionaries ({@code --dictionaries}) share the NER mode's parser.
 */
public final class Coders {

  private final Map<CoreNlpSentenceParser.NerMode, DocumentCoder> standard =
      new EnumMap<>(CoreNlpSentenceParser.NerMode.class);

  private final Map<String, DocumentCoder> withDictionaries = new HashMap<>();

  /** Whether any coder was loaded (tests check that a command did not need one). */
  public synchronized boolean loaded() {
    return !standard.isEmpty();
  }

  public synchronized DocumentCoder get(CoreNlpSentenceParser.NerMode mode) {
    return standard.computeIfAbsent(mode, DocumentCoder::standard);
  }

  /** The coder of {@code mode} with {@code choice}'s dictionaries, read once. */
  public synchronized DocumentCoder get(
      CoreNlpSentenceParser.NerMode mode, DictionaryChoice choice) {
    if (choice instanceof DictionaryChoice.Entente) {
      return get(mode);
    }
    String key = mode + " " + choice.label();
    DocumentCoder coder = withDictionaries.get(key);
    if (coder == null) {
      // read the dictionaries first: a bad line is reported before the models load
      DictionaryChoice.Setup setup = choice.load(Codebook.standard());
      coder = get(mode).with(setup);
      withDictionaries.put(key, coder);
    }
    return coder;
  }
}
