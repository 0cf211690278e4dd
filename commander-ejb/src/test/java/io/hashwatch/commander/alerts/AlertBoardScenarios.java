package io.hashwatch.commander.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.commander.alerts.AlertFilter.State;
import io.hashwatch.commander.storage.DatabaseServer;
import io.hashwatch.commander.storage.SchemaMigration;
import io.hashwatch.commander.storage.TestRows;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Listing, acknowledging and counting alerts, on every supported database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AlertBoardScenarios {
  private static final Instant T0 = Instant.parse("2026-11-30T04:00:00Z");
  private static final Instant ACK_TIME = T0.plusSeconds(3600);

  private DatabaseServer server;
  private AlertBoard board;
  private long hot;
  private long offline;
  private long silent;
  private long resolved;

  abstract DatabaseServer startServer() throws Exception;

  @BeforeAll
  void alerts() throws Exception {
    server = startServer();
    DataSource dataSource = server.createEmpty();
    SchemaMigration.applyTo(dataSource);
    board = new AlertBoard(dataSource, Clock.fixed(ACK_TIME, ZoneOffset.UTC));
    resolved =
        open(
            dataSource,
            "default-fan-stopped",
            RuleKind.FAN_STOPPED,
            Severity.CRITICAL,
            device(7, "hall-a"),
            0);
    hot =
        open(
            dataSource,
            "default-temperature-high",
            RuleKind.TEMPERATURE_HIGH,
            Severity.CRITICAL,
            device(7, "hall-a"),
            60);
    offline =
        open(
            dataSource,
            "default-device-offline",
            RuleKind.DEVICE_OFFLINE,
            Severity.CRITICAL,
            device(8, "hall-b"),
            120);
    silent =
        open(
            dataSource,
            "default-sentry-dropping",
            RuleKind.SENTRY_DROPPING,
            Severity.WARNING,
            new Subject("sentry:3", "hall-b", null, "sentry north"),
            180);
    TestRows.inTransaction(
        dataSource,
        connection ->
            AlertRows.resolve(
                connection,
                new AlertKey("default-fan-stopped", "device:7"),
                T0.plusSeconds(30),
                "cleared: fan turning"));
  }

  @AfterAll
  void stop() throws Exception {
    server.close();
  }

  private static Subject device(long id, String site) {
    return new Subject("device:" + id, site, null, "10.0.0." + id + ":4028");
  }

  private static long open(
      DataSource dataSource,
      String ruleId,
      RuleKind kind,
      Severity severity,
      Subject subject,
      long atSeconds)
      throws SQLException {
    Instant at = T0.plusSeconds(atSeconds);
    AlertChange change =
        new AlertChange(
            AlertChange.Type.OPENED,
            new AlertKey(ruleId, subject.key()),
            kind,
            severity,
            subject,
            subject.label() + " " + kind.wire(),
            at.minusSeconds(120),
            at);
    return TestRows.inTransaction(dataSource, c -> AlertRows.open(c, change)).orElseThrow();
  }

  private List<Long> ids(AlertFilter filter) {
    return board.list(filter).stream().map(AlertView::id).toList();
  }

  private static AlertFilter filter(
      State state, Severity severity, Long device, Long sentry, String site) {
    return new AlertFilter(state, severity, device, sentry, site, null, null, 100, 0);
  }

  @Test
  void theOpenAlertsComeNewestFirstAndEveryStateCanBeAskedFor() {
    assertThat(ids(AlertFilter.of(State.OPEN, 100))).containsExactly(silent, offline, hot);
    assertThat(ids(AlertFilter.of(State.RESOLVED, 100))).containsExactly(resolved);
    assertThat(ids(AlertFilter.of(State.ALL, 100))).containsExactly(silent, offline, hot, resolved);
    assertThat(ids(new AlertFilter(State.ALL, null, null, null, null, null, null, 2, 1)))
        .containsExactly(offline, hot);
  }

  @Test
  void theFiltersNarrowBySeverityDeviceSentrySiteAndTime() {
    assertThat(ids(filter(State.ALL, Severity.WARNING, null, null, null))).containsExactly(silent);
    assertThat(ids(filter(State.ALL, null, 7L, null, null))).containsExactly(hot, resolved);
    assertThat(ids(filter(State.ALL, null, null, 3L, null))).containsExactly(silent);
    assertThat(ids(filter(State.OPEN, null, null, null, "hall-b")))
        .containsExactly(silent, offline);
    OffsetDateTime from = T0.plusSeconds(60).atOffset(ZoneOffset.UTC);
    OffsetDateTime to = T0.plusSeconds(180).atOffset(ZoneOffset.UTC);
    assertThat(ids(new AlertFilter(State.ALL, null, null, null, null, from, to, 100, 0)))
        .containsExactly(offline, hot);
  }

  @Test
  void anAlertReadsBackWithEveryField() {
    AlertView alert = board.find(resolved).orElseThrow();

    assertThat(alert.ruleId()).isEqualTo("default-fan-stopped");
    assertThat(alert.kind()).isEqualTo("fan-stopped");
    assertThat(alert.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(alert.subject()).isEqualTo("device:7");
    assertThat(alert.deviceId()).isEqualTo(7L);
    assertThat(alert.sentryId()).isNull();
    assertThat(alert.site()).isEqualTo("hall-a");
    assertThat(alert.label()).isEqualTo("10.0.0.7:4028");
    assertThat(alert.since().toInstant()).isEqualTo(T0.minusSeconds(120));
    assertThat(alert.opened().toInstant()).isEqualTo(T0);
    assertThat(alert.resolved().toInstant()).isEqualTo(T0.plusSeconds(30));
    assertThat(alert.resolution()).isEqualTo("cleared: fan turning");
    assertThat(alert.open()).isFalse();
    assertThat(board.find(999_999)).isEmpty();
  }

  @Test
  void theFirstAcknowledgementStaysAndAResolvedAlertCanBeAcknowledged() {
    AlertView first = board.acknowledge(offline, "alice").orElseThrow();
    AlertView second = board.acknowledge(offline, "bob").orElseThrow();
    AlertView late = board.acknowledge(resolved, "bob").orElseThrow();

    assertThat(first.acknowledgedBy()).isEqualTo("alice");
    assertThat(first.acknowledged().toInstant()).isEqualTo(ACK_TIME);
    assertThat(second.acknowledgedBy()).isEqualTo("alice");
    assertThat(late.acknowledgedBy()).isEqualTo("bob");
    assertThat(board.acknowledge(999_999, "bob")).isEmpty();
  }

  @Test
  void theOpenAlertsAreCountedBySeverity() {
    assertThat(board.counts()).isEqualTo(new AlertCounts(2, 1, 0));
    assertThat(board.counts().open()).isEqualTo(3);
  }
}
