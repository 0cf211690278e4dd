package io.hashwatch.commander.telemetry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Raw readings in the {@code reading} table, written in JDBC batches on the caller's connection
 * (and so in the caller's transaction).
 */
final class ReadingStore {
  private static final String INSERT =
      "INSERT INTO reading (sentry_id, seq, device_id, time, result, hashrate_hs, hashrate_avg_hs,"
          + " expected_hashrate_hs, power_w, max_temp_c, accepted, rejected, hardware_errors,"
          + " uptime_s, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String BETWEEN =
      "SELECT time, data FROM reading WHERE device_id = ? AND time >= ? AND time < ?"
          + " ORDER BY time, sentry_id, seq";
  private static final int BATCH = 1000;

  private ReadingStore() {}

  static void insert(Connection connection, List<ReadingRow> rows) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      int pending = 0;
      for (ReadingRow row : rows) {
        insert.setLong(1, row.sentryId());
        insert.setLong(2, row.seq());
        insert.setLong(3, row.deviceId());
        insert.setObject(4, row.time());
        insert.setString(5, row.result());
        setDouble(insert, 6, row.hashrateHs());
        setDouble(insert, 7, row.hashrateAvgHs());
        setDouble(insert, 8, row.expectedHashrateHs());
        setDouble(insert, 9, row.powerW());
        setDouble(insert, 10, row.maxTempC());
        setLong(insert, 11, row.accepted());
        setLong(insert, 12, row.rejected());
        setLong(insert, 13, row.hardwareErrors());
        setLong(insert, 14, row.uptimeS());
        insert.setString(15, row.data());
        insert.addBatch();
        if (++pending == BATCH) {
          insert.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        insert.executeBatch();
      }
    }
  }

  /** The readings of one device taken in [from, to), oldest first, at most {@code limit}. */
  static List<StoredReading> between(
      Connection connection, long deviceId, OffsetDateTime from, OffsetDateTime to, int limit)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(BETWEEN)) {
      select.setLong(1, deviceId);
      select.setObject(2, from);
      select.setObject(3, to);
      select.setMaxRows(limit);
      select.setFetchSize(Math.min(limit, 1000));
      List<StoredReading> readings = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          readings.add(
              new StoredReading(rows.getObject(1, OffsetDateTime.class), rows.getString(2)));
        }
      }
      return readings;
    }
  }

  static void setDouble(PreparedStatement statement, int index, Double value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.DOUBLE);
    } else {
      statement.setDouble(index, value);
    }
  }

  static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.BIGINT);
    } else {
      statement.setLong(index, value);
    }
  }
}
