package io.hashwatch.commander.alerts;

import io.hashwatch.commander.fleet.DeviceStatus;
import io.hashwatch.protocols.report.DeviceKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the facts of the whole farm for one evaluation in four set queries, none per device: every
 * device with its latest state (status as {@link DeviceStatus#SQL} says it, with the commander's
 * offline window) and its site, the 1-hour median hashrate of every device from the 5-minute
 * rollups, every sentry, and the trusted pools. The figures the columns lack come from the latest
 * poll result's JSON ({@link LatestFigures}), parsed only for devices that report.
 */
public final class FarmFactsReader {
  /** The median is taken over the 5-minute buckets of the last hour. */
  static final Duration MEDIAN_WINDOW = Duration.ofHours(1);

  private static final String DEVICES =
      "SELECT d.id, d.sentry_id, d.address, d.kind, d.device_group, si.name AS site, s.time, s.hashrate_hs,"
          + " s.max_temp_c, s.pool, s.data, "
          + DeviceStatus.SQL
          + " AS status FROM device d JOIN device_state s ON s.device_id = d.id"
          + " JOIN sentry se ON se.id = d.sentry_id LEFT JOIN site si ON si.id = se.site_id";
  private static final String HASHRATES =
      "SELECT device_id, hashrate_hs_avg FROM reading_5m"
          + " WHERE bucket >= ? AND samples > 0 AND hashrate_hs_avg IS NOT NULL";
  private static final String SENTRIES =
      "SELECT se.id, se.name, si.name AS site, se.last_seen, se.dropped"
          + " FROM sentry se LEFT JOIN site si ON si.id = se.site_id";

  private final Duration offlineAfter;

  /**
   * @param offlineAfter the commander's offline window ({@code hashwatch.offline.after})
   */
  public FarmFactsReader(Duration offlineAfter) {
    this.offlineAfter = offlineAfter;
  }

  public FarmFacts read(Connection connection, Instant now) throws SQLException {
    Map<Long, Double> medians = medians(connection, now);
    return new FarmFacts(
        devices(connection, now, medians), sentries(connection), TrustedPoolRows.list(connection));
  }

  private List<DeviceFacts> devices(Connection connection, Instant now, Map<Long, Double> medians)
      throws SQLException {
    List<DeviceFacts> devices = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(DEVICES)) {
      query.setObject(1, utc(now.minus(offlineAfter)));
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          devices.add(device(row, medians));
        }
      }
    }
    return devices;
  }

  private static DeviceFacts device(ResultSet row, Map<Long, Double> medians) throws SQLException {
    long id = row.getLong("id");
    String status = row.getString("status");
    boolean reporting = "online".equals(status) || "warning".equals(status);
    LatestFigures figures =
        reporting ? LatestFigures.parse(row.getString("data")) : LatestFigures.NONE;
    OffsetDateTime time = row.getObject("time", OffsetDateTime.class);
    return new DeviceFacts(
        id,
        row.getLong("sentry_id"),
        row.getString("site"),
        row.getString("device_group"),
        row.getString("address"),
        DeviceKind.valueOf(row.getString("kind")),
        status,
        "unknown".equals(status) ? null : time.toInstant(),
        nullableDouble(row, "hashrate_hs"),
        figures.expectedHashrateHs(),
        medians.get(id),
        nullableDouble(row, "max_temp_c"),
        figures.fansRpm(),
        figures.chipsFound(),
        figures.chipsExpected(),
        figures.boardsFound(),
        figures.boardsExpected(),
        figures.accepted(),
        figures.rejected(),
        row.getString("pool"));
  }

  /** The median of each device's 5-minute average hashrates over the last hour. */
  static Map<Long, Double> medians(Connection connection, Instant now) throws SQLException {
    Map<Long, List<Double>> samples = new HashMap<>();
    try (PreparedStatement query = connection.prepareStatement(HASHRATES)) {
      query.setObject(1, utc(now.minus(MEDIAN_WINDOW)));
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          samples.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(row.getDouble(2));
        }
      }
    }
    Map<Long, Double> medians = new HashMap<>();
    samples.forEach((id, values) -> medians.put(id, median(values)));
    return medians;
  }

  static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1
        ? sorted.get(middle)
        : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  private static List<SentryFacts> sentries(Connection connection) throws SQLException {
    List<SentryFacts> sentries = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(SENTRIES);
        ResultSet row = query.executeQuery()) {
      while (row.next()) {
        OffsetDateTime lastSeen = row.getObject("last_seen", OffsetDateTime.class);
        sentries.add(
            new SentryFacts(
                row.getLong("id"),
                row.getString("name"),
                row.getString("site"),
                lastSeen == null ? null : lastSeen.toInstant(),
                row.getLong("dropped")));
      }
    }
    return sentries;
  }

  private static Double nullableDouble(ResultSet row, String column) throws SQLException {
    double value = row.getDouble(column);
    return row.wasNull() ? null : value;
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
