package io.hashwatch.commander.racks;

import io.hashwatch.commander.fleet.DeviceStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The rack map's rows: layouts in {@code site_layout}, places in {@code device_place}. */
final class RackRows {
  private static final String PLACED =
      "SELECT p.device_id, p.row_no, p.rack_no, p.shelf_no, p.slot_no, d.address, d.model,"
          + " s.result, s.time, s.hashrate_hs, s.max_temp_c"
          + " FROM device_place p JOIN device d ON d.id = p.device_id"
          + " LEFT JOIN device_state s ON s.device_id = p.device_id WHERE p.site_id = ?";

  private RackRows() {}

  static List<SiteName> sites(Connection connection) throws SQLException {
    try (PreparedStatement select =
            connection.prepareStatement("SELECT id, name FROM site ORDER BY name");
        ResultSet rows = select.executeQuery()) {
      List<SiteName> sites = new ArrayList<>();
      while (rows.next()) {
        sites.add(new SiteName(rows.getLong(1), rows.getString(2)));
      }
      return sites;
    }
  }

  static Optional<SiteName> site(Connection connection, long siteId) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT id, name FROM site WHERE id = ?")) {
      select.setLong(1, siteId);
      try (ResultSet row = select.executeQuery()) {
        return row.next()
            ? Optional.of(new SiteName(row.getLong(1), row.getString(2)))
            : Optional.empty();
      }
    }
  }

  /** Whether {@code siteId} is the farm's first site, which also holds sentries without one. */
  static boolean isFirstSite(Connection connection, long siteId) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT MIN(id) FROM site");
        ResultSet row = select.executeQuery()) {
      return row.next() && row.getLong(1) == siteId;
    }
  }

  static Optional<RackLayout> layout(Connection connection, long siteId) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT rows_count, racks_per_row, shelves_per_rack, slots_per_shelf"
                + " FROM site_layout WHERE site_id = ?")) {
      select.setLong(1, siteId);
      try (ResultSet row = select.executeQuery()) {
        return row.next()
            ? Optional.of(
                new RackLayout(row.getInt(1), row.getInt(2), row.getInt(3), row.getInt(4)))
            : Optional.empty();
      }
    }
  }

  /** How many of the site's devices stand outside {@code layout}. */
  static long placedOutside(Connection connection, long siteId, RackLayout layout)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT COUNT(*) FROM device_place WHERE site_id = ?"
                + " AND (row_no > ? OR rack_no > ? OR shelf_no > ? OR slot_no > ?)")) {
      select.setLong(1, siteId);
      select.setInt(2, layout.rows());
      select.setInt(3, layout.racksPerRow());
      select.setInt(4, layout.shelvesPerRack());
      select.setInt(5, layout.slotsPerShelf());
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  static void saveLayout(Connection connection, long siteId, RackLayout layout)
      throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE site_layout SET rows_count = ?, racks_per_row = ?, shelves_per_rack = ?,"
                + " slots_per_shelf = ? WHERE site_id = ?")) {
      setLayout(update, layout, siteId);
      if (update.executeUpdate() > 0) {
        return;
      }
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO site_layout (rows_count, racks_per_row, shelves_per_rack,"
                + " slots_per_shelf, site_id) VALUES (?, ?, ?, ?, ?)")) {
      setLayout(insert, layout, siteId);
      insert.executeUpdate();
    }
  }

  private static void setLayout(PreparedStatement statement, RackLayout layout, long siteId)
      throws SQLException {
    statement.setInt(1, layout.rows());
    statement.setInt(2, layout.racksPerRow());
    statement.setInt(3, layout.shelvesPerRack());
    statement.setInt(4, layout.slotsPerShelf());
    statement.setLong(5, siteId);
  }

  /** The site's devices in their slots with their latest state: one query for the whole map. */
  static List<PlacedDevice> placed(
      Connection connection, long siteId, OffsetDateTime now, Duration offlineAfter)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(PLACED)) {
      select.setLong(1, siteId);
      try (ResultSet row = select.executeQuery()) {
        List<PlacedDevice> placed = new ArrayList<>();
        while (row.next()) {
          String result = row.getString(8);
          DeviceStatus status =
              result == null
                  ? DeviceStatus.UNKNOWN
                  : DeviceStatus.of(
                      result, row.getObject(9, OffsetDateTime.class), now, offlineAfter);
          placed.add(
              new PlacedDevice(
                  row.getLong(1),
                  row.getString(6),
                  row.getString(7),
                  new Slot(row.getInt(2), row.getInt(3), row.getInt(4), row.getInt(5)),
                  status,
                  row.getObject(10, Double.class),
                  row.getObject(11, Double.class)));
        }
        return placed;
      }
    }
  }

  static Set<Slot> taken(Connection connection, long siteId) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT row_no, rack_no, shelf_no, slot_no FROM device_place WHERE site_id = ?")) {
      select.setLong(1, siteId);
      try (ResultSet row = select.executeQuery()) {
        Set<Slot> taken = new HashSet<>();
        while (row.next()) {
          taken.add(new Slot(row.getInt(1), row.getInt(2), row.getInt(3), row.getInt(4)));
        }
        return taken;
      }
    }
  }

  /**
   * The devices of the site's sentries (and of sentries without a site, when {@code withSiteless})
   * that stand nowhere yet, in address order; at most {@link RackLayout#MAX_CELLS}.
   */
  static List<DeviceAddress> unplaced(Connection connection, long siteId, boolean withSiteless)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT d.id, d.address, s.name FROM device d JOIN sentry s ON s.id = d.sentry_id"
                + " WHERE NOT EXISTS (SELECT 1 FROM device_place p WHERE p.device_id = d.id)"
                + " AND (s.site_id = ? OR (s.site_id IS NULL AND ?)) ORDER BY d.id")) {
      select.setLong(1, siteId);
      select.setBoolean(2, withSiteless);
      select.setMaxRows(RackLayout.MAX_CELLS);
      List<DeviceAddress> devices = readAddresses(select);
      devices.sort((a, b) -> AddressOrder.INSTANCE.compare(a.address(), b.address()));
      return devices;
    }
  }

  /** Every device with this address, at whichever sentry. */
  static List<DeviceAddress> withAddress(Connection connection, String address)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT d.id, d.address, s.name FROM device d JOIN sentry s ON s.id = d.sentry_id"
                + " WHERE d.address = ? ORDER BY d.id")) {
      select.setString(1, address);
      select.setMaxRows(100);
      return readAddresses(select);
    }
  }

  private static List<DeviceAddress> readAddresses(PreparedStatement select) throws SQLException {
    try (ResultSet row = select.executeQuery()) {
      List<DeviceAddress> devices = new ArrayList<>();
      while (row.next()) {
        devices.add(new DeviceAddress(row.getLong(1), row.getString(2), row.getString(3)));
      }
      return devices;
    }
  }

  static Optional<String> addressOf(Connection connection, long deviceId) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT address FROM device WHERE id = ?")) {
      select.setLong(1, deviceId);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
      }
    }
  }

  /** The device standing in {@code slot} of the site, if any. */
  static Optional<Long> occupant(Connection connection, long siteId, Slot slot)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT device_id FROM device_place WHERE site_id = ? AND row_no = ? AND rack_no = ?"
                + " AND shelf_no = ? AND slot_no = ?")) {
      setPlace(select, 1, siteId, slot);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
      }
    }
  }

  static boolean unplace(Connection connection, long deviceId) throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM device_place WHERE device_id = ?")) {
      delete.setLong(1, deviceId);
      return delete.executeUpdate() > 0;
    }
  }

  /** Inserts places for devices that stand nowhere; callers check slots and layout first. */
  static void insert(Connection connection, long siteId, List<Long> deviceIds, List<Slot> slots)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO device_place (device_id, site_id, row_no, rack_no, shelf_no, slot_no)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < deviceIds.size(); i++) {
        insert.setLong(1, deviceIds.get(i));
        setPlace(insert, 2, siteId, slots.get(i));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static void setPlace(PreparedStatement statement, int first, long siteId, Slot slot)
      throws SQLException {
    statement.setLong(first, siteId);
    statement.setInt(first + 1, slot.row());
    statement.setInt(first + 2, slot.rack());
    statement.setInt(first + 3, slot.shelf());
    statement.setInt(first + 4, slot.slot());
  }
}
