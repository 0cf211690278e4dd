package io.hashwatch.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * An ASIC sentry as a farm runs it: the launched commander on PostgreSQL, {@code sentry simulate}
 * serving 200 miners and {@code sentry asic} watching them, each in its own process. The commander
 * goes away for a minute under load, and the sentry is killed with SIGKILL while it is away.
 */
class AsicSentryEndToEndIT {
  private static final int MINERS = 200;
  private static final Duration INTERVAL = Duration.ofSeconds(5);
  private static final Duration OUTAGE = Duration.ofSeconds(60);
  private static final Duration KILL_AFTER = Duration.ofSeconds(20);

  private final CommanderApi api = new CommanderApi();

  @Test
  void everyReadingArrivesOnceAndInOrderAcrossACommanderOutageAndASentryKill() throws Exception {
    Path work = CommanderApi.workDir("asic-outage");
    int port = LaunchedCommander.freePort();
    try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
      Map<String, String> environment = CommanderApi.environment(work);
      environment.put(
          "HASHWATCH_DB_URL",
          postgres.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true");
      environment.put("HASHWATCH_DB_USER", "postgres");
      environment.put("HASHWATCH_DB_PASSWORD", "postgres");
      DataSource database = postgres.getPostgresDatabase();

      LaunchedCommander commander = LaunchedCommander.start(work, environment, port);
      LaunchedSentry sentry = null;
      try (LaunchedSentry simulator = simulate(work, MINERS, "127.0.3.1")) {
        List<String> miners = simulatedAddresses(simulator, MINERS);
        JsonObject registered = api.registerSentry(commander, "outage-sentry");
        long sentryId = registered.getJsonNumber("id").longValue();
        Path token = work.resolve("sentry.token");
        Files.writeString(token, registered.getString("token"));
        String[] asic = asicArguments(commander, sentryId, token, miners, work.resolve("outbox"));

        sentry = LaunchedSentry.start(work.resolve("asic.log"), asic);
        await("every miner reported")
            .atMost(Duration.ofMinutes(2))
            .until(() -> devicesWithReadings(database, sentryId) == MINERS);

        commander.close();
        Instant down = Instant.now();
        await().atMost(KILL_AFTER.plusSeconds(5)).until(() -> passed(down, KILL_AFTER));
        sentry.kill();
        sentry = LaunchedSentry.start(work.resolve("asic.log"), asic);
        await().atMost(OUTAGE.plusSeconds(5)).until(() -> passed(down, OUTAGE));
        commander = LaunchedCommander.start(work, environment, port);
        Instant up = Instant.now();

        await("the sentry caught up and reports current sweeps")
            .atMost(Duration.ofMinutes(3))
            .pollInterval(Duration.ofSeconds(2))
            .until(() -> caughtUp(database, sentryId, up.plus(INTERVAL.multipliedBy(2))));
        sentry.close();

        assertExactlyOnceAndInOrder(database, sentryId);
        assertTheOutageIsCovered(database, sentryId, down, up);
      } finally {
        if (sentry != null) {
          sentry.close();
        }
        commander.close();
      }
    }
  }

  static LaunchedSentry simulate(Path work, int count, String from) throws Exception {
    return LaunchedSentry.start(
        work.resolve("simulate.log"), "simulate", "--count", String.valueOf(count), "--from", from);
  }

  /** The {@code host:port} of each simulated miner, as {@code simulate} prints them. */
  static List<String> simulatedAddresses(LaunchedSentry simulator, int count) throws Exception {
    return simulator
        .awaitLines(line -> line.matches("127\\.\\d+\\.\\d+\\.\\d+:\\d+ \\w+"), count, MINUTE)
        .stream()
        .map(line -> line.substring(0, line.indexOf(' ')))
        .toList();
  }

  private static final Duration MINUTE = Duration.ofMinutes(1);

