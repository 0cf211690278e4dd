package io.hashwatch.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The backup commander end to end: nodes A and B of one cluster (bin/commander with
 * HASHWATCH_CLUSTER_MEMBERS) on one PostgreSQL, {@code sentry simulate} serving 200 miners and an
 * ASIC sentry listing both commanders, an offline rule for a miner the test kills and the watchdog
 * on. Node A is killed with SIGKILL under load, then node B after A came back, then PostgreSQL
 * stops for two minutes: the sentry moves within 10 s, the once-per-farm timers move to the
 * survivor, the offline alert opens once, and every reading arrives exactly once.
 */
class CommanderFailoverIT {
  private static final System.Logger LOG = System.getLogger(CommanderFailoverIT.class.getName());
  private static final int MINERS = 200;
  private static final Duration INTERVAL = Duration.ofSeconds(5);
  private static final Duration SWITCH_LIMIT = Duration.ofSeconds(10);
  private static final Duration DATABASE_OUTAGE = Duration.ofMinutes(2);
  // The worst case of the slowest lease (alerts, rollups: 90 s, and a run every 30 or 60 s), and
  // some slack for a loaded machine.
  private static final Duration TAKEOVER_LIMIT = Duration.ofMinutes(3);
  private static final List<String> LEASES =
      List.of("alerts", "telemetry-rollup", "watchdog", "notifications");
  private static final String RULE = "failover-offline";

  private final CommanderApi api = new CommanderApi();
  private final Map<String, String> measured = new LinkedHashMap<>();

  @Test
  void aBackupNodeTakesOverTwiceAndADatabaseOutageLosesNothing() throws Exception {
    Path work = CommanderApi.workDir("failover");
    List<Integer> dataGrid = List.of(LaunchedCommander.freePort(), LaunchedCommander.freePort());
    List<Integer> http = List.of(LaunchedCommander.freePort(), LaunchedCommander.freePort());
    try (RestartablePostgres postgres = RestartablePostgres.start(work.resolve("postgres"));
        LaunchedSentry simulator = AsicSentryEndToEndIT.simulate(work, MINERS, "127.0.9.1")) {
      Node a = new Node("nodeA", 0, work, postgres, dataGrid, http);
      Node b = new Node("nodeB", 1, work, postgres, dataGrid, http);
      LaunchedCommander nodeA = a.start();
      LaunchedCommander nodeB = b.start();
      LaunchedSentry sentry = null;
      try {
        List<String> miners = AsicSentryEndToEndIT.simulatedAddresses(simulator, MINERS);
        JsonObject registered = api.registerSentry(nodeA, "failover-sentry");
        long sentryId = registered.getJsonNumber("id").longValue();
        Path token = Files.writeString(work.resolve("sentry.token"), registered.getString("token"));
        sentry =
            LaunchedSentry.start(
                work.resolve("asic.log"), asic(nodeA, nodeB, sentryId, token, miners, work));
        await("every miner reported")
            .atMost(Duration.ofMinutes(2))
            .pollInterval(Duration.ofSeconds(1))
            .until(
                () ->
                    postgres.number(
                            "SELECT COUNT(DISTINCT device_id) FROM reading WHERE sentry_id = ?",
                            sentryId)
                        == MINERS);

        String victim = miners.get(0);
        long victimId =
            postgres.number(
                "SELECT id FROM device WHERE sentry_id = ? AND address = ?", sentryId, victim);
        api.send(
            api.put(
                nodeA,
                "api/v1/alert-rules/" + RULE,
                "{\"kind\":\"device-offline\",\"severity\":\"critical\",\"scope\":\"device:"
                    + victimId
                    + "\",\"sustainSeconds\":0,\"clearSeconds\":600,\"enabled\":true}"),
            200);
        api.send(
            api.put(
                nodeA,
                "api/v1/watchdog",
                "{\"enabled\":true,\"steps\":[\"restart\",\"reboot\"],\"triggerSeconds\":4,"
                    + "\"waitSeconds\":10,\"maxCyclesPerDay\":3,\"siteHoldPercent\":50}"),
            200);
        simulator.tell("kill " + victim);
        simulator.awaitLines(line -> line.equals("ok kill " + victim), 1, Duration.ofMinutes(1));
        await("the offline alert of the killed miner")
            .atMost(Duration.ofMinutes(2))
            .pollInterval(Duration.ofSeconds(1))
            .until(() -> offlineAlerts(postgres) == 1);
        await("the watchdog's first step")
            .atMost(Duration.ofMinutes(1))
            .pollInterval(Duration.ofSeconds(1))
            .until(() -> watchdogSteps(postgres, victimId) >= 1);

        Instant firstKill = failOver("A to B", 1, nodeA, "nodeB", postgres, sentry, sentryId);
        nodeA = a.start();
        failOver("B to A", 2, nodeB, "nodeA", postgres, sentry, sentryId);
        assertThat(offlineAlerts(postgres)).as("offline alerts of the killed miner").isEqualTo(1);

        long before = lastSeq(postgres, sentryId);
        int unavailable =
            sentry.awaitLines(line -> line.contains("unavailable"), 0, Duration.ZERO).size();
        Instant down = Instant.now();
        postgres.stop();
        HttpResponse<String> health = health(nodeA);
        assertThat(health.statusCode()).as(health.body()).isEqualTo(503);
        assertThat(health.body()).contains("DOWN");
        // 503 from both nodes, or no answer while a node waits for a connection to the database.
        sentry.awaitLines(
            line -> line.contains("unavailable"), unavailable + 1, Duration.ofMinutes(1));
        await().atMost(DATABASE_OUTAGE.plusSeconds(10)).until(() -> passed(down, DATABASE_OUTAGE));
        postgres.start();
        Instant up = Instant.now();
        await("the sentry caught up after the database outage")
            .atMost(Duration.ofMinutes(3))
            .pollInterval(Duration.ofSeconds(2))
            .ignoreExceptions()
            .until(() -> caughtUp(postgres, sentryId, up.plus(INTERVAL.multipliedBy(2))));
        measured.put("database back -> caught up", seconds(up, Instant.now()));
        assertThat(health(nodeA).statusCode()).isEqualTo(200);
        sentry.close();
        assertThat(sentry.log()).contains(" 0 entries wait in the outbox");

        long stored = postgres.number("SELECT COUNT(*) FROM reading WHERE sentry_id = ?", sentryId);
        long lastSeq = lastSeq(postgres, sentryId);
        measured.put("readings stored", String.valueOf(stored));
        measured.put("sequences given (last_seq)", String.valueOf(lastSeq));
        measured.put(
            "readings taken from the database stop to the end", String.valueOf(lastSeq - before));
        assertThat(stored).as("readings stored = sequences the sentry gave").isEqualTo(lastSeq);
        assertThat(postgres.number("SELECT MIN(seq) FROM reading WHERE sentry_id = ?", sentryId))
            .isEqualTo(1);
        assertThat(offlineAlerts(postgres)).as("offline alerts of the killed miner").isEqualTo(1);
        assertNoDoubledWatchdogStep(postgres, victimId);
        assertThat(
                postgres.number(
                    "SELECT COUNT(*) FROM rollup_state WHERE level = '5m' AND done_until > ?",
                    OffsetDateTime.ofInstant(firstKill, ZoneOffset.UTC)))
            .as("the 5-minute rollups went on after the takeovers")
            .isEqualTo(1);
      } finally {
        LOG.log(System.Logger.Level.INFO, "Commander failover, measured: " + measured);
        Files.writeString(work.resolve("measured.txt"), measured.toString());
        if (sentry != null) {
          sentry.close();
        }
        nodeA.close();
        nodeB.close();
      }
    }
  }

