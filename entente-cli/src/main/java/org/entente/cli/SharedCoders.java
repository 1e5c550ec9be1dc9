package org.entente.cli;

import java.util.EnumMap;
import java.util.Map;
import org.entente.nlp.CoreNlpSentenceParser;
import org.entente.nlp.DocumentCoder;

/**
 * One document coder per NER mode for the whole JVM: the models take seconds and a gigabyte to
 * load, and a test (or a long-lived caller of {@link Main#run}) runs many commands in one JVM.
 */
final class SharedCoders {

  private static final Map<CoreNlpSentenceParser.NerMode, DocumentCoder> CODERS =
      new EnumMap<>(CoreNlpSentenceParser.NerMode.class);

  private SharedCoders() {}

  /** Whether any coder was loaded in this JVM (tests check that a command did not need one). */
  static synchronized boolean loaded() {
    return !CODERS.isEmpty();
  }

  static synchronized DocumentCoder get(CoreNlpSentenceParser.NerMode mode) {
    return CODERS.computeIfAbsent(mode, DocumentCoder::standard);
  }
}
