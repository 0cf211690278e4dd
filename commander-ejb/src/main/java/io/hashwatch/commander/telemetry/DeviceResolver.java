package io.hashwatch.commander.telemetry;

import io.hashwatch.commander.storage.SqlDialect;
import io.hashwatch.protocols.report.DeviceKind;
import io.hashwatch.protocols.report.ReportEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds or creates the device row of every address in a batch and keeps its kind, make and model
 * current. Runs while the caller holds the sentry's row lock, so no two batches of one sentry
 * create the same device.
 */
final class DeviceResolver {
  static final OffsetDateTime NEVER = OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
  private static final String SELECT_OF_SENTRY =
      "SELECT id, address, kind, make, model FROM device WHERE sentry_id = ?";
  private static final String INSERT =
      "INSERT INTO device (id, sentry_id, address, kind, make, model, first_seen)"
          + " VALUES (%s, ?, ?, ?, ?, ?, ?)";
  private static final String INSERT_STATE =
      "INSERT INTO device_state (device_id, time, result, data) VALUES (?, ?, 'none', '{}')";
  private static final String UPDATE =
      "UPDATE device SET kind = ?, make = COALESCE(?, make), model = COALESCE(?, model)"
          + " WHERE id = ?";

  private final DeviceCache cache;

  DeviceResolver(DeviceCache cache) {
    this.cache = cache;
  }

  /** The device of each address in {@code entries}, as it is stored once this returns. */
  Map<String, DeviceRef> resolve(
      Connection connection, SqlDialect dialect, long sentryId, List<ReportEntry> entries)
      throws SQLException {
    Map<String, DeviceSighting> sightings = DeviceSighting.of(entries);
    Map<String, DeviceRef> devices = new HashMap<>();
    sightings.keySet().forEach(address -> putIfCached(devices, sentryId, address));
    if (devices.size() < sightings.size()) {
      Map<String, DeviceRef> stored = load(connection, sentryId);
      insertMissing(connection, dialect, sentryId, sightings, stored);
      sightings.keySet().forEach(address -> devices.putIfAbsent(address, stored.get(address)));
    }
    updateChanged(connection, sightings, devices);
    return devices;
  }

  private void putIfCached(Map<String, DeviceRef> devices, long sentryId, String address) {
    DeviceRef cached = cache.get(new DeviceKey(sentryId, address));
    if (cached != null) {
      devices.put(address, cached);
    }
  }

  private static Map<String, DeviceRef> load(Connection connection, long sentryId)
      throws SQLException {
    Map<String, DeviceRef> stored = new HashMap<>();
    try (PreparedStatement select = connection.prepareStatement(SELECT_OF_SENTRY)) {
      select.setLong(1, sentryId);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          stored.put(
              rows.getString(2),
              new DeviceRef(
                  rows.getLong(1),
                  DeviceKind.valueOf(rows.getString(3)),
                  rows.getString(4),
                  rows.getString(5)));
        }
      }
    }
    return stored;
  }

  private static void insertMissing(
      Connection connection,
      SqlDialect dialect,
      long sentryId,
      Map<String, DeviceSighting> sightings,
      Map<String, DeviceRef> stored)
      throws SQLException {
    List<DeviceSighting> missing =
        sightings.values().stream()
            .filter(device -> !stored.containsKey(device.address()))
            .toList();
    if (missing.isEmpty()) {
      return;
    }
    String insertSql = INSERT.formatted(dialect.nextValue("device_seq"));
    try (PreparedStatement insert = connection.prepareStatement(insertSql)) {
      for (DeviceSighting device : missing) {
        insert.setLong(1, sentryId);
        insert.setString(2, device.address());
        insert.setString(3, device.kind().name());
        insert.setString(4, device.make());
        insert.setString(5, device.model());
        insert.setObject(6, device.firstTime().atOffset(ZoneOffset.UTC));
        insert.addBatch();
      }
      insert.executeBatch();
    }
    Map<String, DeviceRef> created = load(connection, sentryId);
    try (PreparedStatement insertState = connection.prepareStatement(INSERT_STATE)) {
      for (DeviceSighting device : missing) {
        insertState.setLong(1, created.get(device.address()).id());
        insertState.setObject(2, NEVER);
        insertState.addBatch();
      }
      insertState.executeBatch();
    }
    stored.putAll(created);
  }

  private static void updateChanged(
      Connection connection, Map<String, DeviceSighting> sightings, Map<String, DeviceRef> devices)
      throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
      int pending = 0;
      for (DeviceSighting sighting : sightings.values()) {
        DeviceRef device = devices.get(sighting.address());
        String make = sighting.make();
        String model = sighting.model();
        if (device.differsFrom(sighting.kind(), make, model)) {
          update.setString(1, sighting.kind().name());
          update.setString(2, make);
          update.setString(3, model);
          update.setLong(4, device.id());
          update.addBatch();
          pending++;
          devices.put(
              sighting.address(),
              new DeviceRef(
                  device.id(),
                  sighting.kind(),
                  make == null ? device.make() : make,
                  model == null ? device.model() : model));
        }
      }
      if (pending > 0) {
        update.executeBatch();
      }
    }
  }
}
