package org.entente.plover;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.entente.codebook.EventCode;
import org.entente.codebook.QuadClass;
import org.entente.event.Area;
import org.entente.event.DatePrecision;
import org.entente.event.Event;
import org.entente.event.EventActor;
import org.entente.event.Modality;
import org.junit.jupiter.api.Test;

class PloverJsonTest {

  private static Event event(String cameo) {
    return new Event(
        "e1",
        "doc1",
        0,
        "Romania and Hungary held talks.",
        "https://example.org/a",
        LocalDate.of(2000, 1, 1),
        DatePrecision.DAY,
        "document",
        new EventActor("ROMGOV", "ROM", "GOV", "Romania", "Romania", 0, 7),
        new EventActor("HUN", "HUN", null, "Hungary", "Hungary", 12, 19),
        EventCode.of(cameo),
        QuadClass.ofNumber(1),
        1.0,
        false,
        Modality.FACTUAL,
        "held",
        20,
        24,
        Area.DIPLOMATIC);
  }

  private static JsonNode json(String cameo) throws Exception {
    return new ObjectMapper().readTree(PloverJson.write(event(cameo)).orElseThrow());
  }

  @Test
  void writesTypeActorsWithIsoCodesAndTheEntenteFields() throws Exception {
    JsonNode node = json("036");
    assertThat(node.path("event_type").asText()).isEqualTo("AGREE");
    assertThat(node.path("actor").get(0).path("code").asText()).isEqualTo("ROU");
    assertThat(node.path("actor").get(0).path("sector").asText()).isEqualTo("GOV");
    assertThat(node.path("actor").get(0).path("entity_text").asText()).isEqualTo("Romania");
    assertThat(node.path("recipient").get(0).path("code").asText()).isEqualTo("HUN");
    assertThat(node.path("event_text").asText()).isEqualTo("held");
    assertThat(node.path("source").path("doc_id").asText()).isEqualTo("doc1");
    assertThat(node.path("cameo").asText()).isEqualTo("036");
  }

  @Test
  void negotiationsPutBothPartiesInActorAndStatementsAreNotWritten() throws Exception {
    JsonNode node = json("046");
    assertThat(node.path("event_type").asText()).isEqualTo("CONSULT");
    assertThat(node.path("actor")).hasSize(2);
    assertThat(node.path("recipient")).isEmpty();
    assertThat(PloverJson.write(event("010"))).isEmpty();
  }

  @Test
  void aNegotiationCodedBothWaysRoundIsWrittenOnce() {
    Event there = event("046");
    Event back =
        new Event(
            "e2",
            there.docId(),
            there.sentence(),
            there.text(),
            there.url(),
            there.date(),
            there.datePrecision(),
            there.dateFrom(),
            there.target(),
            there.source(),
            EventCode.of("046"),
            QuadClass.ofNumber(1),
            7.0,
            false,
            Modality.FACTUAL,
            "held",
            20,
            24,
            Area.DIPLOMATIC);
    assertThat(PloverJson.lines(List.of(there, back, event("010"), event("111")))).hasSize(2);
  }
}
