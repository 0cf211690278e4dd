package io.hashwatch.commander.telemetry;

import io.hashwatch.commander.storage.LocalTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Deletes readings and rollups past their keeping time, in bounded batches of one short transaction
 * each, so a first run over a big table never locks it for long. Rows are deleted only once the
 * next level holds them: raw readings below the 5-minute watermark, 5-minute rows below the hourly
 * one.
 */
final class Retention {
  /**
   * How long each level is kept and how much one run deletes.
   *
   * @param batch rows per DELETE statement
   * @param batchesPerRun statements per table and run
   */
  record Settings(
      Duration raw, Duration fiveMinutes, Duration hourly, int batch, int batchesPerRun) {}

  /** Rows deleted in one run, per table. */
  record Outcome(long raw, long fiveMinutes, long hourly) {}

  // PostgreSQL has no DELETE ... LIMIT: each statement deletes the keys a bounded SELECT found.
  private static final String RAW =
      "DELETE FROM reading WHERE (sentry_id, seq) IN"
          + " (SELECT sentry_id, seq FROM reading WHERE time < ? FETCH FIRST ? ROWS ONLY)";
  private static final String ROLLED =
      "DELETE FROM %1$s WHERE (device_id, bucket) IN"
          + " (SELECT device_id, bucket FROM %1$s WHERE bucket < ? FETCH FIRST ? ROWS ONLY)";

  private final DataSource dataSource;
  private final Settings settings;

  Retention(DataSource dataSource, Settings settings) {
    this.dataSource = dataSource;
    this.settings = settings;
  }

  Outcome run(OffsetDateTime now) throws SQLException {
    Optional<OffsetDateTime> fiveDone = watermark(RollupLevel.FIVE_MINUTES);
    Optional<OffsetDateTime> hourDone = watermark(RollupLevel.HOURLY);
    long raw =
        fiveDone.isEmpty()
            ? 0
            : delete(RAW, Rollups.earliest(now.minus(settings.raw()), fiveDone.get()));
    long five =
        hourDone.isEmpty()
            ? 0
            : delete(
                ROLLED.formatted(RollupLevel.FIVE_MINUTES.table()),
                Rollups.earliest(now.minus(settings.fiveMinutes()), hourDone.get()));
    if (hourDone.isPresent()) {
      OffsetDateTime before = Rollups.earliest(now.minus(settings.fiveMinutes()), hourDone.get());
      LocalTransaction.run(dataSource, connection -> FarmRollup.expire(connection, before));
    }
    long hourly =
        delete(ROLLED.formatted(RollupLevel.HOURLY.table()), now.minus(settings.hourly()));
    return new Outcome(raw, five, hourly);
  }

  private Optional<OffsetDateTime> watermark(RollupLevel level) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return RollupState.read(connection, level);
    }
  }

  private long delete(String sql, OffsetDateTime before) throws SQLException {
    long deleted = 0;
    for (int i = 0; i < settings.batchesPerRun(); i++) {
      int batch =
          LocalTransaction.run(
              dataSource,
              connection -> {
                try (PreparedStatement delete = connection.prepareStatement(sql)) {
                  delete.setObject(1, before);
                  delete.setInt(2, settings.batch());
                  return delete.executeUpdate();
                }
              });
      deleted += batch;
      if (batch < settings.batch()) {
        break;
      }
    }
    return deleted;
  }
}
