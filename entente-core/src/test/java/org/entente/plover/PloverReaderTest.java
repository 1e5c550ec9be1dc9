package org.entente.plover;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.codebook.Codebook;
import org.entente.codebook.EventCode;
import org.entente.core.SharedFiles;
import org.entente.event.Area;
import org.entente.event.DatePrecision;
import org.entente.event.Event;
import org.entente.event.EventActor;
import org.entente.event.Modality;
import org.junit.jupiter.api.Test;

class PloverReaderTest {

  private static final PloverReader READER =
      new PloverReader(Codebook.standard(), PloverTable.standard(), code -> Area.POLITICAL);

  private final List<PloverRecord> records = new ArrayList<>();
  private final List<PloverReader.Problem> problems = new ArrayList<>();

  private void read(String name, String text) throws IOException {
    READER.read(name, new StringReader(text), records::add, problems::add);
  }

  private static Event event(String id, EventActor source, EventActor target, String cameo) {
    return new Event(
        id,
        "doc1",
        2,
        "Romania and Hungary held talks in Geneva.",
        "https://example.org/a",
        LocalDate.of(2001, 3, 1),
        DatePrecision.MONTH,
        "text",
        source,
        target,
        EventCode.of(cameo),
        EventCode.of(cameo).quadClass(),
        cameo.startsWith("04") ? 7.0 : 6.4,
        true,
        Modality.FUTURE,
        "held",
        20,
        24,
        Area.ECONOMIC);
  }

  private static final EventActor ROMANIA =
      new EventActor("ROMGOV", "ROM", "GOV", "Romania", "Romania", 0, 7);
  private static final EventActor HUNGARY =
      new EventActor("HUN", "HUN", null, "Hungary", "Hungary", 12, 19);

  @Test
  void whatEntenteWritesItReadsBackAsTheSameEvents() throws IOException {
    List<Event> events =
        List.of(
            event("e1", ROMANIA, HUNGARY, "061"),
            event("e2", ROMANIA, HUNGARY, "046"), // negotiations both ways: one record
            event("e3", HUNGARY, ROMANIA, "046"),
            event("e4", HUNGARY, ROMANIA, "044")); // a meeting coded one way
    List<String> lines = PloverJson.lines(events);
    assertThat(lines).hasSize(3);
    read("ours.jsonl", String.join("\n", lines));
    assertThat(problems).isEmpty();
    List<Event> back = records.stream().flatMap(r -> r.events().stream()).toList();
    assertThat(back).containsExactlyElementsOf(events);
    assertThat(records.get(0).coding())
        .isEqualTo(new PloverCoding(PloverType.COOPERATE, "", List.of("economic")));
  }

  @Test
  void readsEveryGoldStandardRecordWithTypesMappedBackToCameo() throws IOException {
    String gold =
        Files.readString(
            SharedFiles.resolve("reference/plover/PLOVER_GSR_CAMEO.dev.json"),
            StandardCharsets.UTF_8);
    read("PLOVER_GSR_CAMEO.dev.json", gold);
    assertThat(problems).isEmpty();
    assertThat(records).hasSize(213); // and the DOCUMENT note passed over
    PloverRecord agree = find("PLOVER-GSR01-AGREE-0001");
    // "Senior (SRC/TAR: Hungarian) and (SRC/TAR: Romanian) officials agreed": both ways
    assertThat(agree.events()).hasSize(2);
    Event first = agree.events().get(0);
    assertThat(first.cameo().code()).isEqualTo("03");
    assertThat(first.source().code()).isEqualTo("HUNGOV");
    assertThat(first.source().country()).isEqualTo("HUN");
    assertThat(first.target().code()).isEqualTo("ROMGOV"); // ISO ROU is CAMEO ROM
    assertThat(agree.events().get(1).source().code()).isEqualTo("ROMGOV");
    assertThat(agree.coding().contexts()).containsExactly("refugees");
    PloverRecord meeting = find("PLOVER-GSR01-CONSULT-0007");
    assertThat(meeting.coding().mode()).isEqualTo("third-party");
    assertThat(meeting.events().get(0).cameo().code()).isEqualTo("044");
    assertThat(meeting.location()).contains("Geneva");
    Event fight = find("PLOVER-GSR01-FIGHT-0005").events().get(0);
    assertThat(fight.cameo().code()).isEqualTo("194"); // FIGHT, heavy-weapons
    assertThat(find("PLOVER-GSR01-DEMAND-0013").events().get(0).cameo().code()).isEqualTo("10");
    assertThat(find("PLOVER-GSR01-INVESTIGATE-0001").events().get(0).cameo().code())
        .isEqualTo("09");
    assertThat(records)
        .allSatisfy(
            record ->
                assertThat(record.coding().type().covers(record.events().get(0).cameo().code()))
                    .as(record.id())
                    .isTrue());
  }

