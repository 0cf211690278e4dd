package io.hashwatch.commander.telemetry;

import static io.hashwatch.commander.telemetry.TelemetryTables.utc;

import io.hashwatch.commander.storage.DatabaseServer;
import io.hashwatch.commander.storage.SchemaMigration;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.report.DeviceKind;
import io.hashwatch.protocols.report.Report;
import io.hashwatch.protocols.report.ReportEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * One migrated database with one sentry for the rollup scenarios: writes poll results through the
 * real ingest, received when the test says, and reads the rollup rows back as records.
 */
final class RollupTables {
  static final Duration ARRIVAL = Duration.ofSeconds(10);

  final DataSource dataSource;
  private final TelemetryTables tables;
  private final DeviceCache cache = new DeviceCache();
  private final long sentry;
  private long seq;

  record Bucket(
      long deviceId,
      Instant bucket,
      int samples,
      int polls,
      Double hashrateAvg,
      Double hashrateMin,
      Double hashrateMax,
      Double powerAvg,
      Double maxTempC,
      Long accepted) {}

  RollupTables(DatabaseServer server) throws SQLException {
    dataSource = server.createEmpty();
    SchemaMigration.applyTo(dataSource);
    tables = new TelemetryTables(dataSource);
    sentry = tables.newSentry();
  }

  /** Stores one poll result of {@code address} taken at {@code time}, received 10 s later. */
  void live(String address, Instant time, PollResult result) throws SQLException {
    receivedAt(utc(time.plus(ARRIVAL)), address, time, result);
  }

  /** Stores one poll result of {@code address} taken at {@code time}, received at {@code at}. */
  void receivedAt(OffsetDateTime at, String address, Instant time, PollResult result)
      throws SQLException {
    tables.write(
        cache,
        sentry,
        new Report(List.of(new ReportEntry(++seq, time, address, DeviceKind.ASIC, result)), 0),
        at);
  }

  long device(String address) throws SQLException {
    return tables.device(sentry, address).id();
  }

  Connection connect() throws SQLException {
    return dataSource.getConnection();
  }

  List<Bucket> buckets(RollupLevel level) throws SQLException {
    try (Connection connection = connect();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT device_id, bucket, samples, polls, hashrate_hs_avg, hashrate_hs_min,"
                    + " hashrate_hs_max, power_w_avg, max_temp_c, accepted FROM "
                    + level.table()
                    + " ORDER BY device_id, bucket")) {
      List<Bucket> buckets = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          buckets.add(
              new Bucket(
                  rows.getLong(1),
                  rows.getObject(2, OffsetDateTime.class).toInstant(),
                  rows.getInt(3),
                  rows.getInt(4),
                  rows.getObject(5, Double.class),
                  rows.getObject(6, Double.class),
                  rows.getObject(7, Double.class),
                  rows.getObject(8, Double.class),
                  rows.getObject(9, Double.class),
                  rows.getObject(10, Long.class)));
        }
      }
      return buckets;
    }
  }

  long count(String sql) throws SQLException {
    try (Connection connection = connect();
        PreparedStatement select = connection.prepareStatement(sql);
        ResultSet row = select.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  Instant watermark(RollupLevel level) throws SQLException {
    try (Connection connection = connect()) {
      return RollupState.read(connection, level).map(OffsetDateTime::toInstant).orElse(null);
    }
  }
}
