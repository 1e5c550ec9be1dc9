package org.entente.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.codebook.CameoCode;
import org.entente.codebook.Codebook;
import org.entente.dictionary.ActorDictionary;
import org.entente.dictionary.ActorMention;
import org.entente.dictionary.ActorVocabulary;
import org.entente.dictionary.DictionaryActorMatcher;

/**
 * The reference look-ups of {@code codebook} and {@code actor} (and their endpoints): CAMEO codes
 * with their sub-codes, actors named in a phrase on a date, and the JSON shape of each.
 */
public final class Lookups {

  private Lookups() {}

  /**
   * With no code, the 20 roots; otherwise each code followed by its sub-codes ({@code 04} lists
   * 040…046 and their children). An unknown code is a user error.
   */
  public static List<CameoCode> codes(Codebook codebook, List<String> codes) {
    List<CameoCode> shown = new ArrayList<>();
    if (codes.isEmpty()) {
      codebook.codes().stream().filter(CameoCode::isRoot).forEach(shown::add);
      return shown;
    }
    for (String code : codes) {
      CameoCode main = codebook.get(code.strip());
      shown.add(main);
      for (CameoCode child : codebook.codes()) {
        if (!child.code().equals(main.code()) && child.code().startsWith(main.code())) {
          shown.add(child);
        }
      }
    }
    return shown;
  }

  /** The actors a phrase names on a date, with the dictionary entries that decided each. */
  public static List<ActorMention> actors(ActorDictionary dictionary, String phrase, LocalDate on) {
    List<String> plain = List.of(phrase.strip().split("\\s+"));
    return new DictionaryActorMatcher(dictionary).find(plain, null, on);
  }

  public static Map<String, Object> toJson(CameoCode code) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("code", code.code());
    row.put("name", code.name());
    row.put("root", code.root());
    row.put("quad_class", code.quadClass().number());
    row.put("goldstein", code.goldstein());
    return row;
  }

  public static Map<String, Object> toJson(ActorMention mention, ActorVocabulary vocabulary) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("text", mention.text());
    row.put("code", mention.code().code());
    row.put("country", mention.code().country());
    row.put("agent", mention.code().agent());
    row.put(
        "name",
        mention.code().country() == null ? null : vocabulary.countryName(mention.code().country()));
    row.put("kind", mention.kind().name().toLowerCase(Locale.ROOT));
    row.put("why", mention.why());
    return row;
  }

  /** {@code actor}'s JSON: the phrase, the date and the actors found. */
  public static Map<String, Object> toJson(
      String phrase, LocalDate on, List<ActorMention> mentions, ActorVocabulary vocabulary) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ActorMention mention : mentions) {
      rows.add(toJson(mention, vocabulary));
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("phrase", phrase);
    result.put("date", on.toString());
    result.put("actors", rows);
    return result;
  }
}
