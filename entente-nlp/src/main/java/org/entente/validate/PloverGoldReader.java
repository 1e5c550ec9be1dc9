package org.entente.validate;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.core.Document;
import org.entente.core.EntenteException;
import org.entente.plover.PloverCountries;
import org.entente.plover.PloverType;

/**
 * Reads PLOVER gold-standard JSON ({@code PLOVER_GSR_CAMEO.dev.json}): an array of records, each
 * one sentence with one event, as in
 *
 * <pre>{@code
 * {"id": "PLOVER-GSR01-AGREE-0001", "event": "AGREE",
 *  "source": [{"actorText": "Hungarian", "code": "HUN", "sector": "GOV"},
 *             {"actorText": "Romanian", "code": "ROU", "sector": "GOV"}],
 *  "text": "Senior Hungarian and Romanian officials agreed ...",
 *  "textInfo": {"markup": "Senior (SRC/TAR: Hungarian) and (SRC/TAR: Romanian) officials ..."}}
 * }</pre>
 *
 * which expects {@code HUNGOV+ROMGOV <-> AGREE}: a reciprocal event (the markup says {@code
 * SRC/TAR}) between the two, CAMEO root 03 or code 057. Country codes go through {@link
 * PloverCountries}; the gold codes IGO and NGO match either class (it codes Amnesty International
 * and the Red Cross as IGO). The DOCUMENT record is skipped. A {@code target} that is a string, not
 * a list of actors, is read as no target, and a repeated id is made unique ({@code ID#line}), each
 * with a warning. Anything else out of shape stops the reading with an error naming the file and
 * line.
 */
public final class PloverGoldReader {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Reads {@code file}; {@code name} is how messages name it. */
  public GoldFile read(Path file, String name) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, name);
    } catch (IOException e) {
      throw EntenteException.badData("%s: cannot read: %s", name, e.getMessage());
    }
  }

  public GoldFile read(InputStream in, String name) throws IOException {
    List<GoldRecord> records = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    try (JsonParser parser = MAPPER.getFactory().createParser(in)) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw EntenteException.badData(
            "%s:%d: not PLOVER gold JSON: expected an array of records ([{\"id\": ...}, ...])",
            name, parser.getTokenLocation().getLineNr());
      }
      while (parser.nextToken() == JsonToken.START_OBJECT) {
        int line = parser.getTokenLocation().getLineNr();
        JsonNode node = parser.readValueAsTree();
        GoldRecord record = record(node, new Where(name, line), warnings);
        if (record != null) {
          if (!ids.add(record.id())) {
            String renamed = record.id() + "#" + line;
            warnings.add(
                String.format(
                    "%s:%d: record id %s appears again; scored as %s",
                    name, line, record.id(), renamed));
            ids.add(renamed);
            record =
                new GoldRecord(
                    record.line(),
                    record.category(),
                    new Document(
                        renamed, record.document().date(), record.document().text(), "", "", ""),
                    record.expected());
          }
          records.add(record);
        }
      }
      if (parser.currentToken() != JsonToken.END_ARRAY) {
        throw EntenteException.badData(
            "%s:%d: expected a record ({...}) or the end of the array, found %s",
            name, parser.getTokenLocation().getLineNr(), parser.currentToken());
      }
    } catch (JsonParseException e) {
      throw EntenteException.badData(
          "%s:%d: malformed JSON: %s",
          name, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), e.getOriginalMessage());
    }
    if (records.isEmpty()) {
      throw EntenteException.badData("%s: no PLOVER records in the file", name);
    }
    return new GoldFile(name, GoldFile.Format.PLOVER, records, warnings, 0);
  }

  private record Where(String file, int line) {
    EntenteException error(String id, String message) {
      return EntenteException.badData("%s:%d: record %s: %s", file, line, id, message);
    }

    String warning(String id, String message) {
      return String.format("%s:%d: record %s: %s", file, line, id, message);
    }
  }

  private static GoldRecord record(JsonNode node, Where where, List<String> warnings) {
    String id = node.path("id").asText("");
    if (id.isBlank()) {
      throw EntenteException.badData(
          "%s:%d: a record without an \"id\"; give every record one", where.file, where.line);
    }
    String event = node.path("event").asText("");
    if (event.equals("DOCUMENT")) {
      return null;
    }
    if (event.isBlank()) {
      throw where.error(id, "no \"event\"; give the PLOVER event type (AGREE, CONSULT, ...)");
    }
    PloverType type;
    try {
      type = PloverType.parse(event);
    } catch (EntenteException e) {
      throw where.error(id, e.getMessage());
    }
    String text = node.path("text").asText("");
    if (text.isBlank()) {
      throw where.error(id, "no \"text\"; every record needs its sentence");
    }
    LocalDate date = GoldFiles.UNDATED;
    if (node.hasNonNull("date") && !node.get("date").asText().isBlank()) {
      try {
        date = LocalDate.parse(node.get("date").asText().strip());
      } catch (DateTimeParseException e) {
        throw where.error(id, "bad date \"" + node.get("date").asText() + "\"; write YYYY-MM-DD");
      }
    }
    List<GoldActor> sources = actors(node, "source", id, where, warnings);
    List<GoldActor> targets = actors(node, "target", id, where, warnings);
    boolean reciprocal = node.path("textInfo").path("markup").asText("").contains("SRC/TAR");
    if (reciprocal) {
      List<GoldActor> parties = new ArrayList<>(sources);
      parties.addAll(targets);
      sources = parties;
      targets = List.of();
    }
    ExpectedEvent expected =
        new ExpectedEvent(sources, targets, reciprocal, type.cameoPrefixes(), "", type.label());
    Document document = new Document(id, date, text.replaceAll("\\s+", " ").strip(), "", "", "");
    return new GoldRecord(where.line, type.label(), document, List.of(expected));
  }

  private static List<GoldActor> actors(
      JsonNode record, String field, String id, Where where, List<String> warnings) {
    JsonNode value = record.get(field);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (value.isTextual()) {
      if (!value.asText().isBlank()) {
        warnings.add(
            where.warning(
                id,
                "\""
                    + field
                    + "\" is the string \""
                    + value.asText()
                    + "\", not a list of actors; read as no "
                    + field));
      }
      return List.of();
    }
    if (!value.isArray()) {
      throw where.error(id, "\"" + field + "\" must be a list of actors ([{\"code\": ...}])");
    }
    List<GoldActor> actors = new ArrayList<>();
    for (JsonNode actor : value) {
      String code = actor.path("code").asText("").strip();
      if (code.isEmpty()) {
        throw where.error(id, "an actor in \"" + field + "\" without a \"code\"");
      }
      String cameo = PloverCountries.toCameo(code);
      String sector = actor.path("sector").asText("").strip().toUpperCase(Locale.ROOT);
      Set<String> keys =
          cameo.equals("IGO") || cameo.equals("NGO") ? Set.of("IGO", "NGO") : Set.of(cameo);
      actors.add(new GoldActor(cameo + sector, keys, actor.path("actorText").asText(code)));
    }
    return actors;
  }
}
