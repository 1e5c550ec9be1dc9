package org.entente.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.entente.validate.Events.event;

import java.util.List;
import org.entente.core.Document;
import org.entente.event.Event;
import org.junit.jupiter.api.Test;

class RecordScoreTest {

  private static CodedRecord coded(List<ExpectedEvent> gold, List<Event> events) {
    GoldRecord record =
        new GoldRecord(
            1, "DEMO", new Document("DEMO-00", null, "Arnor met Gondor.", "", "", ""), gold);
    return new CodedRecord(record, events, "");
  }

  @Test
  void countsFoundAndRightSeparatelyAndFullyRightOnlyWhenBothAreComplete() {
    RecordScore score =
        RecordScore.of(
            coded(
                List.of(
                    ExpectedEvent.triple("ARN", "GON", "064"),
                    ExpectedEvent.triple("GON", "ARN", "064")),
                List.of(
                    event("ARN", "GON", "064"),
                    event("ARN", "GON", "064"),
                    event("ARN", "ERI", "111"))),
            Level.STRICT);
    Tally strict = score.tally(Level.STRICT);
    assertThat(strict).isEqualTo(new Tally(1, 0, 1, 1, 2, 1, 3, 2));
    assertThat(strict.precision()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(strict.recall()).isEqualTo(0.5);
    assertThat(strict.f1()).isCloseTo(2 * (2 / 3.0) * 0.5 / (2 / 3.0 + 0.5), within(1e-9));
    assertThat(score.missed()).extracting(Object::toString).containsExactly("GON -> ARN 064");
    assertThat(score.wrong()).extracting(e -> e.cameo().code()).containsExactly("111");
    assertThat(score.tally(Level.ROOT).right()).isEqualTo(2);
  }

  @Test
  void aRecordWithoutGoldIsFullyRightOnlyWithoutEvents() {
    assertThat(RecordScore.of(coded(List.of(), List.of()), Level.STRICT).tally(Level.STRICT))
        .isEqualTo(new Tally(1, 1, 0, 0, 0, 0, 0, 0));
    Tally wrong =
        RecordScore.of(coded(List.of(), List.of(event("ARN", "GON", "064"))), Level.STRICT)
            .tally(Level.STRICT);
    assertThat(wrong.fullyRight()).isZero();
    assertThat(wrong.recall()).isNaN();
    assertThat(wrong.precision()).isZero();
  }

  @Test
  void aCrashIsNeverFullyRight() {
    GoldRecord record =
        new GoldRecord(1, "DEMO", new Document("X-1", null, "text", "", "", ""), List.of());
    RecordScore score = RecordScore.of(new CodedRecord(record, List.of(), "boom"), Level.STRICT);
    assertThat(score.tally(Level.STRICT).fullyRight()).isZero();
  }

  @Test
  void fileTalliesSumTheRecordsAndCategoriesPartitionThem() {
    GoldFile gold = new GoldFile("gold.xml", GoldFile.Format.PETRARCH, List.of(), List.of(), 0);
    CodedRecord a =
        coded(
            List.of(ExpectedEvent.triple("ARN", "GON", "064")),
            List.of(event("ARN", "GON", "064")));
    GoldRecord other =
        new GoldRecord(
            2,
            "VERB",
            new Document("VERB-01", null, "x", "", "", ""),
            List.of(ExpectedEvent.triple("ERI", "GON", "111")));
    CodedRecord b = new CodedRecord(other, List.of(event("ERI", "GON", "112")), "");
    FileScore file = FileScore.of(gold, List.of(a, b));
    assertThat(file.tally(Level.STRICT)).isEqualTo(new Tally(2, 1, 2, 1, 2, 1, 2, 1));
    assertThat(file.tally(Level.ROOT)).isEqualTo(new Tally(2, 2, 2, 2, 2, 2, 2, 2));
    assertThat(file.categories()).containsOnlyKeys("DEMO", "VERB");
    assertThat(file.categories().get("VERB").get(Level.STRICT).found()).isZero();
  }
}