  /**
   * Kills {@code dying} with SIGKILL under load and measures how long until the sentry's readings
   * are stored again (by the survivor: the dying node cannot) and until every lease is held by
   * {@code survivor}; the sentry has logged its {@code failover}-th switch. Returns when it killed.
   */
  private Instant failOver(
      String name,
      int failover,
      LaunchedCommander dying,
      String survivor,
      RestartablePostgres postgres,
      LaunchedSentry sentry,
      long sentryId)
      throws Exception {
    dying.kill();
    Instant killed = Instant.now();
    long atKill = lastSeq(postgres, sentryId);
    await("readings stored by " + survivor)
        .atMost(SWITCH_LIMIT)
        .pollInterval(Duration.ofMillis(200))
        .until(() -> lastSeq(postgres, sentryId) > atKill);
    measured.put(
        name + ": kill -> first batch stored by the survivor", seconds(killed, Instant.now()));
    Map<String, Instant> taken = new LinkedHashMap<>();
    await("every lease held by " + survivor)
        .atMost(TAKEOVER_LIMIT)
        .pollInterval(Duration.ofMillis(500))
        .until(() -> takenOver(postgres, survivor, taken));
    taken.forEach(
        (lease, at) ->
            measured.put(name + ": kill -> lease " + lease + " taken over", seconds(killed, at)));
    String expires = postgres.text("SELECT expires FROM farm_lease WHERE name = 'alerts'");
    await("the alert timer renewing its lease on " + survivor)
        .atMost(Duration.ofMinutes(1))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () ->
                !expires.equals(
                    postgres.text("SELECT expires FROM farm_lease WHERE name = 'alerts'")));
    List<String> switches =
        sentry.awaitLines(
            line -> line.contains("unavailable") && line.contains(" now"), failover, SWITCH_LIMIT);
    LOG.log(
        System.Logger.Level.INFO, name + ": the sentry said " + switches.get(switches.size() - 1));
    return killed;
  }

  private static String[] asic(
      LaunchedCommander nodeA,
      LaunchedCommander nodeB,
      long sentryId,
      Path token,
      List<String> miners,
      Path work) {
    List<String> arguments =
        new ArrayList<>(
            List.of(
                AsicSentryEndToEndIT.asicArguments(
                    nodeA, sentryId, token, miners, work.resolve("outbox"))));
    arguments.addAll(
        List.of(
            "--commander",
            nodeB.base.toString(),
            // Stays on the survivor until it dies too, so that the second kill moves it again.
            "--commander-return",
            "1h"));
    return arguments.toArray(String[]::new);
  }

  private HttpResponse<String> health(LaunchedCommander node) throws Exception {
    return api.http.send(
        HttpRequest.newBuilder(node.base.resolve("health")).timeout(CommanderApi.TIMEOUT).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static long offlineAlerts(RestartablePostgres postgres) throws Exception {
    return postgres.number("SELECT COUNT(*) FROM alert WHERE rule_id = ?", RULE);
  }

  private static long watchdogSteps(RestartablePostgres postgres, long deviceId) throws Exception {
    return postgres.number(
        "SELECT COUNT(*) FROM command WHERE created_by = 'watchdog' AND device_id = ?", deviceId);
  }

  /**
   * Notes when each lease is first seen held by {@code survivor}; returns whether all are. Each
   * lease is timed on its own, not one after another.
   */
  private static boolean takenOver(
      RestartablePostgres postgres, String survivor, Map<String, Instant> taken) throws Exception {
    for (String lease : LEASES) {
      if (!taken.containsKey(lease)
          && survivor.equals(
              postgres.text("SELECT holder FROM farm_lease WHERE name = ?", lease))) {
        taken.put(lease, Instant.now());
      }
    }
    return taken.size() == LEASES.size();
  }

  /**
   * Two nodes taking the same step would create the same action twice in a row; a ladder goes from
   * one step to the next (at once when a step failed, as it does on a dead miner).
   */
  private void assertNoDoubledWatchdogStep(RestartablePostgres postgres, long deviceId)
      throws Exception {
    assertThat(
            postgres.number(
                """
                SELECT COUNT(*) FROM (
                  SELECT action, LAG(action) OVER (ORDER BY created, id) AS before FROM command
                  WHERE created_by = 'watchdog' AND device_id = ?) steps
                WHERE action = before""",
                deviceId))
        .as("watchdog steps for the killed miner that repeat the step before")
        .isZero();
    measured.put(
        "watchdog steps for the killed miner",
        String.valueOf(
            postgres.number(
                "SELECT COUNT(*) FROM command WHERE created_by = 'watchdog' AND device_id = ?",
                deviceId)));
  }

  private static long lastSeq(RestartablePostgres postgres, long sentryId) throws Exception {
    return postgres.number("SELECT last_seq FROM sentry WHERE id = ?", sentryId);
  }

  /** Whether each living miner has a reading taken after {@code after}: the backlog is drained. */
  private static boolean caughtUp(RestartablePostgres postgres, long sentryId, Instant after)
      throws Exception {
    return postgres.number(
            "SELECT COUNT(DISTINCT device_id) FROM reading WHERE sentry_id = ? AND time > ?",
            sentryId,
            OffsetDateTime.ofInstant(after, ZoneOffset.UTC))
        >= MINERS - 1;
  }

  private static boolean passed(Instant since, Duration duration) {
    return Duration.between(since, Instant.now()).compareTo(duration) >= 0;
  }

  private static String seconds(Instant from, Instant to) {
    return String.format("%.1f s", Duration.between(from, to).toMillis() / 1000.0);
  }

  /** One node of the cluster: its name, ports and data folder, started as often as needed. */
  private record Node(
      String name,
      int index,
      Path work,
      RestartablePostgres postgres,
      List<Integer> dataGrid,
      List<Integer> http) {

    LaunchedCommander start() throws Exception {
      Path dir = work.resolve(name);
      Map<String, String> environment = CommanderApi.environment(dir);
      environment.put("HASHWATCH_DB_URL", postgres.jdbcUrl());
      environment.put("HASHWATCH_DB_USER", "postgres");
      environment.put("HASHWATCH_DB_PASSWORD", "postgres");
      environment.put("HASHWATCH_NODE", name);
      environment.put(
          "HASHWATCH_CLUSTER_MEMBERS",
          "127.0.0.1:" + dataGrid.get(0) + ",127.0.0.1:" + dataGrid.get(1));
      environment.put("HASHWATCH_CLUSTER_PORT", String.valueOf(dataGrid.get(index)));
      environment.put("HASHWATCH_CLUSTER_INTERFACE", "127.0.0.1");
      environment.put("HASHWATCH_CLUSTER_NAME", "failover-" + work.getFileName());
      environment.put("HASHWATCH_WATCHDOG_EVERY", "PT2S");
      return LaunchedCommander.start(dir, environment, http.get(index));
    }
  }
}
