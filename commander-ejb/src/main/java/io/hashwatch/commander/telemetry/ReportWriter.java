package io.hashwatch.commander.telemetry;

import io.hashwatch.commander.actions.CommandDelivery;
import io.hashwatch.commander.storage.SqlDialect;
import io.hashwatch.protocols.report.Report;
import io.hashwatch.protocols.report.ReportEntry;
import io.hashwatch.protocols.report.SentryCommand;
import io.hashwatch.protocols.report.SentryHealth;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stores one report on the caller's connection, inside the caller's transaction. The sentry's row
 * is locked first and holds the highest sequence stored: entries at or below it are already held
 * and skipped, which makes a resent batch harmless and serializes the batches of one sentry. The
 * sentry's health and its command results are stored, and its pending commands taken, under the
 * same lock.
 */
final class ReportWriter {
  private static final String LOCK_SENTRY = "SELECT last_seq FROM sentry WHERE id = ? FOR UPDATE";
  private static final String UPDATE_SENTRY =
      "UPDATE sentry SET last_seq = ?, last_seen = ?, dropped = ? WHERE id = ?";
  // The health as the sentry last reported it, like dropped: a batch carries the sentry's figures
  // of when it was sent, and the batches of one sentry are stored in the order they arrive.
  private static final String UPDATE_HEALTH =
      "UPDATE sentry SET health_time = ?, sweep_ms = ?, devices_ok = ?, devices_failed = ?,"
          + " backlog = ?, version = ? WHERE id = ?";

  /**
   * What a write did.
   *
   * @param lastSequence the highest sequence now stored for the sentry
   * @param stored how many entries were new
   * @param devices every device the batch touched, to be cached once the transaction commits
   * @param newest the newest row of each device the batch touched, for the live updates
   * @param sleeping the devices of the sentry that sleep, for the status of the live updates
   * @param commands the commands waiting for the sentry, for the answer
   */
  record Outcome(
      long lastSequence,
      int stored,
      Map<DeviceKey, DeviceRef> devices,
      List<ReadingRow> newest,
      Set<Long> sleeping,
      List<SentryCommand> commands) {}

  private final DeviceResolver devices;
  private final WarningLimits limits;
  private final String node;

  ReportWriter(DeviceCache cache, String node) {
    this(cache, WarningLimits.DEFAULT, node);
  }

  /**
   * @param node the name of this commander node ({@code storage.ThisNode}), stamped on the device
   *     states it stores
   */
  ReportWriter(DeviceCache cache, WarningLimits limits, String node) {
    this.devices = new DeviceResolver(cache);
    this.limits = limits;
    this.node = node;
  }

  Outcome write(Connection connection, long sentryId, Report report, OffsetDateTime now)
      throws SQLException {
    long held = lockSentry(connection, sentryId);
    List<ReportEntry> fresh = report.entries().stream().filter(e -> e.seq() > held).toList();
    Map<DeviceKey, DeviceRef> touched = new HashMap<>();
    List<ReadingRow> newest = List.of();
    Set<Long> sleeping = Set.of();
    long last = held;
    if (!fresh.isEmpty()) {
      Map<String, DeviceRef> byAddress =
          devices.resolve(connection, SqlDialect.of(connection), sentryId, fresh);
      List<ReadingRow> rows =
          fresh.stream()
              .map(e -> ReadingRow.of(sentryId, byAddress.get(e.address()).id(), e, limits))
              .toList();
      ReadingStore.insert(connection, rows);
      LateReadings.mark(connection, rows, now);
      newest = DeviceStateStore.update(connection, rows, now, node);
      sleeping = DeviceStateStore.sleeping(connection, sentryId);
      byAddress.forEach((address, ref) -> touched.put(new DeviceKey(sentryId, address), ref));
      last = fresh.get(fresh.size() - 1).seq();
    }
    updateSentry(connection, sentryId, last, report.dropped(), now);
    if (report.health() != null) {
      updateHealth(connection, sentryId, report.health());
    }
    List<SentryCommand> commands =
        CommandDelivery.exchange(connection, sentryId, report.commandResults(), now);
    return new Outcome(last, fresh.size(), touched, newest, sleeping, commands);
  }

  private static long lockSentry(Connection connection, long sentryId) throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement(LOCK_SENTRY)) {
      lock.setLong(1, sentryId);
      try (ResultSet row = lock.executeQuery()) {
        if (!row.next()) {
          throw new UnknownSentryException(sentryId);
        }
        return row.getLong(1);
      }
    }
  }

  private static void updateSentry(
      Connection connection, long sentryId, long lastSeq, long dropped, OffsetDateTime now)
      throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(UPDATE_SENTRY)) {
      update.setLong(1, lastSeq);
      update.setObject(2, now);
      update.setLong(3, dropped);
      update.setLong(4, sentryId);
      update.executeUpdate();
    }
  }

  private static void updateHealth(Connection connection, long sentryId, SentryHealth health)
      throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(UPDATE_HEALTH)) {
      update.setObject(1, OffsetDateTime.ofInstant(health.time(), ZoneOffset.UTC));
      if (health.sweepMillis() == null) {
        update.setNull(2, Types.BIGINT);
      } else {
        update.setLong(2, health.sweepMillis());
      }
      update.setInt(3, health.devicesOk());
      update.setInt(4, health.devicesFailed());
      update.setLong(5, health.backlog());
      update.setString(6, health.version());
      update.setLong(7, sentryId);
      update.executeUpdate();
    }
  }
}
