package org.entente.dictionary.petrarch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.entente.codebook.CameoCode;
import org.entente.codebook.Codebook;
import org.entente.core.Tsv;

/**
 * The codebook with the event codes a PETRARCH verb dictionary uses beyond CAMEO, as far as
 * Entente's events can carry them: the validation suite's {@code 1717}, {@code 1010}, {@code 095}
 * are 2 to 4 digits under a CAMEO root, and join the codebook under the nearest code above them,
 * with its Goldstein weight. Codes that are not ({@code 345}, {@code 223}, {@code 174K}, {@code
 * 901}) stay out, and the patterns that yield them are skipped.
 */
public final class PetrarchCodebook {

  private PetrarchCodebook() {}

  public static Codebook extend(Codebook codebook, PetrarchVerbDictionary verbs) {
    Map<String, String> extra = new TreeMap<>();
    for (PetrarchVerb verb : verbs.verbs()) {
      add(codebook, extra, verb.code(), verb.origin());
      for (PetrarchVerbForm form : verb.forms()) {
        if (form.code() != null) {
          add(codebook, extra, form.code(), form.origin());
        }
      }
      for (PetrarchPattern pattern : verb.patterns()) {
        add(codebook, extra, pattern.code(), pattern.origin());
      }
    }
    if (extra.isEmpty()) {
      return codebook;
    }
    List<Tsv.Row> rows = new ArrayList<>();
    int line = 0;
    for (CameoCode code : codebook.codes()) {
      rows.add(row(++line, code.code(), code.goldstein(), code.name()));
    }
    List<String> codes = new ArrayList<>(extra.keySet());
    codes.sort(Comparator.comparingInt(String::length).thenComparing(c -> c));
    for (String code : codes) {
      double weight = parent(codebook, code).goldstein();
      rows.add(row(++line, code, weight, "PETRARCH code outside CAMEO (" + extra.get(code) + ")"));
    }
    return Codebook.load(rows);
  }

  private static void add(
      Codebook codebook, Map<String, String> extra, PetrarchCode code, String origin) {
    for (String part : new String[] {code.source(), code.target()}) {
      if (part != null && CameoCode.isWellFormed(part) && !codebook.contains(part)) {
        extra.putIfAbsent(part, origin);
      }
    }
  }

  private static CameoCode parent(Codebook codebook, String code) {
    for (int length = code.length() - 1; length >= 2; length--) {
      var found = codebook.find(code.substring(0, length));
      if (found.isPresent()) {
        return found.get();
      }
    }
    return new CameoCode(code.substring(0, 2), "", 0);
  }

  private static Tsv.Row row(int line, String code, double weight, String name) {
    return new Tsv.Row(
        "petrarch-codes", line, List.of(code, String.format(Locale.ROOT, "%s", weight), name));
  }
}
