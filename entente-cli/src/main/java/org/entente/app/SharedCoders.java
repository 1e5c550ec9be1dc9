package org.entente.app;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.entente.codebook.Codebook;
import org.entente.coder.DictionaryChoice;
import org.entente.nlp.CoreNlpSentenceParser;
import org.entente.nlp.DocumentCoder;

/**
 * One document coder per NER mode for the whole JVM: the models take seconds and a gigabyte to
 * load, and a test (or a long-lived caller of {@code Main.run}) runs many commands in one JVM.
 * Coders for other dictionaries ({@code --dictionaries}) share that coder's parser.
 */
public final class SharedCoders {

  private static final Map<CoreNlpSentenceParser.NerMode, DocumentCoder> CODERS =
      new EnumMap<>(CoreNlpSentenceParser.NerMode.class);

  private static final Map<String, DocumentCoder> WITH_DICTIONARIES = new HashMap<>();

  private SharedCoders() {}

  /** Whether any coder was loaded in this JVM (tests check that a command did not need one). */
  public static synchronized boolean loaded() {
    return !CODERS.isEmpty();
  }

  public static synchronized DocumentCoder get(CoreNlpSentenceParser.NerMode mode) {
    return CODERS.computeIfAbsent(mode, DocumentCoder::standard);
  }

  /** The coder of {@code mode} with {@code choice}'s dictionaries, read once per JVM. */
  public static synchronized DocumentCoder get(
      CoreNlpSentenceParser.NerMode mode, DictionaryChoice choice) {
    if (choice instanceof DictionaryChoice.Entente) {
      return get(mode);
    }
    String key = mode + " " + choice.label();
    DocumentCoder coder = WITH_DICTIONARIES.get(key);
    if (coder == null) {
      // read the dictionaries first: a bad line is reported before the models load
      DictionaryChoice.Setup setup = choice.load(Codebook.standard());
      coder = get(mode).with(setup);
      WITH_DICTIONARIES.put(key, coder);
    }
    return coder;
  }
}
