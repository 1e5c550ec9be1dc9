package org.entente.plover;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.entente.event.Area;
import org.entente.event.Event;
import org.entente.event.EventActor;
import org.entente.event.EventLocation;

/**
 * Events as PLOVER JSON Lines, one object a line, in the fields of the PLOVER manual and then
 * Entente's own ({@code docs/plover.md} describes each):
 *
 * <pre>{@code
 * {"id":"5f2c…","date":"2014-05-20","event_type":"CONSULT","event_mode":"visit",
 *  "contexts":["diplomatic"],"intensity":1.9,
 *  "actor":[{"code":"RUS","sector":"GOV","entity_text":"Putin","cameo":"RUSGOV","name":"Russia"}],
 *  "recipient":[{"code":"CHN","sector":"","entity_text":"Beijing","cameo":"CHN","name":"China"}],
 *  "event_text":"visited","text":"Putin visited Beijing.",
 *  "source":{"doc_id":"seed","sentence":3,"url":""},
 *  "cameo":"042","goldstein":1.9,"date_precision":"day","date_from":"text",
 *  "modality":"factual","negated":false,"area":"diplomatic"}
 * }</pre>
 *
 * The type, mode and contexts come from {@link PloverTable} (an event read from a PLOVER file keeps
 * the ones it was read with); CAMEO 01 statements have no type and are not written. Actor codes are
 * PLOVER's: the ISO country ({@code ROU} for CAMEO's {@code ROM}, see {@link PloverCountries}) or,
 * for actors without a country, the CAMEO code ({@code IGOUNO}); the sector is the agent code.
 *
 * <p>Multi-party events, as the PLOVER manual asks, list all parties in {@code actor} and have no
 * {@code recipient}: meetings at a third place (044) and negotiations (046) always, and any event
 * the coder made both ways round from one phrase ("Hungary and Romania agreed …": HUN → ROU and ROU
 * → HUN, same code and trigger), which is written once. Such a record says {@code "reciprocal"}
 * (both ways) and, for a pair, {@code "event_ids"}, so that {@code import plover} makes the same
 * events again.
 *
 * <p>{@code location} is written only for an event that has one: the location of the PLOVER record
 * it was read from ({@link Item}), else the coder's ({@code Event.location()}) as {@code {"name",
 * "country code" (ISO 3166 alpha-2, as the PLOVER gold records write it), "lat", "lon", "geonameID"
 * (none for a region of Entente's own list), "featureCode"}}.
 */
public final class PloverJson {

  /** CAMEO codes whose parties all go into {@code actor}, even when coded one way. */
  private static final Set<String> MULTI_PARTY = Set.of("044", "046");

  private static final JsonFactory FACTORY = new JsonFactory();

  private PloverJson() {}

  private static void location(JsonGenerator json, EventLocation place) throws IOException {
    json.writeObjectFieldStart("location");
    json.writeStringField("name", place.name());
    json.writeStringField("country code", place.iso2());
    json.writeNumberField("lat", place.latitude());
    json.writeNumberField("lon", place.longitude());
    if (place.geonamesId() > 0) { // a region of Entente's own list has no GeoNames id
      json.writeNumberField("geonameID", place.geonamesId());
    }
    json.writeStringField("featureCode", place.kind());
    json.writeEndObject();
  }

  /**
   * An event to write, with what the store kept of the PLOVER record it was read from.
   *
   * @param read the type, mode and contexts of the PLOVER record it was read from, or {@code null}
   *     for Entente's own events (written from {@link PloverTable})
   * @param location the record's location as JSON ({@code {"name":"Geneva",…}}), or {@code null}:
   *     the place where a located event's location goes
   * @param record the file and id of the PLOVER record it was read from, or {@code null}: the two
   *     directions of one reciprocal record are written as one record again
   */
  public record Item(Event event, PloverCoding read, String location, String record) {
    public Item {
      requireNonNull(event, "event is null");
    }

    /** An event of Entente's coder: no PLOVER record behind it; its own location, if any. */
    public static Item of(Event event) {
      return new Item(event, null, null, null);
    }
  }

  /**
   * The events of a document as PLOVER lines, in order: CAMEO 01 events left out, and an event
   * coded both ways round written once.
   */
  public static List<String> lines(List<Event> events) {
    return write(events.stream().map(Item::of).toList());
  }

  /**
   * The items as PLOVER lines, in order. Events coded both ways round are found among the items
   * given together: give all events of a sentence in one call.
   */
  public static List<String> write(List<Item> items) {
    List<String> lines = new ArrayList<>();
    boolean[] used = new boolean[items.size()];
    for (int i = 0; i < items.size(); i++) {
      if (used[i]) {
        continue;
      }
      used[i] = true;
      Item item = items.get(i);
      Item mirror = null;
      for (int j = i + 1; j < items.size() && mirror == null; j++) {
        if (!used[j] && isMirror(item, items.get(j))) {
          used[j] = true;
          mirror = items.get(j);
        }
      }
      record(item, mirror).ifPresent(lines::add);
    }
    return lines;
  }

