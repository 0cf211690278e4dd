package io.hashwatch.commander.telemetry;

import io.hashwatch.commander.storage.TestRows;
import io.hashwatch.protocols.report.Report;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * The telemetry tables of one migrated test database: registers sentries with plain SQL, writes
 * reports in a transaction as the container would, and reads the rows back as records.
 */
final class TelemetryTables {
  /** When the commander received every batch in these tests. */
  static final OffsetDateTime RECEIVED = OffsetDateTime.parse("2026-02-01T08:00:00Z");

  /** The commander node that stores the batches of these tests. */
  static final String NODE = "node-a";

  private final DataSource dataSource;
  private final AtomicLong sentryIds = new AtomicLong();

  TelemetryTables(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  record SentryRow(long lastSeq, Instant lastSeen, long dropped) {}

  record DeviceRow(
      long id, String address, String kind, String make, String model, Instant firstSeen) {}

  record StateRow(
      Instant time,
      String result,
      Instant lastSeen,
      Double hashrateHs,
      Double powerW,
      Double maxTempC,
      String data) {}

  record StoredRow(
      long seq, long deviceId, Instant time, String result, Double hashrateHs, String data) {}

  /** The health columns of a sentry row. */
  record HealthRow(
      Instant time,
      Long sweepMillis,
      Integer devicesOk,
      Integer devicesFailed,
      Long backlog,
      String version) {}

  Connection connect() throws SQLException {
    return dataSource.getConnection();
  }

  /** A new sentry that has stored nothing yet. */
  long newSentry() throws SQLException {
    long id = sentryIds.incrementAndGet();
    TestRows.insertSentry(dataSource, id, RECEIVED.minusDays(30));
    return id;
  }

  /** Writes {@code report} in one transaction, rolled back when the write fails. */
  ReportWriter.Outcome write(DeviceCache cache, long sentryId, Report report) throws SQLException {
    return write(cache, sentryId, report, RECEIVED);
  }

  /**
   * Writes {@code report} received at {@code received}, as {@link #write(DeviceCache, long,
   * Report)}.
   */
  ReportWriter.Outcome write(
      DeviceCache cache, long sentryId, Report report, OffsetDateTime received)
      throws SQLException {
    return write(cache, sentryId, report, received, NODE);
  }

  /** Writes {@code report} received at {@code received} by the commander node {@code node}. */
  ReportWriter.Outcome write(
      DeviceCache cache, long sentryId, Report report, OffsetDateTime received, String node)
      throws SQLException {
    return TestRows.inTransaction(
        dataSource,
        connection -> new ReportWriter(cache, node).write(connection, sentryId, report, received));
  }

  SentryRow sentry(long sentryId) throws SQLException {
    try (Connection connection = connect();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT last_seq, last_seen, dropped FROM sentry WHERE id = ?")) {
      select.setLong(1, sentryId);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return new SentryRow(row.getLong(1), instant(row, 2), row.getLong(3));
      }
    }
  }

  HealthRow health(long sentryId) throws SQLException {
    try (Connection connection = connect();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT health_time, sweep_ms, devices_ok, devices_failed, backlog, version"
                    + " FROM sentry WHERE id = ?")) {
      select.setLong(1, sentryId);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return new HealthRow(
            instant(row, 1),
            row.getObject(2, Long.class),
            row.getObject(3, Integer.class),
            row.getObject(4, Integer.class),
            row.getObject(5, Long.class),
            row.getString(6));
      }
    }
  }

  /** Queues a restart of a device, as an operator would, with plain SQL; its id. */
  long queueRestart(long commandId, long deviceId) throws SQLException {
    try (Connection connection = connect();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO command (id, device_id, sentry_id, address, action, status,"
                    + " created_by, created, expires)"
                    + " SELECT ?, id, sentry_id, address, 'RESTART', 'QUEUED', 'op', ?, ?"
                    + " FROM device WHERE id = ?")) {
      insert.setLong(1, commandId);
      insert.setObject(2, RECEIVED.minusMinutes(1));
      insert.setObject(3, RECEIVED.plusMinutes(9));
      insert.setLong(4, deviceId);
      insert.executeUpdate();
    }
    return commandId;
  }

  /** The status of a command. */
  String commandStatus(long commandId) throws SQLException {
    try (Connection connection = connect();
        PreparedStatement select =
            connection.prepareStatement("SELECT status FROM command WHERE id = ?")) {
      select.setLong(1, commandId);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getString(1);
      }
    }
  }

  /** The devices of a sentry by address. */
  List<DeviceRow> devices(long sentryId) throws SQLException {
    try (Connection connection = connect();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT id, address, kind, make, model, first_seen FROM device"
                    + " WHERE sentry_id = ? ORDER BY address")) {
      select.setLong(1, sentryId);
      List<DeviceRow> devices = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          devices.add(
              new DeviceRow(
                  rows.getLong(1),
                  rows.getString(2),
                  rows.getString(3),
                  rows.getString(4),
                  rows.getString(5),
                  instant(rows, 6)));
        }
      }
      return devices;
    }
  }

  DeviceRow device(long sentryId, String address) throws SQLException {
    return devices(sentryId).stream()
        .filter(device -> device.address().equals(address))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no device " + address + " of sentry " + sentryId));
  }

  StateRow state(long deviceId) throws SQLException {
    try (Connection connection = connect();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT time, result, last_seen, hashrate_hs, power_w, max_temp_c, data"
                    + " FROM device_state WHERE device_id = ?")) {
      select.setLong(1, deviceId);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          throw new AssertionError("device " + deviceId + " has no state row");
        }
        return new StateRow(
            instant(row, 1),
            row.getString(2),
            instant(row, 3),
            row.getObject(4, Double.class),
            row.getObject(5, Double.class),
            row.getObject(6, Double.class),
            row.getString(7));
      }
    }
  }

  /** The stored readings of a sentry in sequence order. */
  List<StoredRow> readings(long sentryId) throws SQLException {
    try (Connection connection = connect();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT seq, device_id, time, result, hashrate_hs, data FROM reading"
                    + " WHERE sentry_id = ? ORDER BY seq")) {
      select.setLong(1, sentryId);
      List<StoredRow> readings = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          readings.add(
              new StoredRow(
                  rows.getLong(1),
                  rows.getLong(2),
                  instant(rows, 3),
                  rows.getString(4),
                  rows.getObject(5, Double.class),
                  rows.getString(6)));
        }
      }
      return readings;
    }
  }

  private static Instant instant(ResultSet row, int column) throws SQLException {
    OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
    return time == null ? null : time.toInstant();
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
