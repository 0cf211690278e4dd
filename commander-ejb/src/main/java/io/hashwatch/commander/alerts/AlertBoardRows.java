package io.hashwatch.commander.alerts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads alerts for people, and records who acknowledged them. */
final class AlertBoardRows {
  private static final String SELECT =
      "SELECT id, rule_id, kind, severity, subject, device_id, sentry_id, site, label, message,"
          + " since, opened, acknowledged_by, acknowledged, resolved, resolution FROM alert";
  // Acknowledging twice keeps the first; a resolved alert can still be acknowledged.
  private static final String ACKNOWLEDGE =
      "UPDATE alert SET acknowledged_by = ?, acknowledged = ? WHERE id = ? AND acknowledged IS NULL";

  private AlertBoardRows() {}

  static List<AlertView> list(Connection connection, AlertFilter filter) throws SQLException {
    StringBuilder sql = new StringBuilder(SELECT).append(" WHERE 1 = 1");
    List<Object> values = new ArrayList<>();
    switch (filter.state()) {
      case OPEN -> sql.append(" AND resolved IS NULL");
      case RESOLVED -> sql.append(" AND resolved IS NOT NULL");
      case ALL -> {}
    }
    where(sql, values, "severity = ?", filter.severity() == null ? null : filter.severity().wire());
    where(sql, values, "device_id = ?", filter.deviceId());
    where(sql, values, "sentry_id = ?", filter.sentryId());
    where(sql, values, "site = ?", filter.site());
    where(sql, values, "opened >= ?", filter.from());
    where(sql, values, "opened < ?", filter.to());
    sql.append(" ORDER BY opened DESC, id DESC LIMIT ? OFFSET ?");
    values.add(filter.limit());
    values.add(filter.offset());
    try (PreparedStatement query = connection.prepareStatement(sql.toString())) {
      for (int i = 0; i < values.size(); i++) {
        query.setObject(i + 1, values.get(i));
      }
      List<AlertView> alerts = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          alerts.add(view(rows));
        }
      }
      return alerts;
    }
  }

  static Optional<AlertView> find(Connection connection, long id) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(SELECT + " WHERE id = ?")) {
      query.setLong(1, id);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? Optional.of(view(rows)) : Optional.empty();
      }
    }
  }

  static void acknowledge(Connection connection, long id, String userName, OffsetDateTime now)
      throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(ACKNOWLEDGE)) {
      update.setString(1, userName);
      update.setObject(2, now);
      update.setLong(3, id);
      update.executeUpdate();
    }
  }

  private static void where(
      StringBuilder sql, List<Object> values, String condition, Object value) {
    if (value != null) {
      sql.append(" AND ").append(condition);
      values.add(value);
    }
  }

  private static AlertView view(ResultSet row) throws SQLException {
    return new AlertView(
        row.getLong("id"),
        row.getString("rule_id"),
        row.getString("kind"),
        Severity.fromWire(row.getString("severity")),
        row.getString("subject"),
        nullableLong(row, "device_id"),
        nullableLong(row, "sentry_id"),
        row.getString("site"),
        row.getString("label"),
        row.getString("message"),
        row.getObject("since", OffsetDateTime.class),
        row.getObject("opened", OffsetDateTime.class),
        row.getString("acknowledged_by"),
        row.getObject("acknowledged", OffsetDateTime.class),
        row.getObject("resolved", OffsetDateTime.class),
        row.getString("resolution"));
  }

  private static Long nullableLong(ResultSet row, String column) throws SQLException {
    long value = row.getLong(column);
    return row.wasNull() ? null : value;
  }
}
