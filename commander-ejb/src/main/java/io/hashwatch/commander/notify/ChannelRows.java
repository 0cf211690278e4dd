package io.hashwatch.commander.notify;

import io.hashwatch.commander.alerts.Scope;
import io.hashwatch.commander.alerts.Severity;
import io.hashwatch.commander.storage.SqlDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The notify_channel table in SQL that runs unchanged on H2 and PostgreSQL. */
final class ChannelRows {
  private static final String COLUMNS =
      "id, name, type, url, secret, recipient, min_severity, scope, enabled";
  private static final String INSERT =
      "INSERT INTO notify_channel (id, name, type, url, secret, recipient, min_severity, scope,"
          + " enabled, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String UPDATE =
      "UPDATE notify_channel SET name = ?, type = ?, url = ?, secret = ?, recipient = ?,"
          + " min_severity = ?, scope = ?, enabled = ? WHERE id = ?";

  private ChannelRows() {}

  static List<Channel> list(Connection connection, boolean onlyEnabled) throws SQLException {
    String sql =
        "SELECT "
            + COLUMNS
            + " FROM notify_channel"
            + (onlyEnabled ? " WHERE enabled = TRUE" : "")
            + " ORDER BY name";
    try (PreparedStatement select = connection.prepareStatement(sql);
        ResultSet rows = select.executeQuery()) {
      List<Channel> channels = new ArrayList<>();
      while (rows.next()) {
        channels.add(channel(rows));
      }
      return channels;
    }
  }

  static Optional<Channel> find(Connection connection, long id) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT " + COLUMNS + " FROM notify_channel WHERE id = ?")) {
      select.setLong(1, id);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(channel(row)) : Optional.empty();
      }
    }
  }

  /** Stores {@code channel} as new; its id. */
  static long insert(Connection connection, Channel channel, OffsetDateTime now)
      throws SQLException {
    long id = nextId(connection, "channel_seq");
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      insert.setLong(1, id);
      insert.setObject(fields(insert, 2, channel), now);
      insert.executeUpdate();
    }
    return id;
  }

  /** Replaces channel {@code id}; whether there was one. */
  static boolean update(Connection connection, long id, Channel channel) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
      update.setLong(fields(update, 1, channel), id);
      return update.executeUpdate() == 1;
    }
  }

  static boolean delete(Connection connection, long id) throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM notify_channel WHERE id = ?")) {
      delete.setLong(1, id);
      return delete.executeUpdate() == 1;
    }
  }

  static long nextId(Connection connection, String sequence) throws SQLException {
    String sql = "SELECT " + SqlDialect.of(connection).nextValue(sequence);
    try (PreparedStatement next = connection.prepareStatement(sql);
        ResultSet row = next.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  /** Sets the channel's fields from parameter {@code first} on; the index after them. */
  private static int fields(PreparedStatement statement, int first, Channel channel)
      throws SQLException {
    int i = first;
    statement.setString(i++, channel.name());
    statement.setString(i++, channel.type().wire());
    statement.setString(i++, channel.url());
    statement.setString(i++, channel.secret());
    statement.setString(i++, channel.recipient());
    statement.setString(i++, channel.minSeverity().wire());
    statement.setString(i++, channel.scope().wire());
    statement.setBoolean(i++, channel.enabled());
    return i;
  }

  private static Channel channel(ResultSet row) throws SQLException {
    return channel(row, 1);
  }

  /** The channel in the row's columns {@link #COLUMNS}, from column {@code first} on. */
  static Channel channel(ResultSet row, int first) throws SQLException {
    int i = first;
    return new Channel(
        row.getLong(i),
        row.getString(i + 1),
        ChannelType.fromWire(row.getString(i + 2)),
        row.getString(i + 3),
        row.getString(i + 4),
        row.getString(i + 5),
        Severity.fromWire(row.getString(i + 6)),
        Scope.fromWire(row.getString(i + 7)),
        row.getBoolean(i + 8));
  }
}
