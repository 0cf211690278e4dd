package io.hashwatch.commander.overview;

import io.hashwatch.commander.fleet.DeviceStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The overview's queries in SQL that runs unchanged on H2 and PostgreSQL. Each reads the devices'
 * latest state (one row per device) or the farm's 5-minute series, never the readings.
 */
final class OverviewRows {
  static final Duration BUCKET = Duration.ofMinutes(5);
  // Online: a fresh reading of a device that does not sleep, whether it warns or not. Hashrate is
  // counted once (asic and program: a GPU repeats its program's); power once (asic and rig).
  private static final String FIGURES =
      "SELECT COALESCE(s.algorithm, ''),"
          + " SUM(CASE WHEN d.kind IN ('ASIC', 'PROGRAM') THEN s.hashrate_hs END),"
          + " SUM(CASE WHEN d.kind IN ('ASIC', 'PROGRAM') THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN d.kind IN ('ASIC', 'RIG') THEN s.power_w END),"
          + " SUM(CASE WHEN d.kind = 'ASIC' AND s.hashrate_hs > 0 THEN s.power_w END),"
          + " SUM(CASE WHEN d.kind = 'ASIC' AND s.power_w IS NOT NULL THEN s.hashrate_hs END)"
          + " FROM device d JOIN device_state s ON s.device_id = d.id"
          + " WHERE s.result = 'reading' AND s.sleeping = FALSE AND s.time >= ?"
          + " GROUP BY COALESCE(s.algorithm, '')";
  private static final String COUNTS =
      "SELECT COALESCE(si.name, ''), t.status, COUNT(*) FROM (SELECT d.sentry_id, "
          + DeviceStatus.SQL
          + " AS status FROM device d JOIN device_state s ON s.device_id = d.id) t"
          + " JOIN sentry se ON se.id = t.sentry_id LEFT JOIN site si ON si.id = se.site_id"
          + " GROUP BY COALESCE(si.name, ''), t.status";
  private static final String SERIES =
      "SELECT bucket, algorithm, hashrate_hs, power_w FROM farm_5m"
          + " WHERE bucket >= ? AND bucket < ? ORDER BY bucket";
  private static final String ROLLED = "SELECT done_until FROM rollup_state WHERE level = '5m'";

  private OverviewRows() {}

  static FarmFigures figures(Connection connection, OffsetDateTime offlineBefore)
      throws SQLException {
    List<AlgorithmTotal> totals = new ArrayList<>();
    Double power = null;
    Double shaPower = null;
    Double shaHashrate = null;
    try (PreparedStatement select = connection.prepareStatement(FIGURES)) {
      select.setObject(1, offlineBefore);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          String algorithm = rows.getString(1);
          int miners = rows.getInt(3);
          if (miners > 0) {
            totals.add(new AlgorithmTotal(algorithm, rows.getObject(2, Double.class), miners));
          }
          power = plus(power, rows.getObject(4, Double.class));
          if (isSha256(algorithm)) {
            shaPower = plus(shaPower, rows.getObject(5, Double.class));
            shaHashrate = plus(shaHashrate, rows.getObject(6, Double.class));
          }
        }
      }
    }
    totals.sort((a, b) -> Integer.compare(b.devices(), a.devices()));
    Double efficiency =
        shaPower == null || shaHashrate == null || shaHashrate <= 0
            ? null
            : shaPower / (shaHashrate / 1e12);
    return new FarmFigures(totals, power, efficiency);
  }

  /** The whole farm's counts first, then each site's by name. */
  static List<SiteCounts> counts(Connection connection, OffsetDateTime offlineBefore)
      throws SQLException {
    Map<DeviceStatus, Long> farm = new EnumMap<>(DeviceStatus.class);
    Map<String, Map<DeviceStatus, Long>> sites = new HashMap<>();
    try (PreparedStatement select = connection.prepareStatement(COUNTS)) {
      select.setObject(1, offlineBefore);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          DeviceStatus status = DeviceStatus.fromWire(rows.getString(2));
          long count = rows.getLong(3);
          farm.merge(status, count, Long::sum);
          sites
              .computeIfAbsent(rows.getString(1), site -> new EnumMap<>(DeviceStatus.class))
              .merge(status, count, Long::sum);
        }
      }
    }
    List<SiteCounts> counts = new ArrayList<>();
    counts.add(new SiteCounts(null, farm));
    sites.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(site -> counts.add(new SiteCounts(site.getKey(), site.getValue())));
    return counts;
  }

  /** The end of the last rolled 5-minute bucket, if any is rolled. */
  static Optional<OffsetDateTime> rolledUntil(Connection connection) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(ROLLED);
        ResultSet row = select.executeQuery()) {
      return row.next() ? Optional.of(row.getObject(1, OffsetDateTime.class)) : Optional.empty();
    }
  }

  /** The farm's buckets in [from, to), both on bucket starts. */
  static FarmSeries series(Connection connection, OffsetDateTime from, OffsetDateTime to)
      throws SQLException {
    List<OffsetDateTime> buckets = new ArrayList<>();
    for (OffsetDateTime bucket = from; bucket.isBefore(to); bucket = bucket.plus(BUCKET)) {
      buckets.add(bucket);
    }
    Map<String, List<Double>> hashrates = new LinkedHashMap<>();
    List<Double> power = nulls(buckets.size());
    try (PreparedStatement select = connection.prepareStatement(SERIES)) {
      select.setObject(1, from);
      select.setObject(2, to);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          OffsetDateTime bucket = rows.getObject(1, OffsetDateTime.class);
          int index = (int) (Duration.between(from, bucket).toSeconds() / BUCKET.toSeconds());
          Double hashrate = rows.getObject(3, Double.class);
          if (hashrate != null) {
            List<Double> values =
                hashrates.computeIfAbsent(rows.getString(2), a -> nulls(buckets.size()));
            values.set(index, plus(values.get(index), hashrate));
          }
          power.set(index, plus(power.get(index), rows.getObject(4, Double.class)));
        }
      }
    }
    return new FarmSeries(buckets, hashrates, power);
  }

  static boolean isSha256(String algorithm) {
    return algorithm.replace("-", "").toLowerCase(Locale.ROOT).startsWith("sha256");
  }

  private static List<Double> nulls(int size) {
    List<Double> values = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      values.add(null);
    }
    return values;
  }

  private static Double plus(Double sum, Double value) {
    if (value == null) {
      return sum;
    }
    return sum == null ? value : sum + value;
  }
}
