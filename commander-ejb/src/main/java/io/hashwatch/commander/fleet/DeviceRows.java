package io.hashwatch.commander.fleet;

import io.hashwatch.protocols.report.DeviceKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Device lists in SQL that runs unchanged on H2 and PostgreSQL: filtered, sorted and paged by the
 * database, so a page never loads the farm. The status is computed by {@link DeviceStatus#SQL} in
 * an inner query, so that it can be filtered and sorted on like a column.
 */
final class DeviceRows {
  private static final String INNER =
      "SELECT d.id, d.sentry_id, d.address, d.kind, d.make, d.model, s.last_seen, s.hashrate_hs,"
          + " s.power_w, s.max_temp_c, s.algorithm, s.pool, s.warning, "
          + DeviceStatus.SQL
          + " AS status FROM device d JOIN device_state s ON s.device_id = d.id";
  private static final String SEARCH =
      " WHERE (LOWER(d.address) LIKE ? ESCAPE '!' OR LOWER(d.make) LIKE ? ESCAPE '!'"
          + " OR LOWER(d.model) LIKE ? ESCAPE '!' OR LOWER(s.pool) LIKE ? ESCAPE '!')";

  private DeviceRows() {}

  static long count(Connection connection, DeviceFilter filter, OffsetDateTime offlineBefore)
      throws SQLException {
    String sql = "SELECT COUNT(*) FROM (" + INNER + search(filter) + ") t" + statuses(filter);
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      bind(select, filter, offlineBefore);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  /** At most {@code limit} devices from {@code offset} on, in the order {@code sort} gives. */
  static List<DeviceSummary> page(
      Connection connection,
      DeviceFilter filter,
      String orderBy,
      int offset,
      int limit,
      OffsetDateTime offlineBefore)
      throws SQLException {
    String sql =
        "SELECT * FROM ("
            + INNER
            + search(filter)
            + ") t"
            + statuses(filter)
            + " ORDER BY "
            + orderBy
            + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      int index = bind(select, filter, offlineBefore);
      select.setInt(index++, offset);
      select.setInt(index, limit);
      List<DeviceSummary> devices = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          devices.add(summary(rows));
        }
      }
      return devices;
    }
  }

  private static String search(DeviceFilter filter) {
    return filter.search() == null ? "" : SEARCH;
  }

  private static String statuses(DeviceFilter filter) {
    if (filter.statuses().isEmpty()) {
      return "";
    }
    return " WHERE t.status IN (" + "?, ".repeat(filter.statuses().size() - 1) + "?)";
  }

  private static int bind(PreparedStatement select, DeviceFilter filter, OffsetDateTime before)
      throws SQLException {
    int index = 1;
    select.setObject(index++, before);
    String pattern = filter.likePattern();
    if (pattern != null) {
      for (int i = 0; i < 4; i++) {
        select.setString(index++, pattern);
      }
    }
    for (DeviceStatus status : filter.statuses()) {
      select.setString(index++, status.wire());
    }
    return index;
  }

  private static DeviceSummary summary(ResultSet row) throws SQLException {
    return new DeviceSummary(
        row.getLong("id"),
        row.getLong("sentry_id"),
        row.getString("address"),
        DeviceKind.valueOf(row.getString("kind")),
        row.getString("make"),
        row.getString("model"),
        DeviceStatus.fromWire(row.getString("status")),
        row.getObject("last_seen", OffsetDateTime.class),
        row.getObject("hashrate_hs", Double.class),
        row.getObject("power_w", Double.class),
        row.getObject("max_temp_c", Double.class),
        row.getString("algorithm"),
        row.getString("pool"),
        row.getString("warning"));
  }
}
