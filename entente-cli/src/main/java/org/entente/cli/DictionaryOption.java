package org.entente.cli;

import org.entente.app.Coders;
import org.entente.coder.DictionaryChoice;
import org.entente.nlp.DocumentCoder;
import picocli.CommandLine.Option;

/**
 * {@code --dictionaries}: which dictionaries drive the coder ({@code code}, {@code ingest}, {@code
 * validate}).
 */
final class DictionaryOption {

  @Option(
      names = "--dictionaries",
      defaultValue = "entente",
      paramLabel = "entente|petrarch:DIR|entente+petrarch:DIR",
      description =
          "Dictionaries that drive the coder: entente (default), petrarch:DIR (PETRARCH's actor,"
              + " agent, verb and discard files in DIR; DIR/PREFIX picks files by name prefix, and"
              + " files named after a comma replace those of their kind), or entente+petrarch:DIR"
              + " (PETRARCH's entries after Entente's). See docs/petrarch.md.")
  String dictionaries;

  private DictionaryChoice choice;

  /** Reads the option and finds the PETRARCH files, before the models load. */
  DictionaryChoice check() {
    if (choice == null) {
      choice = DictionaryChoice.parse(dictionaries);
    }
    return choice;
  }

  /** The coder for these dictionaries; the first call per NER mode loads CoreNLP's models. */
  DocumentCoder coder(Coders coders, CodingThreads coding) {
    return coders.get(coding.nerMode(), check());
  }
}
