package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.entente.codebook.Codebook;
import org.entente.event.Area;
import org.junit.jupiter.api.Test;

class RootAreasTest {

  @Test
  void everyCodebookRootHasAnArea() {
    Codebook.standard().codes().forEach(code -> assertThat(RootAreas.of(code.root())).isNotNull());
    assertThat(RootAreas.of("04")).isEqualTo(Area.DIPLOMATIC);
    assertThat(RootAreas.of("06")).isEqualTo(Area.ECONOMIC);
    assertThat(RootAreas.of("19")).isEqualTo(Area.MILITARY);
    assertThatThrownBy(() -> RootAreas.of("21")).hasMessageContaining("not '21'");
  }

  @Test
  void theSqlCaseAgreesWithTheMapping() throws Exception {
    try (Connection jdbc = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = jdbc.createStatement()) {
      for (int root = 1; root <= 20; root++) {
        String code = String.format("%02d", root);
        try (ResultSet row = sql.executeQuery("SELECT " + RootAreas.sqlCase("'" + code + "'"))) {
          row.next();
          assertThat(row.getString(1)).as(code).isEqualTo(RootAreas.of(code).label());
        }
      }
    }
  }
}
