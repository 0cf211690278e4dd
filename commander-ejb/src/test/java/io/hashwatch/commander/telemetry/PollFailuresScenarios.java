package io.hashwatch.commander.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.commander.storage.DatabaseServer;
import io.hashwatch.commander.storage.SchemaMigration;
import io.hashwatch.protocols.reading.NoData;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.Rejected;
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
 * Reading back a device's latest polls that gave no reading, on every supported database; one
 * subclass per database. One sentry's history is written once and only read by the tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PollFailuresScenarios {
  private static final Instant T0 = Instant.parse("2026-01-31T12:00:00Z");
  private static final String ASIC = "10.0.0.1:4028";

  private DatabaseServer server;
  private TelemetryTables tables;
  private long asic;
  private long healthy;

  abstract DatabaseServer startServer() throws Exception;

  private static Instant minute(int n) {
    return T0.plus(Duration.ofMinutes(n));
  }

  private static ReportEntry asic(long seq, int minute, PollResult result) {
    return new ReportEntry(seq, minute(minute), ASIC, DeviceKind.ASIC, result);
  }

  @BeforeAll
  void storeHistory() throws Exception {
    server = startServer();
    var dataSource = server.createEmpty();
    SchemaMigration.applyTo(dataSource);
    tables = new TelemetryTables(dataSource);
    long sentry = tables.newSentry();
    Reading hashing = Reading.builder().hashrateHs(1e14).build();
    // Sequence order is not time order: the rejected poll at minute 1 arrives last.
    tables.write(
        new DeviceCache(),
        sentry,
        new Report(
            List.of(
                asic(1, 0, hashing),
                asic(2, 2, Unreachable.because("connect to 10.0.0.1:4028 timed out after 3 s")),
                asic(3, 3, hashing),
                asic(4, 4, new NoData(List.of("starting", "no boards yet"))),
                asic(5, 5, hashing),
                new ReportEntry(6, minute(6), "10.0.0.2:4028", DeviceKind.ASIC, hashing),
                asic(7, 1, Rejected.because("STATUS=E: Invalid command"))),
            0));
    asic = tables.device(sentry, ASIC).id();
    healthy = tables.device(sentry, "10.0.0.2:4028").id();
  }

  @AfterAll
  void stop() throws Exception {
    server.close();
  }

  private List<PollFailure> latest(long deviceId, int limit) throws SQLException {
    try (Connection connection = tables.connect()) {
      return PollFailures.latest(connection, deviceId, limit);
    }
  }

  @Test
  void givesThePollsWithoutAReadingNewestFirstWithTheirReasons() throws SQLException {
    List<PollFailure> failures = latest(asic, 20);

    assertThat(failures)
        .extracting(failure -> failure.time().toInstant())
        .containsExactly(minute(4), minute(2), minute(1));
    assertThat(failures)
        .extracting(PollFailure::result)
        .containsExactly("no-data", "unreachable", "rejected");
    assertThat(failures.get(0).errors()).containsExactly("starting", "no boards yet");
    assertThat(failures.get(1).errors())
        .containsExactly("connect to 10.0.0.1:4028 timed out after 3 s");
    assertThat(failures.get(2).errors()).containsExactly("STATUS=E: Invalid command");
  }

  @Test
  void honoursTheLimitKeepingTheNewest() throws SQLException {
    assertThat(latest(asic, 2))
        .extracting(failure -> failure.time().toInstant())
        .containsExactly(minute(4), minute(2));
  }

  @Test
  void aDeviceThatAlwaysAnsweredHasNone() throws SQLException {
    assertThat(latest(healthy, 20)).isEmpty();
    assertThat(latest(Long.MAX_VALUE, 20)).isEmpty();
  }
}
