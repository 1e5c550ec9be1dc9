package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.entente.codebook.CameoCode;
import org.entente.codebook.Codebook;
import org.entente.coder.lexicon.Lexicon;
import org.entente.event.Area;
import org.junit.jupiter.api.Test;

class CodeAreasTest {

  private static final Codebook CODEBOOK = Codebook.standard();
  private static final CodeAreas AREAS = CodeAreas.standard(CODEBOOK);

  @Test
  void everyCodeHasTheAreaTheCoderGivesItWithoutWords() {
    Lexicon lexicon = Lexicon.standard(CODEBOOK);
    for (CameoCode code : CODEBOOK.codes()) {
      assertThat(AREAS.of(code.code()))
          .as(code.code())
          .isEqualTo(lexicon.area(code.code(), java.util.List.of()));
    }
    assertThat(AREAS.of("04")).isEqualTo(Area.DIPLOMATIC);
    assertThat(AREAS.of("0211")).isEqualTo(Area.ECONOMIC);
    assertThat(AREAS.of("19")).isEqualTo(Area.MILITARY);
    assertThatThrownBy(() -> AREAS.of("21")).hasMessageContaining("'21'");
  }

  @Test
  void theSqlCaseAgreesWithTheTable() throws Exception {
    try (Connection jdbc = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = jdbc.createStatement()) {
      for (CameoCode code : CODEBOOK.codes()) {
        try (ResultSet row =
            sql.executeQuery("SELECT " + AREAS.sqlCase(Sql.literal(code.code())))) {
          row.next();
          assertThat(row.getString(1)).as(code.code()).isEqualTo(AREAS.of(code.code()).label());
        }
      }
    }
  }
}
