package io.hashwatch.commander.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hashwatch.commander.fleet.DeviceStatus;
import io.hashwatch.commander.storage.DatabaseServer;
import io.hashwatch.commander.storage.FleetRows;
import io.hashwatch.commander.storage.FleetRows.State;
import io.hashwatch.commander.storage.SchemaMigration;
import io.hashwatch.commander.storage.TestRows;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The overview's figures, counts per site and 24-hour series, on every supported database; one
 * subclass per database. The tests share one farm of two sites and only read it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OverviewScenarios {
  static final OffsetDateTime NOW = OffsetDateTime.parse("2026-02-01T08:00:00Z");
  static final OffsetDateTime OFFLINE_BEFORE = NOW.minusMinutes(5);

  private DatabaseServer server;
  private DataSource dataSource;

  abstract DatabaseServer startServer() throws Exception;

  @BeforeAll
  void farm() throws Exception {
    server = startServer();
    dataSource = server.createEmpty();
    SchemaMigration.applyTo(dataSource);
    FleetRows rows = new FleetRows(dataSource);
    long north = rows.newSentry(rows.newSite("north"));
    long south = rows.newSentry(rows.newSite("south"));
    long loose = rows.newSentry(null);
    OffsetDateTime recent = NOW.minusMinutes(1);
    // Two SHA-256 asics online (one warns), one offline, one asleep.
    rows.newDevice(north, "a1", "ASIC", "S19", State.reading(recent, 100e12, 3000));
    rows.newDevice(
        north,
        "a2",
        "ASIC",
        "S19",
        State.reading(recent, 50e12, 2000).warning("2 of 3 boards", 70));
    rows.newDevice(north, "a3", "ASIC", "S19", State.reading(NOW.minusHours(1), 90e12, 3000));
    rows.newDevice(north, "a4", "ASIC", "S19", State.reading(recent, 0, 10).asleep());
    // A rig with a program and its GPU: the GPU repeats the program's hashrate, the program and
    // the GPU the rig's power.
    State randomX = State.reading(recent, 10_000, 150).algorithm("RandomX");
    rows.newDevice(south, "rig", "RIG", null, State.reading(recent, 0, 400).algorithm(null));
    rows.newDevice(south, "rig/xmrig", "PROGRAM", null, randomX);
    rows.newDevice(south, "rig/gpu0", "GPU", null, randomX);
    rows.newDevice(loose, "r1", "RELAY", null, State.of("rejected", recent));
  }

  @AfterAll
  void stop() throws Exception {
    server.close();
  }

  @Test
  void sumsEachAlgorithmsMinersOnceAndThePowerOfAsicsAndRigs() throws SQLException {
    FarmFigures figures;
    try (Connection connection = dataSource.getConnection()) {
      figures = OverviewRows.figures(connection, OFFLINE_BEFORE);
    }

    assertThat(figures.hashrates())
        .containsExactly(
            new AlgorithmTotal("SHA256", 150e12, 2), new AlgorithmTotal("RandomX", 10_000.0, 1));
    assertThat(figures.powerW()).isEqualTo(5400.0);
    assertThat(figures.efficiencyJth()).isCloseTo(5000 / 150.0, within(1e-9));
  }

  @Test
  void countsEachStatusForTheFarmAndEachSite() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      var counts = OverviewRows.counts(connection, OFFLINE_BEFORE);

      assertThat(counts).extracting(SiteCounts::site).containsExactly(null, "", "north", "south");
      SiteCounts farm = counts.get(0);
      assertThat(farm.count(DeviceStatus.ONLINE)).isEqualTo(4);
      assertThat(farm.count(DeviceStatus.WARNING)).isEqualTo(1);
      assertThat(farm.count(DeviceStatus.OFFLINE)).isEqualTo(1);
      assertThat(farm.count(DeviceStatus.SLEEPING)).isEqualTo(1);
      assertThat(farm.count(DeviceStatus.ERROR)).isEqualTo(1);
      assertThat(farm.count(DeviceStatus.UNKNOWN)).isZero();
      assertThat(farm.total()).isEqualTo(8);
      assertThat(counts.get(2).count(DeviceStatus.ONLINE)).isEqualTo(1);
      assertThat(counts.get(2).total()).isEqualTo(4);
      assertThat(counts.get(3).count(DeviceStatus.ONLINE)).isEqualTo(3);
    }
  }

  @Test
  void theSeriesHasOneValuePerBucketAndNullsForGaps() throws SQLException {
    OffsetDateTime from = NOW.minusMinutes(20);
    insertBucket(from, "SHA256", 100e12, 3000.0);
    insertBucket(from, "", null, 400.0);
    insertBucket(from.plusMinutes(10), "SHA256", 90e12, 2800.0);
    insertBucket(from.plusMinutes(15), "RandomX", 10_000.0, null);

    FarmSeries series;
    try (Connection connection = dataSource.getConnection()) {
      series = OverviewRows.series(connection, from, NOW);
    }

    assertThat(series.buckets())
        .extracting(OffsetDateTime::toInstant)
        .containsExactly(
            from.toInstant(),
            from.plusMinutes(5).toInstant(),
            from.plusMinutes(10).toInstant(),
            from.plusMinutes(15).toInstant());
    assertThat(series.hashrateHs().get("SHA256"))
        .containsExactlyElementsOf(Arrays.asList(100e12, null, 90e12, null));
    assertThat(series.hashrateHs().get("RandomX"))
        .containsExactlyElementsOf(Arrays.asList(null, null, null, 10_000.0));
    assertThat(series.hashrateHs()).doesNotContainKey("");
    assertThat(series.powerW())
        .containsExactlyElementsOf(Arrays.asList(3400.0, null, 2800.0, null));
  }

  @Test
  void theFloorOfATimeIsItsBucket() {
    assertThat(FarmOverview.floor(OffsetDateTime.parse("2026-02-01T08:04:59Z")).toInstant())
        .isEqualTo(NOW.toInstant());
    assertThat(Duration.between(NOW, FarmOverview.floor(NOW.plusMinutes(5)))).hasMinutes(5);
  }

  private void insertBucket(OffsetDateTime bucket, String algorithm, Double hashrate, Double power)
      throws SQLException {
    TestRows.execute(
        dataSource,
        "INSERT INTO farm_5m (bucket, algorithm, hashrate_hs, power_w, devices)"
            + " VALUES (?, ?, ?, ?, 1)",
        bucket,
        algorithm,
        hashrate,
        power);
  }
}
