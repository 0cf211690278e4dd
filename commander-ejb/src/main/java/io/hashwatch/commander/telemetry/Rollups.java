package io.hashwatch.commander.telemetry;

import io.hashwatch.commander.storage.LocalTransaction;
import io.hashwatch.commander.storage.SqlDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Rolls the raw readings up into 5-minute buckets and those into hourly buckets, in steps of one
 * short transaction each. A level's watermark moves forward over complete buckets only: a 5-minute
 * bucket is rolled once {@code grace} has passed after its end, so that the readings of its last
 * moments are in. Readings stored later than that are marked by {@link LateReadings} and their
 * buckets re-rolled here. Rolling a range deletes and re-inserts its rows, so a re-run replaces a
 * bucket and never doubles it.
 */
final class Rollups {
  /**
   * How the rollups run.
   *
   * @param grace how long after a 5-minute bucket's end it is rolled
   * @param stepsPerRun at most this many steps per level (and of re-rolls) per run
   * @param rawKept raw readings are kept this long, so late ranges older than that are not
   *     re-rolled
   */
  record Settings(Duration grace, int stepsPerRun, Duration rawKept) {
    static final Duration DEFAULT_GRACE = Duration.ofMinutes(2);
  }

  /** How many steps a run took on each level and how many late ranges it re-rolled. */
  record Outcome(int fiveMinuteSteps, int hourlySteps, int lateSteps) {}

  private final DataSource dataSource;
  private final Settings settings;

  Rollups(DataSource dataSource, Settings settings) {
    this.dataSource = dataSource;
    this.settings = settings;
  }

  Outcome run(OffsetDateTime now) throws SQLException {
    OffsetDateTime complete = RollupLevel.FIVE_MINUTES.floor(now.minus(settings.grace()));
    int five = forward(RollupLevel.FIVE_MINUTES, connection -> Optional.of(complete));
    int late = 0;
    while (late < settings.stepsPerRun()
        && LocalTransaction.run(
            dataSource, connection -> LateReadings.rerollNext(connection, now, settings))) {
      late++;
    }
    int hourly =
        forward(
            RollupLevel.HOURLY,
            connection ->
                RollupState.read(connection, RollupLevel.FIVE_MINUTES)
                    .map(RollupLevel.HOURLY::floor));
    return new Outcome(five, hourly, late);
  }

  /** How far a level may be rolled now: the end of its last complete bucket, if any. */
  @FunctionalInterface
  private interface Limit {
    Optional<OffsetDateTime> of(Connection connection) throws SQLException;
  }

  private int forward(RollupLevel level, Limit limit) throws SQLException {
    int steps = 0;
    while (steps < settings.stepsPerRun()
        && LocalTransaction.run(dataSource, connection -> step(connection, level, limit))) {
      steps++;
    }
    return steps;
  }

  private static boolean step(Connection connection, RollupLevel level, Limit limit)
      throws SQLException {
    Optional<OffsetDateTime> mark = RollupState.lock(connection, level);
    Optional<OffsetDateTime> from =
        mark.isPresent() ? mark : RollupState.earliestSource(connection, level).map(level::floor);
    Optional<OffsetDateTime> end = limit.of(connection);
    if (from.isEmpty() || end.isEmpty()) {
      return false;
    }
    OffsetDateTime to = earliest(from.get().plus(level.maxStep()), end.get());
    if (!to.isAfter(from.get())) {
      return false;
    }
    roll(connection, level, from.get(), to);
    RollupState.save(connection, level, to, mark.isEmpty());
    return true;
  }

  /** Replaces the level's rows of the buckets in [from, to) with a fresh rollup of their source. */
  static void roll(Connection connection, RollupLevel level, OffsetDateTime from, OffsetDateTime to)
      throws SQLException {
    replace(connection, level.delete(), level.insert(SqlDialect.of(connection)), from, to);
    if (level == RollupLevel.FIVE_MINUTES) {
      FarmRollup.roll(connection, from, to);
    }
  }

  static OffsetDateTime earliest(OffsetDateTime a, OffsetDateTime b) {
    return a.isBefore(b) ? a : b;
  }

  static OffsetDateTime latest(OffsetDateTime a, OffsetDateTime b) {
    return a.isAfter(b) ? a : b;
  }

  /**
   * Deletes the rows of [from, to) with {@code deleteSql} and inserts them afresh with {@code
   * insertSql}; both take the range as their two parameters.
   */
  static void replace(
      Connection connection,
      String deleteSql,
      String insertSql,
      OffsetDateTime from,
      OffsetDateTime to)
      throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement(deleteSql);
        PreparedStatement insert = connection.prepareStatement(insertSql)) {
      delete.setObject(1, from);
      delete.setObject(2, to);
      delete.executeUpdate();
      insert.setObject(1, from);
      insert.setObject(2, to);
      insert.executeUpdate();
    }
  }
}
