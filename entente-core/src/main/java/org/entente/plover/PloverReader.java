package org.entente.plover;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.entente.codebook.CameoCode;
import org.entente.codebook.Codebook;
import org.entente.codebook.EventCode;
import org.entente.core.EntenteException;
import org.entente.event.Area;
import org.entente.event.DatePrecision;
import org.entente.event.Event;
import org.entente.event.EventActor;
import org.entente.event.Modality;

/**
 * Reads PLOVER records into Entente's events: JSON Lines (one record a line, as {@link PloverJson}
 * and other PLOVER coders write them) or one JSON array of records (the PLOVER gold-standard
 * files). Both the current manual's field names ({@code event_type}, {@code event_mode}, {@code
 * contexts}, {@code actor}, {@code recipient}, {@code entity_text}, {@code event_text}, {@code
 * location}) and PLOVER 0.5's ({@code event}, {@code mode}, {@code context}, {@code source}, {@code
 * target}, {@code actorText}, {@code eventText}, {@code eventLoc}) are read.
 *
 * <p>The type is mapped back to CAMEO by {@link PloverTable#cameoOf} (CONSULT with mode visit is
 * 042, AGREE 03), unless the record carries Entente's {@code cameo} of the same type. Country codes
 * go back to CAMEO's ({@link PloverCountries}); the sector becomes the agent. Each actor–recipient
 * pair is one event; a record with parties but no recipient (a meeting, a reciprocal act) makes
 * every ordered pair of its parties, unless it says {@code "reciprocal": false}: then the first
 * party is the source of each. A record that cannot be read is a {@link Problem} naming file and
 * line; the others are read. {@code DOCUMENT} records (notes in the gold files) are passed over.
 */
public final class PloverReader {

  /** CAMEO's three-letter actor codes that are no country. */
  private static final Set<String> NOT_COUNTRIES = Set.of("IGO", "NGO", "IMG", "MNC", "UIS");

  private static final Pattern AGENT = Pattern.compile("[A-Z]{3}");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Codebook codebook;
  private final PloverTable table;
  private final Function<String, Area> areaOfCode;

  /**
   * @param areaOfCode the area of a CAMEO code, for records without Entente's {@code area} (the
   *     store's code → area table, as for GDELT rows)
   */
  public PloverReader(Codebook codebook, PloverTable table, Function<String, Area> areaOfCode) {
    this.codebook = requireNonNull(codebook, "codebook is null");
    this.table = requireNonNull(table, "table is null");
    this.areaOfCode = requireNonNull(areaOfCode, "areaOfCode is null");
  }

  /** A record that was not read, and why: {@code events.jsonl:12: no "date"}. */
  public record Problem(String file, long line, String message) {
    @Override
    public String toString() {
      return file + ":" + line + ": " + message;
    }
  }

  /** What reading a file found: records and problems go to the consumers as they come. */
  public void read(
      String file, Reader in, Consumer<PloverRecord> records, Consumer<Problem> problems)
      throws IOException {
    BufferedReader reader = new BufferedReader(in);
    reader.mark(1 << 16);
    int first;
    do {
      first = reader.read();
    } while (first >= 0 && Character.isWhitespace(first) || first == '\uFEFF');
    reader.reset();
    if (first == '[') {
      readArray(file, reader, records, problems);
    } else {
      readLines(file, reader, records, problems);
    }
  }

