package io.hashwatch.commander.telemetry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A device's chart points from the raw readings or a rollup table. Polls without a reading
 * (unreachable, rejected, no data) and buckets without samples give no point, so a chart shows a
 * gap there instead of a line drawn across it.
 */
final class ChartPoints {
  private static final String RAW =
      "SELECT time, hashrate_hs, power_w, max_temp_c, 1 FROM reading"
          + " WHERE device_id = ? AND time >= ? AND time < ? AND result = 'reading'"
          + " ORDER BY time, sentry_id, seq";
  private static final String ROLLED =
      "SELECT bucket, hashrate_hs_avg, power_w_avg, max_temp_c, samples FROM %s"
          + " WHERE device_id = ? AND bucket >= ? AND bucket < ? AND samples > 0 ORDER BY bucket";

  private ChartPoints() {}

  /** The points in [from, to), oldest first, at most {@code limit}; buckets by their start. */
  static List<ChartPoint> between(
      Connection connection,
      long deviceId,
      OffsetDateTime from,
      OffsetDateTime to,
      ChartStep step,
      int limit)
      throws SQLException {
    String sql =
        switch (step) {
          case RAW -> RAW;
          case FIVE_MINUTES -> ROLLED.formatted(RollupLevel.FIVE_MINUTES.table());
          case HOURLY -> ROLLED.formatted(RollupLevel.HOURLY.table());
        };
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setLong(1, deviceId);
      select.setObject(2, from);
      select.setObject(3, to);
      select.setMaxRows(limit);
      select.setFetchSize(Math.min(limit, 1000));
      List<ChartPoint> points = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          points.add(
              new ChartPoint(
                  rows.getObject(1, OffsetDateTime.class),
                  rows.getObject(2, Double.class),
                  rows.getObject(3, Double.class),
                  rows.getObject(4, Double.class),
                  rows.getInt(5)));
        }
      }
      return points;
    }
  }
}
