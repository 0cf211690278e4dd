package io.hashwatch.commander.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The live updates on a real Payara Micro running the WAR the build made: a page opened over
 * WebSocket hears of stored reports within 2 s, once a second at most, and only with credentials.
 * Each test has its own sentry and looks only at its devices.
 */
@OnPayaraMicro
@RunAsClient
class LiveUpdatesIT {

  @ArquillianResource URL deployment;

  private URI commander;
  private CommanderApi api;
  private CommanderApi.Sentry sentry;

  @Deployment(testable = false)
  static WebArchive commander() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("commander.war")));
  }

  @BeforeEach
  void registerSentry() throws Exception {
    commander = deployment.toURI();
    api = new CommanderApi(commander);
    sentry = api.registerSentry("live-" + UUID.randomUUID());
  }

  @Test
  void aStoredReadingReachesAnOpenPageWithinTwoSeconds() {
    try (LivePage page =
        LivePage.open(commander, CommanderApi.basic("admin", CommanderApi.ADMIN_PASSWORD))) {
      Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
      String address = "10.20.0.1:4028";
      report("{\"entries\":[" + entry(1, address, now, 1.25e14) + "],\"dropped\":0}");

      JsonObject device =
          await("the device in a live message")
              .atMost(Duration.ofSeconds(2))
              .until(() -> devicesIn(page).get(address), found -> found != null);

      assertThat(device.getString("kind")).isEqualTo("asic");
      assertThat(device.getString("status")).isEqualTo("online");
      assertThat(device.getString("time")).isEqualTo(now.toString());
      assertThat(device.getJsonNumber("hashrateHs").doubleValue()).isEqualTo(1.25e14);
      assertThat(device.getJsonNumber("maxTempC").doubleValue()).isEqualTo(70.5);
      assertThat(device.containsKey("powerW")).as("an absent figure stays absent").isFalse();
    }
  }

  @Test
  void manyReadingsInQuickSuccessionArriveCoalesced() {
    try (LivePage page = LivePage.open(commander, api.addUser("viewer"))) {
      Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
      int seq = 0;
      for (int batch = 0; batch < 5; batch++) {
        List<String> entries = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
          for (int device = 0; device < 5; device++) {
            seq++;
            entries.add(entry(seq, address(device), start.plusMillis(seq), seq * 1e12));
          }
        }
        report("{\"entries\":[" + String.join(",", entries) + "],\"dropped\":0}");
      }

      await("all five devices heard of")
          .atMost(Duration.ofSeconds(3))
          .until(() -> devicesIn(page).size() == 5);
      await("no more than two messages for the 50 readings")
          .during(Duration.ofMillis(1500))
          .atMost(Duration.ofSeconds(3))
          .until(() -> messagesOfThisSentry(page).size() <= 2);

      for (JsonObject message : messagesOfThisSentry(page)) {
        List<String> addresses =
            ours(message).stream().map(device -> device.getString("address")).toList();
        assertThat(addresses).as("each device once in a message").doesNotHaveDuplicates();
      }
      Map<String, JsonObject> latest = devicesIn(page);
      for (int device = 0; device < 5; device++) {
        assertThat(latest.get(address(device)).getJsonNumber("hashrateHs").doubleValue())
            .as("the newest reading of device %d wins", device)
            .isEqualTo((45 + device + 1) * 1e12);
      }
    }
  }

  @Test
  void aHandshakeWithoutValidCredentialsIsRefused() {
    assertRefused(null);
    assertRefused(CommanderApi.basic("admin", "not-the-password"));
    assertRefused("Basic not-base64!");
  }

  @Test
  void aSignedInPageOpensTheFeedButOnlyFromItsOwnHost() throws Exception {
    String session = FormLogin.sessionCookie(commander, "admin", CommanderApi.ADMIN_PASSWORD);
    String ownOrigin = commander.getScheme() + "://" + commander.getAuthority();

    LivePage.handshakeWithHeaders(commander, "Cookie", session, "Origin", ownOrigin)
        .get(10, TimeUnit.SECONDS)
        .abort();
    for (String[] headers :
        List.of(
            new String[] {"Cookie", session, "Origin", "http://evil.example"},
            new String[] {"Cookie", session},
            new String[] {"Cookie", "JSESSIONID=forged", "Origin", ownOrigin})) {
      Throwable failure =
          catchThrowable(
              () -> LivePage.handshakeWithHeaders(commander, headers).get(10, TimeUnit.SECONDS));
      assertThat(failure)
          .as(String.join(" ", headers))
          .hasCauseInstanceOf(WebSocketHandshakeException.class);
      assertThat(((WebSocketHandshakeException) failure.getCause()).getResponse().statusCode())
          .isEqualTo(401);
    }
  }

  private void assertRefused(String authorization) {
    Throwable failure =
        catchThrowable(
            () -> LivePage.handshake(commander, authorization).get(10, TimeUnit.SECONDS));

    assertThat(failure).hasCauseInstanceOf(WebSocketHandshakeException.class);
    assertThat(((WebSocketHandshakeException) failure.getCause()).getResponse().statusCode())
        .isEqualTo(401);
  }

  private void report(String body) {
    assertThat(api.report(sentry.id(), CommanderApi.bearer(sentry.token()), body).statusCode())
        .isEqualTo(200);
  }

  private List<JsonObject> messagesOfThisSentry(LivePage page) {
    return page.messages().stream().filter(message -> !ours(message).isEmpty()).toList();
  }

  private List<JsonObject> ours(JsonObject message) {
    return message.getJsonArray("devices").getValuesAs(JsonObject.class).stream()
        .filter(device -> device.getJsonNumber("sentryId").longValue() == sentry.id())
        .toList();
  }

  /** The latest that the page heard of each device of this test's sentry, by address. */
  private Map<String, JsonObject> devicesIn(LivePage page) {
    Map<String, JsonObject> devices = new HashMap<>();
    for (JsonObject message : page.messages()) {
      ours(message).forEach(device -> devices.put(device.getString("address"), device));
    }
    return devices;
  }

  private static String address(int device) {
    return "10.20.1." + (device + 1) + ":4028";
  }

  private static String entry(long seq, String address, Instant time, double hashrate) {
    return """
        {"seq":%d,"time":"%s","address":"%s","kind":"asic","reading":{"result":"reading",\
        "make":"Bitmain","model":"Antminer S19 Pro","hashrateHs":%s,\
        "boards":[{"index":0,"hashrateHs":3.6e13,"chipTempC":70.5,"chips":76,"expectedChips":76}]}}"""
        .formatted(seq, time, address, Double.toString(hashrate));
  }
}
