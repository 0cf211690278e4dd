package io.hashwatch.commander.fleet;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** How many devices each sentry has reported, counted in the database. */
final class DeviceCounts {
  private DeviceCounts() {}

  /** Sentry id to its number of devices; sentries without devices are absent. */
  static Map<Long, Long> perSentry(Connection connection) throws SQLException {
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT sentry_id, COUNT(*) FROM device GROUP BY sentry_id");
        ResultSet row = select.executeQuery()) {
      Map<Long, Long> counts = new HashMap<>();
      while (row.next()) {
        counts.put(row.getLong(1), row.getLong(2));
      }
      return counts;
    }
  }
}
