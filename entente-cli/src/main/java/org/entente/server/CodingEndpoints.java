package org.entente.server;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.entente.app.Dates;
import org.entente.app.Ingestion;
import org.entente.app.TextCoding;
import org.entente.core.Document;
import org.entente.core.Problem;
import org.entente.event.Assessment;
import org.entente.event.Event;
import org.entente.event.EventJson;
import org.entente.nlp.read.DocumentReader;
import org.entente.nlp.read.JsonLinesReader;
import org.entente.nlp.read.TextReader;

/**
 * {@code POST /api/code} (text in, events out, nothing stored) and {@code POST /api/ingest}
 * (documents in, coded and stored once each). The body is JSON Lines in the input contract ({@code
 * Content-Type: application/x-ndjson}, one {@code {"id", "date", "text", ...}} a line) or one plain
 * text ({@code text/plain}, dated by {@code ?date=}, named by {@code ?id=}). A body with a bad line
 * is refused whole (400, each line's problem listed), before anything is coded.
 */
final class CodingEndpoints {

  /** What a body is called in messages about its lines: {@code body:3: field 'date' is ...}. */
  static final String BODY = "body";

  private final ServerSettings settings;
  private final TextCoding coding;

  CodingEndpoints(ServerSettings settings) {
    this.settings = settings;
    this.coding = new TextCoding(settings.coder(), settings.codingThreads());
  }

  /** {@code POST /api/code?date=2019-06-05}. */
  void code(Context ctx) {
    List<Document> documents = documents(ctx);
    StringWriter log = new StringWriter();
    TextCoding.Coded coded = coding.code(documents, undatedOn(ctx), new PrintWriter(log, true));
    List<Object> events = new ArrayList<>();
    for (Event event : coded.events()) {
      events.add(JsonBodies.raw(EventJson.write(event)));
    }
    List<Object> assessments = new ArrayList<>();
    for (Assessment assessment : coded.assessments()) {
      assessments.add(JsonBodies.raw(EventJson.write(assessment)));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("documents", coded.documents());
    body.put("sentences", coded.sentences());
    body.put("events", events);
    body.put("assessments", assessments);
    body.put("messages", lines(log));
    JsonBodies.send(ctx, body);
  }

  /** {@code POST /api/ingest}: 201 when something was stored, 200 when all was there already. */
  void ingest(Context ctx) {
    List<Document> documents = documents(ctx);
    StringWriter log = new StringWriter();
    Ingestion.Summary summary =
        new Ingestion(
                settings.store(),
                settings.coder(),
                undatedOn(ctx),
                settings.codingThreads(),
                new PrintWriter(log, true))
            .ingest(documents.iterator());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("stored", summary.stored());
    body.put("already_stored", summary.alreadyStored());
    body.put("renamed", summary.conflicts());
    body.put("skipped", summary.failed() + summary.refused());
    body.put("events", summary.events());
    body.put("assessments", summary.assessments());
    body.put("messages", lines(log));
    ctx.status(summary.stored() > 0 ? HttpStatus.CREATED : HttpStatus.OK);
    JsonBodies.send(ctx, body);
  }

  /**
   * The date of documents that carry none: {@code ?date=}, else the day of the request (UTC), read
   * here so that the coder itself reads no clock.
   */
  private static LocalDate undatedOn(Context ctx) {
    LocalDate date = Dates.parseOption("date", ctx.queryParam("date"), null);
    return date != null ? date : LocalDate.now(ZoneOffset.UTC);
  }

  private List<Document> documents(Context ctx) {
    byte[] bytes = JsonBodies.body(ctx, settings.maxBodyBytes());
    LocalDate date = Dates.parseOption("date", ctx.queryParam("date"), null);
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    DocumentReader reader;
    String name;
    if (type.startsWith("text/plain")) {
      reader = new TextReader(date);
      String id = ctx.queryParam("id");
      name = id == null || id.isBlank() ? "text" : id.strip();
    } else if (type.startsWith("application/x-ndjson")
        || type.startsWith("application/jsonl")
        || type.startsWith("application/json")) {
      reader = new JsonLinesReader(date);
      name = BODY;
    } else {
      throw new io.javalin.http.HttpResponseException(
          HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode(),
          "send documents as JSON Lines (Content-Type: application/x-ndjson) or one text"
              + " (Content-Type: text/plain), not '"
              + (type.isEmpty() ? "no Content-Type" : type)
              + "'");
    }
    List<Problem> problems = new ArrayList<>();
    List<Document> documents;
    try (Stream<Document> stream =
        reader.read(name, new ByteArrayInputStream(bytes), problems::add)) {
      documents = stream.toList();
    }
    if (!problems.isEmpty()) {
      throw new BadDocuments(problems.stream().map(Problem::toString).toList());
    }
    return documents;
  }

  private static List<String> lines(StringWriter log) {
    return log.toString().lines().filter(line -> !line.isBlank()).toList();
  }

  /** A body with bad lines: 400, each problem listed. */
  static final class BadDocuments extends RuntimeException {
    private final List<String> problems;

    BadDocuments(List<String> problems) {
      super(
          problems.size() == 1
              ? problems.get(0) + "; nothing was coded"
              : problems.size()
                  + " problems in the body, the first: "
                  + problems.get(0)
                  + "; nothing was coded");
      this.problems = List.copyOf(problems);
    }

    List<String> problems() {
      return problems;
    }
  }
}