  /** The event as one PLOVER JSON object without a line break, or empty for a CAMEO 01 event. */
  public static Optional<String> write(Event event) {
    requireNonNull(event, "event is null");
    return record(Item.of(event), null);
  }

  /**
   * Whether {@code y} is {@code x} coded the other way round from the same words: the same sentence
   * of a document, or the same PLOVER record.
   */
  static boolean isMirror(Item x, Item y) {
    Event a = x.event();
    Event b = y.event();
    boolean sameWords =
        x.record() != null
            ? x.record().equals(y.record())
            : a.sentence() >= 0 && a.docId().equals(b.docId()) && a.sentence() == b.sentence();
    return sameWords
        && a.cameo().equals(b.cameo())
        && a.triggerStart() == b.triggerStart()
        && a.trigger().equals(b.trigger())
        && a.date().equals(b.date())
        && a.negated() == b.negated()
        && a.modality() == b.modality()
        && a.source().isResolved()
        && a.target().isResolved()
        && a.source().code().equals(b.target().code())
        && a.target().code().equals(b.source().code());
  }

  private static boolean isMultiParty(Event event) {
    return MULTI_PARTY.stream().anyMatch(event.cameo().code()::startsWith);
  }

  private static Optional<String> record(Item item, Item mirror) {
    Event event = item.event();
    Optional<PloverCoding> found =
        item.read() != null
            ? Optional.of(item.read())
            : PloverTable.standard().of(event.cameo().code());
    if (found.isEmpty()) {
      return Optional.empty();
    }
    PloverCoding coding = found.get();
    PloverType type = coding.type().current();
    String mode =
        coding.mode().isEmpty() && coding.type() == PloverType.INVESTIGATE
            ? "investigate"
            : coding.mode();
    Set<String> contexts = new LinkedHashSet<>(coding.contexts());
    if (item.read() == null) {
      contextOf(event.area()).ifPresent(contexts::add);
    }
    boolean multiParty = mirror != null || isMultiParty(event);
    StringWriter text = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(text)) {
      json.writeStartObject();
      json.writeStringField("id", event.id());
      json.writeStringField("date", event.date().toString());
      json.writeStringField("event_type", type.label());
      json.writeStringField("event_mode", mode);
      json.writeArrayFieldStart("contexts");
      for (String context : contexts) {
        json.writeString(context);
      }
      json.writeEndArray();
      json.writeNumberField("intensity", PloverTable.standard().intensity(type, mode));
      actors(
          json,
          "actor",
          multiParty ? List.of(event.source(), event.target()) : List.of(event.source()));
      actors(json, "recipient", multiParty ? List.of() : List.of(event.target()));
      json.writeStringField("event_text", event.trigger());
      json.writeStringField("text", event.text());
      if (item.location() != null && !item.location().isBlank()) {
        json.writeFieldName("location");
        json.writeRawValue(item.location());
      } else if (event.location() != null) {
        location(json, event.location());
      }
      json.writeObjectFieldStart("source");
      json.writeStringField("doc_id", event.docId());
      json.writeNumberField("sentence", event.sentence());
      json.writeStringField("url", event.url());
      json.writeEndObject();
      json.writeStringField("cameo", event.cameo().code());
      json.writeNumberField("goldstein", event.goldstein());
      json.writeStringField("date_precision", event.datePrecision().label());
      json.writeStringField("date_from", event.dateFrom());
      json.writeStringField("modality", event.modality().label());
      json.writeBooleanField("negated", event.negated());
      json.writeStringField("area", event.area().label());
      if (multiParty) {
        json.writeBooleanField("reciprocal", mirror != null);
      }
      if (mirror != null) {
        json.writeArrayFieldStart("event_ids");
        json.writeString(event.id());
        json.writeString(mirror.event().id());
        json.writeEndArray();
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Optional.of(text.toString());
  }

  /**
   * The PLOVER context of Entente's area, where PLOVER has one: diplomatic, economic, military,
   * legal and political are both; energy is PLOVER's {@code resource}; security and humanitarian
   * have no PLOVER context of the same meaning.
   */
  static Optional<String> contextOf(Area area) {
    return switch (area) {
      case DIPLOMATIC, ECONOMIC, MILITARY, LEGAL, POLITICAL -> Optional.of(area.label());
      case ENERGY -> Optional.of("resource");
      case SECURITY, HUMANITARIAN -> Optional.empty();
    };
  }

  private static void actors(JsonGenerator json, String field, List<EventActor> actors)
      throws IOException {
    json.writeArrayFieldStart(field);
    for (EventActor actor : actors) {
      json.writeStartObject();
      json.writeStringField("code", code(actor));
      json.writeStringField("sector", actor.agent() == null ? "" : actor.agent());
      json.writeStringField("entity_text", actor.text());
      json.writeStringField("cameo", actor.code());
      json.writeStringField("name", actor.name());
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
