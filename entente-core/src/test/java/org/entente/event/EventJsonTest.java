package org.entente.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.codebook.EventCode;
import org.entente.codebook.QuadClass;
import org.entente.core.EntenteException;
import org.junit.jupiter.api.Test;

class EventJsonTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  static Event visit() {
    return new Event(
        EventIds.of("seed", 3, "RUSGOV", "CHN", "042"),
        "seed",
        3,
        "Putin visited Beijing \"again\" in May.",
        "https://example.org/op-ed",
        LocalDate.of(2014, 5, 20),
        DatePrecision.DAY,
        "text",
        new EventActor("RUSGOV", "RUS", "GOV", "Russia", "Putin", 0, 5),
        new EventActor("CHN", "CHN", null, "China", "Beijing", 14, 21),
        EventCode.of("042"),
        QuadClass.ofNumber(1),
        1.9,
        false,
        Modality.FACTUAL,
        "visited",
        6,
        13,
        Area.DIPLOMATIC);
  }

  @Test
  void writesTheContractFieldsInOrder() throws Exception {
    String line = EventJson.write(visit());

    assertThat(line).doesNotContain("\n");
    List<String> names = new ArrayList<>();
    MAPPER.readTree(line).fieldNames().forEachRemaining(names::add);
    assertThat(names)
        .containsExactly(
            "id",
            "doc_id",
            "sentence",
            "text",
            "url",
            "date",
            "date_precision",
            "date_from",
            "source",
            "target",
            "cameo",
            "root",
            "quad_class",
            "goldstein",
            "negated",
            "modality",
            "trigger",
            "area");
    assertThat(line)
        .contains(
            "\"source\":{\"code\":\"RUSGOV\",\"country\":\"RUS\",\"agent\":\"GOV\","
                + "\"name\":\"Russia\",\"text\":\"Putin\",\"start\":0,\"end\":5}")
        .contains("\"agent\":null")
        .contains("\"trigger\":{\"text\":\"visited\",\"start\":6,\"end\":13}")
        .contains("\"date\":\"2014-05-20\",\"date_precision\":\"day\"")
        .contains("\"quad_class\":1,\"goldstein\":1.9,\"negated\":false,\"modality\":\"factual\"")
        .endsWith("\"area\":\"diplomatic\"}");
  }

  @Test
  void eventRoundTrips() {
    Event event = visit();
    assertThat(EventJson.readEvent(EventJson.write(event))).isEqualTo(event);

    Event negatedFuture =
        new Event(
            "x1",
            "d",
            0,
            "",
            "",
            LocalDate.of(2018, 1, 1),
            DatePrecision.YEAR,
            "document",
            new EventActor("CHN", "CHN", null, null, "China", 0, 5),
            EventActor.unresolved("someone", 10, 17),
            EventCode.of("1823"),
            QuadClass.ofNumber(4),
            -9.0,
            true,
            Modality.FUTURE,
            "",
            0,
            0,
            Area.SECURITY);
    assertThat(EventJson.readEvent(EventJson.write(negatedFuture))).isEqualTo(negatedFuture);
  }

  @Test
  void ruleTrailRoundTripsAndIsLeftOutWhenEmpty() throws Exception {
    Event plain = visit();
    assertThat(MAPPER.readTree(EventJson.write(plain)).has("rule")).isFalse();

    List<String> rule =
        List.of(
            "verb \"visit\" (verbs.tsv:1) → 042",
            "source \"Putin\": \"Putin\" → RUSGOV (people.tsv:2)");
    Event explained =
        new Event(
            plain.id(),
            plain.docId(),
            plain.sentence(),
            plain.text(),
            plain.url(),
            plain.date(),
            plain.datePrecision(),
            plain.dateFrom(),
            plain.source(),
            plain.target(),
            plain.cameo(),
            plain.quadClass(),
            plain.goldstein(),
            plain.negated(),
            plain.modality(),
            plain.trigger(),
            plain.triggerStart(),
            plain.triggerEnd(),
            plain.area(),
            rule);
    String line = EventJson.write(explained);
    assertThat(MAPPER.readTree(line).get("rule").get(1).asText()).startsWith("source");
    assertThat(EventJson.readEvent(line).rule()).isEqualTo(rule);
    assertThatThrownBy(() -> EventJson.readEvent(line.replace("\"rule\":[", "\"rule\":[1,"), "e:1"))
        .hasMessageContaining("e:1")
        .hasMessageContaining("rule");
  }

  @Test
  void locationIsWrittenWhereThereIsOneAndRoundTrips() throws Exception {
    EventLocation beijing =
        new EventLocation("Beijing", "CHN", "CN", 39.9075, 116.39723, "PPLC", 1816670, "text");
    Event located = visit().withLocation(beijing, "location: in \"Beijing\" under \"visited\"");

    String line = EventJson.write(located);
    var location = MAPPER.readTree(line).get("location");
    assertThat(location.get("name").asText()).isEqualTo("Beijing");
    assertThat(location.get("country").asText()).isEqualTo("CHN");
    assertThat(location.get("iso2").asText()).isEqualTo("CN");
    assertThat(location.get("lat").asDouble()).isEqualTo(39.9075);
    assertThat(location.get("lon").asDouble()).isEqualTo(116.39723);
    assertThat(location.get("kind").asText()).isEqualTo("PPLC");
    assertThat(location.get("geonames_id").asLong()).isEqualTo(1816670L);
    assertThat(location.get("from").asText()).isEqualTo("text");
    assertThat(located.rule()).containsExactly("location: in \"Beijing\" under \"visited\"");
    assertThat(EventJson.readEvent(line)).isEqualTo(located);
    assertThat(MAPPER.readTree(EventJson.write(visit())).has("location")).isFalse();

    ObjectNode far = (ObjectNode) MAPPER.readTree(line);
    ((ObjectNode) far.get("location")).put("lat", 123.0);
    assertThatThrownBy(() -> EventJson.readEvent(far.toString(), "events.jsonl:4"))
        .isInstanceOf(EntenteException.class)
        .hasMessageStartingWith("events.jsonl:4:")
        .hasMessageContaining("not on earth");
  }

  @Test
  void assessmentRoundTrips() throws Exception {
    Assessment assessment =
        new Assessment(
            "a1",
            "seed",
            7,
            "The relationship has reached the level of an entente.",
            "",
            LocalDate.of(2019, 6, 5),
            "CHN",
            "RUS",
            "entente",
            "the level of an entente");
    String line = EventJson.write(assessment);

    List<String> names = new ArrayList<>();
    MAPPER.readTree(line).fieldNames().forEachRemaining(names::add);
    assertThat(names)
        .containsExactly(
            "id",
            "doc_id",
            "sentence",
            "text",
            "url",
            "date",
            "country_a",
            "country_b",
            "label",
            "phrase");
    assertThat(EventJson.readAssessment(line)).isEqualTo(assessment);
  }

  @Test
  void missingFieldIsNamedWithThePlace() {
    ObjectNode node = (ObjectNode) tree(EventJson.write(visit()));
    node.remove("cameo");
    assertThatThrownBy(() -> EventJson.readEvent(node.toString(), "events.jsonl:4"))
        .isInstanceOf(EntenteException.class)
        .hasMessageStartingWith("events.jsonl:4: field 'cameo' is missing")
        .extracting(e -> ((EntenteException) e).kind())
        .isEqualTo(EntenteException.Kind.BAD_DATA);
  }

  @Test
  void wrongValuesAreNamedWithTheField() {
    assertThatThrownBy(() -> EventJson.readEvent(with("date", "\"2014-13-01\""), "f:1"))
        .hasMessage("f:1: field 'date' is \"2014-13-01\", not an ISO date (YYYY-MM-DD)");
    assertThatThrownBy(() -> EventJson.readEvent(with("quad_class", "7"), "f:2"))
        .hasMessage("f:2: field 'quad_class' is 7, GDELT quad classes run from 1 to 4");
    assertThatThrownBy(() -> EventJson.readEvent(with("modality", "\"maybe\""), "f:3"))
        .hasMessageStartingWith("f:3: field 'modality' is \"maybe\", expected factual, future");
    assertThatThrownBy(() -> EventJson.readEvent(with("root", "\"05\""), "f:4"))
        .hasMessage("f:4: field 'root' is \"05\", not the root of cameo code '042'");
    assertThatThrownBy(() -> EventJson.readEvent(with("cameo", "\"999\""), "f:5"))
        .hasMessageStartingWith("f:5: field 'cameo' is \"999\", not a CAMEO code");
    assertThatThrownBy(() -> EventJson.readEvent(with("sentence", "\"three\""), "f:6"))
        .hasMessage("f:6: field 'sentence' is \"three\", expected a whole number");
  }

  @Test
  void nestedFieldsAreNamedWithTheirPath() {
    ObjectNode node = (ObjectNode) tree(EventJson.write(visit()));
    ((ObjectNode) node.get("source")).put("start", "five");
    assertThatThrownBy(() -> EventJson.readEvent(node.toString(), "f:9"))
        .hasMessage("f:9: field 'source.start' is \"five\", expected a whole number");
    ((ObjectNode) node.get("source")).put("start", 0);
    node.remove("trigger");
    assertThatThrownBy(() -> EventJson.readEvent(node.toString(), "f:9"))
        .hasMessageStartingWith("f:9: field 'trigger' is missing");
  }

  @Test
  void brokenJsonIsBadData() {
    assertThatThrownBy(() -> EventJson.readEvent("{\"id\": \"x\",", "events.jsonl:2"))
        .isInstanceOf(EntenteException.class)
        .hasMessageStartingWith("events.jsonl:2: not valid JSON");
    assertThatThrownBy(() -> EventJson.readAssessment("[1, 2]", "a.jsonl:1"))
        .hasMessage("a.jsonl:1: expected one JSON object on the line");
    assertThatThrownBy(() -> EventJson.readAssessment("{\"id\":\"a\"}", "a.jsonl:5"))
        .hasMessageStartingWith("a.jsonl:5: field 'doc_id' is missing");
  }

  private static String with(String field, String rawValue) {
    ObjectNode node = (ObjectNode) tree(EventJson.write(visit()));
    node.set(field, tree(rawValue));
    return node.toString();
  }

  private static com.fasterxml.jackson.databind.JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
