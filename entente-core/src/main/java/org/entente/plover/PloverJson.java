package org.entente.plover;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.entente.event.Event;
import org.entente.event.EventActor;

/**
 * Events as PLOVER JSON Lines, one object a line:
 *
 * <pre>{@code
 * {"id":"5f2c…","date":"2014-05-20","event_type":"CONSULT","event_mode":"","contexts":[],
 *  "actor":[{"code":"RUS","sector":"GOV","entity_text":"Putin"}],
 *  "recipient":[{"code":"CHN","sector":"","entity_text":"Beijing"}],
 *  "event_text":"visited","text":"Putin visited Beijing.","location":[],
 *  "source":{"doc_id":"seed","url":""},
 *  "cameo":"042","goldstein":1.9,"modality":"factual","negated":false,"area":"diplomatic"}
 * }</pre>
 *
 * The type comes from {@link PloverType#of}; CAMEO 01 statements have none and are not written
 * ({@link #write} is empty). Actor codes are PLOVER's: the ISO country ({@code ROU} for CAMEO's
 * {@code ROM}, see {@link PloverCountries}) or, for organisations, the CAMEO code ({@code IGOUNO});
 * the sector is the agent code. Meetings at a third place (044) and negotiations (046) are
 * multi-party, as the PLOVER manual asks: both parties in {@code actor}, no recipient.
 *
 * <p>Not yet written: the PLOVER mode (left empty), contexts (empty; Entente's {@code area} is
 * given beside them), location (Entente does not locate events) and the PLOVER intensity score.
 * {@code cameo}, {@code goldstein}, {@code modality}, {@code negated} and {@code area} are
 * Entente's additions, so that nothing the coder said is lost.
 */
public final class PloverJson {

  /** CAMEO codes whose parties all go into {@code actor}. */
  private static final Set<String> MULTI_PARTY = Set.of("044", "046");

  private static final JsonFactory FACTORY = new JsonFactory();

  private PloverJson() {}

  /**
   * The events of a document as PLOVER lines, in order: CAMEO 01 events left out, and of a
   * multi-party event coded both ways round ("Israel and Lebanon renewed negotiations": ISR → LBN
   * and LBN → ISR) only the first.
   */
  public static List<String> lines(List<Event> events) {
    List<String> lines = new ArrayList<>();
    Set<List<Object>> parties = new HashSet<>();
    for (Event event : events) {
      if (isMultiParty(event)) {
        Set<String> pair =
            Set.of(
                event.source().code() + "@" + event.source().start(),
                event.target().code() + "@" + event.target().start());
        if (!parties.add(
            List.of(
                event.docId(),
                event.sentence(),
                event.cameo().code(),
                event.triggerStart(),
                pair))) {
          continue;
        }
      }
      write(event).ifPresent(lines::add);
    }
    return lines;
  }

  private static boolean isMultiParty(Event event) {
    return MULTI_PARTY.stream().anyMatch(event.cameo().code()::startsWith);
  }

  /** The event as one PLOVER JSON object without a line break, or empty for a CAMEO 01 event. */
  public static Optional<String> write(Event event) {
    requireNonNull(event, "event is null");
    Optional<PloverType> type = PloverType.of(event.cameo().code());
    if (type.isEmpty()) {
      return Optional.empty();
    }
    boolean multiParty = isMultiParty(event);
    StringWriter text = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(text)) {
      json.writeStartObject();
      json.writeStringField("id", event.id());
      json.writeStringField("date", event.date().toString());
      json.writeStringField("event_type", type.get().label());
      json.writeStringField("event_mode", "");
      json.writeArrayFieldStart("contexts");
      json.writeEndArray();
      actors(
          json,
          "actor",
          multiParty ? List.of(event.source(), event.target()) : List.of(event.source()));
      actors(json, "recipient", multiParty ? List.of() : List.of(event.target()));
      json.writeStringField("event_text", event.trigger());
      json.writeStringField("text", event.text());
      json.writeArrayFieldStart("location");
      json.writeEndArray();
      json.writeObjectFieldStart("source");
      json.writeStringField("doc_id", event.docId());
      json.writeStringField("url", event.url());
      json.writeEndObject();
      json.writeStringField("cameo", event.cameo().code());
      json.writeNumberField("goldstein", event.goldstein());
      json.writeStringField("modality", event.modality().label());
      json.writeBooleanField("negated", event.negated());
      json.writeStringField("area", event.area().label());
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Optional.of(text.toString());
  }

  private static void actors(JsonGenerator json, String field, List<EventActor> actors)
      throws IOException {
    json.writeArrayFieldStart(field);
    for (EventActor actor : actors) {
      json.writeStartObject();
      json.writeStringField("code", code(actor));
      json.writeStringField("sector", actor.agent() == null ? "" : actor.agent());
      json.writeStringField("entity_text", actor.text());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /** The ISO country, or the CAMEO code for actors without a country; empty when unresolved. */
  static String code(EventActor actor) {
    if (actor.country() != null && !actor.country().isEmpty()) {
      return PloverCountries.toIso(actor.country());
    }
    return actor.code();
  }
}
