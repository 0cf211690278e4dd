package io.hashwatch.commander.telemetry;

import io.hashwatch.commander.fleet.DeviceStatus;
import io.hashwatch.protocols.report.DeviceKind;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The device states the OTHER commander nodes stored since this one last looked, as the changes
 * their own ingest told their pages: how a page connected to one node hears of the reports another
 * node stored, through the shared database alone (so also while the nodes' grid is split).
 *
 * <p>Each read starts {@code overlap} before the newest stamp seen ({@code ingested}, by the
 * storing node's clock), so that a batch that committed late, or a node whose clock is a little
 * behind, is still seen; what was already passed on is remembered until it falls out of the
 * overlap, so nothing is passed on twice. A read takes at most {@code maxRows}; when it is full the
 * next one goes on right after its last row. The newest stamp of any node, this one's included,
 * moves the start on: a batch that commits more than the overlap after a newer one was stamped is
 * not passed on. Not thread-safe: one timer drives it.
 */
public final class IngestedElsewhere {
  // The (ingested, device_id) order makes "right after the last row" exact; ingested >= ? lets the
  // ingested index bound the scan.
  private static final String SINCE =
      "SELECT s.device_id, d.sentry_id, d.address, d.kind, s.result, s.time, s.warning,"
          + " s.sleeping, s.hashrate_hs, s.power_w, s.max_temp_c, s.ingested"
          + " FROM device_state s JOIN device d ON d.id = s.device_id"
          + " WHERE s.ingested >= ? AND (s.ingested > ? OR s.device_id > ?)"
          + " AND s.ingested_by <> ?"
          + " ORDER BY s.ingested, s.device_id FETCH FIRST ? ROWS ONLY";
  private static final String NEWEST = "SELECT MAX(ingested) FROM device_state";

  /**
   * @param overlap how far back each read starts before the newest stamp seen: the longest commit
   *     lag plus clock difference between nodes that is still covered
   * @param maxRows the most rows one read takes
   */
  public record Settings(Duration overlap, int maxRows) {
    public static final Settings DEFAULT = new Settings(Duration.ofSeconds(3), 20_000);

    public Settings {
      if (overlap.isNegative()) {
        throw new IllegalArgumentException("overlap must not be negative: " + overlap);
      }
      if (maxRows < 1) {
        throw new IllegalArgumentException("maxRows must be at least 1: " + maxRows);
      }
    }
  }

  /** A place in the (ingested, device_id) order. */
  private record Position(Instant ingested, long deviceId) {}

  private record Stamped(Position at, DeviceChange change) {}

  private final DataSource dataSource;
  private final Clock clock;
  private final String thisNode;
  private final Duration offlineAfter;
  private final Settings settings;

  /** The newest stamp seen; {@code null} until the first read. */
  private Instant watermark;

  /** Where a full read stopped, for the next one; {@code null} when the last read was not full. */
  private Position resume;

  /** The stamp of each device passed on within the overlap. */
  private final Map<Long, Instant> passed = new HashMap<>();

  public IngestedElsewhere(
      DataSource dataSource,
      Clock clock,
      String thisNode,
      Duration offlineAfter,
      Settings settings) {
    this.dataSource = dataSource;
    this.clock = clock;
    this.thisNode = Objects.requireNonNull(thisNode, "thisNode");
    this.offlineAfter = offlineAfter;
    this.settings = settings;
  }

  /**
   * The devices other nodes stored since the last call, each with its newest state, not passed on
   * before. The first call only finds where to start: the pages render what was stored before.
   */
  public List<DeviceChange> next() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      if (watermark == null) {
        watermark = newest(connection);
        return List.of();
      }
      Position from =
          resume != null
              ? resume
              : new Position(watermark.minus(settings.overlap()), Long.MIN_VALUE);
      // This node's own stamps move the start on too (taken before the read: whatever committed
      // with a stamp up to it is read now), so that a node that stores most batches itself does
      // not scan them all again every tick.
      Instant newest = newest(connection);
      OffsetDateTime now = OffsetDateTime.now(clock);
      List<Stamped> read = read(connection, from, now);
      // Only once the whole read succeeded: a failed one leaves everything for the next.
      List<DeviceChange> changes = new ArrayList<>();
      for (Stamped row : read) {
        Instant ingested = row.at().ingested();
        if (!ingested.equals(passed.put(row.at().deviceId(), ingested))) {
          changes.add(row.change());
        }
        if (ingested.isAfter(watermark)) {
          watermark = ingested;
        }
      }
      resume = read.size() == settings.maxRows() ? read.get(read.size() - 1).at() : null;
      if (resume == null && newest.isAfter(watermark)) {
        watermark = newest;
      }
      Instant forgotten = watermark.minus(settings.overlap());
      passed.values().removeIf(stamp -> stamp.isBefore(forgotten));
      return changes;
    }
  }

  private List<Stamped> read(Connection connection, Position from, OffsetDateTime now)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(SINCE)) {
      OffsetDateTime since = from.ingested().atOffset(ZoneOffset.UTC);
      select.setObject(1, since);
      select.setObject(2, since);
      select.setLong(3, from.deviceId());
      select.setString(4, thisNode);
      select.setInt(5, settings.maxRows());
      List<Stamped> read = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          Instant ingested = rows.getObject(12, OffsetDateTime.class).toInstant();
          read.add(new Stamped(new Position(ingested, rows.getLong(1)), change(rows, now)));
        }
      }
      return read;
    }
  }

  private DeviceChange change(ResultSet row, OffsetDateTime now) throws SQLException {
    OffsetDateTime time = row.getObject(6, OffsetDateTime.class);
    String result = row.getString(5);
    return new DeviceChange(
        row.getLong(1),
        row.getLong(2),
        row.getString(3),
        DeviceKind.valueOf(row.getString(4)),
        DeviceStatus.of(result, time, row.getString(7), row.getBoolean(8), now, offlineAfter),
        time,
        row.getObject(9, Double.class),
        row.getObject(10, Double.class),
        row.getObject(11, Double.class));
  }

  private static Instant newest(Connection connection) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(NEWEST);
        ResultSet row = select.executeQuery()) {
      OffsetDateTime newest = row.next() ? row.getObject(1, OffsetDateTime.class) : null;
      return newest == null ? Instant.EPOCH : newest.toInstant();
    }
  }
}
