package io.hashwatch.commander.telemetry;

import static io.hashwatch.commander.telemetry.TelemetryTables.utc;
import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.commander.storage.DatabaseServer;
import io.hashwatch.commander.storage.TestRows;
import io.hashwatch.commander.telemetry.RollupTables.Bucket;
import io.hashwatch.protocols.reading.Board;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.Unreachable;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Rolling readings up into 5-minute and hourly buckets and reading them back as chart points, on
 * every supported database; one subclass per database. Each test has its own database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RollupScenarios {
  static final Instant T0 = Instant.parse("2026-01-31T12:00:00Z");
  static final String ASIC = "10.0.0.1:4028";
  static final String GPU = "rig/gpu0";
  private static final Rollups.Settings SETTINGS =
      new Rollups.Settings(Rollups.Settings.DEFAULT_GRACE, 100, Duration.ofDays(7));

  private DatabaseServer server;
  RollupTables tables;

  abstract DatabaseServer startServer() throws Exception;

  @BeforeAll
  void start() throws Exception {
    server = startServer();
  }

  @AfterAll
  void stop() throws Exception {
    server.close();
  }

  @BeforeEach
  void newDatabase() throws SQLException {
    tables = new RollupTables(server);
  }

  static Instant at(String hhmmss) {
    return Instant.parse("2026-01-31T" + hhmmss + "Z");
  }

  static Reading hashing(double hashrate, double power, double temp, long accepted) {
    return Reading.builder()
        .hashrateHs(hashrate)
        .powerW(power)
        .boards(List.of(new Board(0, hashrate, temp, null, null, null)))
        .accepted(accepted)
        .build();
  }

  /** Two 5-minute buckets of the ASIC in hour 12 (one with an unreachable poll), one in hour 13. */
  private void storeTwoHours() throws SQLException {
    tables.live(ASIC, at("12:00:00"), hashing(10, 100, 60, 1));
    tables.live(ASIC, at("12:01:00"), hashing(20, 110, 70, 2));
    tables.live(ASIC, at("12:02:00"), Unreachable.because("timeout"));
    tables.live(ASIC, at("12:04:59"), hashing(30, 120, 65, 3));
    tables.live(ASIC, at("12:05:00"), hashing(40, 130, 50, 4));
    tables.live(ASIC, at("13:00:00"), hashing(100, 200, 80, 9));
  }

  private Rollups.Outcome rollUpAt(String hhmmss) throws SQLException {
    return rollUpAt(hhmmss, SETTINGS);
  }

  private Rollups.Outcome rollUpAt(String hhmmss, Rollups.Settings settings) throws SQLException {
    return new Rollups(tables.dataSource, settings).run(utc(at(hhmmss)));
  }

  private Bucket bucket(long device, String start, int samples, int polls, Double... figures)
      throws SQLException {
    return new Bucket(
        device,
        at(start),
        samples,
        polls,
        figures[0],
        figures[1],
        figures[2],
        figures[3],
        figures[4],
        figures[5] == null ? null : figures[5].longValue());
  }

  @Test
  void rollsCompleteBucketsWithExactFigures() throws SQLException {
    storeTwoHours();
    long asic = tables.device(ASIC);

    Rollups.Outcome outcome = rollUpAt("13:10:00");

    // 5-minute buckets up to 13:05 (13:05-13:10 waits for its grace), hours up to 13:00.
    assertThat(outcome).isEqualTo(new Rollups.Outcome(2, 1, 0));
    assertThat(tables.buckets(RollupLevel.FIVE_MINUTES))
        .containsExactly(
            bucket(asic, "12:00:00", 3, 4, 20.0, 10.0, 30.0, 110.0, 70.0, 3.0),
            bucket(asic, "12:05:00", 1, 1, 40.0, 40.0, 40.0, 130.0, 50.0, 4.0),
            bucket(asic, "13:00:00", 1, 1, 100.0, 100.0, 100.0, 200.0, 80.0, 9.0));
    assertThat(tables.buckets(RollupLevel.HOURLY))
        .containsExactly(bucket(asic, "12:00:00", 4, 5, 25.0, 10.0, 40.0, 115.0, 70.0, 4.0));
    assertThat(tables.watermark(RollupLevel.FIVE_MINUTES)).isEqualTo(at("13:05:00"));
    assertThat(tables.watermark(RollupLevel.HOURLY)).isEqualTo(at("13:00:00"));
  }

  @Test
  void aBucketOfUnreachablePollsHasPollsButNoSamplesOrFigures() throws SQLException {
    tables.live(GPU, at("12:10:00"), Unreachable.because("refused"));
    tables.live(GPU, at("12:11:00"), Unreachable.because("refused"));
    long gpu = tables.device(GPU);

    rollUpAt("13:10:00");

    Double[] none = new Double[6];
    assertThat(tables.buckets(RollupLevel.FIVE_MINUTES))
        .containsExactly(bucket(gpu, "12:10:00", 0, 2, none));
    assertThat(tables.buckets(RollupLevel.HOURLY))
        .containsExactly(bucket(gpu, "12:00:00", 0, 2, none));
  }

  @Test
  void lateReadingsAreRolledIntoBucketsAlreadyPassed() throws SQLException {
    storeTwoHours();
    long asic = tables.device(ASIC);
    rollUpAt("13:10:00");

    // A sentry's outbox catching up: taken at 12:07, received at 13:20.
    tables.receivedAt(utc(at("13:20:00")), ASIC, at("12:07:00"), hashing(60, 150, 90, 5));
    assertThat(tables.count("SELECT COUNT(*) FROM rollup_dirty")).isEqualTo(1);
    Rollups.Outcome outcome = rollUpAt("13:21:00");

    assertThat(outcome.lateSteps()).isEqualTo(1);
    assertThat(tables.buckets(RollupLevel.FIVE_MINUTES))
        .contains(bucket(asic, "12:05:00", 2, 2, 50.0, 40.0, 60.0, 140.0, 90.0, 5.0));
    assertThat(tables.buckets(RollupLevel.HOURLY))
        .containsExactly(bucket(asic, "12:00:00", 5, 6, 32.0, 10.0, 60.0, 122.0, 90.0, 5.0));
    assertThat(tables.count("SELECT COUNT(*) FROM rollup_dirty")).isZero();
  }

  @Test
  void onlyReadingsMoreThanAMinuteOldOnArrivalAreMarkedLate() throws SQLException {
    tables.receivedAt(utc(at("12:01:00")), ASIC, at("12:00:00"), hashing(1, 1, 1, 1));
    tables.receivedAt(utc(at("12:02:00")), ASIC, at("12:00:00"), hashing(1, 1, 1, 1));

    assertThat(tables.count("SELECT COUNT(*) FROM rollup_dirty")).isEqualTo(1);
  }

  @Test
  void rollingAgainReplacesBucketsAndNeverDoublesThem() throws SQLException {
    storeTwoHours();
    rollUpAt("13:10:00");
    List<Bucket> five = tables.buckets(RollupLevel.FIVE_MINUTES);
    List<Bucket> hourly = tables.buckets(RollupLevel.HOURLY);

    assertThat(rollUpAt("13:10:00")).isEqualTo(new Rollups.Outcome(0, 0, 0));
    TestRows.execute(tables.dataSource, "DELETE FROM rollup_state");
    rollUpAt("13:10:00");
    try (Connection connection = tables.connect()) {
      Rollups.roll(connection, RollupLevel.FIVE_MINUTES, utc(at("12:00:00")), utc(at("13:05:00")));
    }

    assertThat(tables.buckets(RollupLevel.FIVE_MINUTES)).isEqualTo(five);
    assertThat(tables.buckets(RollupLevel.HOURLY)).isEqualTo(hourly);
  }

  @Test
  void oneRunTakesAtMostItsStepsAndTheNextGoesOn() throws SQLException {
    storeTwoHours();
    Rollups.Settings oneStep =
        new Rollups.Settings(Rollups.Settings.DEFAULT_GRACE, 1, SETTINGS.rawKept());

    assertThat(rollUpAt("13:10:00", oneStep)).isEqualTo(new Rollups.Outcome(1, 1, 0));
    assertThat(tables.watermark(RollupLevel.FIVE_MINUTES)).isEqualTo(at("13:00:00"));
    assertThat(rollUpAt("13:10:00", oneStep)).isEqualTo(new Rollups.Outcome(1, 0, 0));
    assertThat(tables.watermark(RollupLevel.FIVE_MINUTES)).isEqualTo(at("13:05:00"));
    assertThat(rollUpAt("13:10:00", oneStep)).isEqualTo(new Rollups.Outcome(0, 0, 0));
  }

  @Test
  void nothingIsRolledBeforeAnyReading() throws SQLException {
    assertThat(rollUpAt("13:10:00")).isEqualTo(new Rollups.Outcome(0, 0, 0));
    assertThat(tables.watermark(RollupLevel.FIVE_MINUTES)).isNull();
  }

  @Test
  void chartPointsComeFromTheStepsTableWithGapsForPollsWithoutReadings() throws SQLException {
    storeTwoHours();
    tables.live(GPU, at("12:10:00"), Unreachable.because("refused"));
    rollUpAt("13:10:00");
    long asic = tables.device(ASIC);

    List<ChartPoint> raw = chart(asic, "12:00:00", "12:05:00", ChartStep.RAW);
    List<ChartPoint> five = chart(asic, "12:00:00", "13:10:00", ChartStep.FIVE_MINUTES);
    List<ChartPoint> hourly = chart(asic, "12:00:00", "14:00:00", ChartStep.HOURLY);

    assertThat(raw)
        .extracting(p -> p.time().toInstant())
        .containsExactly(at("12:00:00"), at("12:01:00"), at("12:04:59"));
    assertThat(raw.get(1)).isEqualTo(new ChartPoint(utc(at("12:01:00")), 20.0, 110.0, 70.0, 1));
    assertThat(five)
        .extracting(p -> p.time().toInstant())
        .containsExactly(at("12:00:00"), at("12:05:00"), at("13:00:00"));
    assertThat(five.get(0)).isEqualTo(new ChartPoint(utc(at("12:00:00")), 20.0, 110.0, 70.0, 3));
    assertThat(hourly).containsExactly(new ChartPoint(utc(at("12:00:00")), 25.0, 115.0, 70.0, 4));
    assertThat(chart(tables.device(GPU), "12:00:00", "13:10:00", ChartStep.FIVE_MINUTES)).isEmpty();
    assertThat(chart(asic, "12:00:00", "13:10:00", ChartStep.FIVE_MINUTES, 2)).hasSize(2);
  }

  private List<ChartPoint> chart(long device, String from, String to, ChartStep step)
      throws SQLException {
    return chart(device, from, to, step, 1000);
  }

  private List<ChartPoint> chart(long device, String from, String to, ChartStep step, int limit)
      throws SQLException {
    try (Connection connection = tables.connect()) {
      return ChartPoints.between(connection, device, utc(at(from)), utc(at(to)), step, limit);
    }
  }

  @Test
  void rollsTheFarmSeriesWithTheFiveMinuteBuckets() throws SQLException {
    storeTwoHours();

    rollUpAt("13:10:00");

    assertThat(
            tables.count(
                "SELECT COUNT(*) FROM farm_5m WHERE algorithm = '' AND devices = 1"
                    + " AND hashrate_hs IN (20, 40, 100) AND power_w IN (110, 130, 200)"))
        .isEqualTo(3);
    assertThat(tables.count("SELECT COUNT(*) FROM farm_5m")).isEqualTo(3);

    // A late reading re-rolls its bucket, and the farm's with it.
    tables.receivedAt(utc(at("13:20:00")), ASIC, at("12:06:00"), hashing(60, 150, 50, 5));
    rollUpAt("13:20:00");

    assertThat(
            tables.count("SELECT COUNT(*) FROM farm_5m WHERE hashrate_hs = 50 AND power_w = 140"))
        .isEqualTo(1);
  }
}
