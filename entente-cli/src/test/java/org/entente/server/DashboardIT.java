package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.entente.server.DashboardPage.doubles;
import static org.entente.server.DashboardPage.ints;
import static org.entente.server.DashboardPage.series;
import static org.entente.server.DashboardPage.texts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.cli.DemoStore;
import org.entente.codebook.Codebook;
import org.entente.dictionary.ActorDictionary;
import org.entente.store.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The dashboard in headless Chromium, served in-process by {@link EntenteServer} on a free loopback
 * port over the demo store: each view is opened as a person would, what its charts hold is read
 * back through ECharts' {@code getOption()} and compared with the API's figures, clicks on a bar
 * and on a marker must list the right sentences, and every view is kept as a screenshot in {@code
 * target/screenshots/}.
 */
class DashboardIT {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static final Path DOWNLOADS = Path.of("target", "dashboard-downloads");
  static final List<String> DIRECTIONS = List.of("a_to_b", "b_to_a");
  static final List<String> QUADS =
      List.of("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict");

  /** Levels in the order of their rank on the map: insufficient evidence 0 … alliance 6. */
  static final List<String> RANKS =
      List.of(
          "insufficient evidence",
          "confrontation",
          "rivalry",
          "mixed",
          "partnership",
          "entente",
          "alliance");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static EventStore store;
  private static Javalin app;
  private static String base;
  private static ChromeDriver browser;
  private static DashboardPage page;

  @BeforeAll
  static void start() throws IOException {
    Path db = DemoStore.path();
    store = EventStore.open(db);
    ServerSettings settings =
        new ServerSettings(
            store,
            Codebook.standard(),
            ActorDictionary.standard(),
            () -> {
              throw new IllegalStateException("the dashboard's tests code nothing");
            },
            1,
            "dashboard-test-token",
            ServerSettings.DEFAULT_MAX_BODY_BYTES,
            List.of());
    app = EntenteServer.create(settings).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port() + "/";
    Files.createDirectories(SCREENSHOTS);
    Files.createDirectories(DOWNLOADS);
    browser = HeadlessChromium.start(DOWNLOADS);
    page = new DashboardPage(browser, base, SCREENSHOTS);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (app != null) {
      app.stop();
    }
    if (store != null) {
      store.close();
    }
  }

  @Test
  void choosingAPairDrawsTheStoresFiguresPerDirection() throws Exception {
    page.open("");
    page.fill("a", "China");
    page.fill("b", "Russia");
    new Select(browser.findElement(By.name("by"))).selectByValue("year");
    page.submit();
    assertThat(page.url()).contains("view=pair").contains("a=China").contains("b=Russia");
    assertThat(page.text(".summary h2")).startsWith("CHN–RUS");

    JsonNode profile = api("relation", "a", "CHN", "b", "RUS", "period", "year");
    JsonNode periods = profile.get("trend").get("periods");
    assertThat(periods.size()).isGreaterThan(5);
    JsonNode timeline = page.option("pair-timeline");
    List<String> labels = new ArrayList<>();
    periods.forEach(p -> labels.add(p.get("period").asText()));
    assertThat(texts(timeline.get("xAxis").get(1).get("data"))).isEqualTo(labels);
    for (String d : DIRECTIONS) {
      List<Integer> events = new ArrayList<>();
      List<Double> goldstein = new ArrayList<>();
      List<Double> cooperation = new ArrayList<>();
      for (JsonNode p : periods) {
        JsonNode f = p.get("figures").get(d);
        boolean any = f.get("events").asInt() > 0;
        events.add(f.get("events").asInt());
        goldstein.add(any ? f.get("goldstein_mean").asDouble() : null);
        cooperation.add(any ? f.get("cooperation_share").asDouble() : null);
      }
      assertThat(ints(series(timeline, d + "-events"))).as(d).isEqualTo(events);
      assertThat(doubles(series(timeline, d + "-goldstein"))).as(d).isEqualTo(goldstein);
      assertThat(doubles(series(timeline, d + "-cooperation"))).as(d).isEqualTo(cooperation);
    }
    int total = 0;
    for (JsonNode p : periods) {
      total += p.get("figures").get("both").get("events").asInt();
    }
    assertThat(total)
        .isEqualTo(profile.get("overall").get("figures").get("both").get("events").asInt());

    // the level band and the level chart hold each period's measured level
    JsonNode band = series(timeline, null);
    JsonNode measured = series(page.option("pair-level"), "measured");
    for (int i = 0; i < periods.size(); i++) {
      JsonNode level = periods.get(i).get("level");
      assertThat(band.get(i).get("level").asText()).isEqualTo(level.get("reading").asText());
      if (!level.get("level").asText().equals("insufficient evidence")) {
        assertThat(measured.get(i).get("value").asText()).isEqualTo(level.get("level").asText());
      }
    }

    // the quad-class mix stacks each direction's four classes
    JsonNode quad = page.option("pair-quad");
    for (String d : DIRECTIONS) {
      for (String q : QUADS) {
        List<Integer> expected = new ArrayList<>();
        periods.forEach(
            p -> expected.add(p.get("figures").get(d).get("quad_classes").get(q).asInt()));
        assertThat(ints(series(quad, d + "-" + q))).as(d + " " + q).isEqualTo(expected);
      }
    }

    // issue leadership: each third party's events, as the leads endpoint counts them
    JsonNode issues = api("leads", "a", "CHN", "b", "RUS").get("issues");
    JsonNode leads = page.option("pair-leads");
    List<String> thirdParties = new ArrayList<>();
    List<Integer> chinese = new ArrayList<>();
    issues.forEach(
        x -> {
          thirdParties.add(x.get("third_party").asText());
          chinese.add(x.get("a_events").asInt());
        });
    assertThat(texts(leads.get("xAxis").get(0).get("data"))).isEqualTo(thirdParties);
    assertThat(ints(series(leads, "a"))).isEqualTo(chinese);
    page.screenshotWindow("pair-top");
    page.screenshotPage("pair");
  }

