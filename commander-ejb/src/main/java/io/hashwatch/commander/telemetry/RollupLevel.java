package io.hashwatch.commander.telemetry;

import io.hashwatch.commander.storage.SqlDialect;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The two rollup levels: 5-minute buckets from the raw readings, hourly buckets from the 5-minute
 * rows. Each names its table, its bucket length, the span one step rolls at most (so one step after
 * a long outage stays a short transaction), and the one INSERT ... SELECT that rolls a range.
 */
enum RollupLevel {
  FIVE_MINUTES("5m", "reading_5m", Duration.ofMinutes(5), Duration.ofHours(1)) {
    @Override
    String rollUp(SqlDialect dialect) {
      String bucket = dialect.bucket("time", seconds());
      return INSERT
          + " SELECT device_id, "
          + bucket
          + ", SUM(CASE WHEN result = 'reading' THEN 1 ELSE 0 END), COUNT(*),"
          + " AVG(hashrate_hs), MIN(hashrate_hs), MAX(hashrate_hs), AVG(power_w),"
          + " MAX(max_temp_c), MAX(accepted), MAX(rejected), MAX(hardware_errors)"
          + " FROM reading WHERE time >= ? AND time < ? GROUP BY device_id, "
          + bucket;
    }
  },
  // Averages are weighted by the samples that had the figure: exact when a device reports the
  // figure in every sample or in none, which is how drivers report.
  HOURLY("1h", "reading_1h", Duration.ofHours(1), Duration.ofDays(1)) {
    @Override
    String rollUp(SqlDialect dialect) {
      String bucket = dialect.bucket("bucket", seconds());
      return INSERT
          + " SELECT device_id, "
          + bucket
          + ", SUM(samples), SUM(polls), "
          + weighted("hashrate_hs_avg")
          + ", MIN(hashrate_hs_min), MAX(hashrate_hs_max), "
          + weighted("power_w_avg")
          + ", MAX(max_temp_c), MAX(accepted), MAX(rejected), MAX(hardware_errors)"
          + " FROM reading_5m WHERE bucket >= ? AND bucket < ? GROUP BY device_id, "
          + bucket;
    }
  };

  private static final String COLUMNS =
      " (device_id, bucket, samples, polls, hashrate_hs_avg, hashrate_hs_min, hashrate_hs_max,"
          + " power_w_avg, max_temp_c, accepted, rejected, hardware_errors)";
  private static final String INSERT = "INSERT INTO %s" + COLUMNS;

  private final String key;
  private final String table;
  private final Duration size;
  private final Duration maxStep;

  RollupLevel(String key, String table, Duration size, Duration maxStep) {
    this.key = key;
    this.table = table;
    this.size = size;
    this.maxStep = maxStep;
  }

  /** The INSERT ... SELECT that rolls the source rows in [?, ?) into this level's table. */
  abstract String rollUp(SqlDialect dialect);

  String insert(SqlDialect dialect) {
    return rollUp(dialect).formatted(table);
  }

  String delete() {
    return "DELETE FROM " + table + " WHERE bucket >= ? AND bucket < ?";
  }

  private static String weighted(String average) {
    return "SUM("
        + average
        + " * samples) / SUM(CASE WHEN "
        + average
        + " IS NOT NULL THEN samples END)";
  }

  String key() {
    return key;
  }

  String table() {
    return table;
  }

  Duration maxStep() {
    return maxStep;
  }

  long seconds() {
    return size.toSeconds();
  }

  /** The start of the bucket that holds {@code time}. */
  OffsetDateTime floor(OffsetDateTime time) {
    long epoch = time.toEpochSecond();
    return Instant.ofEpochSecond(Math.floorDiv(epoch, seconds()) * seconds())
        .atOffset(ZoneOffset.UTC);
  }

  /** The start of the first bucket at or after {@code time}. */
  OffsetDateTime ceil(OffsetDateTime time) {
    OffsetDateTime floor = floor(time);
    return floor.isBefore(time) ? floor.plus(size) : floor;
  }
}
