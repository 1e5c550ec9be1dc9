package org.entente.store;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.entente.codebook.CameoCode;
import org.entente.codebook.Codebook;
import org.entente.coder.lexicon.Lexicon;
import org.entente.event.Area;

/**
 * The area of an event from its CAMEO code alone, for GDELT rows, which carry no words to look at.
 * It is the coder's table ({@code areas.tsv}, read through {@link Lexicon#area} with no words), so
 * Entente has one table of areas: {@code 04} CONSULT → diplomatic, {@code 0211} appeal for economic
 * cooperation → economic, {@code 19} FIGHT → military. The coder also reads the words around an
 * event (oil, arms, tariffs…); a GDELT row gets what the code alone says.
 */
public final class CodeAreas {

  private final Map<String, Area> areas = new TreeMap<>();

  public CodeAreas(Codebook codebook, Lexicon lexicon) {
    requireNonNull(lexicon, "lexicon is null");
    for (CameoCode code : requireNonNull(codebook, "codebook is null").codes()) {
      areas.put(code.code(), lexicon.area(code.code(), List.of()));
    }
  }

  /** Entente's codebook and lexicon. */
  public static CodeAreas standard(Codebook codebook) {
    return new CodeAreas(codebook, Lexicon.standard(codebook));
  }

  /** The area of a codebook code ({@code "042"}). */
  public Area of(String code) {
    Area area = areas.get(code);
    if (area == null) {
      throw new IllegalArgumentException("'" + code + "' is not a CAMEO code of the codebook");
    }
    return area;
  }

  /** A SQL expression giving the area label of the CAMEO code in {@code codeExpression}. */
  public String sqlCase(String codeExpression) {
    Map<Area, List<String>> byArea =
        areas.entrySet().stream()
            .collect(
                Collectors.groupingBy(
                    Map.Entry::getValue,
                    TreeMap::new,
                    Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
    return byArea.entrySet().stream()
        .map(
            e ->
                "WHEN "
                    + codeExpression
                    + " IN ("
                    + e.getValue().stream().map(Sql::literal).collect(Collectors.joining(", "))
                    + ") THEN "
                    + Sql.literal(e.getKey().label()))
        .collect(Collectors.joining(" ", "CASE ", " END"));
  }
}
