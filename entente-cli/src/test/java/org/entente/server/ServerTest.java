package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.entente.event.Event;
import org.entente.store.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API over a store of hand-made events, without CoreNLP: every read endpoint's figures, bad
 * parameters with their status and message, the token, the size limit, paging, CORS, problems.
 */
class ServerTest {

  static final String TOKEN = "test-token-5f1c";
  static final long MAX_BODY = 4_096;

  @TempDir static Path folder;
  private static EventStore store;
  private static Javalin app;
  private static Http http;

  @BeforeAll
  static void start() {
    store = EventStore.open(TestStore.create(folder));
    app = EntenteServer.create(settings(List.of())).start("127.0.0.1", 0);
    http = new Http(app.port());
  }

  static ServerSettings settings(List<String> cors) {
    return new ServerSettings(
        store,
        TestStore.CODEBOOK,
        TestStore.DICTIONARY,
        TestStore.emptyCoder(),
        1,
        TOKEN,
        MAX_BODY,
        cors);
  }

  @AfterAll
  static void stop() {
    app.stop();
    store.close();
  }

  private static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  // --- relation, triangle, leads

  @Test
  void relationGivesTheProfileByPeriodForCodesOrNames() {
    Http.Answer answer = http.get("/api/relation?a=China&b=RUS&period=year");

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.contentType()).startsWith("application/json");
    JsonNode profile = answer.json();
    assertThat(profile.at("/dyad/a").asText()).isEqualTo("CHN");
    assertThat(profile.at("/dyad/b").asText()).isEqualTo("RUS");
    assertThat(profile.get("period").asText()).isEqualTo("year");
    List<String> starts = new ArrayList<>();
    profile.at("/trend/periods").forEach(p -> starts.add(p.get("start").asText()));
    assertThat(starts).containsExactly("2014-01-01", "2015-01-01");
    assertThat(profile.at("/stated/assessments/0/label").asText()).isEqualTo("entente");
  }

  @Test
  void relationWindowAndQuarterNarrowTheTrend() {
    JsonNode profile =
        http.get("/api/relation?a=CHN&b=RUS&period=quarter&from=2015-01-01&to=2015-12-31").json();

    List<String> starts = new ArrayList<>();
    profile.at("/trend/periods").forEach(p -> starts.add(p.get("start").asText()));
    assertThat(starts).containsExactly("2015-01-01", "2015-04-01", "2015-07-01", "2015-10-01");
    assertThat(profile.at("/window/from").asText()).isEqualTo("2015-01-01");
    assertThat(profile.at("/stated/assessments")).isEmpty();
  }

  @Test
  void anUnknownCountryIs400WithTheCommandsMessage() {
    Http.Answer answer = http.get("/api/relation?a=Atlantis&b=RUS");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.problem())
        .startsWith("'Atlantis' is not a country Entente knows; give a code such as CHN");
  }

  @Test
  void aBadDateIs400NamingTheParameter() {
    Http.Answer answer = http.get("/api/relation?a=CHN&b=RUS&from=2014-13-01");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.problem())
        .isEqualTo("from '2014-13-01' is not a date; write it as YYYY-MM-DD, e.g. 2019-06-05");
  }

  @Test
  void aWindowThatEndsBeforeItStartsIs400() {
    for (String path : List.of("/api/relation?a=CHN&b=RUS", "/api/leads?a=CHN&b=RUS")) {
      Http.Answer answer = http.get(path + "&from=2016-01-01&to=2015-01-01");

      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.problem())
          .isEqualTo(
              "the window starts after it ends: from 2016-01-01 is later than to 2015-01-01");
    }
    Http.Answer events = http.get("/api/events?from=2016-01-01&to=2015-01-01");
    assertThat(events.status()).isEqualTo(400);
    assertThat(events.problem()).contains("2016-01-01").contains("after its end 2015-01-01");
  }

  @Test
  void aMissingCountryABadPeriodAndOneCountryTwiceAre400() {
    Http.Answer missing = http.get("/api/relation?a=CHN");
    Http.Answer period = http.get("/api/relation?a=CHN&b=RUS&period=week");
    Http.Answer twice = http.get("/api/relation?a=CHN&b=China");

    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.problem()).isEqualTo("the query parameter 'b' is missing");
    assertThat(period.status()).isEqualTo(400);
    assertThat(period.problem()).isEqualTo("'week' is not a period; use month, quarter or year");
    assertThat(twice.status()).isEqualTo(400);
    assertThat(twice.problem()).contains("CHN");
  }

  @Test
  void triangleNamesItsThreeSides() {
    Http.Answer answer = http.get("/api/triangle?a=USA&b=CHN&c=Russia");

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonNode triangle = answer.json();
    Set<String> dyads = new HashSet<>();
    triangle
        .get("sides")
        .forEach(s -> dyads.add(s.at("/dyad/a").asText() + "-" + s.at("/dyad/b").asText()));
    assertThat(dyads).containsExactlyInAnyOrder("USA-CHN", "CHN-RUS", "USA-RUS");
    JsonNode chinaRussia = null;
    for (JsonNode side : triangle.get("sides")) {
      if (side.at("/dyad/a").asText().equals("CHN") && side.at("/dyad/b").asText().equals("RUS")) {
        chinaRussia = side;
      }
    }
    assertThat(chinaRussia.get("events").asInt()).isEqualTo(5);
  }

  @Test
  void leadsSaysWhoActsOnEachThirdParty() {
    JsonNode leads = http.get("/api/leads?a=CHN&b=RUS").json();

    List<String> lines = new ArrayList<>();
    leads
        .get("issues")
        .forEach(
            i ->
                lines.add(
                    i.get("third_party").asText()
                        + " "
                        + i.get("a_events").asInt()
                        + "/"
                        + i.get("b_events").asInt()));
    assertThat(lines).containsExactlyInAnyOrder("PRK 1/0", "SYR 0/1", "USA 1/1");
  }

  // --- events, countries, pairs, store

  @Test
  void eventsFilterBySourceTargetRootAndDirection() {
    JsonNode oneWay = http.get("/api/events?source=RUS&target=China").json();
    JsonNode bothWays = http.get("/api/events?source=RUS&target=CHN&either=true&root=6").json();

    assertThat(ids(oneWay)).containsExactly(idOf(0), idOf(2), idOf(7));
    assertThat(ids(bothWays)).containsExactly(idOf(0), idOf(6));
    assertThat(oneWay.get("next").isNull()).isTrue();
    JsonNode first = oneWay.get("events").get(0);
    assertThat(first.get("text").asText()).isEqualTo("Sentence 0 of d1.");
    assertThat(first.at("/source/code").asText()).isEqualTo("RUSGOV");
    assertThat(first.get("cameo").asText()).isEqualTo("061");
  }

  @Test
  void eventsComeAPageAtATimeFollowingTheCursor() {
    List<String> all = ids(http.get("/api/events?limit=1000").json());
    List<String> paged = new ArrayList<>();
    String cursor = "";
    int pages = 0;
    do {
      JsonNode page = http.get("/api/events?limit=5&cursor=" + q(cursor)).json();
      paged.addAll(ids(page));
      cursor = page.get("next").isNull() ? null : page.get("next").asText();
      pages++;
    } while (cursor != null);

    assertThat(all).hasSize(TestStore.EVENTS.size());
    assertThat(paged).isEqualTo(all);
    assertThat(pages).isEqualTo(3);
  }

  @Test
  void badEventParametersAre400WithMessages() {
    Http.Answer cursor = http.get("/api/events?cursor=abc");
    Http.Answer limit = http.get("/api/events?limit=0");
    Http.Answer notANumber = http.get("/api/events?limit=ten");
    Http.Answer quad = http.get("/api/events?quad=5");
    Http.Answer injection = http.get("/api/events?source=" + q("RUS' OR 1=1 --"));

    assertThat(cursor.status()).isEqualTo(400);
    assertThat(cursor.problem())
        .isEqualTo(
            "cursor 'abc' is not a cursor given by an earlier page; start again without one");
    assertThat(limit.status()).isEqualTo(400);
    assertThat(limit.problem()).isEqualTo("limit: a page holds 1 to 1000 events");
    assertThat(notANumber.status()).isEqualTo(400);
    assertThat(notANumber.problem()).isEqualTo("limit: 'ten' is not a whole number");
    assertThat(quad.status()).isEqualTo(400);
    assertThat(quad.problem()).isEqualTo("quad classes run from 1 to 4, not 5");
    assertThat(injection.status()).isEqualTo(400);
    assertThat(injection.problem())
        .startsWith("source 'RUS' OR 1=1 --' is neither an actor code Entente knows");
  }

  @Test
  void countriesAndPairsWithTheirCounts() {
    JsonNode countries = http.get("/api/countries").json().get("countries");
    JsonNode pairs = http.get("/api/pairs").json().get("pairs");
    JsonNode top = http.get("/api/pairs?limit=1&from=2015-01-01").json().get("pairs");

    assertThat(countries.get(0).get("country").asText()).isEqualTo("RUS");
    assertThat(countries.get(0).get("name").asText()).isEqualTo("Russia");
    assertThat(countries.get(0).get("events").asInt()).isEqualTo(9);
    assertThat(pairs.get(0).get("a").asText() + pairs.get(0).get("b").asText()).isEqualTo("CHNRUS");
    assertThat(pairs.get(0).get("events").asInt()).isEqualTo(5);
    assertThat(pairs).hasSize(5);
    assertThat(top).hasSize(1);
    assertThat(top.get(0).get("events").asInt()).isEqualTo(2);
  }

  @Test
  void storeCountsItsRows() {
    JsonNode counts = http.get("/api/store").json();

    assertThat(counts.get("documents").asInt()).isGreaterThanOrEqualTo(3); // ingest tests add
    assertThat(counts.get("events").asInt()).isEqualTo(TestStore.EVENTS.size());
    assertThat(counts.get("assessments").asInt()).isEqualTo(1);
  }

  // --- codebook, actor

  @Test
  void codebookListsRootsCodesAndSubCodes() {
    JsonNode roots = http.get("/api/codebook").json().get("codes");
    JsonNode fours = http.get("/api/codebook?code=04").json().get("codes");
    JsonNode one = http.get("/api/codebook/0211").json().get("codes");
    Http.Answer unknown = http.get("/api/codebook/999");
    Http.Answer unknownInQuery = http.get("/api/codebook?code=999");

    assertThat(roots).hasSize(20);
    assertThat(fours.get(0).get("code").asText()).isEqualTo("04");
    assertThat(fours.get(0).get("quad_class").asInt()).isEqualTo(1);
    assertThat(fours.size()).isGreaterThan(5);
    assertThat(one.get(0).get("name").asText()).isNotBlank();
    assertThat(one.get(0).get("root").asText()).isEqualTo("02");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.problem()).startsWith("'999' is not a CAMEO event code");
    assertThat(unknownInQuery.status()).isEqualTo(400);
  }

  @Test
  void actorResolvesAPhraseOnADate() {
    JsonNode kremlin =
        http.get("/api/actor?phrase=" + q("the Kremlin") + "&date=2019-06-05").json();
    Http.Answer missing = http.get("/api/actor");
    Http.Answer badDate = http.get("/api/actor?phrase=Moscow&date=yesterday");

    assertThat(kremlin.at("/actors/0/code").asText()).isEqualTo("RUSGOV");
    assertThat(kremlin.at("/actors/0/why")).isNotEmpty();
    assertThat(kremlin.get("date").asText()).isEqualTo("2019-06-05");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.problem()).isEqualTo("the query parameter 'phrase' is missing");
    assertThat(badDate.status()).isEqualTo(400);
    assertThat(badDate.problem()).startsWith("date 'yesterday' is not a date");
  }

  // --- writes: token, size, media type, bad lines

  private static final String DOCUMENT =
      "{\"id\": \"w1\", \"date\": \"2019-06-05\", \"text\": \"Russia sold gas to China.\"}\n";

  @Test
  void aWriteWithoutTheTokenIs401AndWithAnotherTokenIs403() {
    long before = store.counts().documents();
    Http.Answer none = http.post("/api/ingest", "application/x-ndjson", DOCUMENT, null);
    Http.Answer wrong = http.post("/api/code", "application/x-ndjson", DOCUMENT, "guess");

    assertThat(none.status()).isEqualTo(401);
    assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
    assertThat(none.problem()).startsWith("writes need the server's token");
    assertThat(wrong.status()).isEqualTo(403);
    assertThat(wrong.problem()).startsWith("the token is not this server's");
    assertThat(store.counts().documents()).isEqualTo(before);
  }

  @Test
  void ingestStoresOnceAndSaysSo() {
    String body =
        "{\"id\": \"n1\", \"date\": \"2019-06-05\", \"text\": \"China hosted Russia's navy.\"}\n";
    Http.Answer first = http.post("/api/ingest", "application/x-ndjson", body, TOKEN);
    Http.Answer again = http.post("/api/ingest", "application/x-ndjson", body, TOKEN);

    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(first.json().get("stored").asInt()).isEqualTo(1);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("stored").asInt()).isZero();
    assertThat(again.json().get("already_stored").asInt()).isEqualTo(1);
  }

  @Test
  void codeCodesWithoutStoring() {
    long before = store.counts().documents();
    Http.Answer answer =
        http.post("/api/code?date=2019-06-05&id=note", "text/plain", "Russia sold gas.", TOKEN);

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.json().get("documents").asInt()).isEqualTo(1);
    assertThat(answer.json().get("events").isArray()).isTrue();
    assertThat(store.counts().documents()).isEqualTo(before);
  }

  @Test
  void aBodyOverTheLimitIs413WhetherOrNotItsLengthIsAnnounced() {
    String big = "{\"id\": \"big\", \"text\": \"" + "x".repeat((int) MAX_BODY) + "\"}\n";
    Http.Answer announced = http.post("/api/ingest", "application/x-ndjson", big, TOKEN);
    Http.Answer streamed =
        http.send(
            HttpRequest.newBuilder(http.uri("/api/ingest"))
                .header("Content-Type", "application/x-ndjson")
                .header("Authorization", "Bearer " + TOKEN)
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(
                        () ->
                            new java.io.ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
                .build());
    Http.Answer atTheLimit =
        http.post(
            "/api/code",
            "text/plain",
            "Russia sold gas to China. ".repeat((int) (MAX_BODY / 26)),
            TOKEN);

    assertThat(announced.status()).isEqualTo(413);
    assertThat(announced.problem())
        .isEqualTo(
            "the request body is larger than the 4,096 bytes this server accepts; send fewer"
                + " documents per request");
    assertThat(streamed.status()).isEqualTo(413);
    assertThat(atTheLimit.status()).as(atTheLimit.body()).isEqualTo(200);
  }

  @Test
  void aBodyWithBadLinesIsRefusedWholeWithEachLine() {
    long before = store.counts().documents();
    String body =
        DOCUMENT + "{\"id\": \"w2\", \"date\": \"2019-13-05\", \"text\": \"x y z.\"}\nnot json\n";
    Http.Answer answer = http.post("/api/ingest", "application/x-ndjson", body, TOKEN);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.problem()).startsWith("2 problems in the body, the first: body:2:");
    assertThat(answer.json().get("problems")).hasSize(2);
    assertThat(answer.json().at("/problems/1").asText()).startsWith("body:3:");
    assertThat(store.counts().documents()).isEqualTo(before);
  }

  @Test
  void anotherMediaTypeIs415() {
    Http.Answer answer = http.post("/api/code", "application/xml", "<a/>", TOKEN);

    assertThat(answer.status()).isEqualTo(415);
    assertThat(answer.problem()).contains("application/x-ndjson").contains("application/xml");
  }

  // --- everything else

  @Test
  void anUnknownPathIs404AndAWrongMethod405AsProblems() {
    Http.Answer missing = http.get("/api/nothing");
    Http.Answer method = http.get("/api/ingest");

    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.problem()).isEqualTo("there is nothing at /api/nothing");
    assertThat(method.status()).isEqualTo(405);
    assertThat(method.problem()).startsWith("GET is not allowed on /api/ingest");
  }

  @Test
  void theDashboardIsServedAtTheRoot() {
    Http.Answer page = http.get("/");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.contentType()).startsWith("text/html");
    assertThat(page.body()).contains("<html");
  }

  @Test
  void noCorsUnlessAsked() {
    HttpRequest fromElsewhere =
        HttpRequest.newBuilder(http.uri("/api/store"))
            .header("Origin", "https://elsewhere.test")
            .build();
    Javalin open =
        EntenteServer.create(settings(List.of("https://elsewhere.test"))).start("127.0.0.1", 0);
    try {
      Http.Answer closed = http.send(fromElsewhere);
      Http.Answer allowed =
          new Http(open.port())
              .send(
                  HttpRequest.newBuilder(new Http(open.port()).uri("/api/store"))
                      .header("Origin", "https://elsewhere.test")
                      .build());

      assertThat(closed.header("Access-Control-Allow-Origin")).isNull();
      assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("https://elsewhere.test");
    } finally {
      open.stop();
    }
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.get("events").forEach(e -> ids.add(e.get("id").asText()));
    return ids;
  }

  private static String idOf(int index) {
    Event event = TestStore.EVENTS.get(index);
    return event.id();
  }
}
