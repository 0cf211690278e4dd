package io.hashwatch.commander.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromedriver, which .ci/run installs) pointed at
 * a commander. Chromium runs with the flags this machine's closed network needs; each browser has
 * its own empty profile, so its sessions are its own.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER =
      Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
  static final Duration WAIT = Duration.ofSeconds(20);

  private final ChromeDriver driver;
  private final URI base;
  private final Path profile;

  private Browser(ChromeDriver driver, URI base, Path profile) {
    this.driver = driver;
    this.base = base;
    this.profile = profile;
  }

  static Browser open(URI base) {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new IllegalStateException(
          "browser tests need Debian's chromium and chromium-driver ("
              + CHROMIUM
              + ", "
              + CHROMEDRIVER
              + "): apt-get install chromium chromium-driver");
    }
    try {
      Path profile = Files.createTempDirectory("hashwatch-chromium");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--window-size=1600,1000",
          "--user-data-dir=" + profile);
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(CHROMEDRIVER.toFile())
              .usingAnyFreePort()
              .build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
      return new Browser(driver, base, profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void go(String path) {
    driver.get(base.resolve(path).toString());
  }

  String currentPath() {
    return URI.create(driver.getCurrentUrl()).getPath();
  }

  /** Signs in through the form; the page the form leads to is then loaded. */
  void signIn(String username, String password) {
    go("login.xhtml");
    WebElement name = waitFor(By.id("login:username"));
    name.clear();
    name.sendKeys(username);
    driver.findElement(By.id("login:password")).sendKeys(password);
    driver.findElement(By.id("login:sign-in")).click();
  }

  WebElement waitFor(By locator) {
    return new WebDriverWait(driver, WAIT)
        .until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  boolean isPresent(By locator) {
    return !driver.findElements(locator).isEmpty();
  }

  /**
   * The visible text of the element, read again when the page replaced the element meanwhile (an
   * ajax update between finding it and reading it).
   */
  String text(By locator) {
    return new WebDriverWait(driver, WAIT)
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              WebElement element = d.findElement(locator);
              return element.isDisplayed() ? element.getText() : null;
            });
  }

  void click(By locator) {
    new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(locator)).click();
  }

  /** Waits until live.js has its WebSocket open. */
  void waitForLiveUpdates() {
    new WebDriverWait(driver, WAIT)
        .until(d -> "live".equals(d.findElement(By.id("live-status")).getText()));
  }

  Object script(String script, Object... arguments) {
    return driver.executeScript(script, arguments);
  }

  /** Saves a screenshot of the page as {@code target/screenshots/NAME.png}, kept as test output. */
  Path screenshot(String name) {
    try {
      Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
      Files.createDirectories(dir);
      Path file = dir.resolve(name + ".png");
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  ChromeDriver driver() {
    return driver;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteQuietly(profile.toFile());
    }
  }

  private static void deleteQuietly(File file) {
    File[] children = file.listFiles();
    if (children != null) {
      for (File child : children) {
        deleteQuietly(child);
      }
    }
    file.delete();
  }
}
