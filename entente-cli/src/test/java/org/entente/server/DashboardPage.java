package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard as the browser tests see it: open a view, fill the form, read a chart's data back
 * through ECharts' {@code getOption()}, click a drawn bar or marker where it is on the screen, read
 * the evidence panel, keep a screenshot.
 */
final class DashboardPage {

  /** Long enough for the world view, which asks for one relation per partner. */
  static final Duration WAIT = Duration.ofSeconds(90);

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ChromeDriver browser;
  private final String base;
  private final Path screenshots;

  DashboardPage(ChromeDriver browser, String base, Path screenshots) {
    this.browser = browser;
    this.base = base;
    this.screenshots = screenshots;
  }

  /** Opens {@code base + query} and waits until the view has drawn (fails if it says an error). */
  void open(String query) {
    browser.get(base + query);
    waitUntilReady();
  }

  void waitUntilReady() {
    new WebDriverWait(browser, WAIT)
        .until(
            d -> {
              String ready = browser.findElement(By.id("view")).getAttribute("data-ready");
              if ("error".equals(ready)) {
                throw new AssertionError("the page says: " + status());
              }
              return "true".equals(ready);
            });
  }

  /** Waits until the view has failed, and returns what the page says. */
  String waitForError() {
    new WebDriverWait(browser, WAIT)
        .until(d -> "error".equals(browser.findElement(By.id("view")).getAttribute("data-ready")));
    return status();
  }

  String status() {
    return browser.findElement(By.id("status")).getText();
  }

  String text(String css) {
    return browser.findElement(By.cssSelector(css)).getText();
  }

  String url() {
    return browser.getCurrentUrl();
  }

  void fill(String name, String value) {
    WebElement input = browser.findElement(By.name(name));
    input.clear();
    input.sendKeys(value);
  }

  void submit() {
    browser.findElement(By.cssSelector("#controls button[type=submit]")).click();
    waitUntilReady();
  }

  /** A chart's option as ECharts holds it (functions left out). */
  JsonNode option(String chart) throws IOException {
    Object text =
        browser.executeScript(
            "const el = document.querySelector('[data-chart=\"' + arguments[0] + '\"]');"
                + "return el ? JSON.stringify(echarts.getInstanceByDom(el).getOption()) : null;",
            chart);
    assertThat(text).as("chart " + chart + " on the page").isNotNull();
    return JSON.readTree((String) text);
  }

  /** The data of the series with this id (null: the first series). */
  static JsonNode series(JsonNode option, String id) {
    for (JsonNode s : option.get("series")) {
      if (id == null || id.equals(s.path("id").asText())) {
        return s.get("data");
      }
    }
    throw new AssertionError("no series " + id + " in " + option.get("series"));
  }

  /** Clicks a drawn bar or marker where it is on the screen, as a person would. */
  void clickItem(String chart, String seriesId, int index) {
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

  /** The evidence panel's rows once it has read all {@code expected}: cells' text by event id. */
  Map<String, List<String>> evidenceRows(int expected) {
    new WebDriverWait(browser, WAIT)
        .until(
            d ->
                browser.findElement(By.id("evidence")).isDisplayed()
                    && browser.findElement(By.id("evidence-note")).getText().isEmpty()
                    && browser.findElements(By.cssSelector("#evidence-rows tr")).size()
                        == expected);
    Map<String, List<String>> rows = new HashMap<>();
    for (WebElement tr : browser.findElements(By.cssSelector("#evidence-rows tr"))) {
      List<String> cells = new ArrayList<>();
      tr.findElements(By.tagName("td")).forEach(td -> cells.add(td.getText()));
      rows.put(tr.getAttribute("data-event"), cells);
    }
    return rows;
  }

  /**
   * Clicks a chart's CSV or JSON button and returns the file the browser saved into {@code
   * downloads}.
   */
  Path download(String chart, String kind, Path downloads) throws IOException {
    String prefix = "entente-" + chart;
    try (var old = Files.list(downloads)) {
      for (Path p : old.toList()) {
        Files.delete(p);
      }
    }
    browser
        .findElement(By.cssSelector("button[data-download=\"" + chart + "." + kind + "\"]"))
        .click();
    Path[] saved = new Path[1];
    new WebDriverWait(browser, WAIT)
        .until(
            d -> {
              try (var files = Files.list(downloads)) {
                saved[0] =
                    files
                        .filter(p -> p.getFileName().toString().startsWith(prefix))
                        .filter(p -> p.getFileName().toString().endsWith("." + kind))
                        .findFirst()
                        .orElse(null);
              } catch (IOException e) {
                return false;
              }
              return saved[0] != null;
            });
    return saved[0];
  }

  void closeEvidence() {
    browser.findElement(By.id("evidence-close")).click();
  }

  /** Keeps what the window shows now as {@code name.png}. */
  void screenshotWindow(String name) throws IOException {
    Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  /** Keeps the whole page as {@code name.png} (the window made as tall as the page for it). */
  void screenshotPage(String name) throws IOException {
    Number height = (Number) browser.executeScript("return document.documentElement.scrollHeight;");
    resize(Math.max(HeadlessChromium.HEIGHT, height.intValue()));
    screenshotWindow(name);
    resize(HeadlessChromium.HEIGHT);
  }

  private void resize(int height) {
    browser.manage().window().setSize(new Dimension(HeadlessChromium.WIDTH, height));
    browser.executeScript("window.dispatchEvent(new Event('resize'));");
  }

  static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(x -> out.add(x.asText()));
    return out;
  }

  static List<Integer> ints(JsonNode array) {
    List<Integer> out = new ArrayList<>();
    array.forEach(x -> out.add(x.isObject() ? x.get("value").asInt() : x.asInt()));
    return out;
  }

  static List<Double> doubles(JsonNode array) {
    List<Double> out = new ArrayList<>();
    array.forEach(x -> out.add(x.isNull() ? null : x.asDouble()));
    return out;
  }
}
