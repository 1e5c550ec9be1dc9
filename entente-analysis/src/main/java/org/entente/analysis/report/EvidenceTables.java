package org.entente.analysis.report;

import java.util.ArrayList;
import java.util.List;
import org.entente.analysis.evidence.Evidence;
import org.entente.analysis.evidence.EvidenceItem;
import org.entente.analysis.report.Block.Table;

/** Evidence as a table: date, direction, code, Goldstein, status, where, and the sentence last. */
final class EvidenceTables {
  private EvidenceTables() {}

  static Table of(Evidence evidence) {
    List<List<String>> rows = new ArrayList<>();
    for (EvidenceItem item : evidence.top()) {
      rows.add(
          List.of(
              item.dateLabel(),
              item.source() + "→" + item.target(),
              item.cameo(),
              Numbers.goldstein(item.goldstein()),
              item.status(),
              item.docId() + "#" + item.sentence(),
              item.text()));
    }
    return new Table(
        List.of("date", "direction", "code", "Goldstein", "status", "source", "sentence"),
        "lllrlll",
        rows);
  }
}