  private void readLines(
      String file,
      BufferedReader reader,
      Consumer<PloverRecord> records,
      Consumer<Problem> problems)
      throws IOException {
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = MAPPER.readTree(line.strip().replace("\uFEFF", ""));
      } catch (JsonProcessingException e) {
        problems.accept(new Problem(file, number, "not a JSON object: " + e.getOriginalMessage()));
        continue;
      }
      accept(file, number, node, records, problems);
    }
  }

  private void readArray(
      String file, Reader reader, Consumer<PloverRecord> records, Consumer<Problem> problems)
      throws IOException {
    try (JsonParser parser = MAPPER.getFactory().createParser(reader)) {
      parser.nextToken();
      JsonToken token;
      while ((token = parser.nextToken()) != null && token != JsonToken.END_ARRAY) {
        int line = parser.getTokenLocation().getLineNr();
        if (token != JsonToken.START_OBJECT) {
          problems.accept(new Problem(file, line, "expected a record ({...}), found " + token));
          parser.skipChildren();
          continue;
        }
        accept(file, line, parser.readValueAsTree(), records, problems);
      }
    } catch (JsonParseException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      problems.accept(
          new Problem(
              file,
              line,
              "malformed JSON ("
                  + jsonError(e.getOriginalMessage())
                  + "); the rest of the file is not read"));
    }
  }

  /** Jackson's message without its note of where in the source (the problem gives the line). */
  private static String jsonError(String message) {
    String clean = String.valueOf(message);
    for (String cut : List.of(" (start marker at", "\n at [Source")) {
      int at = clean.indexOf(cut);
      if (at >= 0) {
        clean = clean.substring(0, at);
      }
    }
    return clean.strip();
  }

  private void accept(
      String file,
      int line,
      JsonNode node,
      Consumer<PloverRecord> records,
      Consumer<Problem> problems) {
    try {
      record(node, line).ifPresent(records);
    } catch (EntenteException e) {
      problems.accept(new Problem(file, line, e.getMessage()));
    }
  }

  /**
   * The record in a JSON object, or empty for a {@code DOCUMENT} note.
   *
   * @throws EntenteException (bad data) saying what is wrong with the record, without file and line
   */
  public Optional<PloverRecord> record(JsonNode node, int line) {
    if (!node.isObject()) {
      throw EntenteException.badData("not a JSON object but %s", node.getNodeType());
    }
    String id = text(node, "id");
    if (id.isEmpty()) {
      throw EntenteException.badData("a record without an \"id\"; give every record one");
    }
    String label = text(node, "event_type", "event");
    if (label.equals("DOCUMENT")) {
      return Optional.empty();
    }
    if (label.isEmpty()) {
      throw bad(id, "no \"event_type\"; give the PLOVER event type (AGREE, CONSULT, …)");
    }
    PloverType type;
    try {
      type = PloverType.parse(label);
    } catch (EntenteException e) {
      throw bad(id, e.getMessage());
    }
    String mode = text(node, "event_mode", "mode");
    List<String> contexts = contexts(node);
    String dateText = text(node, "date");
    if (dateText.isEmpty()) {
      throw bad(id, "no \"date\"; write the event's date as YYYY-MM-DD");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(dateText);
    } catch (DateTimeParseException e) {
      throw bad(id, "\"date\" is \"" + dateText + "\", not a date (YYYY-MM-DD)");
    }
    String cameo = cameo(node, id, type, mode);
    CameoCode code = codebook.get(cameo);
    String text = text(node, "text");
    String trigger = text(node, "event_text", "eventText");
    JsonNode source = node.path("source");
    boolean citation = source.isObject();
    String docId = citation ? text(source, "doc_id") : "";
    int sentence =
        citation && source.path("sentence").isInt() ? source.get("sentence").asInt() : -1;
    String url = citation ? text(source, "url") : text(node, "url");
    List<EventActor> actors = actors(node, "actor", id, text);
    if (actors.isEmpty() && source.isArray()) {
      actors = actors(node, "source", id, text);
    }
    List<EventActor> recipients = actors(node, "recipient", id, text);
    if (recipients.isEmpty() && !node.has("recipient")) {
      recipients = actors(node, "target", id, text);
    }
    if (actors.isEmpty()) {
      throw bad(id, "no \"actor\"; list who acted ([{\"code\": \"USA\", …}])");
    }
    List<EventActor[]> pairs = pairs(actors, recipients, node.path("reciprocal").asBoolean(true));
    List<String> ids = new ArrayList<>();
    node.path("event_ids").forEach(each -> ids.add(each.asText()));
    double goldstein = code.goldstein();
    JsonNode weight = node.path("goldstein");
    if (weight.isNumber()) {
      if (!Double.isFinite(weight.asDouble()) || Math.abs(weight.asDouble()) > 10) {
        throw bad(id, "\"goldstein\" is " + weight + ", not a number from -10 to 10");
      }
      goldstein = weight.asDouble();
    }
    DatePrecision precision;
    Modality modality;
    Area area;
    try {
      precision =
          node.has("date_precision")
              ? DatePrecision.parse(text(node, "date_precision"))
              : DatePrecision.DAY;
      modality = node.has("modality") ? Modality.parse(text(node, "modality")) : Modality.FACTUAL;
      area = node.has("area") ? Area.parse(text(node, "area")) : areaOfCode.apply(cameo);
    } catch (RuntimeException e) {
      throw bad(id, "unknown date_precision, modality or area (" + e.getMessage() + ")");
    }
    String dateFrom = node.has("date_from") ? text(node, "date_from") : "document";
    boolean negated = node.path("negated").asBoolean(false);
    int triggerStart = Math.max(0, text.indexOf(trigger));
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      String eventId = ids.size() == pairs.size() ? ids.get(i) : i == 0 ? id : id + "/" + (i + 1);
      events.add(
          new Event(
              eventId,
              docId,
              sentence,
              text,
              url,
              date,
              precision,
              dateFrom,
              pairs.get(i)[0],
              pairs.get(i)[1],
              EventCode.of(cameo),
              code.quadClass(),
              goldstein,
              negated,
              modality,
              trigger,
              triggerStart,
              triggerStart + trigger.length(),
              area));
    }
    String location = location(node);
    return Optional.of(
        new PloverRecord(id, line, events, new PloverCoding(type, mode, contexts), location));
  }

  private String cameo(JsonNode node, String id, PloverType type, String mode) {
    String given = text(node, "cameo");
    if (given.isEmpty()) {
      return table.cameoOf(type, mode);
    }
    if (!codebook.contains(given)) {
      throw bad(id, "\"cameo\" is \"" + given + "\", not a CAMEO event code");
    }
    Optional<PloverCoding> written = table.of(given);
    if (written.isEmpty() || written.get().type() != type.current()) {
      throw bad(
          id,
          "\"cameo\" "
              + given
              + " is written as "
              + written.map(c -> c.type().label()).orElse("no PLOVER type")
              + ", not "
              + type.label()
              + "; give the record's CAMEO code or none");
    }
    return given;
  }

  private static List<EventActor[]> pairs(
      List<EventActor> actors, List<EventActor> recipients, boolean reciprocal) {
    List<EventActor[]> pairs = new ArrayList<>();
    if (!recipients.isEmpty()) {
      for (EventActor actor : actors) {
        for (EventActor recipient : recipients) {
          pairs.add(new EventActor[] {actor, recipient});
        }
      }
    } else if (actors.size() == 1) {
      pairs.add(new EventActor[] {actors.get(0), EventActor.unresolved("", 0, 0)});
    } else {
      for (int i = 0; i < (reciprocal ? actors.size() : 1); i++) {
        for (int j = 0; j < actors.size(); j++) {
          if (i != j) {
            pairs.add(new EventActor[] {actors.get(i), actors.get(j)});
          }
        }
      }
    }
    return pairs;
  }

  /** The actors of a list field; none when the field is absent, null or an empty string. */
  private static List<EventActor> actors(
      JsonNode record, String field, String id, String sentence) {
    String name = field;
    JsonNode value = record.get(field);
    if (value == null || value.isNull() || value.isTextual()) {
      return List.of(); // the gold records write "" (and once "diplomatic") for no target
    }
    if (!value.isArray()) {
      throw bad(id, "\"" + name + "\" must be a list of actors ([{\"code\": …}])");
    }
    List<EventActor> actors = new ArrayList<>();
    for (JsonNode actor : value) {
      if (!actor.isObject()) {
        throw bad(id, "an entry of \"" + name + "\" is not an actor object ({\"code\": …})");
      }
      String words = text(actor, "entity_text", "actorText");
      String plover = text(actor, "code").toUpperCase(Locale.ROOT);
      String cameo = text(actor, "cameo");
      if (plover.isEmpty() && cameo.isEmpty() && words.isEmpty()) {
        throw bad(id, "an actor in \"" + name + "\" without a \"code\" or \"entity_text\"");
      }
      String base = plover.isEmpty() ? "" : PloverCountries.toCameo(plover);
      String country = base.length() == 3 && !NOT_COUNTRIES.contains(base) ? base : null;
      String sector = text(actor, "sector").toUpperCase(Locale.ROOT);
      String agent = AGENT.matcher(sector).matches() ? sector : null;
      String code = cameo.isEmpty() ? base + (agent == null || base.isEmpty() ? "" : agent) : cameo;
      String display = actor.hasNonNull("name") ? actor.get("name").asText() : words;
      int start = words.isEmpty() ? -1 : sentence.indexOf(words);
      int from = Math.max(0, start);
      int to = start < 0 ? 0 : start + words.length();
      actors.add(
          code.isEmpty()
              ? EventActor.unresolved(display, words, from, to)
              : new EventActor(code, country, agent, display, words, from, to));
    }
    return actors;
  }

  private static List<String> contexts(JsonNode node) {
    JsonNode value = node.has("contexts") ? node.get("contexts") : node.get("context");
    List<String> contexts = new ArrayList<>();
    if (value == null || value.isNull()) {
      return contexts;
    }
    if (value.isArray()) {
      value.forEach(each -> add(contexts, each.asText()));
    } else {
      for (String each : value.asText().split(",")) {
        add(contexts, each);
      }
    }
    return contexts;
  }

  private static void add(List<String> contexts, String context) {
    String clean = context.strip();
    if (!clean.isEmpty() && !contexts.contains(clean)) {
      contexts.add(clean);
    }
  }

  /** The location object or list as JSON, or {@code null} when the record has none. */
  private static String location(JsonNode node) {
    JsonNode value = node.has("location") ? node.get("location") : node.get("eventLoc");
    if (value == null || value.isNull() || value.isEmpty() || value.isValueNode()) {
      return null;
    }
    return value.toString();
  }

  /** The first of the fields that is present, as stripped text; empty when none is. */
  private static String text(JsonNode node, String... fields) {
    for (String field : fields) {
      JsonNode value = node.get(field);
      if (value != null && !value.isNull() && value.isValueNode()) {
        return value.asText().strip();
      }
    }
    return "";
  }

  private static EntenteException bad(String id, String message) {
    return EntenteException.badData("record %s: %s", id, message);
  }
}
