package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.nio.file.StandardCopyOption;
import java.time.Duration;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in headless Chromium, served in-process by {@link EntenteServer} on a free loopback
 * port over the demo store: each view is opened as a person would, what its charts hold is read
 * back through ECharts' {@code getOption()} and compared with the API's figures, clicks on a bar
 * and on a marker must list the right sentences, and every view is kept as a screenshot in {@code
 * target/screenshots/}.
 */
class DashboardIT {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static final Duration WAIT = Duration.ofSeconds(90);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static EventStore store;
  private static Javalin app;
  private static String base;
  private static ChromeDriver browser;

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
    browser = HeadlessChromium.start();
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

  // --- the pair view -------------------------------------------------------------------------

  @Test
  void choosingAPairDrawsTheStoresFiguresPerDirection() throws Exception {
    browser.get(base);
    waitUntilReady();
    fill("a", "China");
    fill("b", "Russia");
    new Select(browser.findElement(By.name("by"))).selectByValue("year");
    browser.findElement(By.cssSelector("#controls button[type=submit]")).click();
    waitUntilReady();
    assertThat(browser.getCurrentUrl()).contains("view=pair").contains("a=China").contains("b=Russia");
    assertThat(browser.findElement(By.cssSelector(".summary h2")).getText()).startsWith("CHN–RUS");

    JsonNode profile = api("relation", "a", "CHN", "b", "RUS", "period", "year");
    JsonNode periods = profile.get("trend").get("periods");
    assertThat(periods.size()).isGreaterThan(5);
    JsonNode timeline = option("pair-timeline");
    List<String> labels = new ArrayList<>();
    periods.forEach(p -> labels.add(p.get("period").asText()));
    assertThat(texts(timeline.get("xAxis").get(1).get("data"))).isEqualTo(labels);
    for (String d : List.of("a_to_b", "b_to_a")) {
      List<Integer> events = new ArrayList<>();
      List<Double> goldstein = new ArrayList<>();
      List<Double> cooperation = new ArrayList<>();
      periods.forEach(
          p -> {
            JsonNode f = p.get("figures").get(d);
            events.add(f.get("events").asInt());
            goldstein.add(f.get("events").asInt() == 0 ? null : f.get("goldstein_mean").asDouble());
            cooperation.add(
                f.get("events").asInt() == 0 ? null : f.get("cooperation_share").asDouble());
          });
      assertThat(ints(series(timeline, d + "-events"))).isEqualTo(events);
      assertThat(doubles(series(timeline, d + "-goldstein"))).isEqualTo(goldstein);
      assertThat(doubles(series(timeline, d + "-cooperation"))).isEqualTo(cooperation);
    }
    int total = 0;
    for (JsonNode p : periods) {
      total += p.get("figures").get("both").get("events").asInt();
    }
    assertThat(total).isEqualTo(profile.get("overall").get("figures").get("both").get("events").asInt());

    // the level band and the level chart hold each period's measured level
    JsonNode band = series(timeline, null);
    JsonNode level = option("pair-level").get("series").get(0).get("data");
    for (int i = 0; i < periods.size(); i++) {
      String measured = periods.get(i).get("level").get("level").asText();
      assertThat(band.get(i).get("level").asText())
          .isEqualTo(periods.get(i).get("level").get("reading").asText());
      if (!measured.equals("insufficient evidence")) {
        assertThat(level.get(i).get("value").asText()).isEqualTo(measured);
      }
    }

    // the quad-class mix stacks each direction's four classes
    JsonNode quad = option("pair-quad");
    for (String d : List.of("a_to_b", "b_to_a")) {
      for (String q :
          List.of(
              "verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")) {
        List<Integer> expected = new ArrayList<>();
        periods.forEach(p -> expected.add(p.get("figures").get(d).get("quad_classes").get(q).asInt()));
        assertThat(ints(series(quad, d + "-" + q))).as(d + " " + q).isEqualTo(expected);
      }
    }

    // issue leadership: each third party's events, as the leads endpoint counts them
    JsonNode issues = api("leads", "a", "CHN", "b", "RUS").get("issues");
    JsonNode leads = option("pair-leads");
    List<String> thirdParties = new ArrayList<>();
    List<Integer> chinese = new ArrayList<>();
    issues.forEach(
        x -> {
          thirdParties.add(x.get("third_party").asText());
          chinese.add(x.get("a_events").asInt());
        });
    assertThat(texts(leads.get("xAxis").get(0).get("data"))).isEqualTo(thirdParties);
    assertThat(ints(series(leads, "a"))).isEqualTo(chinese);
    screenshot("pair");
  }

