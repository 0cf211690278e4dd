package io.hashwatch.commander.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.commander.alerts.AlertFilter.State;
import io.hashwatch.commander.storage.DatabaseServer;
import io.hashwatch.commander.storage.FleetRows;
import io.hashwatch.commander.storage.SchemaMigration;
import io.hashwatch.commander.storage.TestRows;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * Alert cycles with a clock the test moves, on every supported database, with the default rules: a
 * device stops answering at {@link #SILENCE}; it is offline 5 min later (the offline window) and
 * its alert opens 5 min after that (the sustain), then resolves 2 min after it answers again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AlertCycleScenarios {
  private static final Instant SILENCE = Instant.parse("2026-11-30T04:00:00Z");
  private static final Duration OFFLINE_AFTER = Duration.ofMinutes(5);
  private static final Duration STEP = Duration.ofSeconds(30);

  private DatabaseServer server;
  private DataSource dataSource;
  private long device;
  private final List<StoredChange> heard = new ArrayList<>();

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
  void farm() throws SQLException {
    dataSource = server.createEmpty();
    SchemaMigration.applyTo(dataSource);
    FleetRows fleet = new FleetRows(dataSource);
    long sentry = fleet.newSentry(fleet.newSite("hall-a"));
    device =
        fleet.newDevice(
            sentry,
            "10.0.0.5:4028",
            "ASIC",
            "S19",
            FleetRows.State.reading(SILENCE.atOffset(ZoneOffset.UTC), 100e12, 3000));
    heard.clear();
  }

  private AlertCycle cycle() {
    return new AlertCycle(
        dataSource, OFFLINE_AFTER, (connection, changes, facts) -> heard.addAll(changes));
  }

  /** The device answers again at {@code at}. */
  private void answers(Instant at) throws SQLException {
    TestRows.execute(
        dataSource,
        "UPDATE device_state SET time = ?, last_seen = ? WHERE device_id = ?",
        at.atOffset(ZoneOffset.UTC),
        at.atOffset(ZoneOffset.UTC),
        device);
  }

  private List<AlertView> alerts() {
    return new AlertBoard(dataSource, Clock.systemUTC()).list(AlertFilter.of(State.ALL, 100));
  }

  @Test
  void anOfflineDeviceOpensOneAlertAfterTheSustainAndResolvesAfterTheClear() throws SQLException {
    AlertCycle cycle = cycle();
    Conditions memory = null;
    Instant now = SILENCE;
    // Offline once its state is older than the window: at the first cycle after 04:05.
    Instant opensAt = SILENCE.plus(OFFLINE_AFTER).plus(STEP).plus(Duration.ofMinutes(5));
    while (now.isBefore(opensAt)) {
      memory = cycle.run(now, memory).memory();
      now = now.plus(STEP);
    }
    assertThat(alerts()).isEmpty();
    for (int i = 0; i < 10; i++) {
      memory = cycle.run(now, memory).memory();
      now = now.plus(STEP);
    }
    assertThat(alerts()).singleElement().satisfies(alert -> assertThat(alert.open()).isTrue());
    assertThat(heard)
        .singleElement()
        .satisfies(
            change -> {
              assertThat(change.change().type()).isEqualTo(AlertChange.Type.OPENED);
              assertThat(change.alertId()).isEqualTo(alerts().get(0).id());
            });

    Instant back = now;
    answers(back);
    while (now.isBefore(back.plus(Duration.ofMinutes(2)))) {
      memory = cycle.run(now, memory).memory();
      assertThat(alerts().get(0).open()).isTrue();
      answers(now);
      now = now.plus(STEP);
    }
    Instant resolvedAt = now;
    AlertCycle.Outcome resolving = cycle.run(resolvedAt, memory);

    assertThat(resolving.changes())
        .singleElement()
        .satisfies(
            change -> assertThat(change.change().type()).isEqualTo(AlertChange.Type.RESOLVED));
    assertThat(alerts())
        .singleElement()
        .satisfies(
            alert -> {
              assertThat(alert.open()).isFalse();
              assertThat(alert.resolved().toInstant()).isEqualTo(resolvedAt);
              assertThat(alert.opened().toInstant()).isEqualTo(opensAt);
            });
  }

  @Test
  void twoNodesTakingTurnsWithTheirOwnMemoriesOpenOneAlertAndResolveItOnce() throws SQLException {
    AlertCycle nodeA = cycle();
    AlertCycle nodeB = cycle();
    Conditions memoryA = null;
    Conditions memoryB = null;
    Instant now = SILENCE;
    for (int turn = 0; turn < 50; turn++) {
      if (turn % 2 == 0) {
        memoryA = nodeA.run(now, memoryA).memory();
      } else {
        memoryB = nodeB.run(now, memoryB).memory();
      }
      now = now.plus(STEP);
    }
    assertThat(alerts()).singleElement().satisfies(alert -> assertThat(alert.open()).isTrue());

    for (int turn = 0; turn < 10; turn++) {
      answers(now);
      if (turn % 2 == 0) {
        memoryA = nodeA.run(now, memoryA).memory();
      } else {
        memoryB = nodeB.run(now, memoryB).memory();
      }
      now = now.plus(STEP);
    }

    assertThat(alerts()).singleElement().satisfies(alert -> assertThat(alert.open()).isFalse());
    assertThat(heard)
        .extracting(change -> change.change().type())
        .containsExactly(AlertChange.Type.OPENED, AlertChange.Type.RESOLVED);
  }

  @Test
  void aTakeoverWithoutMemoryKeepsTheOpenAlertAndResolvesItLater() throws SQLException {
    Conditions memory = null;
    Instant now = SILENCE;
    while (alerts().isEmpty()) {
      memory = cycle().run(now, memory).memory();
      now = now.plus(STEP);
    }
    long opened = alerts().get(0).id();

    AlertCycle takeover = cycle();
    Conditions taken = takeover.run(now, null).memory();

    assertThat(alerts()).singleElement().satisfies(alert -> assertThat(alert.open()).isTrue());
    Instant back = now.plus(STEP);
    now = back;
    while (now.isBefore(back.plus(Duration.ofMinutes(3)))) {
      answers(now);
      taken = takeover.run(now, taken).memory();
      now = now.plus(STEP);
    }
    assertThat(alerts())
        .singleElement()
        .satisfies(
            alert -> {
              assertThat(alert.id()).isEqualTo(opened);
              assertThat(alert.open()).isFalse();
            });
  }

  @Test
  void theWatchdogsOwnAlertsAreLeftAlone() throws SQLException {
    AlertChange needsHands =
        new AlertChange(
            AlertChange.Type.OPENED,
            new AlertKey("watchdog", "device:" + device),
            RuleKind.NEEDS_HANDS,
            Severity.CRITICAL,
            new Subject("device:" + device, "hall-a", null, "10.0.0.5:4028"),
            "10.0.0.5:4028 needs hands",
            SILENCE,
            SILENCE);
    TestRows.inTransaction(dataSource, connection -> AlertRows.open(connection, needsHands));
    answers(SILENCE);

    AlertCycle.Outcome outcome = cycle().run(SILENCE.plusSeconds(10), null);

    assertThat(outcome.changes()).isEmpty();
    assertThat(alerts()).singleElement().satisfies(alert -> assertThat(alert.open()).isTrue());
  }
}
