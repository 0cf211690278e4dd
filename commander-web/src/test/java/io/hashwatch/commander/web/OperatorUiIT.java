package io.hashwatch.commander.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The operator UI in a real headless Chromium against the commander on a real Payara Micro: sign
 * in, the overview, a device page updated live, and who may act. Screenshots of the overview and a
 * device page are kept in target/screenshots.
 */
@OnPayaraMicro
class OperatorUiIT {
  /**
   * Each test's own miner, named after its sentry, so that a search finds only it (the IT database
   * outlives a run).
   */
  private String miner;

  @ArquillianResource URL deployment;

  private URI commander;
  private CommanderApi api;
  private CommanderApi.Sentry sentry;
  private final AtomicLong seq = new AtomicLong();
  private long device;

  @Deployment(testable = false)
  static WebArchive commander() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("commander.war")));
  }

  @BeforeEach
  void aSentryWithOneMiner() throws Exception {
    commander = deployment.toURI();
    api = new CommanderApi(commander);
    sentry = api.registerSentry("ui-" + UUID.randomUUID());
    miner = "10.30." + sentry.id() / 250 + "." + (sentry.id() % 250 + 1) + ":4028";
    report(reading(1.0e14));
    device =
        api.getArrayAsAdmin("api/v1/devices?limit=1000").getValuesAs(JsonObject.class).stream()
            .filter(d -> d.getJsonNumber("sentryId").longValue() == sentry.id())
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
  }

  @Test
  void aWrongPasswordIsRefused() {
    try (Browser browser = Browser.open(commander)) {
      browser.signIn("admin", "not-the-password");

      assertThat(browser.text(By.id("login:login-messages")))
          .contains("Wrong user name or password");
      browser.go("app/overview.xhtml");
      assertThat(browser.currentPath()).endsWith("/login.xhtml");
    }
  }

  @Test
  void anAdminSignsInAndSeesTheOverview() {
    try (Browser browser = Browser.open(commander)) {
      browser.go("app/overview.xhtml");
      assertThat(browser.currentPath())
          .as("a page needs a signed-in user")
          .endsWith("/login.xhtml");

      browser.signIn("admin", CommanderApi.ADMIN_PASSWORD);

      browser.waitFor(By.id("count-online"));
      assertThat(browser.currentPath()).endsWith("/app/overview.xhtml");
      assertThat(browser.text(By.id("signed-in-as"))).isEqualTo("admin (admin)");
      assertThat(Integer.parseInt(browser.text(By.id("count-online")).strip()))
          .as("the miner reported a moment ago")
          .isGreaterThanOrEqualTo(1);
      browser.waitForLiveUpdates();
      browser.screenshot("overview");
    }
  }

  @Test
  void aDeviceThatReportsWhileItsPageIsOpenUpdatesWithoutReload() {
    try (Browser browser = Browser.open(commander)) {
      browser.signIn("admin", CommanderApi.ADMIN_PASSWORD);
      browser.go("app/device.xhtml?id=" + device);
      assertThat(browser.text(By.id("device-hashrate"))).isEqualTo("100.00 TH/s");
      browser.waitForLiveUpdates();
      browser.script("window.hashwatchSamePage = true;");

      report(reading(1.234e14));

      await("the new hashrate on the open page")
          .atMost(Duration.ofSeconds(5))
          .until(() -> browser.text(By.id("device-hashrate")), "123.40 TH/s"::equals);
      assertThat(browser.script("return window.hashwatchSamePage === true;"))
          .as("the page was not reloaded")
          .isEqualTo(true);
      browser.screenshot("device");
    }
  }

  @Test
  void aViewerCannotRunAnAction() {
    CommanderApi.Login viewer = api.addLogin("viewer");
    try (Browser browser = Browser.open(commander)) {
      browser.signIn(viewer.username(), viewer.password());
      browser.go("app/device.xhtml?id=" + device);
      browser.waitFor(By.id("device-hashrate"));

      assertThat(browser.isPresent(By.id("action-restart"))).isFalse();
      Object status =
          browser
              .driver()
              .executeAsyncScript(
                  """
                  const done = arguments[arguments.length - 1];
                  fetch(arguments[1], {method: 'POST', headers: {'Content-Type': 'application/json'},
                      body: JSON.stringify({deviceId: arguments[0], action: 'restart'})})
                    .then(r => done(r.status), e => done(String(e)));""",
                  device,
                  commander.resolve("api/v1/commands").toString());
      assertThat(status).as("the session alone never writes through the API").isEqualTo(403L);
    }
    assertThat(api.getArrayAsAdmin("api/v1/commands?deviceId=" + device)).isEmpty();
  }

  @Test
  void anOperatorRunsAnActionAndSeesItsResult() {
    CommanderApi.Login operator = api.addLogin("operator");
    try (Browser browser = Browser.open(commander)) {
      browser.signIn(operator.username(), operator.password());
      browser.go("app/device.xhtml?id=" + device);

      browser.click(By.id("action-restart"));
      browser.click(By.id("confirm-yes"));

      await("the command on the page")
          .atMost(Duration.ofSeconds(10))
          .until(() -> browser.text(By.id("command-status")), "pending"::equals);
      JsonArray handed = answer("{\"entries\":[]}").getJsonArray("commands");
      assertThat(handed).hasSize(1);
      JsonObject command = handed.getJsonObject(0);
      assertThat(command.getString("action")).isEqualTo("restart");
      assertThat(command.getString("address")).isEqualTo(miner);
      answer(
          """
          {"entries":[],"commandResults":[{"id":%d,"status":"succeeded",\
          "time":"%s","detail":"restarted by the sentry"}]}"""
              .formatted(command.getJsonNumber("id").longValue(), Instant.now()));

      await("the result on the page")
          .atMost(Duration.ofSeconds(10))
          .until(() -> browser.text(By.id("command-status")), "succeeded"::equals);
      assertThat(browser.text(By.id("command-detail"))).isEqualTo("restarted by the sentry");

      browser.go("app/actions.xhtml?who=" + operator.username());
      assertThat(browser.text(By.id("action-log")))
          .as("the action log says who did what to which device, and how it ended")
          .contains(miner, "restart", "succeeded", "restarted by the sentry");
      browser.go("app/actions.xhtml?who=" + operator.username() + "&action=reboot");
      assertThat(browser.text(By.id("action-log"))).contains("No actions");
    }
  }

  /**
   * An alert opens while the page is open: the nav's count of open alerts rises without a reload,
   * and the operator acknowledges the alert from the alerts page.
   */
  @Test
  void anOperatorSeesAnAlertOpenLiveAndAcknowledgesIt() {
    String admin = CommanderApi.basic("admin", CommanderApi.ADMIN_PASSWORD);
    String rule = "ui-offline-" + device;
    HttpResponse<String> put =
        api.put(
            "api/v1/alert-rules/" + rule,
            admin,
            """
            {"kind":"device-offline","severity":"critical","scope":"device:%d",\
            "sustainSeconds":0,"clearSeconds":0,"enabled":true}"""
                .formatted(device));
    assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
    CommanderApi.Login operator = api.addLogin("operator");
    try (Browser browser = Browser.open(commander)) {
      browser.signIn(operator.username(), operator.password());
      browser.go("app/alerts.xhtml");
      browser.waitForLiveUpdates();
      browser.script("window.hashwatchSamePage = true;");
      int before = Integer.parseInt(browser.text(By.id("nav-alerts-open")));

      report(
          """
          {"seq":%d,"time":"%s","address":"%s","kind":"asic",\
          "reading":{"result":"unreachable","errors":["timeout"]}}"""
              .formatted(seq.incrementAndGet(), Instant.now(), miner));
      JsonObject alert =
          await("the device's alert, opened by the alert timer")
              .atMost(Duration.ofSeconds(75))
              .pollInterval(Duration.ofSeconds(1))
              .until(() -> openAlertOf(rule), found -> found != null);
      await("the open count in the nav, live")
          .atMost(Duration.ofSeconds(10))
          .until(
              () -> Integer.parseInt(browser.text(By.id("nav-alerts-open"))),
              count -> count > before);
      assertThat(browser.script("return window.hashwatchSamePage === true;"))
          .as("the page was not reloaded")
          .isEqualTo(true);

      long id = alert.getJsonNumber("id").longValue();
      browser.go("app/alerts.xhtml");
      assertThat(browser.text(By.id("alert-" + id))).contains(miner, "critical", "offline");
      browser.click(By.id("alert-ack-" + id));
      await("acknowledged by the operator on the page")
          .atMost(Duration.ofSeconds(10))
          .until(
              () -> browser.text(By.id("alert-" + id)), text -> text.contains(operator.username()));
      browser.screenshot("alerts");
    }
    assertThat(openAlertOf(rule).getString("acknowledgedBy")).isEqualTo(operator.username());
    assertThat(api.delete("api/v1/alert-rules/" + rule, admin).statusCode()).isEqualTo(204);
  }

  private JsonObject openAlertOf(String rule) {
    return api
        .getArrayAsAdmin("api/v1/alerts?deviceId=" + device)
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(alert -> alert.getString("ruleId").equals(rule))
        .findFirst()
        .orElse(null);
  }

  @Test
  void everyPageOpensForAnAdmin() {
    try (Browser browser = Browser.open(commander)) {
      browser.signIn("admin", CommanderApi.ADMIN_PASSWORD);

      searchTheTableFor(browser, miner);

      browser.go("app/control-room.xhtml");
      browser.waitFor(By.id("rack-map-area"));

      browser.go("app/sentries.xhtml");
      assertThat(browser.text(By.id("sentry-name-" + sentry.id()))).startsWith("ui-");

      browser.go("app/users.xhtml");
      assertThat(browser.text(By.id("users-table"))).contains("admin");

      browser.go("app/alert-rules.xhtml");
      assertThat(browser.text(By.id("rules-table"))).contains("default-device-offline");

      browser.go("app/channels.xhtml");
      browser.waitFor(By.id("channels-table"));

      browser.go("app/watchdog.xhtml");
      browser.waitFor(By.id("watchdog-save"));
    }
  }

  @Test
  void anOperatorRestartsSelectedDevicesFromTheTable() {
    CommanderApi.Login operator = api.addLogin("operator");
    try (Browser browser = Browser.open(commander)) {
      browser.signIn(operator.username(), operator.password());
      searchTheTableFor(browser, miner);

      browser.click(By.cssSelector("#devices-form\\:devices-table tbody tr .ui-chkbox-box"));
      browser.click(By.id("devices-form:bulk-restart"));
      browser.click(By.id("devices-form:confirm-yes"));

      await("one restart queued for the selected device")
          .atMost(Duration.ofSeconds(10))
          .until(() -> api.getArrayAsAdmin("api/v1/commands?deviceId=" + device).size() == 1);
      JsonObject command =
          api.getArrayAsAdmin("api/v1/commands?deviceId=" + device).getJsonObject(0);
      assertThat(command.getString("action")).isEqualTo("restart");
      assertThat(command.getString("createdBy")).isEqualTo(operator.username());
    }
  }

  /** Opens the devices table and searches it, on the server, down to this one device. */
  private static void searchTheTableFor(Browser browser, String address) {
    browser.go("app/devices.xhtml");
    browser.waitFor(By.id("devices-form:device-search")).sendKeys(address);
    await("the table filtered on the server to the one device")
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                browser
                    .driver()
                    .findElements(By.cssSelector("#devices-form\\:devices-table tbody tr")),
            rows -> rows.size() == 1 && rows.get(0).getText().contains(address));
  }

  private JsonObject answer(String body) {
    HttpResponse<String> response =
        api.report(sentry.id(), CommanderApi.bearer(sentry.token()), body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return CommanderApi.json(response.body()).asJsonObject();
  }

  private void report(String entry) {
    answer("{\"entries\":[" + entry + "],\"dropped\":0}");
  }

  private String reading(double hashrate) {
    return """
        {"seq":%d,"time":"%s","address":"%s","kind":"asic","reading":{"result":"reading",\
        "make":"Bitmain","model":"Antminer S19 Pro","firmware":"stock","algorithm":"SHA-256",\
        "hashrateHs":%s,"powerW":3250,"fansRpm":[5400,5520],\
        "boards":[{"index":0,"hashrateHs":%s,"chipTempC":70.5,"chips":76,"expectedChips":76}]}}"""
        .formatted(
            seq.incrementAndGet(),
            Instant.now().truncatedTo(ChronoUnit.MILLIS),
            miner,
            Double.toString(hashrate),
            Double.toString(hashrate));
  }
}
