package io.hashwatch.commander.watchdog;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.commander.storage.DatabaseServer;
import io.hashwatch.commander.storage.FleetRows;
import io.hashwatch.commander.storage.SchemaMigration;
import io.hashwatch.commander.storage.TestRows;
import io.hashwatch.protocols.report.CommandAction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The watchdog's settings and its runs on every supported database: commands in the action log,
 * progress rows, the "needs hands" alert; one subclass per database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WatchdogScenarios {
  private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");
  private static final Duration OFFLINE_AFTER = Duration.ofMinutes(5);
  private static final WatchdogSettings ON =
      new WatchdogSettings(
          true,
          List.of(CommandAction.RESTART, CommandAction.REBOOT, CommandAction.POWER_CYCLE),
          Duration.ofMinutes(2),
          Duration.ofMinutes(3),
          3,
          50);

  private DatabaseServer server;
  private DataSource dataSource;
  private long stalled;
  private long sentry;

  abstract DatabaseServer startServer() throws Exception;

  @BeforeAll
  void start() throws Exception {
    server = startServer();
  }

  @AfterAll
  void stop() throws Exception {
    server.close();
  }

  @BeforeEach
  void newFarm() throws SQLException {
    dataSource = server.createEmpty();
    SchemaMigration.applyTo(dataSource);
    FleetRows fleet = new FleetRows(dataSource);
    sentry = fleet.newSentry(fleet.newSite("hall"));
    OffsetDateTime t0 = utc(T0);
    stalled =
        fleet.newDevice(
            sentry, "10.0.0.1:4028", "ASIC", "S19", FleetRows.State.reading(t0, 0, 3000));
    for (int i = 2; i <= 4; i++) {
      fleet.newDevice(
          sentry, "10.0.0." + i + ":4028", "ASIC", "S19", FleetRows.State.reading(t0, 1e14, 3000));
    }
    fleet.newDevice(
        sentry, "shelly1://10.0.0.9/0", "RELAY", null, FleetRows.State.of("reading", t0));
  }

  @Test
  void settingsAreTheDefaultsUntilSavedAndThenWhatWasSaved() throws SQLException {
    SettingsStore store = new SettingsStore(dataSource);
    SettingsStore.Stored defaults = store.read();
    assertThat(defaults.settings()).isEqualTo(WatchdogSettings.DEFAULTS);
    assertThat(defaults.settings().enabled()).isFalse();
    assertThat(defaults.updatedBy()).isNull();

    store.write(ON, "alice", utc(T0));
    WatchdogSettings changed =
        new WatchdogSettings(
            true,
            List.of(CommandAction.POWER_CYCLE),
            Duration.ofSeconds(30),
            Duration.ofSeconds(90),
            1,
            80);
    store.write(changed, "bob", utc(T0.plusSeconds(60)));

    SettingsStore.Stored saved = store.read();
    assertThat(saved.settings()).isEqualTo(changed);
    assertThat(saved.updatedBy()).isEqualTo("bob");
    assertThat(saved.updated().toInstant()).isEqualTo(T0.plusSeconds(60));
  }

  @Test
  void aDisabledWatchdogDoesNothing() throws SQLException {
    runAt(T0);
    WatchdogCycle.Outcome outcome = runAt(T0.plus(Duration.ofMinutes(10)));
    assertThat(outcome.enabled()).isFalse();
    assertThat(commands()).isEmpty();
    assertThat(count("SELECT COUNT(*) FROM watchdog_device")).isZero();
  }

  @Test
  void aStalledMinerGoesUpTheLadderInTheActionLogAndNeedsHandsOnce() throws SQLException {
    new SettingsStore(dataSource).write(ON, "alice", utc(T0));
    TestRows.execute(
        dataSource,
        "INSERT INTO notify_channel (id, name, type, url, min_severity, scope, enabled, created)"
            + " VALUES (1, 'night shift', 'webhook', 'http://127.0.0.1:9/hook', 'critical',"
            + " 'site:hall', TRUE, ?)",
        utc(T0));
    runAt(T0);
    assertThat(commands()).isEmpty();
    assertThat(count("SELECT COUNT(*) FROM watchdog_device WHERE failing_since IS NOT NULL"))
        .isEqualTo(1);

    Instant at = T0.plus(Duration.ofMinutes(2));
    assertThat(runAt(at).commands()).isEqualTo(1);
    assertThat(commands()).containsExactly("RESTART watchdog QUEUED");
    long restart = lastCommandId();
    assertThat(count("SELECT command_id FROM watchdog_device WHERE device_id = " + stalled))
        .isEqualTo(restart);

    finish(restart, "FAILED");
    at = at.plusSeconds(30);
    runAt(at);
    finish(lastCommandId(), "UNSUPPORTED");
    at = at.plusSeconds(30);
    runAt(at);
    assertThat(commands())
        .containsExactly(
            "RESTART watchdog FAILED",
            "REBOOT watchdog UNSUPPORTED",
            "POWER_CYCLE watchdog QUEUED");

    at = at.plus(Duration.ofMinutes(3));
    assertThat(runAt(at).opened()).isEqualTo(1);
    at = at.plus(Duration.ofMinutes(3));
    assertThat(runAt(at).opened()).isZero();
    assertThat(commands()).hasSize(3);
    assertThat(
            count("SELECT COUNT(*) FROM notification WHERE title LIKE '[critical] 10.0.0.1:4028%'"))
        .as("the night shift is told once")
        .isEqualTo(1);
    assertThat(
            count(
                "SELECT COUNT(*) FROM alert WHERE rule_id = 'watchdog' AND kind = 'needs-hands'"
                    + " AND severity = 'critical' AND subject = 'device:"
                    + stalled
                    + "'"
                    + " AND resolved IS NULL AND site = 'hall'"))
        .isEqualTo(1);

    TestRows.execute(
        dataSource, "UPDATE device_state SET hashrate_hs = 1e14 WHERE device_id = ?", stalled);
    at = at.plusSeconds(30);
    assertThat(runAt(at).resolved()).isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM alert WHERE resolved IS NOT NULL")).isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM alert WHERE resolved IS NULL")).isZero();
    assertThat(
            count(
                "SELECT COUNT(*) FROM notification WHERE title = '[resolved] 10.0.0.1:4028 hashes again'"))
        .as("and told it hashes again")
        .isEqualTo(1);
    assertThat(count("SELECT cycles FROM watchdog_device WHERE device_id = " + stalled))
        .as("the day's ladders are kept")
        .isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM watchdog_device WHERE step_no IS NOT NULL")).isZero();
  }

  @Test
  void thePageShowsTheDevicesInALadder() throws SQLException {
    new SettingsStore(dataSource).write(ON, "alice", utc(T0));
    runAt(T0);
    runAt(T0.plus(Duration.ofMinutes(2)));
    Instant now = T0.plus(Duration.ofMinutes(3));
    freshen(now);
    Watchdog watchdog = new Watchdog();
    watchdog.dataSource = dataSource;
    watchdog.offlineAfter = OFFLINE_AFTER;
    watchdog.commandExpiry = Duration.ofMinutes(10);
    watchdog.clock = Clock.fixed(now, ZoneOffset.UTC);

    assertThat(watchdog.devices())
        .singleElement()
        .satisfies(
            device -> {
              assertThat(device.deviceId()).isEqualTo(stalled);
              assertThat(device.address()).isEqualTo("10.0.0.1:4028");
              assertThat(device.failingSince()).isEqualTo(T0);
              assertThat(device.step()).isEqualTo(CommandAction.RESTART);
              assertThat(device.commandId()).isEqualTo(lastCommandId());
              assertThat(device.cyclesToday()).isEqualTo(1);
              assertThat(device.heldBack()).isNull();
            });
  }

  private WatchdogCycle.Outcome runAt(Instant now) throws SQLException {
    freshen(now);
    return new WatchdogCycle(
            dataSource, Clock.fixed(now, ZoneOffset.UTC), OFFLINE_AFTER, Duration.ofMinutes(10))
        .run();
  }

  /** The sentry keeps reporting and every device keeps answering as it did. */
  private void freshen(Instant now) throws SQLException {
    TestRows.execute(dataSource, "UPDATE device_state SET time = ?", utc(now));
    TestRows.execute(dataSource, "UPDATE sentry SET last_seen = ?", utc(now));
  }

  private void finish(long commandId, String status) throws SQLException {
    TestRows.execute(
        dataSource,
        "UPDATE command SET status = ?, finished = created WHERE id = ?",
        status,
        commandId);
  }

  private List<String> commands() throws SQLException {
    List<String> commands = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT action, created_by, status, device_id FROM command ORDER BY id");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        assertThat(rows.getLong(4)).isEqualTo(stalled);
        commands.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3));
      }
    }
    return commands;
  }

  private long lastCommandId() throws SQLException {
    return count("SELECT MAX(id) FROM command");
  }

  private long count(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(sql);
        ResultSet row = query.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
