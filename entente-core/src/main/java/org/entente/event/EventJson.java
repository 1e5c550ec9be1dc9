package org.entente.event;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.entente.core.EntenteException;

/**
 * Events and assessments as JSON Lines, in the field names of the event contract ({@code
 * DESIGN.md}). One object a line, fields in contract order:
 *
 * <pre>{@code
 * {"id":"5f2c…","doc_id":"seed","sentence":3,"text":"Putin visited Beijing.","url":"",
 *  "date":"2014-05-20","date_precision":"day","date_from":"text",
 *  "source":{"code":"RUSGOV","country":"RUS","agent":"GOV","name":"Russia","text":"Putin",
 *            "start":0,"end":5},
 *  "target":{…},"cameo":"042","root":"04","quad_class":1,"goldstein":1.9,
 *  "negated":false,"modality":"factual","trigger":{"text":"visited","start":6,"end":13},
 *  "area":"diplomatic"}
 * }</pre>
 *
 * <p>Reading checks every field and throws {@link EntenteException} of kind bad data naming the
 * place and the field: {@code events.jsonl:12: field 'date' is "2014-13-01", not an ISO date
 * (YYYY-MM-DD)}.
 */
public final class EventJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY = MAPPER.getFactory();

  private EventJson() {}

  /** The event as one JSON object, without a line break. */
  public static String write(Event event) {
    requireNonNull(event, "event is null");
    return generate(
        json -> {
          json.writeStringField("id", event.id());
          json.writeStringField("doc_id", event.docId());
          json.writeNumberField("sentence", event.sentence());
          json.writeStringField("text", event.text());
          json.writeStringField("url", event.url());
          json.writeStringField("date", event.date().toString());
          json.writeStringField("date_precision", event.datePrecision().label());
          json.writeStringField("date_from", event.dateFrom());
          actor(json, "source", event.source());
          actor(json, "target", event.target());
          json.writeStringField("cameo", event.cameo().code());
          json.writeStringField("root", event.root());
          json.writeNumberField("quad_class", event.quadClass().number());
          json.writeNumberField("goldstein", event.goldstein());
          json.writeBooleanField("negated", event.negated());
          json.writeStringField("modality", event.modality().label());
          json.writeObjectFieldStart("trigger");
          json.writeStringField("text", event.trigger());
          json.writeNumberField("start", event.triggerStart());
          json.writeNumberField("end", event.triggerEnd());
          json.writeEndObject();
          json.writeStringField("area", event.area().label());
          if (event.location() != null) {
            location(json, event.location());
          }
          if (!event.rule().isEmpty()) {
            json.writeArrayFieldStart("rule");
            for (String step : event.rule()) {
              json.writeString(step);
            }
            json.writeEndArray();
          }
        });
  }

  /** The assessment as one JSON object, without a line break. */
  public static String write(Assessment assessment) {
    requireNonNull(assessment, "assessment is null");
    return generate(
        json -> {
          json.writeStringField("id", assessment.id());
          json.writeStringField("doc_id", assessment.docId());
          json.writeNumberField("sentence", assessment.sentence());
          json.writeStringField("text", assessment.text());
          json.writeStringField("url", assessment.url());
          json.writeStringField("date", assessment.date().toString());
          json.writeStringField("country_a", assessment.countryA());
          json.writeStringField("country_b", assessment.countryB());
          json.writeStringField("label", assessment.label());
          json.writeStringField("phrase", assessment.phrase());
        });
  }

  /** Reads one event line; {@code where} ({@code "events.jsonl:12"}) starts error messages. */
  public static Event readEvent(String line, String where) {
    JsonFields fields = parse(line, where);
    try {
      JsonFields trigger = fields.object("trigger");
      return new Event(
          fields.text("id"),
          fields.text("doc_id"),
          fields.integer("sentence"),
          fields.text("text"),
          fields.optionalText("url"),
          fields.date("date"),
          fields.label("date_precision", DatePrecision::parse, "day, month or year"),
          fields.text("date_from"),
          actor(fields.object("source")),
          actor(fields.object("target")),
          fields.cameo("cameo", "root"),
          fields.quadClass("quad_class"),
          fields.decimal("goldstein"),
          fields.bool("negated"),
          fields.label("modality", Modality::parse, "factual, future, hypothetical or reported"),
          trigger.text("text"),
          trigger.integer("start"),
          trigger.integer("end"),
          fields.label("area", Area::parse, "diplomatic, economic, energy, military, …"),
          fields.optionalTextList("rule"),
          location(fields.optionalObject("location")));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw EntenteException.badData("%s: %s", where, e.getMessage());
    }
  }

  /** Reads one event line; errors say {@code event JSON: …}. */
  public static Event readEvent(String line) {
    return readEvent(line, "event JSON");
  }

  /** Reads one assessment line; {@code where} starts error messages. */
  public static Assessment readAssessment(String line, String where) {
    JsonFields fields = parse(line, where);
    try {
      return new Assessment(
          fields.text("id"),
          fields.text("doc_id"),
          fields.integer("sentence"),
          fields.text("text"),
          fields.optionalText("url"),
          fields.date("date"),
          fields.text("country_a"),
          fields.text("country_b"),
          fields.text("label"),
          fields.text("phrase"));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw EntenteException.badData("%s: %s", where, e.getMessage());
    }
  }

  /** Reads one assessment line; errors say {@code assessment JSON: …}. */
  public static Assessment readAssessment(String line) {
    return readAssessment(line, "assessment JSON");
  }

  private static EventActor actor(JsonFields fields) {
    String code = fields.text("code");
    if (code.isEmpty()) {
      return EventActor.unresolved(
          fields.nullableText("name"),
          fields.text("text"),
          fields.integer("start"),
          fields.integer("end"));
    }
    return new EventActor(
        code,
        fields.nullableText("country"),
        fields.nullableText("agent"),
        fields.nullableText("name"),
        fields.text("text"),
        fields.integer("start"),
        fields.integer("end"));
  }

  private static void location(JsonGenerator json, EventLocation place) throws IOException {
    json.writeObjectFieldStart("location");
    json.writeStringField("name", place.name());
    json.writeStringField("country", place.country());
    json.writeStringField("iso2", place.iso2());
    json.writeNumberField("lat", place.latitude());
    json.writeNumberField("lon", place.longitude());
    json.writeStringField("kind", place.kind());
    json.writeNumberField("geonames_id", place.geonamesId());
    json.writeStringField("from", place.from());
    json.writeEndObject();
  }

  private static EventLocation location(JsonFields fields) {
    if (fields == null) {
      return null;
    }
    return new EventLocation(
        fields.text("name"),
        fields.optionalText("country"),
        fields.optionalText("iso2"),
        fields.decimal("lat"),
        fields.decimal("lon"),
        fields.optionalText("kind"),
        fields.integer("geonames_id"),
        fields.text("from"));
  }

  private static void actor(JsonGenerator json, String name, EventActor actor) throws IOException {
    json.writeObjectFieldStart(name);
    json.writeStringField("code", actor.code());
    json.writeStringField("country", actor.country());
    json.writeStringField("agent", actor.agent());
    json.writeStringField("name", actor.name());
    json.writeStringField("text", actor.text());
    json.writeNumberField("start", actor.start());
    json.writeNumberField("end", actor.end());
    json.writeEndObject();
  }

  private static JsonFields parse(String line, String where) {
    requireNonNull(line, "line is null");
    requireNonNull(where, "where is null");
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw EntenteException.badData(
          "%s: not valid JSON (%s); each line must hold one JSON object",
          where, e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw EntenteException.badData("%s: expected one JSON object on the line", where);
    }
    return new JsonFields(node, where, "");
  }

  private interface Body {
    void write(JsonGenerator json) throws IOException;
  }

  private static String generate(Body body) {
    StringWriter out = new StringWriter(512);
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.writeStartObject();
      body.write(json);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON to a string", e);
    }
    return out.toString();
  }
}