  @Test
  void clickingABarListsTheSentencesBehindIt() throws Exception {
    open("?view=pair&a=CHN&b=RUS&by=year");
    JsonNode periods = api("relation", "a", "CHN", "b", "RUS", "period", "year").get("trend").get("periods");
    int busiest = 0;
    for (int i = 1; i < periods.size(); i++) {
      if (events(periods.get(i), "a_to_b") > events(periods.get(busiest), "a_to_b")) {
        busiest = i;
      }
    }
    JsonNode period = periods.get(busiest);
    Set<String> expected = new HashSet<>(texts(period.get("figures").get("a_to_b").get("evidence").get("all").get("event_ids")));
    assertThat(expected).hasSizeGreaterThan(1);

    clickItem("pair-timeline", "a_to_b-events", busiest);
    Map<String, List<String>> rows = evidenceRows(expected.size());
    assertThat(rows.keySet()).isEqualTo(expected);
    Map<String, JsonNode> stored = new HashMap<>();
    api(
            "events",
            "source", "CHN", "target", "RUS",
            "from", period.get("start").asText(), "to", period.get("end").asText(),
            "limit", "1000")
        .get("events")
        .forEach(e -> stored.put(e.get("id").asText(), e));
    for (var row : rows.entrySet()) {
      JsonNode event = stored.get(row.getKey());
      assertThat(event).as("event %s in the store", row.getKey()).isNotNull();
      List<String> cells = row.getValue();
      assertThat(cells.get(0)).isEqualTo(event.get("date").asText()).startsWith(period.get("period").asText());
      assertThat(cells.get(1)).isEqualTo("CHN→RUS");
      assertThat(cells.get(2)).isEqualTo(event.get("cameo").asText());
      assertThat(cells.get(5)).startsWith(event.get("text").asText());
    }
    assertThat(browser.findElement(By.id("evidence-title")).getText())
        .startsWith("CHN→RUS, " + period.get("period").asText());
    screenshot("pair-evidence");
    browser.findElement(By.id("evidence-close")).click();
  }

  @Test
  void clickingAStatedAssessmentShowsWhatWasSaid() throws Exception {
    open("?view=pair&a=CHN&b=RUS&by=year");
    JsonNode stated = api("relation", "a", "CHN", "b", "RUS", "period", "year").get("stated").get("assessments");
    assertThat(stated.size()).isPositive();
    JsonNode markers = series(option("pair-level"), "stated");
    assertThat(markers.size()).isPositive();
    String period = markers.get(0).get("value").get(0).asText();
    String level = markers.get(0).get("value").get(1).asText();
    Set<String> expected = new HashSet<>();
    stated.forEach(
        x -> {
          if (x.get("date").asText().startsWith(period) && x.get("stated_level").asText().equals(level)) {
            expected.add(x.get("text").asText());
          }
        });
    assertThat(expected).isNotEmpty();

    clickItem("pair-level", "stated", 0);
    Map<String, List<String>> rows = evidenceRows(expected.size());
    Set<String> shown = new HashSet<>();
    rows.values().forEach(cells -> shown.add(cells.get(5).replaceFirst(" source$", "")));
    assertThat(shown).isEqualTo(expected);
    browser.findElement(By.id("evidence-close")).click();
  }

  // --- the other views -----------------------------------------------------------------------

