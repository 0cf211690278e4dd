package io.hashwatch.commander.notify;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The notification table (the outbox) in SQL that runs unchanged on H2 and PostgreSQL. */
final class NotificationRows {
  static final int MAX_ERROR = 1000;
  private static final String INSERT =
      "INSERT INTO notification (id, channel_id, created, title, body, status, attempts,"
          + " next_attempt, expires) VALUES (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)";
  private static final String VIEW_COLUMNS =
      "id, channel_id, created, title, status, attempts, next_attempt, delivered, last_error";
  private static final String DUE =
      "SELECT n.id, n.body, n.attempts, n.expires, n.last_error, c.id, c.name, c.type, c.url, c.secret,"
          + " c.recipient, c.min_severity, c.scope, c.enabled FROM notification n"
          + " JOIN notify_channel c ON c.id = n.channel_id"
          + " WHERE n.status = 'PENDING' AND n.next_attempt <= ? ORDER BY n.next_attempt, n.id";
  private static final String DELIVERED =
      "UPDATE notification SET status = 'DELIVERED', attempts = ?, delivered = ?,"
          + " last_error = NULL WHERE id = ? AND status = 'PENDING'";
  private static final String RETRY =
      "UPDATE notification SET attempts = ?, next_attempt = ?, last_error = ?"
          + " WHERE id = ? AND status = 'PENDING'";
  private static final String FAILED =
      "UPDATE notification SET status = 'FAILED', attempts = ?, last_error = ?"
          + " WHERE id = ? AND status = 'PENDING'";

  private NotificationRows() {}

  /** One pending notification whose time has come, with its channel. */
  record Due(
      long id, String body, int attempts, Instant expires, String lastError, Channel channel) {}

  /** Queues {@code message} for channel {@code channelId}, due at once; its id. */
  static long insert(
      Connection connection, long channelId, Message message, Instant now, Instant expires)
      throws SQLException {
    long id = ChannelRows.nextId(connection, "notification_seq");
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      insert.setLong(1, id);
      insert.setLong(2, channelId);
      insert.setObject(3, utc(now));
      insert.setString(4, message.title());
      insert.setString(5, MessageJson.write(message));
      insert.setObject(6, utc(now));
      insert.setObject(7, utc(expires));
      insert.executeUpdate();
    }
    return id;
  }

  /** The oldest-due pending notifications, at most {@code limit}. */
  static List<Due> due(Connection connection, Instant now, int limit) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(DUE)) {
      select.setObject(1, utc(now));
      select.setMaxRows(limit);
      List<Due> due = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          due.add(
              new Due(
                  rows.getLong(1),
                  rows.getString(2),
                  rows.getInt(3),
                  rows.getObject(4, OffsetDateTime.class).toInstant(),
                  rows.getString(5),
                  ChannelRows.channel(rows, 6)));
        }
      }
      return due;
    }
  }

  static void delivered(Connection connection, long id, int attempts, Instant at)
      throws SQLException {
    update(connection, DELIVERED, attempts, utc(at), id);
  }

  static void retry(Connection connection, long id, int attempts, Instant next, String error)
      throws SQLException {
    update(connection, RETRY, attempts, utc(next), cut(error), id);
  }

  static void failed(Connection connection, long id, int attempts, String error)
      throws SQLException {
    update(connection, FAILED, attempts, cut(error), id);
  }

  /** The newest notifications first, of one channel and status when given. */
  static List<NotificationView> list(
      Connection connection, Long channelId, NotificationStatus status, int limit)
      throws SQLException {
    StringBuilder sql =
        new StringBuilder("SELECT " + VIEW_COLUMNS + " FROM notification WHERE 1 = 1");
    List<Object> parameters = new ArrayList<>();
    if (channelId != null) {
      sql.append(" AND channel_id = ?");
      parameters.add(channelId);
    }
    if (status != null) {
      sql.append(" AND status = ?");
      parameters.add(status.name());
    }
    sql.append(" ORDER BY id DESC");
    try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
      for (int i = 0; i < parameters.size(); i++) {
        select.setObject(i + 1, parameters.get(i));
      }
      select.setMaxRows(limit);
      List<NotificationView> listed = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          listed.add(view(rows));
        }
      }
      return listed;
    }
  }

  private static NotificationView view(ResultSet row) throws SQLException {
    return new NotificationView(
        row.getLong(1),
        row.getLong(2),
        row.getObject(3, OffsetDateTime.class),
        row.getString(4),
        NotificationStatus.valueOf(row.getString(5)),
        row.getInt(6),
        row.getObject(7, OffsetDateTime.class),
        row.getObject(8, OffsetDateTime.class),
        row.getString(9));
  }

  private static void update(Connection connection, String sql, Object... values)
      throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        update.setObject(i + 1, values[i]);
      }
      update.executeUpdate();
    }
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static String cut(String error) {
    return Message.cut(error, MAX_ERROR);
  }
}