  private PloverRecord find(String id) {
    return records.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void badRecordsAreProblemsWithFileAndLineAndTheOthersAreRead() throws IOException {
    String good =
        "{\"id\":\"p1\",\"date\":\"2020-02-03\",\"event_type\":\"SANCTION\","
            + "\"actor\":[{\"code\":\"USA\",\"sector\":\"GOV\",\"entity_text\":\"Washington\"}],"
            + "\"recipient\":[{\"code\":\"IRN\",\"entity_text\":\"Iran\"}],"
            + "\"event_text\":\"imposed sanctions\","
            + "\"text\":\"Washington imposed sanctions on Iran.\"}";
    read(
        "theirs.jsonl",
        String.join(
            "\n",
            good,
            "{\"id\":\"p2\",",
            "",
            good.replace("SANCTION", "HUG").replace("p1", "p3"),
            good.replace("2020-02-03", "2020-02-30").replace("p1", "p4"),
            good.replace("\"date\":\"2020-02-03\",", "").replace("p1", "p5"),
            good.replace("\"actor\":[{", "\"actor\":{")
                .replace("}],\"recipient", "},\"recipient")
                .replace("p1", "p6"),
            good.replace("\"event_text\"", "\"cameo\":\"042\",\"event_text\"").replace("p1", "p7"),
            good.replace("\"id\":\"p1\",", "")));
    assertThat(records).extracting(PloverRecord::id).containsExactly("p1");
    Event event = records.get(0).events().get(0);
    assertThat(event.cameo().code()).isEqualTo("16");
    assertThat(event.source().code()).isEqualTo("USAGOV");
    assertThat(event.target().code()).isEqualTo("IRN");
    assertThat(event.area()).isEqualTo(Area.POLITICAL); // from the code, as for GDELT rows
    assertThat(problems.get(0).toString())
        .startsWith("theirs.jsonl:2: not a JSON object: Unexpected end-of-input")
        .doesNotContain("Source");
    assertThat(problems.subList(1, problems.size()))
        .extracting(PloverReader.Problem::toString)
        .containsExactly(
            "theirs.jsonl:4: record p3: unknown PLOVER event type 'HUG'; PLOVER has [AGREE,"
                + " CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT,"
                + " THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT] (and, in version 0.5,"
                + " [DEMAND, DISAPPROVE, INVESTIGATE, FIGHT])",
            "theirs.jsonl:5: record p4: \"date\" is \"2020-02-30\", not a date (YYYY-MM-DD)",
            "theirs.jsonl:6: record p5: no \"date\"; write the event's date as YYYY-MM-DD",
            "theirs.jsonl:7: record p6: \"actor\" must be a list of actors ([{\"code\": …}])",
            "theirs.jsonl:8: record p7: \"cameo\" 042 is written as CONSULT, not SANCTION; give"
                + " the record's CAMEO code or none",
            "theirs.jsonl:9: a record without an \"id\"; give every record one");
  }

  @Test
  void aMalformedArrayStopsWithItsLine() throws IOException {
    read(
        "gold.json",
        "[\n {\"id\":\"g1\",\"event\":\"AGREE\",\"date\":\"2000-01-01\",\"source\":[{\"code\":\"FRA\"}],"
            + "\"text\":\"France agreed.\"},\n {\"id\": oops}\n]");
    assertThat(records).extracting(PloverRecord::id).containsExactly("g1");
    assertThat(records.get(0).events().get(0).target().code()).isEmpty();
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).toString())
        .startsWith("gold.json:3: malformed JSON (Unrecognized token 'oops'")
        .endsWith("the rest of the file is not read");
  }
}
