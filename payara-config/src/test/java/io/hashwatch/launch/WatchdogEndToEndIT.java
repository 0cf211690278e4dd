package io.hashwatch.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The watchdog end to end: the launched commander running it every 2 s, {@code sentry simulate}
 * with four LuxOS miners, and an ASIC sentry whose config has a Shelly relay powering miner 2. A
 * stalled miner is restarted and hashes again; a dead one goes up the ladder to a power-cycle
 * through its relay, and comes back. The action log shows each step, created by the watchdog.
 */
class WatchdogEndToEndIT {
  private static final Duration MINUTE = Duration.ofMinutes(1);

  private final CommanderApi api = new CommanderApi();

  @Test
  void aStalledMinerIsRestartedAndADeadOneIsPowerCycledThroughItsRelay() throws Exception {
    Path work = CommanderApi.workDir("watchdog");
    Map<String, String> environment = CommanderApi.environment(work);
    environment.put("HASHWATCH_WATCHDOG_EVERY", "PT2S");
    try (LaunchedCommander commander = LaunchedCommander.start(work, environment);
        ShellyRelayStandIn relay = new ShellyRelayStandIn();
        LaunchedSentry simulator =
            LaunchedSentry.start(
                work.resolve("simulate.log"),
                "simulate",
                "--count",
                "4",
                "--from",
                "127.0.7.1",
                "--firmware",
                "luxos")) {
      List<String> miners = AsicSentryEndToEndIT.simulatedAddresses(simulator, 4);
      JsonObject registered = api.registerSentry(commander, "watchdog-sentry");
      Path config = work.resolve("watchdog-sentry.conf");
      Files.writeString(
          config,
          relay.sentryConfig(commander, registered, miners, miners.get(1), work.resolve("outbox")));
      try (LaunchedSentry sentry =
          LaunchedSentry.start(work.resolve("sentry.log"), "asic", "--config", "" + config)) {
        long stalled = awaitHashing(commander, miners.get(0));
        long dead = awaitHashing(commander, miners.get(1));
        awaitHashing(commander, miners.get(2));
        awaitHashing(commander, miners.get(3));

        api.send(
            put(
                commander,
                "{\"enabled\":true,\"steps\":[\"restart\",\"reboot\"],\"triggerSeconds\":4,"
                    + "\"waitSeconds\":15,\"maxCyclesPerDay\":3,\"siteHoldPercent\":101}"),
            400);
        JsonObject saved =
            CommanderApi.json(
                    api.send(
                        put(
                            commander,
                            "{\"enabled\":true,\"steps\":[\"restart\",\"reboot\",\"power-cycle\"],"
                                + "\"triggerSeconds\":4,\"waitSeconds\":15,"
                                + "\"maxCyclesPerDay\":3,\"siteHoldPercent\":50}"),
                        200))
                .asJsonObject();
        assertThat(saved.getJsonObject("settings").getBoolean("enabled")).isTrue();
        assertThat(saved.getJsonObject("settings").getString("updatedBy")).isEqualTo("admin");

        fault(simulator, "stall", miners.get(0));
        await("the watchdog's restart of the stalled miner succeeded")
            .atMost(MINUTE)
            .pollInterval(Duration.ofSeconds(1))
            .until(
                () -> steps(commander, stalled),
                steps -> steps.equals(List.of("restart succeeded")));
        awaitHashing(commander, miners.get(0));
        await("its ladder ended")
            .atMost(MINUTE)
            .pollInterval(Duration.ofSeconds(1))
            .until(() -> !inHands(commander, stalled));
        assertThat(steps(commander, stalled))
            .as("no further step")
            .containsExactly("restart succeeded");

        fault(simulator, "kill", miners.get(1));
        await("the relay switched off, then on")
            .atMost(Duration.ofSeconds(90))
            .pollInterval(Duration.ofMillis(200))
            .until(relay::switches, switches -> switches.equals(List.of("off", "on")));
        fault(simulator, "heal", miners.get(1));
        awaitHashing(commander, miners.get(1));
        await("its ladder ended")
            .atMost(MINUTE)
            .pollInterval(Duration.ofSeconds(1))
            .until(() -> !inHands(commander, dead));
        assertThat(steps(commander, dead))
            .containsExactly("restart failed", "reboot failed", "power-cycle succeeded");
        assertThat(steps(commander, stalled)).containsExactly("restart succeeded");
        assertThat(sentry.isAlive()).isTrue();
      }
    }
  }

  private static void fault(LaunchedSentry simulator, String command, String miner)
      throws Exception {
    simulator.tell(command + " " + miner);
    simulator.awaitLines(line -> line.equals("ok " + command + " " + miner), 1, MINUTE);
  }

  private HttpRequest.Builder put(LaunchedCommander commander, String body) {
    return HttpRequest.newBuilder(commander.base.resolve("api/v1/watchdog"))
        .header("Authorization", CommanderApi.admin())
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(body));
  }

  /** The watchdog's commands to {@code deviceId}, oldest first, as "action status". */
  private List<String> steps(LaunchedCommander commander, long deviceId) throws Exception {
    List<String> steps =
        CommanderApi.json(
                api.send(
                    api.get(
                        commander,
                        "api/v1/commands?createdBy=watchdog&deviceId=" + deviceId + "&limit=50"),
                    200))
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .map(command -> command.getString("action") + " " + command.getString("status"))
            .collect(Collectors.toCollection(ArrayList::new));
    Collections.reverse(steps);
    return steps;
  }

  /** Whether the watchdog lists {@code deviceId} as failing, in a ladder or given up. */
  private boolean inHands(LaunchedCommander commander, long deviceId) throws Exception {
    return CommanderApi.json(api.send(api.get(commander, "api/v1/watchdog"), 200))
        .asJsonObject()
        .getJsonArray("devices")
        .getValuesAs(JsonObject.class)
        .stream()
        .anyMatch(device -> device.getJsonNumber("deviceId").longValue() == deviceId);
  }

  /** Waits until the miner at {@code address} reports a hashrate above 0; its device id. */
  private long awaitHashing(LaunchedCommander commander, String address) {
    return await("the miner " + address + " hashing")
        .atMost(MINUTE)
        .pollInterval(Duration.ofSeconds(1))
        .ignoreExceptions()
        .until(() -> hashingId(commander, address), id -> id > 0);
  }

  private long hashingId(LaunchedCommander commander, String address) throws Exception {
    JsonObject summary =
        CommanderApi.json(api.send(api.get(commander, "api/v1/devices"), 200))
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(device -> device.getString("address").equals(address))
            .findFirst()
            .orElseThrow();
    long id = summary.getJsonNumber("id").longValue();
    JsonObject device =
        CommanderApi.json(api.send(api.get(commander, "api/v1/devices/" + id), 200)).asJsonObject();
    boolean reporting = device.getString("status").matches("online|warning");
    JsonObject reading = device.getJsonObject("reading");
    boolean hashing =
        reading != null
            && reading.containsKey("hashrateHs")
            && reading.getJsonNumber("hashrateHs").doubleValue() > 0;
    return reporting && hashing ? id : 0;
  }
}
