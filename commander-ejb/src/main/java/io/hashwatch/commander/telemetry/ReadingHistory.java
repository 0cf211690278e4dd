package io.hashwatch.commander.telemetry;

import io.hashwatch.commander.storage.SchemaMigration;
import io.hashwatch.commander.storage.StorageException;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;

/** Reads stored readings and chart points back by device and time range. */
@Stateless
public class ReadingHistory {
  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  /** The readings of {@code deviceId} taken in [from, to), oldest first, at most {@code limit}. */
  public List<StoredReading> between(
      long deviceId, OffsetDateTime from, OffsetDateTime to, int limit) {
    try (Connection connection = dataSource.getConnection()) {
      return ReadingStore.between(connection, deviceId, from, to, limit);
    } catch (SQLException e) {
      throw new StorageException("reading the history of device " + deviceId + " failed", e);
    }
  }

  /**
   * The chart points of {@code deviceId} in [from, to) at {@code step}, oldest first, at most
   * {@code limit}.
   */
  public List<ChartPoint> chart(
      long deviceId, OffsetDateTime from, OffsetDateTime to, ChartStep step, int limit) {
    try (Connection connection = dataSource.getConnection()) {
      return ChartPoints.between(connection, deviceId, from, to, step, limit);
    } catch (SQLException e) {
      throw new StorageException("reading the chart of device " + deviceId + " failed", e);
    }
  }

  /**
   * The latest polls of {@code deviceId} that gave no reading (unreachable, rejected, no data),
   * newest first, at most {@code limit}.
   */
  public List<PollFailure> failures(long deviceId, int limit) {
    try (Connection connection = dataSource.getConnection()) {
      return PollFailures.latest(connection, deviceId, limit);
    } catch (SQLException e) {
      throw new StorageException("reading the failed polls of device " + deviceId + " failed", e);
    }
  }
}
