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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The backup commander end to end: nodes A and B of one cluster (bin/commander with
 * HASHWATCH_CLUSTER_MEMBERS) on one PostgreSQL, {@code sentry simulate} serving 200 miners and two
 * ASIC sentries of 100 listing both commanders (one A first, one B first), an offline rule for a
 * miner the test kills and the watchdog on. Node A is killed with SIGKILL under load, then node B
 * after A came back, then PostgreSQL stops for two minutes: the sentry of the dead node moves
 * within 10 s and returns to its first commander when it is back, the once-per-farm timers move to
 * the survivor and run there, the offline alert opens once, and every reading arrives exactly once.
 */
class CommanderFailoverIT {
  private static final System.Logger LOG = System.getLogger(CommanderFailoverIT.class.getName());
  private static final int MINERS = 200;
  private static final Duration INTERVAL = Duration.ofSeconds(5);
  private static final Duration SWITCH_LIMIT = Duration.ofSeconds(10);
  // How often a sentry on its second commander offers a batch to its first again.
  private static final Duration RETURN = Duration.ofSeconds(15);
  private static final Duration DATABASE_OUTAGE = Duration.ofMinutes(2);
  // The nodes run their leased timers every few seconds (Node.start), so that a takeover takes
  // seconds, not the minutes of the default periods (docs/ARCHITECTURE.md); the slowest lease,
  // notifications, lasts 12 s. The rest is slack for a loaded machine.
  private static final Duration TAKEOVER_LIMIT = Duration.ofMinutes(1);
  private static final List<String> LEASES =
      List.of("alerts", "telemetry-rollup", "watchdog", "notifications");
  private static final String RULE = "failover-offline";
  private static final Duration ROLLUP_GRACE = Duration.ofMinutes(2);

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
      List<Watcher> sentries = new ArrayList<>();
      try {
        List<String> miners = AsicSentryEndToEndIT.simulatedAddresses(simulator, MINERS);
        Watcher aFirst = watcher("a-first", nodeA, nodeB, miners.subList(0, MINERS / 2), work);
        sentries.add(aFirst);
        Watcher bFirst = watcher("b-first", nodeB, nodeA, miners.subList(MINERS / 2, MINERS), work);
        sentries.add(bFirst);
        await("every miner reported")
            .atMost(Duration.ofMinutes(2))
            .pollInterval(Duration.ofSeconds(1))
            .until(
                () -> postgres.number("SELECT COUNT(DISTINCT device_id) FROM reading") == MINERS);

        String victim = miners.get(0);
        long victimId =
            postgres.number(
                "SELECT id FROM device WHERE sentry_id = ? AND address = ?", aFirst.id, victim);
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
            .atMost(Duration.ofMinutes(1))
            .pollInterval(Duration.ofSeconds(1))
            .until(() -> offlineAlerts(postgres) == 1);
        await("the watchdog's first step")
            .atMost(Duration.ofMinutes(1))
            .pollInterval(Duration.ofSeconds(1))
            .until(() -> watchdogSteps(postgres, victimId) >= 1);

        failOver("A to B", nodeA, "nodeB", postgres, aFirst);
        nodeA = a.start();
        Instant back = Instant.now();
        aFirst.process.awaitLines(
            line -> line.contains("back on the first commander"), 1, RETURN.plusMinutes(1));
        await("the returned sentry's readings stored by nodeA")
            .atMost(Duration.ofMinutes(1))
            .pollInterval(Duration.ofMillis(500))
            .until(() -> storedBy(postgres, aFirst, "nodeA"));
        measured.put("A back -> its first sentry stored there again", seconds(back, Instant.now()));
        failOver("B to A", nodeB, "nodeA", postgres, bFirst);
        assertThat(offlineAlerts(postgres)).as("offline alerts of the killed miner").isEqualTo(1);

        long before = postgres.number("SELECT SUM(last_seq) FROM sentry");
        Map<Watcher, Integer> unavailable = new LinkedHashMap<>();
        for (Watcher sentry : sentries) {
          unavailable.put(
              sentry,
              sentry
                  .process
                  .awaitLines(line -> line.contains("unavailable"), 0, Duration.ZERO)
                  .size());
        }
        Instant down = Instant.now();
        postgres.stop();
        HttpResponse<String> health = health(nodeA);
        assertThat(health.statusCode()).as(health.body()).isEqualTo(503);
        assertThat(health.body()).contains("DOWN");
        for (Watcher sentry : sentries) {
          // 503 from both nodes, or no answer while a node waits for a database connection.
          sentry.process.awaitLines(
              line -> line.contains("unavailable"),
              unavailable.get(sentry) + 1,
              Duration.ofMinutes(1));
        }
        await().atMost(DATABASE_OUTAGE.plusSeconds(10)).until(() -> passed(down, DATABASE_OUTAGE));
        postgres.start();
        Instant up = Instant.now();
        await("the sentries caught up after the database outage")
            .atMost(Duration.ofMinutes(3))
            .pollInterval(Duration.ofSeconds(2))
            .ignoreExceptions()
            .until(() -> caughtUp(postgres, up.plus(INTERVAL.multipliedBy(2))));
        measured.put("database back -> caught up", seconds(up, Instant.now()));
        assertThat(health(nodeA).statusCode()).isEqualTo(200);
        await("the 5-minute rollups up to date: a living node rolls what is due")
            .atMost(Duration.ofMinutes(1))
            .pollInterval(Duration.ofSeconds(1))
            .until(() -> rolledUpToDate(postgres));
        for (Watcher sentry : sentries) {
          sentry.process.close();
          assertThat(sentry.process.log()).contains(" 0 entries wait in the outbox");
        }

        long stored = postgres.number("SELECT COUNT(*) FROM reading");
        long given = postgres.number("SELECT SUM(last_seq) FROM sentry");
        measured.put("readings stored", String.valueOf(stored));
        measured.put("sequences given (last_seq of both sentries)", String.valueOf(given));
        measured.put(
            "readings taken from the database stop to the end", String.valueOf(given - before));
        for (Watcher sentry : sentries) {
          assertThat(postgres.number("SELECT COUNT(*) FROM reading WHERE sentry_id = ?", sentry.id))
              .as("readings stored = sequences sentry " + sentry.id + " gave")
              .isEqualTo(postgres.number("SELECT last_seq FROM sentry WHERE id = ?", sentry.id));
          assertThat(postgres.number("SELECT MIN(seq) FROM reading WHERE sentry_id = ?", sentry.id))
              .isEqualTo(1);
        }
        assertThat(offlineAlerts(postgres)).as("offline alerts of the killed miner").isEqualTo(1);
        assertNoDoubledWatchdogStep(postgres, victimId);
      } finally {
        LOG.log(System.Logger.Level.INFO, "Commander failover, measured: " + measured);
        Files.writeString(work.resolve("measured.txt"), measured.toString());
        for (Watcher sentry : sentries) {
          sentry.process.close();
        }
        nodeA.close();
        nodeB.close();
      }
    }
  }

  /**
   * Kills {@code dying} with SIGKILL under load and measures how long until the sentry's readings
   * are stored again (by the survivor: the dying node cannot) and until every lease is held by
   * {@code survivor} and renewed there; {@code moving}, the sentry that listed the dying node
   * first, has logged its switch.
   */
  private void failOver(
      String name,
      LaunchedCommander dying,
      String survivor,
      RestartablePostgres postgres,
      Watcher moving)
      throws Exception {
    dying.kill();
    Instant killed = Instant.now();
    long atKill = lastSeq(postgres, moving.id);
    await("readings stored by " + survivor)
        .atMost(SWITCH_LIMIT)
        .pollInterval(Duration.ofMillis(200))
        .until(() -> lastSeq(postgres, moving.id) > atKill);
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
    Map<String, String> expiries = new LinkedHashMap<>();
    for (String lease : LEASES) {
      expiries.put(lease, expires(postgres, lease));
    }
    await("every lease renewed by " + survivor + ": its timers run there")
        .atMost(TAKEOVER_LIMIT)
        .pollInterval(Duration.ofMillis(500))
        .until(() -> renewedByAll(postgres, survivor, expiries));
    List<String> switches =
        moving.process.awaitLines(
            line -> line.contains("unavailable") && line.contains(" now"), 1, SWITCH_LIMIT);
    LOG.log(
        System.Logger.Level.INFO, name + ": the sentry said " + switches.get(switches.size() - 1));
  }

  /**
   * Registers and starts an ASIC sentry polling {@code miners} that lists {@code first}, then
   * {@code second}, and offers its batches to {@code first} again every {@link #RETURN}.
   */
  private Watcher watcher(
      String name,
      LaunchedCommander first,
      LaunchedCommander second,
      List<String> miners,
      Path work)
      throws Exception {
    JsonObject registered = api.registerSentry(first, name);
    long id = registered.getJsonNumber("id").longValue();
    Path token = Files.writeString(work.resolve(name + ".token"), registered.getString("token"));
    List<String> arguments =
        new ArrayList<>(
            List.of(
                AsicSentryEndToEndIT.asicArguments(
                    first, id, token, miners, work.resolve(name + "-outbox"))));
    arguments.addAll(
        List.of(
            "--commander", second.base.toString(), "--commander-return", RETURN.toSeconds() + "s"));
    return new Watcher(
        id, LaunchedSentry.start(work.resolve(name + ".log"), arguments.toArray(String[]::new)));
  }

  /** Whether the latest states of {@code sentry}'s devices were last stored by {@code node}. */
  private static boolean storedBy(RestartablePostgres postgres, Watcher sentry, String node)
      throws Exception {
    return postgres.number(
            """
            SELECT COUNT(*) FROM device_state s JOIN device d ON d.id = s.device_id
            WHERE d.sentry_id = ? AND s.ingested_by = ?""",
            sentry.id,
            node)
        > 0;
  }

  private static String expires(RestartablePostgres postgres, String lease) throws Exception {
    return postgres.text("SELECT expires FROM farm_lease WHERE name = ?", lease);
  }

  /** Whether every lease is still held by {@code survivor} and was renewed since {@code seen}. */
  private static boolean renewedByAll(
      RestartablePostgres postgres, String survivor, Map<String, String> seen) throws Exception {
    for (String lease : LEASES) {
      if (!survivor.equals(postgres.text("SELECT holder FROM farm_lease WHERE name = ?", lease))
          || seen.get(lease).equals(expires(postgres, lease))) {
        return false;
      }
    }
    return true;
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
   * Two nodes taking the same step would create the same action twice in a row for a device; a
   * ladder goes from one step to the next (at once when a step failed, as it does on the killed
   * miner). Besides the killed miner, the watchdog climbs the ladder of every simulated Avalon: the
   * recorded reply they serve says 0 MH/s over 5 s.
   */
  private void assertNoDoubledWatchdogStep(RestartablePostgres postgres, long victimId)
      throws Exception {
    assertThat(
            postgres.number(
                """
                SELECT COUNT(*) FROM (
                  SELECT action,
                    LAG(action) OVER (PARTITION BY device_id ORDER BY created, id) AS before
                  FROM command WHERE created_by = 'watchdog') steps
                WHERE action = before"""))
        .as("watchdog steps that repeat the step before on their device")
        .isZero();
    measured.put(
        "watchdog steps for the killed miner", String.valueOf(watchdogSteps(postgres, victimId)));
    measured.put(
        "watchdog steps in all (devices)",
        postgres.text(
            """
            SELECT COUNT(*) || ' (' || COUNT(DISTINCT device_id) || ')' FROM command
            WHERE created_by = 'watchdog'"""));
  }

  private static long lastSeq(RestartablePostgres postgres, long sentryId) throws Exception {
    return postgres.number("SELECT last_seq FROM sentry WHERE id = ?", sentryId);
  }

  /**
   * Whether each living miner has a reading taken after {@code after}: the backlogs are drained.
   */
  private static boolean caughtUp(RestartablePostgres postgres, Instant after) throws Exception {
    return postgres.number(
            "SELECT COUNT(DISTINCT device_id) FROM reading WHERE time > ?",
            OffsetDateTime.ofInstant(after, ZoneOffset.UTC))
        >= MINERS - 1;
  }

  /**
   * Whether the 5-minute rollups reach the last bucket that is due: ended two minutes (the grace)
   * ago or more. When the test's readings all began after that bucket, none is due yet, and none
   * may have been rolled.
   */
  private boolean rolledUpToDate(RestartablePostgres postgres) throws Exception {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).minus(ROLLUP_GRACE);
    OffsetDateTime due = now.truncatedTo(ChronoUnit.HOURS).plusMinutes(now.getMinute() / 5 * 5);
    long reached =
        postgres.number(
            "SELECT COUNT(*) FROM rollup_state WHERE level = '5m' AND done_until >= ?", due);
    if (postgres.number("SELECT COUNT(*) FROM reading WHERE time < ?", due) == 0) {
      measured.put("5-minute rollups at the end", "none due yet: every reading after " + due);
      return reached == 0;
    }
    measured.put("5-minute rollups at the end", "rolled up to " + due);
    return reached == 1;
  }

  private static boolean passed(Instant since, Duration duration) {
    return Duration.between(since, Instant.now()).compareTo(duration) >= 0;
  }

  private static String seconds(Instant from, Instant to) {
    return String.format("%.1f s", Duration.between(from, to).toMillis() / 1000.0);
  }

  /** An ASIC sentry as launched, and its id at the commanders. */
  private record Watcher(long id, LaunchedSentry process) {}

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
      environment.put("HASHWATCH_ALERTS_EVERY", "PT5S");
      environment.put("HASHWATCH_ROLLUPS_EVERY", "PT10S");
      environment.put("HASHWATCH_NOTIFICATIONS_EVERY", "PT2S");
      return LaunchedCommander.start(dir, environment, http.get(index));
    }
  }
}
