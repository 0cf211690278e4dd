package io.hashwatch.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A whole site goes dark: the launched commander with its alert rules, a webhook channel for the
 * site and the watchdog on; {@code sentry simulate} with six miners at one site, one of them
 * powered by a Shelly relay, and the site's ASIC sentry still reporting (a power cut in the miners'
 * hall, not in the sentry's). The channel hears of it once, counting the devices, and the watchdog
 * holds back: no restart, no power-cycle.
 */
class SiteDarkEndToEndIT {
  private static final int MINERS = 6;
  private static final String SITE = "dark-hall";
  private static final Duration MINUTE = Duration.ofMinutes(1);

  private final CommanderApi api = new CommanderApi();

  @Test
  void aSiteGoingDarkIsOneNotificationAndNoPowerCycle() throws Exception {
    Path work = CommanderApi.workDir("site-dark");
    Map<String, String> environment = CommanderApi.environment(work);
    environment.put("HASHWATCH_WATCHDOG_EVERY", "PT2S");
    try (LaunchedCommander commander = LaunchedCommander.start(work, environment);
        ShellyRelayStandIn relay = new ShellyRelayStandIn();
        WebhookReceiver receiver = new WebhookReceiver();
        LaunchedSentry simulator =
            LaunchedSentry.start(
                work.resolve("simulate.log"),
                "simulate",
                "--count",
                String.valueOf(MINERS),
                "--from",
                "127.0.9.1",
                "--firmware",
                "luxos")) {
      List<String> miners = AsicSentryEndToEndIT.simulatedAddresses(simulator, MINERS);
      JsonObject registered =
          CommanderApi.json(
                  api.send(
                      api.post(
                          commander,
                          "api/v1/sentries",
                          "{\"name\":\"dark-sentry\",\"site\":\"" + SITE + "\"}"),
                      201))
              .asJsonObject();
      Path config = work.resolve("dark-sentry.conf");
      Files.writeString(
          config,
          relay.sentryConfig(commander, registered, miners, miners.get(0), work.resolve("outbox")));
      try (LaunchedSentry sentry =
          LaunchedSentry.start(work.resolve("sentry.log"), "asic", "--config", "" + config)) {
        await("the site's miners online")
            .atMost(MINUTE)
            .pollInterval(Duration.ofSeconds(1))
            .until(() -> online(commander) == MINERS);
        send(
            "PUT",
            commander,
            "api/v1/alert-rules/dark-hall-offline",
            "{\"kind\":\"device-offline\",\"severity\":\"critical\",\"scope\":\"site:"
                + SITE
                + "\",\"sustainSeconds\":0,\"clearSeconds\":60,\"enabled\":true}",
            200);
        send(
            "POST",
            commander,
            "api/v1/channels",
            "{\"name\":\"dark-hall hook\",\"type\":\"webhook\",\"url\":\""
                + receiver.url()
                + "\",\"minSeverity\":\"critical\",\"scope\":\"site:"
                + SITE
                + "\",\"enabled\":true}",
            201);
        send(
            "PUT",
            commander,
            "api/v1/watchdog",
            "{\"enabled\":true,\"steps\":[\"restart\",\"reboot\",\"power-cycle\"],"
                + "\"triggerSeconds\":4,\"waitSeconds\":10,\"maxCyclesPerDay\":3,"
                + "\"siteHoldPercent\":50}",
            200);

        // The alert timer evaluates at :00 and :30 of each minute. A power cut darkens every
        // miner at once; the cut is made just after an evaluation, so that the next one sees the
        // site dark as a whole, as it would see a real cut.
        await("just after an alert evaluation")
            .atMost(MINUTE)
            .pollInterval(Duration.ofMillis(200))
            .until(
                () -> LocalTime.now(ZoneOffset.UTC).getSecond() % 30,
                second -> second >= 2 && second <= 10);
        for (String miner : miners) {
          simulator.tell("kill " + miner);
        }
        simulator.awaitLines(line -> line.startsWith("ok kill "), MINERS, MINUTE);

        String message =
            await("the site's notification")
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .until(receiver::bodies, bodies -> !bodies.isEmpty())
                .get(0);
        JsonObject json = CommanderApi.json(message).asJsonObject();
        // The relay is a device of the site too, and it stays up: the cut is behind it.
        assertThat(json.getString("title"))
            .isEqualTo(
                "[critical] site %s: %d of %d devices offline".formatted(SITE, MINERS, MINERS + 1));
        assertThat(json.getJsonArray("bursts")).hasSize(1);
        assertThat(
                CommanderApi.json(api.send(api.get(commander, "api/v1/alerts?site=" + SITE), 200))
                    .asJsonArray())
            .as("an alert per device, one message for all")
            .hasSize(MINERS);

        // The watchdog runs every 2 s with a trigger of 4 s: it had its chances by now.
        await("the watchdog's view of the dark site")
            .atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofSeconds(1))
            .until(() -> heldBack(commander), held -> held == MINERS);
        assertThat(receiver.bodies()).as("still the one message").hasSize(1);
        assertThat(
                CommanderApi.json(
                        api.send(api.get(commander, "api/v1/commands?createdBy=watchdog"), 200))
                    .asJsonArray())
            .as("no restart, no reboot, no power-cycle")
            .isEmpty();
        assertThat(relay.switches()).isEmpty();
        assertThat(sentry.isAlive()).isTrue();
      }
    }
  }

  private void send(
      String method, LaunchedCommander commander, String path, String body, int status)
      throws Exception {
    api.send(
        HttpRequest.newBuilder(commander.base.resolve(path))
            .header("Authorization", CommanderApi.admin())
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(body)),
        status);
  }

  private long online(LaunchedCommander commander) throws Exception {
    return CommanderApi.json(api.send(api.get(commander, "api/v1/devices"), 200))
        .asJsonArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(device -> device.getString("address").startsWith("127.0.9."))
        .filter(device -> device.getString("status").matches("online|warning"))
        .count();
  }

  /** How many devices the watchdog lists as failing but held back. */
  private long heldBack(LaunchedCommander commander) throws Exception {
    return CommanderApi.json(api.send(api.get(commander, "api/v1/watchdog"), 200))
        .asJsonObject()
        .getJsonArray("devices")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(device -> !device.isNull("heldBack"))
        .count();
  }
}
