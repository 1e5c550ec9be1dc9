package org.entente.app;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import org.entente.analysis.evidence.EventRef;
import org.entente.analysis.evidence.EvidenceItem;
import org.entente.analysis.scope.Counting;
import org.entente.analysis.scope.EventAggregates;
import org.entente.analysis.scope.EventCell;
import org.entente.analysis.scope.Window;
import org.entente.codebook.QuadClass;
import org.entente.event.Area;
import org.entente.event.Period;
import org.entente.store.EventStore;
import org.entente.store.query.CellQuery;
import org.entente.store.query.CellTally;
import org.entente.store.query.EventBrief;
import org.entente.store.query.Tallied;

/**
 * The store's tallies as the relationship model reads them: {@link EventStore#cells} computes the
 * cells in SQL (with the model's claim cue), and this turns them into {@link EventCell}s.
 */
public final class StoreAggregates implements EventAggregates {

  private final EventStore store;

  public StoreAggregates(EventStore store) {
    this.store = requireNonNull(store, "store is null");
  }

  @Override
  public Tallies tally(
      Set<String> countries,
      Window window,
      Period period,
      int idLimit,
      int evidenceLimit,
      Set<String> readCodes,
      Set<Area> readAreas) {
    CellQuery query =
        new CellQuery(
            countries,
            window.from(),
            window.to(),
            period,
            Counting.CLAIM_CUE,
            idLimit,
            evidenceLimit,
            readCodes,
            readAreas);
    Tallied tallied = store.cells(query);
    return new Tallies(
        tallied.cells().stream().map(StoreAggregates::cell).toList(), tallied.read());
  }

  private static EventCell cell(CellTally tally) {
    return new EventCell(
        tally.source(),
        tally.target(),
        tally.period(),
        Counting.of(tally.negated(), tally.modality(), tally.claimed()),
        tally.quadClass() == 0 ? null : QuadClass.ofNumber(tally.quadClass()),
        tally.area(),
        Math.toIntExact(tally.events()),
        tally.goldsteinSum(),
        tally.first(),
        tally.last(),
        tally.oldest().stream().map(ref -> new EventRef(ref.date(), ref.id())).toList(),
        tally.strongest().stream().map(StoreAggregates::item).toList());
  }

  private static EvidenceItem item(EventBrief brief) {
    return new EvidenceItem(
        brief.id(),
        brief.docId(),
        brief.sentence(),
        brief.date(),
        brief.datePrecision(),
        brief.source(),
        brief.target(),
        brief.cameo(),
        brief.quadClass(),
        brief.goldstein(),
        brief.text(),
        brief.negated() ? "negated" : brief.modality().label());
  }
}