  @Test
  void theAddressHoldsTheViewAndAChartDownloadsItsData() throws Exception {
    page.open("?view=pair&a=USA&b=CHN&by=quarter&from=2017-01-01&to=2019-12-31");
    assertThat(browser.findElement(By.name("by")).getAttribute("value")).isEqualTo("quarter");
    assertThat(browser.findElement(By.name("from")).getAttribute("value")).isEqualTo("2017-01-01");
    assertThat(browser.findElement(By.name("to")).getAttribute("value")).isEqualTo("2019-12-31");
    JsonNode profile =
        api(
            "relation",
            "a",
            "USA",
            "b",
            "CHN",
            "period",
            "quarter",
            "from",
            "2017-01-01",
            "to",
            "2019-12-31");
    String a = profile.get("dyad").get("a").asText();
    String b = profile.get("dyad").get("b").asText();
    JsonNode periods = profile.get("trend").get("periods");
    assertThat(periods.get(0).get("start").asText()).isGreaterThanOrEqualTo("2017-01-01");
    assertThat(periods.get(periods.size() - 1).get("end").asText())
        .isLessThanOrEqualTo("2019-12-31");

    Path csv = page.download("pair-timeline", "csv", DOWNLOADS);
    assertThat(csv.getFileName().toString())
        .isEqualTo(
            "entente-pair-timeline-" + a + "-" + b + "-quarter-from-2017-01-01-to-2019-12-31.csv");
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split(","));
    assertThat(lines).hasSize(periods.size() + 1);
    for (int i = 0; i < periods.size(); i++) {
      JsonNode p = periods.get(i);
      List<String> cells = List.of(lines.get(i + 1).split(",", -1));
      assertThat(cells.get(header.indexOf("period"))).isEqualTo(p.get("period").asText());
      for (String d : DIRECTIONS) {
        JsonNode f = p.get("figures").get(d);
        assertThat(cells.get(header.indexOf(d + "_events"))).isEqualTo(f.get("events").asText());
        String mean = cells.get(header.indexOf(d + "_goldstein_mean"));
        if (f.get("goldstein_mean").isNull()) {
          assertThat(mean).isEmpty();
        } else {
          assertThat(Double.parseDouble(mean)).isEqualTo(f.get("goldstein_mean").asDouble());
        }
      }
    }

