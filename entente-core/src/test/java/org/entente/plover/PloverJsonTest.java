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
    assertThat(node.path("actor").get(0).path("cameo").asText()).isEqualTo("ROMGOV");
    assertThat(node.has("location")).as("no location: the event has none").isFalse();
  }

  @Test
  void writesModeContextsAndIntensityFromTheTable() throws Exception {
    JsonNode visit = json("042");
    assertThat(visit.path("event_mode").asText()).isEqualTo("visit");
    assertThat(visit.path("intensity").asDouble()).isEqualTo(1.9);
    // the area of the event (diplomatic) is a PLOVER context too
    assertThat(visit.path("contexts").toString()).isEqualTo("[\"diplomatic\"]");
    JsonNode aid = json("0332");
    assertThat(aid.path("event_type").asText()).isEqualTo("AGREE");
    assertThat(aid.path("contexts").toString()).isEqualTo("[\"military\",\"diplomatic\"]");
  }

  @Test
  void aReadRecordKeepsItsTypeModeContextsAndLocation() throws Exception {
    String line =
        PloverJson.write(
                List.of(
                    new PloverJson.Item(
                        event("04"),
                        new PloverCoding(PloverType.INVESTIGATE, "", List.of("legal")),
                        "{\"name\":\"Geneva\"}",
                        "gold.json/g1")))
            .get(0);
    JsonNode node = new ObjectMapper().readTree(line);
    assertThat(node.path("event_type").asText()).isEqualTo("ACCUSE");
    assertThat(node.path("event_mode").asText()).isEqualTo("investigate");
    assertThat(node.path("contexts").toString()).isEqualTo("[\"legal\"]");
    assertThat(node.path("location").path("name").asText()).isEqualTo("Geneva");
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
    List<String> lines = PloverJson.lines(List.of(there, back, event("010"), event("111")));
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).contains("\"reciprocal\":true", "\"event_ids\":[\"e1\",\"e2\"]");
  }

  @Test
  void aMeetingCodedOneWayHasBothPartiesAsActorsAndSaysItIsNotReciprocal() throws Exception {
    JsonNode node = json("044");
    assertThat(node.path("actor")).hasSize(2);
    assertThat(node.path("recipient")).isEmpty();
    assertThat(node.path("reciprocal").asBoolean(true)).isFalse();
  }

  @Test
  void anAgreementCodedBothWaysIsOneRecordWithBothPartiesAsActors() throws Exception {
    Event there = event("057");
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
            EventCode.of("057"),
            QuadClass.ofNumber(1),
            8.0,
            false,
            Modality.FACTUAL,
            "held",
            20,
            24,
            Area.DIPLOMATIC);
    Event otherSentence =
        new Event(
            "e3",
            there.docId(),
            1,
            there.text(),
            there.url(),
            there.date(),
            there.datePrecision(),
            there.dateFrom(),
            there.target(),
            there.source(),
            EventCode.of("057"),
            QuadClass.ofNumber(1),
            8.0,
            false,
            Modality.FACTUAL,
            "held",
            20,
            24,
            Area.DIPLOMATIC);
    List<String> lines = PloverJson.lines(List.of(there, back, otherSentence));
    assertThat(lines).hasSize(2);
    JsonNode node = new ObjectMapper().readTree(lines.get(0));
    assertThat(node.path("actor")).hasSize(2);
    assertThat(node.path("recipient")).isEmpty();
    assertThat(new ObjectMapper().readTree(lines.get(1)).path("recipient")).hasSize(1);
  }
}
