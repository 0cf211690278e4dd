package io.hashwatch.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A first start as a new user makes it: {@code bin/commander} with its defaults brings up the demo
 * farm. Then an operator power-cycles a miner from the API through the relay that powers it.
 */
class FarmEndToEndIT {
  private static final int DEMO_MINERS = 50;

  private final CommanderApi api = new CommanderApi();

  @Test
  void theFirstStartShowsALivingDemoFarmAndARelayCommandPowerCyclesAMiner() throws Exception {
    Path work = CommanderApi.workDir("farm");
    Map<String, String> environment = CommanderApi.environment(work);
    environment.put("HASHWATCH_DEMO", "true");
    try (LaunchedCommander commander = LaunchedCommander.start(work, environment);
        ShellyRelayStandIn relay = new ShellyRelayStandIn();
        LaunchedSentry simulator = AsicSentryEndToEndIT.simulate(work, 2, "127.0.4.1")) {
      await("the demo farm's miners online")
          .atMost(Duration.ofMinutes(2))
          .pollInterval(Duration.ofSeconds(2))
          .until(() -> onlineDemoMiners(commander) == DEMO_MINERS);
      JsonObject demoSentry = sentryNamed(commander, "demo");
      assertThat(demoSentry.getJsonObject("health").getInt("devicesOk")).isEqualTo(DEMO_MINERS);
      await("the demo rig, its GPU miner and its CPU miner online")
          .atMost(Duration.ofMinutes(1))
          .pollInterval(Duration.ofSeconds(2))
          .until(
              () -> onlineKinds(commander, "demo-rig"),
              kinds ->
                  kinds.equals(
                      Map.of(
                          "demo-rig",
                          "rig",
                          "demo-rig/t-rex",
                          "program",
                          "demo-rig/xmrig",
                          "program")));

      long demoSite =
          CommanderApi.json(api.send(api.get(commander, "api/v1/sites"), 200))
              .asJsonArray()
              .getValuesAs(JsonObject.class)
              .stream()
              .filter(site -> site.getString("name").equals("demo"))
              .findFirst()
              .orElseThrow()
              .getJsonNumber("id")
              .longValue();
      await("the demo's racks laid out, its miners and rig placed")
          .atMost(Duration.ofMinutes(1))
          .pollInterval(Duration.ofSeconds(2))
          .ignoreExceptions()
          .until(
              () ->
                  CommanderApi.json(
                          api.send(api.get(commander, "api/v1/sites/" + demoSite + "/layout"), 200))
                      .asJsonObject()
                      .getInt("placed"),
              placed -> placed >= DEMO_MINERS + 3);

      List<String> miners = AsicSentryEndToEndIT.simulatedAddresses(simulator, 2);
      JsonObject registered = api.registerSentry(commander, "relay-sentry");
      Path config = work.resolve("relay-sentry.conf");
      Files.writeString(
          config,
          relay.sentryConfig(
              commander,
              registered,
              miners,
              miners.get(0),
              Path.of(System.getProperty("work.dir"), "relay-outbox-" + System.nanoTime())));
      try (LaunchedSentry sentry =
          LaunchedSentry.start(work.resolve("relay-sentry.log"), "asic", "--config", "" + config)) {
        long minerId = awaitDevice(commander, miners.get(0));

        JsonObject created =
            CommanderApi.json(
                    api.send(
                        api.post(
                            commander,
                            "api/v1/commands",
                            "{\"deviceId\":" + minerId + ",\"action\":\"power-cycle\"}"),
                        201))
                .asJsonObject();
        long commandId = created.getJsonNumber("id").longValue();
        await("the power-cycle's result")
            .atMost(Duration.ofMinutes(1))
            .pollInterval(Duration.ofSeconds(1))
            .until(() -> !command(commander, commandId).getString("status").matches("queued|sent"));

        JsonObject done = command(commander, commandId);
        assertThat(done.getString("status")).as(done.toString()).isEqualTo("succeeded");
        assertThat(done.getString("detail")).contains("off", "on");
        assertThat(relay.switches()).containsExactly("off", "on");
        assertThat(sentry.isAlive()).isTrue();
      }
    }
  }

  private long onlineDemoMiners(LaunchedCommander commander) throws Exception {
    return devices(commander).getValuesAs(JsonObject.class).stream()
        .filter(device -> device.getString("address").startsWith("127.0.50."))
        .filter(FarmEndToEndIT::isUp)
        .count();
  }

  /** The online devices whose address starts with {@code prefix}, with their kinds. */
  private Map<String, String> onlineKinds(LaunchedCommander commander, String prefix)
      throws Exception {
    return devices(commander).getValuesAs(JsonObject.class).stream()
        .filter(device -> device.getString("address").startsWith(prefix))
        .filter(FarmEndToEndIT::isUp)
        .collect(
            Collectors.toMap(
                device -> device.getString("address"), device -> device.getString("kind")));
  }

  /**
   * Reporting readings: online, or online with a warning (some simulated firmwares answer one
   * command with an error, and a hot simulated miner is a warning too).
   */
  private static boolean isUp(JsonObject device) {
    return device.getString("status").matches("online|warning");
  }

  private long awaitDevice(LaunchedCommander commander, String address) {
    return await("the relay-sentry's miner " + address)
        .atMost(Duration.ofMinutes(1))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () ->
                devices(commander).getValuesAs(JsonObject.class).stream()
                    .filter(device -> device.getString("address").equals(address))
                    .map(device -> device.getJsonNumber("id").longValue())
                    .findFirst()
                    .orElse(0L),
            id -> id > 0);
  }

  private JsonArray devices(LaunchedCommander commander) throws Exception {
    return CommanderApi.json(api.send(api.get(commander, "api/v1/devices"), 200)).asJsonArray();
  }

  private JsonObject sentryNamed(LaunchedCommander commander, String name) throws Exception {
    return CommanderApi.json(api.send(api.get(commander, "api/v1/sentries"), 200))
        .asJsonArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(sentry -> sentry.getString("name").equals(name))
        .findFirst()
        .orElseThrow();
  }

  private JsonObject command(LaunchedCommander commander, long id) throws Exception {
    return CommanderApi.json(api.send(api.get(commander, "api/v1/commands/" + id), 200))
        .asJsonObject();
  }
}
