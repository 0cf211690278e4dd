package io.hashwatch.commander.telemetry;

import static io.hashwatch.commander.telemetry.TelemetryTables.utc;
import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.commander.storage.DatabaseServer;
import io.hashwatch.commander.storage.SchemaMigration;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.ReadingJson;
import io.hashwatch.protocols.reading.Unreachable;
import io.hashwatch.protocols.report.DeviceKind;
import io.hashwatch.protocols.report.Report;
import io.hashwatch.protocols.report.ReportEntry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Reading stored results back by device and time range, on every supported database; one subclass
 * per database. One sentry's history is written once and only read by the tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReadingStoreScenarios {
  private static final Instant T0 = Instant.parse("2026-01-31T12:00:00Z");
  private static final Duration MINUTE = Duration.ofMinutes(1);

  private DatabaseServer server;
  private TelemetryTables tables;
  private long asic;
  private long gpu;

  abstract DatabaseServer startServer() throws Exception;

  private static Instant minute(int n) {
    return T0.plus(MINUTE.multipliedBy(n));
  }

  private static Reading hashing(double hashrateHs) {
    return Reading.builder().hashrateHs(hashrateHs).build();
  }

  @BeforeAll
  void storeHistory() throws Exception {
    server = startServer();
    var dataSource = server.createEmpty();
    SchemaMigration.applyTo(dataSource);
    tables = new TelemetryTables(dataSource);
    long sentry = tables.newSentry();
    // Sequence order is not time order: a sentry may send a late poll after a newer one.
    tables.write(
        new DeviceCache(),
        sentry,
        new Report(
            List.of(
                new ReportEntry(1, minute(2), "10.0.0.1:4028", DeviceKind.ASIC, hashing(2)),
                new ReportEntry(2, minute(0), "10.0.0.1:4028", DeviceKind.ASIC, hashing(0)),
                new ReportEntry(3, minute(1), "rig/gpu0", DeviceKind.GPU, hashing(100)),
                new ReportEntry(
                    4, minute(1), "10.0.0.1:4028", DeviceKind.ASIC, Unreachable.because("timeout")),
                new ReportEntry(5, minute(3), "10.0.0.1:4028", DeviceKind.ASIC, hashing(3))),
            0));
    asic = tables.device(sentry, "10.0.0.1:4028").id();
    gpu = tables.device(sentry, "rig/gpu0").id();
  }

  @AfterAll
  void stop() throws Exception {
    server.close();
  }

  private List<StoredReading> between(long deviceId, Instant from, Instant to, int limit)
      throws SQLException {
    try (Connection connection = tables.connect()) {
      return ReadingStore.between(connection, deviceId, utc(from), utc(to), limit);
    }
  }

  private static List<Instant> times(List<StoredReading> readings) {
    return readings.stream().map(reading -> reading.time().toInstant()).toList();
  }

  @Test
  void givesTheDevicesReadingsOldestFirst() throws SQLException {
    List<StoredReading> readings = between(asic, minute(0), minute(4), 100);

    assertThat(times(readings)).containsExactly(minute(0), minute(1), minute(2), minute(3));
    assertThat(readings.get(0).data()).isEqualTo(json(hashing(0)));
    assertThat(readings.get(1).data()).isEqualTo(json(Unreachable.because("timeout")));
  }

  @Test
  void includesFromAndExcludesTo() throws SQLException {
    assertThat(times(between(asic, minute(1), minute(3), 100)))
        .containsExactly(minute(1), minute(2));
    assertThat(between(asic, minute(1), minute(1), 100)).isEmpty();
  }

  @Test
  void honoursTheLimit() throws SQLException {
    assertThat(times(between(asic, minute(0), minute(4), 2))).containsExactly(minute(0), minute(1));
  }

  @Test
  void givesNoOtherDevicesReadings() throws SQLException {
    List<StoredReading> readings = between(gpu, minute(0), minute(4), 100);

    assertThat(times(readings)).containsExactly(minute(1));
    assertThat(readings.get(0).data()).isEqualTo(json(hashing(100)));
    assertThat(between(Long.MAX_VALUE, minute(0), minute(4), 100)).isEmpty();
  }

  @Test
  void rangeOutsideTheHistoryIsEmpty() throws SQLException {
    assertThat(between(asic, minute(-60), minute(0), 100)).isEmpty();
    assertThat(between(asic, minute(4), minute(60), 100)).isEmpty();
  }

  private static String json(PollResult result) {
    return ReadingJson.toJson(result).toString();
  }
}
