package io.hashwatch.commander.watchdog;

import io.hashwatch.commander.actions.CommandStatus;
import io.hashwatch.commander.fleet.DeviceStatus;
import io.hashwatch.protocols.report.DeviceKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts of every device the watchdog may take up, in one query: its latest state and status,
 * its sentry's last contact and site, and how the command of its last step stands. Relays and GPUs
 * are left out; devices without a poll result yet too.
 */
final class WatchedDevices {
  private static final String SELECT =
      "SELECT d.id, d.address, d.kind, st.name, d.sentry_id, "
          + DeviceStatus.SQL
          + ", s.hashrate_hs, se.last_seen,"
          + " CASE WHEN c.finished IS NULL AND c.expires <= ? THEN 'EXPIRED' ELSE c.status END"
          + " FROM device d JOIN device_state s ON s.device_id = d.id"
          + " JOIN sentry se ON se.id = d.sentry_id LEFT JOIN site st ON st.id = se.site_id"
          + " LEFT JOIN watchdog_device w ON w.device_id = d.id"
          + " LEFT JOIN command c ON c.id = w.command_id"
          + " WHERE d.kind NOT IN ('RELAY', 'GPU')";

  private WatchedDevices() {}

  static List<WatchedDevice> read(Connection connection, Instant now, Duration offlineAfter)
      throws SQLException {
    List<WatchedDevice> devices = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(SELECT)) {
      OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
      select.setObject(1, at.minus(offlineAfter));
      select.setObject(2, at);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          OffsetDateTime seen = row.getObject(8, OffsetDateTime.class);
          String result = row.getString(9);
          devices.add(
              new WatchedDevice(
                  row.getLong(1),
                  row.getString(2),
                  DeviceKind.valueOf(row.getString(3)),
                  row.getString(4),
                  row.getLong(5),
                  row.getString(6),
                  row.getObject(7, Double.class),
                  seen == null ? null : seen.toInstant(),
                  result == null ? null : CommandStatus.valueOf(result)));
        }
      }
    }
    return devices;
  }
}
