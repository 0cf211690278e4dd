package io.hashwatch.commander.alerts;

import io.hashwatch.commander.storage.SqlDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Opens and resolves alerts in the {@code alert} table, in the caller's transaction, so that an
 * alert and the notifications about it are stored together or not at all. At most one alert of a
 * (rule, subject) is open at a time: opening checks first, and the table's unique {@code open_key}
 * refuses a second one should two nodes ever race (the farm lease makes that rare).
 */
public final class AlertRows {
  private static final String OPEN_ID = "SELECT id FROM alert WHERE open_key = ?";
  private static final String INSERT =
      "INSERT INTO alert (id, rule_id, kind, severity, subject, device_id, sentry_id, site,"
          + " device_group, label, message, since, opened, open_key)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String RESOLVE =
      "UPDATE alert SET resolved = ?, resolution = ?, open_key = NULL WHERE id = ?";
  private static final int MESSAGE_LIMIT = 1000;
  private static final int LABEL_LIMIT = 255;

  private AlertRows() {}

  /**
   * Opens the alert {@code change} announces ({@link AlertChange.Type#OPENED}).
   *
   * @return its id, or empty when an alert of its rule and subject is open already
   */
  public static Optional<Long> open(Connection connection, AlertChange change) throws SQLException {
    if (change.type() != AlertChange.Type.OPENED) {
      throw new IllegalArgumentException("not an opening: " + change);
    }
    if (openId(connection, change.key()).isPresent()) {
      return Optional.empty();
    }
    long id = nextId(connection);
    Subject subject = change.subject();
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      insert.setLong(1, id);
      insert.setString(2, change.key().ruleId());
      insert.setString(3, change.kind().wire());
      insert.setString(4, change.severity().wire());
      insert.setString(5, subject.key());
      setId(insert, 6, subject.key(), "device:");
      setId(insert, 7, subject.key(), "sentry:");
      insert.setString(8, subject.site());
      insert.setString(9, subject.group());
      insert.setString(10, cut(subject.label(), LABEL_LIMIT));
      insert.setString(11, cut(change.message(), MESSAGE_LIMIT));
      insert.setObject(12, utc(change.since()));
      insert.setObject(13, utc(change.at()));
      insert.setString(14, openKey(change.key()));
      insert.executeUpdate();
    }
    return Optional.of(id);
  }

  /**
   * Resolves the open alert of {@code key} at {@code at}, saying why.
   *
   * @return its id, or empty when none was open
   */
  public static Optional<Long> resolve(
      Connection connection, AlertKey key, Instant at, String resolution) throws SQLException {
    Optional<Long> id = openId(connection, key);
    if (id.isPresent()) {
      try (PreparedStatement update = connection.prepareStatement(RESOLVE)) {
        update.setObject(1, utc(at));
        update.setString(2, cut(resolution, MESSAGE_LIMIT));
        update.setLong(3, id.get());
        update.executeUpdate();
      }
    }
    return id;
  }

  /** The id of the open alert of {@code key}, if one is open. */
  public static Optional<Long> openId(Connection connection, AlertKey key) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(OPEN_ID)) {
      query.setString(1, openKey(key));
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
      }
    }
  }

  static String openKey(AlertKey key) {
    return key.ruleId() + " " + key.subject();
  }

  private static long nextId(Connection connection) throws SQLException {
    String sql = "SELECT " + SqlDialect.of(connection).nextValue("alert_seq");
    try (PreparedStatement next = connection.prepareStatement(sql);
        ResultSet row = next.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  private static void setId(PreparedStatement insert, int index, String subject, String prefix)
      throws SQLException {
    if (subject.startsWith(prefix)) {
      insert.setLong(index, Long.parseLong(subject.substring(prefix.length())));
    } else {
      insert.setNull(index, Types.BIGINT);
    }
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static String cut(String text, int limit) {
    return text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
  }
}