    JsonNode json = JSON.readTree(page.download("pair-timeline", "json", DOWNLOADS).toFile());
    assertThat(json.size()).isEqualTo(periods.size());
    for (int i = 0; i < periods.size(); i++) {
      JsonNode p = periods.get(i);
      assertThat(json.get(i).get("period").asText()).isEqualTo(p.get("period").asText());
      assertThat(json.get(i).get("level").asText())
          .isEqualTo(p.get("level").get("reading").asText());
      assertThat(json.get(i).get("b_to_a_events").asInt())
          .isEqualTo(p.get("figures").get("b_to_a").get("events").asInt());
    }
  }

  @Test
  void clickingABarListsTheSentencesBehindIt() throws Exception {
    page.open("?view=pair&a=CHN&b=RUS&by=year");
    JsonNode periods =
        api("relation", "a", "CHN", "b", "RUS", "period", "year").get("trend").get("periods");
    int busiest = 0;
    for (int i = 1; i < periods.size(); i++) {
      if (events(periods.get(i), "a_to_b") > events(periods.get(busiest), "a_to_b")) {
        busiest = i;
      }
    }
    JsonNode period = periods.get(busiest);
    Set<String> expected =
        new HashSet<>(
            texts(period.get("figures").get("a_to_b").get("evidence").get("all").get("event_ids")));
    assertThat(expected).hasSizeGreaterThan(1);

    page.clickItem("pair-timeline", "a_to_b-events", busiest);
    Map<String, List<String>> rows = page.evidenceRows(expected.size());
    assertThat(rows.keySet()).isEqualTo(expected);
    Map<String, JsonNode> stored = new HashMap<>();
    api(
            "events",
            "source",
            "CHN",
            "target",
            "RUS",
            "from",
            period.get("start").asText(),
            "to",
            period.get("end").asText(),
            "limit",
            "1000")
        .get("events")
        .forEach(e -> stored.put(e.get("id").asText(), e));
    for (var row : rows.entrySet()) {
      JsonNode event = stored.get(row.getKey());
      assertThat(event).as("event %s in the store", row.getKey()).isNotNull();
      List<String> cells = row.getValue();
      assertThat(cells.get(0))
          .isEqualTo(event.get("date").asText())
          .startsWith(period.get("period").asText());
      assertThat(cells.get(1)).isEqualTo("CHN→RUS");
      String cameo = event.get("cameo").asText();
      JsonNode code = api("codebook/" + cameo).get("codes").get(0);
      assertThat(cells.get(2)).isEqualTo(cameo + "\n" + code.get("name").asText());
      assertThat(cells.get(4))
          .isEqualTo(event.get("doc_id").asText() + "#" + event.get("sentence").asInt());
      assertThat(cells.get(5)).startsWith(event.get("text").asText());
    }
    assertThat(page.text("#evidence-title"))
        .startsWith("CHN→RUS, " + period.get("period").asText());
    page.screenshotPage("pair-evidence");
    page.closeEvidence();
  }

  @Test
  void clickingAStatedAssessmentShowsWhatWasSaid() throws Exception {
    page.open("?view=pair&a=CHN&b=RUS&by=year");
    JsonNode stated =
        api("relation", "a", "CHN", "b", "RUS", "period", "year").get("stated").get("assessments");
    assertThat(stated.size()).isPositive();
    JsonNode markers = series(page.option("pair-level"), "stated");
    assertThat(markers.size()).isPositive();
    String period = markers.get(0).get("value").get(0).asText();
    String level = markers.get(0).get("value").get(1).asText();
    Set<String> expected = new HashSet<>();
    stated.forEach(
        x -> {
          if (x.get("date").asText().startsWith(period)
              && x.get("stated_level").asText().equals(level)) {
            expected.add(x.get("text").asText());
          }
        });
    assertThat(expected).isNotEmpty();

    page.clickItem("pair-level", "stated", 0);
    Set<String> shown = new HashSet<>();
    page.evidenceRows(expected.size())
        .values()
        .forEach(cells -> shown.add(cells.get(5).replaceFirst(" source$", "")));
    assertThat(shown).isEqualTo(expected);
    page.closeEvidence();
  }

  @Test
  void theTriangleViewShowsEachSidesLevel() throws Exception {
    page.open("?view=triangle&a=USA&b=CHN&c=RUS");
    JsonNode triangle = api("triangle", "a", "USA", "b", "CHN", "c", "RUS");
    assertThat(page.text(".summary h2"))
        .isEqualTo("USA–CHN–RUS: " + triangle.get("shape").get("name").asText());
    JsonNode links = page.option("triangle-graph").get("series").get(0).get("links");
    JsonNode bars = series(page.option("triangle-sides"), null);
    JsonNode sides = triangle.get("sides");
    assertThat(links.size()).isEqualTo(3);
    for (int i = 0; i < 3; i++) {
      JsonNode side = sides.get(i);
      assertThat(links.get(i).get("source").asText()).isEqualTo(side.get("dyad").get("a").asText());
      assertThat(links.get(i).get("target").asText()).isEqualTo(side.get("dyad").get("b").asText());
      assertThat(links.get(i).get("label_text").asText())
          .isEqualTo(
              side.get("level").get("reading").asText() + " · " + side.get("events").asInt());
      assertThat(bars.get(i).get("value").asDouble())
          .isCloseTo(side.get("goldstein_mean").asDouble(), within(0.005));
    }
    page.screenshotPage("triangle");

    // a side's bar lists the counted events between its two countries
    JsonNode side = sides.get(2);
    JsonNode all =
        api(
                "relation",
                "a",
                side.get("dyad").get("a").asText(),
                "b",
                side.get("dyad").get("b").asText())
            .get("overall")
            .get("figures")
            .get("both")
            .get("evidence")
            .get("all");
    page.clickItem("triangle-sides", "sides", 2);
    assertThat(page.evidenceRows(all.get("count").asInt()).keySet())
        .isEqualTo(new HashSet<>(texts(all.get("event_ids"))));
    page.closeEvidence();
  }

  @Test
  void theWorldMapColoursEveryPartnerByItsLevel() throws Exception {
    page.open("?view=world&country=Russia");
    Set<String> partners = new HashSet<>();
    for (JsonNode p : api("pairs").get("pairs")) {
      if (p.get("a").asText().equals("RUS")) {
        partners.add(p.get("b").asText());
      } else if (p.get("b").asText().equals("RUS")) {
        partners.add(p.get("a").asText());
      }
    }
    Map<String, Integer> drawn = new HashMap<>();
    series(page.option("world-map"), null)
        .forEach(d -> drawn.put(d.get("name").asText(), d.get("value").asInt()));
    assertThat(drawn.remove("RUS")).as("Russia itself").isEqualTo(9);
    assertThat(drawn.keySet()).isEqualTo(partners);
    for (String partner : List.of("CHN", "USA", "UKR")) {
      String level =
          api("relation", "a", "RUS", "b", partner)
              .get("overall")
              .get("level")
              .get("level")
              .asText();
      assertThat(drawn.get(partner)).as(partner + " " + level).isEqualTo(RANKS.indexOf(level));
    }
    page.screenshotPage("world");
  }

  @Test
  void theNetworkHoldsEveryPairOfTheStore() throws Exception {
    page.open("?view=network");
    Map<String, Integer> expected = new HashMap<>();
    api("pairs")
        .get("pairs")
        .forEach(
            p ->
                expected.put(
                    p.get("a").asText() + "–" + p.get("b").asText(), p.get("events").asInt()));
    Map<String, Integer> drawn = new HashMap<>();
    page.option("network")
        .get("series")
        .get(0)
        .get("links")
        .forEach(
            l ->
                drawn.put(
                    l.get("source").asText() + "–" + l.get("target").asText(),
                    l.get("value").asInt()));
    assertThat(drawn).isEqualTo(expected);
    page.screenshotPage("network");
  }

  @Test
  void anUnknownCountryIsSaidOnThePage() {
    browser.get(base + "?view=pair&a=Atlantis&b=RUS");
    assertThat(page.waitForError()).contains("Atlantis");
  }

  private static int events(JsonNode period, String direction) {
    return period.get("figures").get(direction).get("events").asInt();
  }

  private static JsonNode api(String endpoint, String... params) throws Exception {
    StringBuilder uri = new StringBuilder(base).append("api/").append(endpoint);
    for (int i = 0; i < params.length; i += 2) {
      uri.append(i == 0 ? '?' : '&')
          .append(params[i])
          .append('=')
          .append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
    }
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(uri.toString())).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(uri + ": " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }
}
