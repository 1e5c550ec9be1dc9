package org.entente.dictionary.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.codebook.Codebook;
import org.entente.codebook.EventCode;
import org.entente.codebook.QuadClass;
import org.entente.coder.CodedDocument;
import org.entente.core.Document;
import org.entente.event.Area;
import org.entente.event.DatePrecision;
import org.entente.event.Event;
import org.entente.event.EventActor;
import org.entente.event.Modality;
import org.junit.jupiter.api.Test;

/** PETRARCH's directions on events the coder made, found by their patterns' origins. */
class PetrarchDirectionsTest {

  private static final Codebook CODEBOOK = Codebook.standard();
  private static final Document DOCUMENT =
      new Document("d", LocalDate.of(1995, 1, 1), "text", null, null, null);

  private static final PetrarchDirections DIRECTIONS =
      new PetrarchDirections(
          Map.of("v.txt:7", "033"), Set.of("v.txt:9"), CODEBOOK); // LEFT [032:033]; + * MONEY $

  private static Event event(
      String source, String target, String code, Modality modality, String... steps) {
    List<String> rule = new ArrayList<>(List.of(steps));
    rule.add("source …");
    return new Event(
        source + target + code,
        "d",
        0,
        "text",
        null,
        LocalDate.of(1995, 1, 1),
        DatePrecision.DAY,
        "document",
        new EventActor(source, source, null, source, source, 0, 1),
        new EventActor(target, target, null, target, target, 2, 3),
        EventCode.of(code),
        QuadClass.ofNumber(1),
        0,
        false,
        modality,
        "verb",
        0,
        1,
        Area.DIPLOMATIC,
        rule);
  }

  private static List<String> coded(Event... events) {
    return DIRECTIONS
        .apply(new CodedDocument(DOCUMENT, 1, List.of(events), List.of()))
        .events()
        .stream()
        .map(e -> e.source().code() + ">" + e.target().code() + " " + e.cameo().code())
        .toList();
  }

  @Test
  void aSharedActHoldsOneWay() {
    assertThat(
            coded(
                event("ARN", "GON", "064", Modality.FACTUAL, "verb \"restore\" (v.txt:3) → 064"),
                event(
                    "GON",
                    "ARN",
                    "064",
                    Modality.FACTUAL,
                    "verb \"restore\" (v.txt:3) → 064",
                    PetrarchDirections.SHARED_ACT_STEP)))
        .containsExactly("ARN>GON 064");
  }

  @Test
  void aCompoundCodeAddsTheReverseEvent() {
    assertThat(coded(event("DAG", "GON", "032", Modality.FACTUAL, "verb \"x\" (v.txt:7) → 032")))
        .containsExactly("DAG>GON 032", "GON>DAG 033");
  }

  @Test
  void aTargetBeforeTheVerbTurnsTheEventRound() {
    assertThat(coded(event("ERI", "OSG", "071", Modality.FACTUAL, "verb \"x\" (v.txt:9) → 071")))
        .containsExactly("OSG>ERI 071");
  }

  @Test
  void anActToldInTheFutureKeepsItsPatternsCodeButNotUnderAWrapper() {
    assertThat(coded(event("ARN", "GON", "033", Modality.FUTURE, "verb \"x\" (v.txt:5) → 071")))
        .containsExactly("ARN>GON 071");
    assertThat(
            coded(
                event(
                    "ARN",
                    "GON",
                    "033",
                    Modality.FUTURE,
                    "verb \"x\" (v.txt:5) → 071",
                    "under \"vow\" (intent, wrappers.tsv:3) → 033")))
        .containsExactly("ARN>GON 033");
  }
}
