package io.hashwatch.commander.watchdog;

import io.hashwatch.commander.alerts.AlertChange;
import io.hashwatch.commander.alerts.AlertKey;
import io.hashwatch.commander.alerts.AlertRows;
import io.hashwatch.commander.alerts.RuleKind;
import io.hashwatch.commander.alerts.Severity;
import io.hashwatch.commander.alerts.Subject;
import io.hashwatch.commander.notify.AlertNotices;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The watchdog's alert: it opens when the ladder is spent and the device still fails, and resolves
 * when the device hashes again. Like a rule's alert, it is told to the notification channels in the
 * same transaction.
 */
final class NeedsHands {
  private NeedsHands() {}

  static void open(
      Connection connection, WatchedDevice device, String message, Instant since, Instant now)
      throws SQLException {
    AlertChange opened = change(AlertChange.Type.OPENED, connection, device, message, since, now);
    if (AlertRows.open(connection, opened).isPresent()) {
      AlertNotices.enqueue(connection, List.of(opened), Map.of(), now);
    }
  }

  static void resolve(Connection connection, WatchedDevice device, Instant now)
      throws SQLException {
    AlertChange resolved =
        change(
            AlertChange.Type.RESOLVED,
            connection,
            device,
            device.address() + " hashes again",
            now,
            now);
    if (AlertRows.resolve(connection, resolved.key(), now, resolved.message()).isPresent()) {
      AlertNotices.enqueue(connection, List.of(resolved), Map.of(), now);
    }
  }

  private static AlertChange change(
      AlertChange.Type type,
      Connection connection,
      WatchedDevice device,
      String message,
      Instant since,
      Instant now)
      throws SQLException {
    Subject subject =
        new Subject(
            "device:" + device.id(),
            device.site(),
            group(connection, device.id()),
            device.address());
    return new AlertChange(
        type,
        new AlertKey(WatchdogCycle.RULE_ID, subject.key()),
        RuleKind.NEEDS_HANDS,
        Severity.CRITICAL,
        subject,
        message,
        since,
        now);
  }

  /** The device's group, for channels scoped to one: read only when an alert changes, rarely. */
  private static String group(Connection connection, long deviceId) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT device_group FROM device WHERE id = ?")) {
      query.setLong(1, deviceId);
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? row.getString(1) : null;
      }
    }
  }
}
