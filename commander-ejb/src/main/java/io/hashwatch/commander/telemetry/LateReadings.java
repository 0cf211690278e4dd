package io.hashwatch.commander.telemetry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Readings stored after their buckets may have been rolled up (a sentry's outbox catching up after
 * an outage). The ingest marks the time range of such a batch in {@code rollup_dirty}, in its own
 * transaction, so the mark commits with the readings; the rollup re-rolls the marked buckets it has
 * already passed, then drops the mark.
 *
 * <p>A reading counts as late when it is more than {@link #LATE} older than its arrival. A 5-minute
 * bucket is rolled only {@link Rollups.Settings#grace()} (2 minutes) after its end, so a reading
 * that is not late arrives at least a minute before its bucket can be rolled: the margin covers the
 * ingest's transaction and the clock difference of two commander nodes.
 */
final class LateReadings {
  static final Duration LATE = Duration.ofMinutes(1);

  private static final String MARK =
      "INSERT INTO rollup_dirty (sentry_id, seq, from_time, to_time) VALUES (?, ?, ?, ?)";
  private static final String NEXT =
      "SELECT sentry_id, seq, from_time, to_time FROM rollup_dirty"
          + " ORDER BY from_time, sentry_id, seq FETCH FIRST 1 ROWS ONLY";
  private static final String ADVANCE =
      "UPDATE rollup_dirty SET from_time = ? WHERE sentry_id = ? AND seq = ?";
  private static final String DONE = "DELETE FROM rollup_dirty WHERE sentry_id = ? AND seq = ?";
  private static final String FORGET_ALL = "DELETE FROM rollup_dirty";

  private LateReadings() {}

  /** Marks the late readings of a batch, keyed by the batch's first new entry. */
  static void mark(Connection connection, List<ReadingRow> rows, OffsetDateTime now)
      throws SQLException {
    OffsetDateTime lateBefore = now.minus(LATE);
    List<OffsetDateTime> late =
        rows.stream().map(ReadingRow::time).filter(time -> time.isBefore(lateBefore)).toList();
    if (late.isEmpty()) {
      return;
    }
    try (PreparedStatement insert = connection.prepareStatement(MARK)) {
      insert.setLong(1, rows.get(0).sentryId());
      insert.setLong(2, rows.get(0).seq());
      insert.setObject(3, late.stream().reduce(Rollups::earliest).orElseThrow());
      insert.setObject(4, late.stream().reduce(Rollups::latest).orElseThrow());
      insert.executeUpdate();
    }
  }

  /**
   * Re-rolls at most one step of the oldest marked range, below the watermarks.
   *
   * @return whether there was a mark to work on
   */
  static boolean rerollNext(Connection connection, OffsetDateTime now, Rollups.Settings settings)
      throws SQLException {
    Optional<OffsetDateTime> fiveDone = RollupState.lock(connection, RollupLevel.FIVE_MINUTES);
    if (fiveDone.isEmpty()) {
      // Nothing is rolled yet: the forward rollup will take these readings in.
      forgetAll(connection);
      return false;
    }
    Optional<Mark> next = next(connection);
    if (next.isEmpty()) {
      return false;
    }
    Mark mark = next.get();
    RollupLevel five = RollupLevel.FIVE_MINUTES;
    OffsetDateTime start =
        Rollups.latest(five.floor(mark.from()), five.floor(now.minus(settings.rawKept())));
    OffsetDateTime end = Rollups.earliest(five.floor(mark.to()).plusMinutes(5), fiveDone.get());
    OffsetDateTime stepEnd = Rollups.earliest(start.plus(five.maxStep()), end);
    if (start.isBefore(stepEnd)) {
      Rollups.roll(connection, five, start, stepEnd);
      Optional<OffsetDateTime> hourDone = RollupState.read(connection, RollupLevel.HOURLY);
      if (hourDone.isPresent()) {
        RollupLevel hourly = RollupLevel.HOURLY;
        OffsetDateTime hourEnd = Rollups.earliest(hourly.ceil(stepEnd), hourDone.get());
        if (hourly.floor(start).isBefore(hourEnd)) {
          Rollups.roll(connection, hourly, hourly.floor(start), hourEnd);
        }
      }
    }
    if (stepEnd.isBefore(end)) {
      advance(connection, mark, stepEnd);
    } else {
      done(connection, mark);
    }
    return true;
  }

  private record Mark(long sentryId, long seq, OffsetDateTime from, OffsetDateTime to) {}

  private static Optional<Mark> next(Connection connection) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(NEXT);
        ResultSet row = select.executeQuery()) {
      if (!row.next()) {
        return Optional.empty();
      }
      return Optional.of(
          new Mark(
              row.getLong(1),
              row.getLong(2),
              row.getObject(3, OffsetDateTime.class),
              row.getObject(4, OffsetDateTime.class)));
    }
  }

  private static void advance(Connection connection, Mark mark, OffsetDateTime from)
      throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(ADVANCE)) {
      update.setObject(1, from);
      update.setLong(2, mark.sentryId());
      update.setLong(3, mark.seq());
      update.executeUpdate();
    }
  }

  private static void done(Connection connection, Mark mark) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement(DONE)) {
      delete.setLong(1, mark.sentryId());
      delete.setLong(2, mark.seq());
      delete.executeUpdate();
    }
  }

  private static void forgetAll(Connection connection) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement(FORGET_ALL)) {
      delete.executeUpdate();
    }
  }
}
