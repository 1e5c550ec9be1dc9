package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.app.TestCoders;
import org.entente.cli.DemoStore;
import org.entente.cli.Main;
import org.entente.nlp.CoreNlpSentenceParser;
import org.entente.store.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API on the demo store (the example corpus coded by CoreNLP), against the commands on the same
 * store: the same profiles, triangle, leadership and events; and coding and ingesting real text.
 */
class ServeIT {

  private static final String TOKEN = "it-token";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path folder;
  private static String demo;
  private static EventStore store;
  private static Javalin app;
  private static Http http;

  @BeforeAll
  static void start() throws Exception {
    Path original = DemoStore.path();
    demo = original.toString();
    Path copy = Files.copy(original, folder.resolve("served.duckdb")); // POSTs write the copy
    store = EventStore.open(copy);
    app =
        EntenteServer.create(
                new ServerSettings(
                    store,
                    TestStore.CODEBOOK,
                    TestStore.DICTIONARY,
                    () -> TestCoders.SHARED.get(CoreNlpSentenceParser.NerMode.DATES),
                    2,
                    TOKEN,
                    ServerSettings.DEFAULT_MAX_BODY_BYTES,
                    List.of()))
            .start("127.0.0.1", 0);
    http = new Http(app.port());
  }

  @AfterAll
  static void stop() {
    app.stop();
    store.close();
  }

  private static JsonNode command(String... args) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    assertThat(exit).as(String.join(" ", args) + "\n" + err).isZero();
    return JSON.readTree(out.toString());
  }

  private static JsonNode ok(String path) {
    Http.Answer answer = http.get(path);
    assertThat(answer.status()).as(path + "\n" + answer.body()).isEqualTo(200);
    return answer.json();
  }

  @Test
  void relationIsTheCommandsProfileForEveryPeriod() throws Exception {
    for (String period : List.of("year", "quarter")) {
      JsonNode api = ok("/api/relation?a=China&b=Russia&period=" + period);
      JsonNode cli =
          command("relation", "CHN", "RUS", "--by", period, "--format", "json", "--db", demo);

      assertThat(api).isEqualTo(cli);
    }
    JsonNode usRussia = ok("/api/relation?a=USA&b=RUS&from=2014-01-01&to=2024-12-31");
    assertThat(usRussia)
        .isEqualTo(
            command(
                "relation",
                "USA",
                "RUS",
                "--from",
                "2014-01-01",
                "--to",
                "2024-12-31",
                "--format",
                "json",
                "--db",
                demo));
    assertThat(usRussia.at("/trend/periods/0/start").asText()).isEqualTo("2014-01-01");
  }

  @Test
  void triangleIsAStableMarriageAsTheCommandSays() throws Exception {
    JsonNode api = ok("/api/triangle?a=USA&b=CHN&c=RUS");

    assertThat(api)
        .isEqualTo(command("triangle", "USA", "CHN", "RUS", "--format", "json", "--db", demo));
    assertThat(api.at("/shape/name").asText()).containsIgnoringCase("stable marriage");
    assertThat(api.at("/shape/outsider").asText()).isEqualTo("USA");
  }

  @Test
  void leadsIsTheCommandsLeadership() throws Exception {
    JsonNode api = ok("/api/leads?a=CHN&b=RUS");

    assertThat(api).isEqualTo(command("leads", "CHN", "RUS", "--format", "json", "--db", demo));
    assertThat(api.get("issues")).isNotEmpty();
  }

  @Test
  void eventsPagedAreTheCommandsEventsInOrder() throws Exception {
    StringWriter out = new StringWriter();
    int exit =
        Main.run(
            new String[] {
              "events", "--source", "RUS", "--target", "CHN", "--limit", "0", "--json", "--db", demo
            },
            new PrintWriter(out, true),
            new PrintWriter(new StringWriter(), true));
    List<String> cli = new ArrayList<>();
    for (String line : out.toString().split("\n")) {
      if (!line.isBlank()) {
        cli.add(JSON.readTree(line).get("id").asText());
      }
    }
    List<String> api = new ArrayList<>();
    String cursor = null;
    do {
      JsonNode page =
          ok(
              "/api/events?source=Russia&target=CHN&limit=7"
                  + (cursor == null ? "" : "&cursor=" + cursor));
      page.get("events").forEach(e -> api.add(e.get("id").asText()));
      cursor = page.get("next").isNull() ? null : page.get("next").asText();
    } while (cursor != null);

    assertThat(exit).isZero();
    assertThat(cli).hasSizeGreaterThan(7);
    assertThat(api).isEqualTo(cli);
  }

  @Test
  void countriesAndPairsCountTheEventsTheEventsEndpointLists() {
    JsonNode countries = ok("/api/countries").get("countries");
    JsonNode pairs = ok("/api/pairs").get("pairs");
    List<String> top = new ArrayList<>();
    countries.forEach(c -> top.add(c.get("country").asText()));
    long chinaRussia = 0;
    for (JsonNode pair : pairs) {
      if (pair.get("a").asText().equals("CHN") && pair.get("b").asText().equals("RUS")) {
        chinaRussia = pair.get("events").asLong();
      }
    }
    JsonNode listed = ok("/api/events?source=CHN&target=RUS&either=true&limit=1000");

    assertThat(top.subList(0, 3)).containsExactlyInAnyOrder("USA", "CHN", "RUS");
    assertThat(chinaRussia).isPositive().isEqualTo(listed.get("events").size());
  }

  @Test
  void codeReturnsTheEventsOfATextAndStoresNothing() {
    long before = store.counts().events();
    Http.Answer answer =
        http.post(
            "/api/code?date=2016-06-25",
            "text/plain",
            "Russian President Vladimir Putin visited Beijing on Saturday.",
            TOKEN);

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    List<String> events = new ArrayList<>();
    answer
        .json()
        .get("events")
        .forEach(
            e ->
                events.add(
                    e.at("/source/country").asText()
                        + " "
                        + e.at("/target/country").asText()
                        + " "
                        + e.get("root").asText()));
    assertThat(events).contains("RUS CHN 04");
    assertThat(store.counts().events()).isEqualTo(before);
  }

  @Test
  void ingestStoresTheEventsWhereTheEventsEndpointFindsThem() {
    String document =
        "{\"id\": \"it-1\", \"date\": \"2023-03-21\", \"text\": \"Chinese President Xi Jinping"
            + " signed an agreement with Kazakhstan on gas supplies in Astana on Tuesday.\"}\n";
    Http.Answer first = http.post("/api/ingest", "application/x-ndjson", document, TOKEN);
    Http.Answer again = http.post("/api/ingest", "application/x-ndjson", document, TOKEN);
    JsonNode found = ok("/api/events?source=CHN&target=KAZ&from=2023-03-21&to=2023-03-21");

    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(first.json().get("stored").asInt()).isEqualTo(1);
    assertThat(first.json().get("events").asInt()).isPositive();
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("already_stored").asInt()).isEqualTo(1);
    assertThat(found.get("events")).isNotEmpty();
    assertThat(found.at("/events/0/doc_id").asText()).isEqualTo("it-1");
  }
}
