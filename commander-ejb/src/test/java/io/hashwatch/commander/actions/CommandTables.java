package io.hashwatch.commander.actions;

import io.hashwatch.commander.storage.TestRows;
import io.hashwatch.protocols.report.CommandResult;
import io.hashwatch.protocols.report.SentryCommand;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * The tables commands live in, on one migrated test database: sentries and devices made with plain
 * SQL, a command store on a fixed clock, and report exchanges in a transaction as ingest makes
 * them.
 */
final class CommandTables {
  /** When every command in these tests is made. */
  static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

  static final Duration EXPIRE_AFTER = Duration.ofMinutes(10);

  private final DataSource dataSource;
  private final AtomicLong ids = new AtomicLong();

  CommandTables(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** A command row as stored, without the view's derived expiry. */
  record Row(String status, OffsetDateTime sent, OffsetDateTime finished, String detail) {}

  /** A command store whose clock stands at {@code now}. */
  CommandStore store(Instant now) {
    CommandStore store = new CommandStore();
    store.dataSource = dataSource;
    store.expireAfter = EXPIRE_AFTER;
    store.clock = Clock.fixed(now, ZoneOffset.UTC);
    return store;
  }

  long newSentry() throws SQLException {
    long id = ids.incrementAndGet();
    TestRows.insertSentry(dataSource, id, utc(T0.minusSeconds(86_400)));
    return id;
  }

  long newDevice(long sentryId, String address) throws SQLException {
    long id = ids.incrementAndGet();
    execute(
        "INSERT INTO device (id, sentry_id, address, kind, first_seen) VALUES (?, ?, ?, 'ASIC', ?)",
        id,
        sentryId,
        address,
        utc(T0.minusSeconds(3600)));
    return id;
  }

  /** Gives {@code deviceId} a latest state, as the telemetry path does for every device. */
  void addState(long deviceId, boolean sleeping) throws SQLException {
    execute(
        "INSERT INTO device_state (device_id, time, result, data, sleeping)"
            + " VALUES (?, ?, 'reading', '{}', ?)",
        deviceId,
        utc(T0.minusSeconds(60)),
        sleeping);
  }

  boolean sleeping(long deviceId) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement("SELECT sleeping FROM device_state WHERE device_id = ?")) {
      select.setLong(1, deviceId);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getBoolean(1);
      }
    }
  }

  /**
   * Queues {@code count} restarts of a device at once, made at {@link #T0}, as many operators
   * might.
   *
   * @return their ids, oldest first
   */
  List<Long> queue(long deviceId, int count) throws SQLException {
    List<Long> queued = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO command (id, device_id, sentry_id, address, action, status,"
                    + " created_by, created, expires)"
                    + " SELECT ?, id, sentry_id, address, 'RESTART', 'QUEUED', 'op', ?, ?"
                    + " FROM device WHERE id = ?")) {
      for (int i = 0; i < count; i++) {
        long id = 1_000_000 + ids.incrementAndGet();
        insert.setLong(1, id);
        insert.setObject(2, utc(T0));
        insert.setObject(3, utc(T0.plus(EXPIRE_AFTER)));
        insert.setLong(4, deviceId);
        insert.addBatch();
        queued.add(id);
      }
      insert.executeBatch();
    }
    return queued;
  }

  /** One report batch's command part at {@code now}, committed as ingest commits it. */
  List<SentryCommand> exchange(long sentryId, Instant now, CommandResult... results)
      throws SQLException {
    return TestRows.inTransaction(
        dataSource,
        connection -> CommandDelivery.exchange(connection, sentryId, List.of(results), utc(now)));
  }

  Row row(long commandId) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT status, sent, finished, detail FROM command WHERE id = ?")) {
      select.setLong(1, commandId);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          throw new AssertionError("no command " + commandId);
        }
        return new Row(
            row.getString(1),
            normalized(row.getObject(2, OffsetDateTime.class)),
            normalized(row.getObject(3, OffsetDateTime.class)),
            row.getString(4));
      }
    }
  }

  private void execute(String sql, Object... values) throws SQLException {
    TestRows.execute(dataSource, sql, values);
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  /** A stored time in UTC, whatever offset the database gives it back in. */
  static OffsetDateTime normalized(OffsetDateTime time) {
    return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC);
  }
}