  @Test
  void theTriangleViewShowsEachSidesLevel() throws Exception {
    open("?view=triangle&a=USA&b=CHN&c=RUS");
    JsonNode triangle = api("triangle", "a", "USA", "b", "CHN", "c", "RUS");
    assertThat(browser.findElement(By.cssSelector(".summary h2")).getText())
        .isEqualTo("USA–CHN–RUS: " + triangle.get("shape").get("name").asText());
    JsonNode links = option("triangle-graph").get("series").get(0).get("links");
    JsonNode bars = series(option("triangle-sides"), null);
    JsonNode sides = triangle.get("sides");
    assertThat(links.size()).isEqualTo(3);
    for (int i = 0; i < 3; i++) {
      JsonNode side = sides.get(i);
      assertThat(links.get(i).get("source").asText()).isEqualTo(side.get("dyad").get("a").asText());
      assertThat(links.get(i).get("label_text").asText())
          .isEqualTo(side.get("level").get("reading").asText() + " · " + side.get("events").asInt());
      assertThat(bars.get(i).get("value").asDouble())
          .isCloseTo(side.get("goldstein_mean").asDouble(), org.assertj.core.data.Offset.offset(0.005));
    }
    screenshot("triangle");
  }

  @Test
  void theWorldMapColoursEveryPartnerByItsLevel() throws Exception {
    open("?view=world&country=Russia");
    Set<String> partners = new HashSet<>();
    api("pairs")
        .get("pairs")
        .forEach(
            p -> {
              if (p.get("a").asText().equals("RUS")) partners.add(p.get("b").asText());
              if (p.get("b").asText().equals("RUS")) partners.add(p.get("a").asText());
            });
    JsonNode data = series(option("world-map"), null);
    Map<String, Integer> drawn = new HashMap<>();
    data.forEach(d -> drawn.put(d.get("name").asText(), d.get("value").asInt()));
    assertThat(drawn).containsEntry("RUS", 9);
    drawn.remove("RUS");
    assertThat(drawn.keySet()).isEqualTo(partners);
    for (String partner : List.of("CHN", "USA", "UKR")) {
      String level = api("relation", "a", "RUS", "b", partner).get("overall").get("level").get("level").asText();
      assertThat(drawn.get(partner)).as(partner + " " + level).isEqualTo(rank(level));
    }
    screenshot("world");
  }

  @Test
  void theNetworkHoldsEveryPairOfTheStore() throws Exception {
    open("?view=network");
    Map<String, Integer> expected = new HashMap<>();
    api("pairs").get("pairs").forEach(p -> expected.put(p.get("a").asText() + "–" + p.get("b").asText(), p.get("events").asInt()));
    Map<String, Integer> drawn = new HashMap<>();
    option("network").get("series").get(0).get("links").forEach(l -> drawn.put(l.get("source").asText() + "–" + l.get("target").asText(), l.get("value").asInt()));
    assertThat(drawn).isEqualTo(expected);
    screenshot("network");
  }

  @Test
  void anUnknownCountryIsSaidOnThePage() {
    browser.get(base + "?view=pair&a=Atlantis&b=RUS");
    new WebDriverWait(browser, WAIT)
        .until(d -> "error".equals(browser.findElement(By.id("view")).getAttribute("data-ready")));
    assertThat(browser.findElement(By.id("status")).getText()).containsIgnoringCase("Atlantis");
  }

  // --- helpers -------------------------------------------------------------------------------

  private static int events(JsonNode period, String direction) {
    return period.get("figures").get(direction).get("events").asInt();
  }

  /** Level rank as the map colours it: confrontation 1 … alliance 6, 0 insufficient evidence. */
  private static int rank(String level) {
    List<String> scale = List.of("insufficient evidence", "confrontation", "rivalry", "mixed", "partnership", "entente", "alliance");
    return scale.indexOf(level);
  }

  private void open(String query) {
    browser.get(base + query);
    waitUntilReady();
  }

  private static void waitUntilReady() {
    new WebDriverWait(browser, WAIT)
        .until(
            d -> {
              String ready = browser.findElement(By.id("view")).getAttribute("data-ready");
              if ("error".equals(ready)) {
                throw new AssertionError(
                    "the page says: " + browser.findElement(By.id("status")).getText());
              }
              return "true".equals(ready);
            });
  }

  private static void fill(String name, String value) {
    WebElement input = browser.findElement(By.name(name));
    input.clear();
    input.sendKeys(value);
  }

