package io.hashwatch.commander.telemetry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;

/** The watermark of each rollup level in {@code rollup_state}: every bucket before it is rolled. */
final class RollupState {
  private static final String LOCK =
      "SELECT done_until FROM rollup_state WHERE level = ? FOR UPDATE";
  private static final String READ = "SELECT done_until FROM rollup_state WHERE level = ?";
  private static final String INSERT = "INSERT INTO rollup_state (level, done_until) VALUES (?, ?)";
  private static final String UPDATE = "UPDATE rollup_state SET done_until = ? WHERE level = ?";

  private RollupState() {}

  /** The level's watermark, its row locked until the transaction ends; empty before the first. */
  static Optional<OffsetDateTime> lock(Connection connection, RollupLevel level)
      throws SQLException {
    return query(connection, LOCK, level);
  }

  static Optional<OffsetDateTime> read(Connection connection, RollupLevel level)
      throws SQLException {
    return query(connection, READ, level);
  }

  static void save(
      Connection connection, RollupLevel level, OffsetDateTime doneUntil, boolean first)
      throws SQLException {
    try (PreparedStatement write = connection.prepareStatement(first ? INSERT : UPDATE)) {
      write.setObject(first ? 2 : 1, doneUntil);
      write.setString(first ? 1 : 2, level.key());
      write.executeUpdate();
    }
  }

  /** The earliest time in the level's source, or empty when the source is empty. */
  static Optional<OffsetDateTime> earliestSource(Connection connection, RollupLevel level)
      throws SQLException {
    String sql =
        level == RollupLevel.FIVE_MINUTES
            ? "SELECT MIN(time) FROM reading"
            : "SELECT MIN(bucket) FROM reading_5m";
    try (PreparedStatement select = connection.prepareStatement(sql);
        ResultSet row = select.executeQuery()) {
      row.next();
      return Optional.ofNullable(row.getObject(1, OffsetDateTime.class));
    }
  }

  private static Optional<OffsetDateTime> query(
      Connection connection, String sql, RollupLevel level) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, level.key());
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(row.getObject(1, OffsetDateTime.class)) : Optional.empty();
      }
    }
  }
}
