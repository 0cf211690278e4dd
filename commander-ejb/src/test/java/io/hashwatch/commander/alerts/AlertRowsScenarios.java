package io.hashwatch.commander.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.commander.storage.DatabaseServer;
import io.hashwatch.commander.storage.SchemaMigration;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Opening and resolving alerts on every supported database; one subclass per database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AlertRowsScenarios {
  private static final Instant T0 = Instant.parse("2026-11-30T04:00:00Z");
  private static final Subject MINER = new Subject("device:7", "hall-a", "row-a", "10.0.0.7:4028");
  private static final AlertKey OFFLINE = new AlertKey("default-device-offline", "device:7");

  private DatabaseServer server;
  private DataSource dataSource;

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
  void newDatabase() throws SQLException {
    dataSource = server.createEmpty();
    SchemaMigration.applyTo(dataSource);
  }

  private static AlertChange opened(Instant at) {
    return new AlertChange(
        AlertChange.Type.OPENED,
        OFFLINE,
        RuleKind.DEVICE_OFFLINE,
        Severity.CRITICAL,
        MINER,
        "10.0.0.7:4028 offline for 5 min",
        at.minusSeconds(300),
        at);
  }

  @Test
  void anOpenedAlertIsStoredWithItsSubjectAndOpensNoSecondTime() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      Optional<Long> id = AlertRows.open(connection, opened(T0));
      Optional<Long> again = AlertRows.open(connection, opened(T0.plusSeconds(60)));

      assertThat(id).isPresent();
      assertThat(again).isEmpty();
      assertThat(AlertRows.openId(connection, OFFLINE)).isEqualTo(id);
      try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT device_id, sentry_id, site, device_group, label, kind, severity, message"
                      + " FROM alert");
          ResultSet row = query.executeQuery()) {
        assertThat(row.next()).isTrue();
        assertThat(row.getLong("device_id")).isEqualTo(7);
        assertThat(row.getObject("sentry_id")).isNull();
        assertThat(row.getString("site")).isEqualTo("hall-a");
        assertThat(row.getString("device_group")).isEqualTo("row-a");
        assertThat(row.getString("label")).isEqualTo("10.0.0.7:4028");
        assertThat(row.getString("kind")).isEqualTo("device-offline");
        assertThat(row.getString("severity")).isEqualTo("critical");
        assertThat(row.getString("message")).isEqualTo("10.0.0.7:4028 offline for 5 min");
        assertThat(row.next()).isFalse();
      }
    }
  }

  @Test
  void aResolvedAlertLeavesRoomForTheNextOfItsKey() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      long first = AlertRows.open(connection, opened(T0)).orElseThrow();

      assertThat(AlertRows.resolve(connection, OFFLINE, T0.plusSeconds(120), "back"))
          .contains(first);
      assertThat(AlertRows.resolve(connection, OFFLINE, T0.plusSeconds(180), "again")).isEmpty();
      assertThat(AlertRows.openId(connection, OFFLINE)).isEmpty();
      long second = AlertRows.open(connection, opened(T0.plusSeconds(600))).orElseThrow();

      assertThat(second).isNotEqualTo(first);
      try (PreparedStatement query =
          connection.prepareStatement("SELECT resolution FROM alert WHERE id = ?")) {
        query.setLong(1, first);
        try (ResultSet row = query.executeQuery()) {
          row.next();
          assertThat(row.getString(1)).isEqualTo("back");
        }
      }
    }
  }
}
