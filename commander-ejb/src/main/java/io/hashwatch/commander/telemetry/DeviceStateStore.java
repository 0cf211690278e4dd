package io.hashwatch.commander.telemetry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The latest poll result of each device. Every device has its state row from its creation on, so a
 * batch only updates, the same way on H2 and PostgreSQL; an older result never replaces a newer
 * one, and {@code last_seen} only moves forward.
 */
final class DeviceStateStore {
  private static final String UPDATE =
      "UPDATE device_state SET time = ?, result = ?, hashrate_hs = ?, power_w = ?,"
          + " max_temp_c = ?, data = ?, algorithm = ?, pool = ?, warning = ?,"
          + " sleeping = COALESCE(?, sleeping),"
          + " last_seen = CASE WHEN last_seen IS NULL OR last_seen < ? THEN COALESCE(?, last_seen)"
          + " ELSE last_seen END,"
          + " ingested = ?, ingested_by = ?"
          + " WHERE device_id = ? AND time <= ?";
  // Few devices sleep; the sentry's devices are found by the device_sentry_address index.
  private static final String SLEEPING =
      "SELECT s.device_id FROM device_state s JOIN device d ON d.id = s.device_id"
          + " WHERE d.sentry_id = ? AND s.sleeping = TRUE";

  /** The newest row of one device in a batch, and the newest time it answered at all. */
  private record Latest(ReadingRow row, OffsetDateTime answered) {

    Latest with(ReadingRow next) {
      ReadingRow newest = next.time().isBefore(row.time()) ? row : next;
      OffsetDateTime seen = answered;
      if (next.answered() && (seen == null || next.time().isAfter(seen))) {
        seen = next.time();
      }
      return new Latest(newest, seen);
    }
  }

  private DeviceStateStore() {}

  /**
   * Updates the state of every device in {@code rows}; the newest row of each device. A state that
   * moves is stamped as ingested at {@code now} by {@code node}, for the other nodes' live feeds.
   */
  static List<ReadingRow> update(
      Connection connection, List<ReadingRow> rows, OffsetDateTime now, String node)
      throws SQLException {
    Map<Long, Latest> latest = new LinkedHashMap<>();
    for (ReadingRow row : rows) {
      latest.merge(
          row.deviceId(),
          new Latest(row, row.answered() ? row.time() : null),
          (known, next) -> known.with(next.row()));
    }
    try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
      for (Latest device : latest.values()) {
        ReadingRow row = device.row();
        update.setObject(1, row.time());
        update.setString(2, row.result());
        ReadingStore.setDouble(update, 3, row.hashrateHs());
        ReadingStore.setDouble(update, 4, row.powerW());
        ReadingStore.setDouble(update, 5, row.maxTempC());
        update.setString(6, row.data());
        StateSummary summary = row.summary();
        update.setString(7, summary.algorithm());
        update.setString(8, summary.pool());
        update.setString(9, summary.warning());
        if (summary.sleeping() == null) {
          update.setNull(10, Types.BOOLEAN);
        } else {
          update.setBoolean(10, summary.sleeping());
        }
        setTime(update, 11, device.answered());
        setTime(update, 12, device.answered());
        update.setObject(13, now);
        update.setString(14, node);
        update.setLong(15, row.deviceId());
        update.setObject(16, row.time());
        update.addBatch();
      }
      update.executeBatch();
    }
    return latest.values().stream().map(Latest::row).toList();
  }

  /** The devices of {@code sentryId} that sleep. */
  static Set<Long> sleeping(Connection connection, long sentryId) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(SLEEPING)) {
      select.setLong(1, sentryId);
      Set<Long> ids = new HashSet<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
      }
      return ids;
    }
  }

  private static void setTime(PreparedStatement statement, int index, OffsetDateTime time)
      throws SQLException {
    if (time == null) {
      statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      statement.setObject(index, time);
    }
  }
}
