package io.hashwatch.commander.watchdog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/** The watchdog's progress per device in {@code watchdog_device}, in the caller's transaction. */
final class ProgressRows {
  private static final String ALL =
      "SELECT device_id, failing_since, step_no, step_at, command_id, cycles_day, cycles, gave_up"
          + " FROM watchdog_device";
  private static final String UPDATE =
      "UPDATE watchdog_device SET failing_since = ?, step_no = ?, step_at = ?, command_id = ?,"
          + " cycles_day = ?, cycles = ?, gave_up = ? WHERE device_id = ?";
  private static final String INSERT =
      "INSERT INTO watchdog_device (failing_since, step_no, step_at, command_id, cycles_day,"
          + " cycles, gave_up, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String DELETE = "DELETE FROM watchdog_device WHERE device_id = ?";

  private ProgressRows() {}

  static Map<Long, Progress> all(Connection connection) throws SQLException {
    Map<Long, Progress> progress = new HashMap<>();
    try (PreparedStatement select = connection.prepareStatement(ALL);
        ResultSet row = select.executeQuery()) {
      while (row.next()) {
        progress.put(
            row.getLong(1),
            new Progress(
                row.getLong(1),
                instant(row, 2),
                (Integer) row.getObject(3, Integer.class),
                instant(row, 4),
                (Long) row.getObject(5, Long.class),
                row.getObject(6, LocalDate.class),
                row.getInt(7),
                instant(row, 8)));
      }
    }
    return progress;
  }

  /** Stores {@code progress} over what {@code before} was ({@code null}: no row yet). */
  static void save(Connection connection, Progress before, Progress progress) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(before == null ? INSERT : UPDATE)) {
      setTime(statement, 1, progress.failingSince());
      if (progress.step() == null) {
        statement.setNull(2, Types.INTEGER);
      } else {
        statement.setInt(2, progress.step());
      }
      setTime(statement, 3, progress.stepAt());
      if (progress.commandId() == null) {
        statement.setNull(4, Types.BIGINT);
      } else {
        statement.setLong(4, progress.commandId());
      }
      LocalDate day = progress.cyclesDay();
      if (day == null) {
        statement.setNull(5, Types.DATE);
      } else {
        statement.setObject(5, day);
      }
      statement.setInt(6, progress.cycles());
      setTime(statement, 7, progress.gaveUp());
      statement.setLong(8, progress.deviceId());
      statement.executeUpdate();
    }
  }

  static void delete(Connection connection, long deviceId) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement(DELETE)) {
      delete.setLong(1, deviceId);
      delete.executeUpdate();
    }
  }

  private static Instant instant(ResultSet row, int column) throws SQLException {
    OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
    return time == null ? null : time.toInstant();
  }

  private static void setTime(PreparedStatement statement, int index, Instant instant)
      throws SQLException {
    if (instant == null) {
      statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
  }
}
