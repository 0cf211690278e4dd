package io.hashwatch.commander.telemetry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * The farm's 5-minute series behind the overview chart ({@code farm_5m}), rolled from {@code
 * reading_5m} in the same transaction whenever a range of it is (re-)rolled, so the two agree.
 * Hashrate counts the devices that mine once (asic and program: a GPU repeats its program's); power
 * counts the devices that draw it (asic and rig: a GPU's and a program's power are their rig's).
 * Each device is counted under its latest algorithm.
 */
final class FarmRollup {
  private static final String DELETE = "DELETE FROM farm_5m WHERE bucket >= ? AND bucket < ?";
  private static final String INSERT =
      "INSERT INTO farm_5m (bucket, algorithm, hashrate_hs, power_w, devices)"
          + " SELECT r.bucket, COALESCE(s.algorithm, ''),"
          + " SUM(CASE WHEN d.kind IN ('ASIC', 'PROGRAM') THEN r.hashrate_hs_avg END),"
          + " SUM(CASE WHEN d.kind IN ('ASIC', 'RIG') THEN r.power_w_avg END),"
          + " SUM(CASE WHEN r.samples > 0 THEN 1 ELSE 0 END)"
          + " FROM reading_5m r JOIN device d ON d.id = r.device_id"
          + " JOIN device_state s ON s.device_id = r.device_id"
          + " WHERE r.bucket >= ? AND r.bucket < ? AND d.kind IN ('ASIC', 'PROGRAM', 'RIG')"
          + " GROUP BY r.bucket, COALESCE(s.algorithm, '')";
  private static final String EXPIRE = "DELETE FROM farm_5m WHERE bucket < ?";

  private FarmRollup() {}

  /** Replaces the farm's buckets in [from, to) with a fresh sum of their 5-minute rows. */
  static void roll(Connection connection, OffsetDateTime from, OffsetDateTime to)
      throws SQLException {
    Rollups.replace(connection, DELETE, INSERT, from, to);
  }

  /**
   * Deletes the buckets before {@code before}. The series holds one row per bucket and algorithm, a
   * few hundred a day, so one statement stays short.
   */
  static int expire(Connection connection, OffsetDateTime before) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement(EXPIRE)) {
      delete.setObject(1, before);
      return delete.executeUpdate();
    }
  }
}
