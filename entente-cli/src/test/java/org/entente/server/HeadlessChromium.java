package org.entente.server;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The system's Chromium and chromedriver (Debian: {@code apt-get install chromium
 * chromium-driver}), driven headless through Selenium. Nothing is downloaded: a machine without
 * them fails the browser tests with a message that says what to install, rather than skipping them.
 */
final class HeadlessChromium {

  static final List<String> BROWSERS =
      List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");
  static final String DRIVER = "chromedriver";

  /** The browser window: wide enough for two charts side by side. */
  static final int WIDTH = 1400;

  static final int HEIGHT = 1000;

  private HeadlessChromium() {}

  /** A browser that saves downloads into {@code downloads}. */
  static ChromeDriver start(Path downloads) {
    Path browser =
        BROWSERS.stream()
            .map(HeadlessChromium::onPath)
            .flatMap(Optional::stream)
            .findFirst()
            .orElseThrow(() -> missing("Chromium (none of " + String.join(", ", BROWSERS) + ")"));
    Path driver = onPath(DRIVER).orElseThrow(() -> missing("chromedriver"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(driver.toFile())
            .usingAnyFreePort()
            .build();
    ChromeOptions options =
        new ChromeOptions()
            .setBinary(browser.toFile())
            .addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--hide-scrollbars",
                "--window-size=" + WIDTH + "," + HEIGHT);
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            downloads.toAbsolutePath().toString(),
            "download.prompt_for_download",
            false));
    return new ChromeDriver(service, options);
  }

  private static IllegalStateException missing(String what) {
    return new IllegalStateException(
        "the dashboard's browser tests need "
            + what
            + " on the PATH; install Chromium and its driver (Debian/Ubuntu, as root: apt-get"
            + " install chromium chromium-driver; .ci/run does this)");
  }

  static Optional<Path> onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    return Stream.of(path.split(File.pathSeparator))
        .filter(dir -> !dir.isBlank())
        .map(dir -> Path.of(dir, name))
        .filter(Files::isExecutable)
        .findFirst();
  }
}
