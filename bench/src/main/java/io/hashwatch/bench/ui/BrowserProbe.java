package io.hashwatch.bench.ui;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A signed-in headless Chromium (Debian's chromium and chromedriver) that loads pages and times
 * them with the browser's Navigation Timing, and that records how old each pushed reading is when
 * the page has applied it.
 */
final class BrowserProbe implements AutoCloseable {
  /** Collects, for every device of every live message, now minus the reading's own time. */
  private static final String LISTEN =
      """
      window.benchAges = [];
      document.addEventListener('hashwatch:live', function (event) {
        var now = Date.now();
        event.detail.devices.forEach(function (d) { window.benchAges.push(now - Date.parse(d.time)); });
      });""";

  private static final String DRAIN =
      "var ages = window.benchAges || []; window.benchAges = []; return ages;";

  private static final String NAVIGATION =
      """
      var n = performance.getEntriesByType('navigation')[0];
      return {firstByte: n.responseStart - n.requestStart, loaded: n.loadEventEnd - n.startTime};""";

  private final ChromeDriver driver;
  private final URI base;

  /** One page load: the server's time to the first byte and the whole load, in milliseconds. */
  record PageLoad(double firstByteMillis, double loadedMillis) {}

  BrowserProbe(URI base, Path profile) throws IOException {
    this.base = base;
    Files.createDirectories(profile);
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1600,1000",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  void signIn(String username, String password) {
    driver.get(base.resolve("login.xhtml").toString());
    driver.findElement(By.id("login:username")).sendKeys(username);
    driver.findElement(By.id("login:password")).sendKeys(password);
    driver.findElement(By.id("login:sign-in")).click();
    new WebDriverWait(driver, Duration.ofSeconds(60))
        .until(d -> d.getCurrentUrl().contains("/app/"));
  }

  PageLoad load(String path) {
    driver.get(base.resolve(path).toString());
    new WebDriverWait(driver, Duration.ofSeconds(60))
        .until(
            d ->
                !"0"
                    .equals(
                        String.valueOf(
                            ((ChromeDriver) d)
                                .executeScript(
                                    "return performance.getEntriesByType('navigation')[0].loadEventEnd;"))));
    @SuppressWarnings("unchecked")
    Map<String, Number> timing = (Map<String, Number>) driver.executeScript(NAVIGATION);
    return new PageLoad(timing.get("firstByte").doubleValue(), timing.get("loaded").doubleValue());
  }

  /** Opens {@code path} and starts recording the age of what the live updates bring. */
  void watch(String path) {
    load(path);
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> "live".equals(d.findElement(By.id("live-status")).getText()));
    driver.executeScript(LISTEN);
  }

  /** The ages in milliseconds recorded since the last call. */
  List<Long> drainAges() {
    List<Long> ages = new ArrayList<>();
    for (Object age : (List<?>) driver.executeScript(DRAIN)) {
      ages.add(((Number) age).longValue());
    }
    return ages;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
