package io.hashwatch.commander.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.commander.storage.DatabaseServer;
import io.hashwatch.commander.storage.FleetRows;
import io.hashwatch.commander.storage.FleetRows.State;
import io.hashwatch.commander.storage.SchemaMigration;
import io.hashwatch.commander.storage.TestRows;
import io.hashwatch.protocols.reading.Board;
import io.hashwatch.protocols.reading.Pool;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.ReadingJson;
import io.hashwatch.protocols.report.DeviceKind;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The farm's facts as one evaluation reads them, on every supported database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FarmFactsReaderScenarios {
  private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-30T04:00:00Z");
  private static final Duration OFFLINE_AFTER = Duration.ofMinutes(5);

  private DatabaseServer server;
  private DataSource dataSource;
  private FarmFacts facts;
  private long hallSentry;
  private long looseSentry;
  private long miner;
  private long silent;
  private long unreachable;

  abstract DatabaseServer startServer() throws Exception;

  @BeforeAll
  void farm() throws Exception {
    server = startServer();
    dataSource = server.createEmpty();
    SchemaMigration.applyTo(dataSource);
    FleetRows fleet = new FleetRows(dataSource);
    hallSentry = fleet.newSentry(fleet.newSite("hall-a"));
    looseSentry = fleet.newSentry(null);
    TestRows.execute(
        dataSource,
        "UPDATE sentry SET last_seen = ?, dropped = 12 WHERE id = ?",
        NOW.minusSeconds(20),
        hallSentry);
    miner =
        fleet.newDevice(
            hallSentry,
            "10.0.0.5:4028",
            "ASIC",
            "S19",
            State.reading(NOW.minusSeconds(30), 90e12, 3200).pool("stratum+tcp://p.example:3333"));
    TestRows.execute(
        dataSource,
        "UPDATE device_state SET data = ? WHERE device_id = ?",
        ReadingJson.toJson(reading()).toString(),
        miner);
    silent =
        fleet.newDevice(
            looseSentry,
            "10.0.1.9:4028",
            "ASIC",
            null,
            State.reading(NOW.minusMinutes(6), 1e12, 100));
    unreachable =
        fleet.newDevice(
            looseSentry,
            "10.0.1.10:4028",
            "ASIC",
            null,
            State.of("unreachable", NOW.minusSeconds(10)));
    // The last hour's 5-minute buckets of the miner: 60, 70 ... 170 TH/s, one bucket without
    // samples and one older than the hour, which the median leaves out.
    for (int i = 0; i < 12; i++) {
      bucket(miner, NOW.minusMinutes(5L * (i + 1)), 1, (60 + 10 * i) * 1e12);
    }
    bucket(miner, NOW.minusMinutes(5), 0, null);
    bucket(miner, NOW.minusMinutes(65), 1, 1e15);
    try (Connection connection = dataSource.getConnection()) {
      facts = new FarmFactsReader(OFFLINE_AFTER).read(connection, NOW.toInstant());
    }
  }

  @AfterAll
  void stop() throws Exception {
    server.close();
  }

  private static Reading reading() {
    return Reading.builder()
        .hashrateHs(90e12)
        .expectedHashrateHs(110e12)
        .boards(
            List.of(
                new Board(0, 45e12, 60.0, 70.0, 76, 76),
                new Board(1, 45e12, 61.0, 72.0, 70, 76),
                new Board(2, 0.0, 40.0, 41.0, 0, 76)))
        .fansRpm(List.of(5000, 0))
        .pools(List.of(new Pool("stratum+tcp://p.example:3333", "w", "Alive", true, 10L, 1L, 0L)))
        .accepted(1000L)
        .rejected(25L)
        .build();
  }

  private void bucket(long device, OffsetDateTime bucket, int samples, Double hashrate)
      throws SQLException {
    // A bucket without samples is left out whether or not it holds a figure.
    TestRows.execute(
        dataSource, "DELETE FROM reading_5m WHERE device_id = ? AND bucket = ?", device, bucket);
    TestRows.execute(
        dataSource,
        "INSERT INTO reading_5m (device_id, bucket, samples, polls, hashrate_hs_avg)"
            + " VALUES (?, ?, ?, 1, ?)",
        device,
        bucket,
        samples,
        hashrate);
  }

  private Map<Long, DeviceFacts> devices() {
    return facts.devices().stream()
        .collect(Collectors.toMap(DeviceFacts::deviceId, Function.identity()));
  }

  @Test
  void aReportingDeviceHasItsSiteAndTheFiguresOfItsLatestReading() {
    DeviceFacts device = devices().get(miner);

    assertThat(device.site()).isEqualTo("hall-a");
    assertThat(device.sentryId()).isEqualTo(hallSentry);
    assertThat(device.address()).isEqualTo("10.0.0.5:4028");
    assertThat(device.kind()).isEqualTo(DeviceKind.ASIC);
    assertThat(device.status()).isEqualTo("online");
    assertThat(device.polledAt()).isEqualTo(NOW.minusSeconds(30).toInstant());
    assertThat(device.hashrateHs()).isEqualTo(90e12);
    assertThat(device.expectedHashrateHs()).isEqualTo(110e12);
    assertThat(device.maxTempC()).isEqualTo(60.0);
    assertThat(device.fansRpm()).containsExactly(5000, 0);
    assertThat(device.chipsFound()).isEqualTo(146);
    assertThat(device.chipsExpected()).isEqualTo(228);
    assertThat(device.boardsFound()).isEqualTo(2);
    assertThat(device.boardsExpected()).isEqualTo(3);
    assertThat(device.accepted()).isEqualTo(1000L);
    assertThat(device.rejected()).isEqualTo(25L);
    assertThat(device.activePoolUrl()).isEqualTo("stratum+tcp://p.example:3333");
  }

  @Test
  void theMedianHashrateIsOfTheLastHoursBucketsWithSamples() {
    // The twelve buckets but the newest (no samples): 70 ... 170 TH/s, median 120.
    assertThat(devices().get(miner).medianHashrateHs1h()).isEqualTo(120e12);
    assertThat(devices().get(silent).medianHashrateHs1h()).isNull();
  }

  @Test
  void aDeviceUnheardForTheOfflineWindowOrUnreachableIsOfflineWithoutFigures() {
    DeviceFacts quiet = devices().get(silent);
    DeviceFacts down = devices().get(unreachable);

    assertThat(quiet.status()).isEqualTo("offline");
    assertThat(quiet.site()).isNull();
    assertThat(quiet.fansRpm()).isEmpty();
    assertThat(quiet.accepted()).isNull();
    assertThat(down.status()).isEqualTo("offline");
  }

  @Test
  void everySentryComesWithItsSiteLastBatchAndDroppedCount() {
    Map<Long, SentryFacts> sentries =
        facts.sentries().stream()
            .collect(Collectors.toMap(SentryFacts::sentryId, Function.identity()));

    assertThat(sentries.get(hallSentry))
        .isEqualTo(
            new SentryFacts(
                hallSentry,
                "sentry-" + hallSentry,
                "hall-a",
                NOW.minusSeconds(20).toInstant(),
                12L));
    assertThat(sentries.get(looseSentry).site()).isNull();
    assertThat(sentries.get(looseSentry).lastSeen()).isNull();
  }

  @Test
  void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    assertThat(FarmFactsReader.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
    assertThat(FarmFactsReader.median(List.of(5.0))).isEqualTo(5.0);
  }
}