  static String[] asicArguments(
      LaunchedCommander commander, long sentryId, Path token, List<String> miners, Path outbox) {
    return new String[] {
      "asic",
      "--commander",
      commander.base.toString(),
      "--id",
      String.valueOf(sentryId),
      "--token",
      "file:" + token,
      "--devices",
      String.join(",", miners),
      "--interval",
      INTERVAL.toSeconds() + "s",
      "--outbox",
      outbox.toString()
    };
  }

  private static boolean passed(Instant since, Duration duration) {
    return Duration.between(since, Instant.now()).compareTo(duration) >= 0;
  }

  private static long devicesWithReadings(DataSource database, long sentryId) throws SQLException {
    return single(
        database, "SELECT COUNT(DISTINCT device_id) FROM reading WHERE sentry_id = ?", sentryId);
  }

  /**
   * Whether each miner has a reading taken after {@code after}. Batches are stored in sequence
   * order, so this means the backlog of the outage is drained.
   */
  private static boolean caughtUp(DataSource database, long sentryId, Instant after)
      throws SQLException {
    try (Connection connection = database.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT COUNT(DISTINCT device_id) FROM reading WHERE sentry_id = ? AND time > ?")) {
      query.setLong(1, sentryId);
      query.setObject(2, OffsetDateTime.ofInstant(after, ZoneOffset.UTC));
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1) == MINERS;
      }
    }
  }

  /**
   * Sequences are given once, on disk, before a reading is sent; the table's key is (sentry, seq).
   * So "count = highest seq" means no sequence is missing and none is doubled, and "time rises with
   * seq per device" means each device's readings came in the order they were taken.
   */
  private static void assertExactlyOnceAndInOrder(DataSource database, long sentryId)
      throws SQLException {
    long lastSeq = single(database, "SELECT last_seq FROM sentry WHERE id = ?", sentryId);
    assertThat(single(database, "SELECT COUNT(*) FROM reading WHERE sentry_id = ?", sentryId))
        .as("readings stored = sequences the sentry gave")
        .isEqualTo(lastSeq);
    assertThat(single(database, "SELECT MIN(seq) FROM reading WHERE sentry_id = ?", sentryId))
        .isEqualTo(1);
    assertThat(
            single(
                database,
                """
                SELECT COUNT(*) FROM (
                  SELECT time, LAG(time) OVER (PARTITION BY device_id ORDER BY seq) AS before
                  FROM reading WHERE sentry_id = ?) ordered
                WHERE time <= before""",
                sentryId))
        .as("readings of a device whose time does not rise with their sequence")
        .isZero();
  }

  /**
   * Every miner was polled all through the outage, the kill and restart aside: at least the sweeps
   * of the outage minus three (the one in flight at the kill, the restart, the edges).
   */
  private static void assertTheOutageIsCovered(
      DataSource database, long sentryId, Instant down, Instant up) throws SQLException {
    long sweeps = Duration.between(down, up).dividedBy(INTERVAL);
    try (Connection connection = database.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                """
                SELECT MIN(n) FROM (
                  SELECT device_id, COUNT(*) AS n FROM reading
                  WHERE sentry_id = ? AND time >= ? AND time < ? GROUP BY device_id) per_device""")) {
      query.setLong(1, sentryId);
      query.setObject(2, OffsetDateTime.ofInstant(down, ZoneOffset.UTC));
      query.setObject(3, OffsetDateTime.ofInstant(up, ZoneOffset.UTC));
      try (ResultSet row = query.executeQuery()) {
        row.next();
        assertThat(row.getLong(1))
            .as("readings per miner taken while the commander was away (%d sweeps)", sweeps)
            .isGreaterThanOrEqualTo(sweeps - 3);
      }
    }
  }

  private static long single(DataSource database, String sql, long sentryId) throws SQLException {
    try (Connection connection = database.getConnection();
        PreparedStatement query = connection.prepareStatement(sql)) {
      query.setLong(1, sentryId);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }
}
