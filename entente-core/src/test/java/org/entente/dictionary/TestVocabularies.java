package org.entente.dictionary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.entente.core.Tsv;

/**
 * Small actor vocabularies for tests outside this package, which cannot reach the package-private
 * {@link ActorVocabulary#load}. Tests of other packages use these instead of the shipped files, so
 * that they do not change when those files do.
 */
public final class TestVocabularies {

  private TestVocabularies() {}

  /**
   * A vocabulary of {@code countries} (code → display name) and {@code parts}, each written as an
   * {@code actor-codes.tsv} line: {@code "GOV\tagent\tGovernment"}.
   */
  public static ActorVocabulary of(Map<String, String> countries, String... parts) {
    List<Tsv.Row> rows = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      rows.add(new Tsv.Row("test-codes.tsv", i + 1, Arrays.asList(parts[i].split("\t"))));
    }
    return ActorVocabulary.load(rows, countries);
  }
}