  /** A chart's option as ECharts holds it (functions left out). */
  private static JsonNode option(String chart) throws IOException {
    Object text =
        browser.executeScript(
            "const el = document.querySelector('[data-chart=\"' + arguments[0] + '\"]');"
                + "return el ? JSON.stringify(echarts.getInstanceByDom(el).getOption()) : null;",
            chart);
    assertThat(text).as("chart " + chart + " on the page").isNotNull();
    return JSON.readTree((String) text);
  }

  /** The data of the series with this id (null: the first series). */
  private static JsonNode series(JsonNode option, String id) {
    for (JsonNode s : option.get("series")) {
      if (id == null || id.equals(s.path("id").asText())) {
        return s.get("data");
      }
    }
    throw new AssertionError("no series " + id + " in " + option.get("series"));
  }

  /** Clicks a drawn bar or marker where it is on the screen, as a person would. */
  private static void clickItem(String chart, String seriesId, int index) {
    WebElement element = browser.findElement(By.cssSelector("[data-chart=\"" + chart + "\"]"));
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    @SuppressWarnings("unchecked")
    List<Number> at =
        (List<Number>)
            browser.executeScript(
                "const chart = echarts.getInstanceByDom(arguments[0]);"
                    + "const i = chart.getOption().series.findIndex(s => s.id === arguments[1]);"
                    + "const series = chart.getModel().getSeriesByIndex(i);"
                    + "const layout = series.getData().getItemLayout(arguments[2]);"
                    + "const offset = series.get('symbolOffset') || [0, 0];"
                    + "const r = arguments[0].getBoundingClientRect();"
                    + "const x = Array.isArray(layout) ? layout[0] + offset[0]"
                    + " : layout.x + layout.width / 2;"
                    + "const y = Array.isArray(layout) ? layout[1] + offset[1]"
                    + " : layout.y + layout.height / 2;"
                    + "return [x, y, r.width, r.height];",
                element,
                seriesId,
                index);
    int dx = (int) Math.round(at.get(0).doubleValue() - at.get(2).doubleValue() / 2);
    int dy = (int) Math.round(at.get(1).doubleValue() - at.get(3).doubleValue() / 2);
    new Actions(browser).moveToElement(element, dx, dy).click().perform();
  }

  /** The evidence panel's rows once it has read them, by event id: its cells' text. */
  private static Map<String, List<String>> evidenceRows(int expected) {
    new WebDriverWait(browser, WAIT)
        .until(
            d ->
                browser.findElement(By.id("evidence")).isDisplayed()
                    && browser.findElement(By.id("evidence-note")).getText().isEmpty()
                    && browser.findElements(By.cssSelector("#evidence-rows tr")).size() == expected);
    Map<String, List<String>> rows = new HashMap<>();
    for (WebElement tr : browser.findElements(By.cssSelector("#evidence-rows tr"))) {
      List<String> cells = new ArrayList<>();
      tr.findElements(By.tagName("td")).forEach(td -> cells.add(td.getText()));
      rows.put(tr.getAttribute("data-event"), cells);
    }
    return rows;
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
        HTTP.send(HttpRequest.newBuilder(URI.create(uri.toString())).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(uri + ": " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static void screenshot(String name) throws IOException {
    Number height =
        (Number) browser.executeScript("return document.documentElement.scrollHeight;");
    browser.manage().window().setSize(new Dimension(HeadlessChromium.WIDTH, Math.max(HeadlessChromium.HEIGHT, height.intValue())));
    browser.executeScript("window.dispatchEvent(new Event('resize'));");
    Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    browser.manage().window().setSize(new Dimension(HeadlessChromium.WIDTH, HeadlessChromium.HEIGHT));
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(x -> out.add(x.asText()));
    return out;
  }

  private static List<Integer> ints(JsonNode array) {
    List<Integer> out = new ArrayList<>();
    array.forEach(x -> out.add(x.isObject() ? x.get("value").asInt() : x.asInt()));
    return out;
  }

  private static List<Double> doubles(JsonNode array) {
    List<Double> out = new ArrayList<>();
    array.forEach(x -> out.add(x.isNull() ? null : x.asDouble()));
    return out;
  }
}
