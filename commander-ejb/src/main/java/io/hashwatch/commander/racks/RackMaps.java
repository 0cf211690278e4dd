package io.hashwatch.commander.racks;

import io.hashwatch.commander.storage.LocalTransaction;
import io.hashwatch.commander.storage.SchemaMigration;
import io.hashwatch.commander.storage.SqlDialect;
import io.hashwatch.commander.storage.StorageException;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Each site's racks and the devices in them. Devices of sentries without a site belong to the
 * farm's first site until an admin places them elsewhere.
 */
@Stateless
public class RackMaps {
  private static final String UNIQUE_VIOLATION = "23505";

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "hashwatch.offline.after", defaultValue = "PT5M")
  Duration offlineAfter;

  Clock clock = Clock.systemUTC();

  /** Every site, by name. */
  public List<SiteName> sites() {
    return withConnection("listing sites", RackRows::sites);
  }

  /** The site's map, or empty when there is no such site. */
  public Optional<RackMap> map(long siteId) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    return withConnection(
        "reading the rack map of site " + siteId,
        connection -> {
          Optional<SiteName> site = RackRows.site(connection, siteId);
          if (site.isEmpty()) {
            return Optional.empty();
          }
          return Optional.of(
              new RackMap(
                  site.get(),
                  RackRows.layout(connection, siteId).orElse(null),
                  RackRows.placed(connection, siteId, now, offlineAfter),
                  RackRows.unplaced(connection, siteId, RackRows.isFirstSite(connection, siteId))));
        });
  }

  /**
   * Lays out the site's racks.
   *
   * @throws PlacementRefusedException when there is no such site or a device would stand outside
   */
  public void setLayout(long siteId, RackLayout layout) {
    withConnection(
        "saving the layout of site " + siteId,
        connection -> {
          requireSite(connection, siteId);
          long outside = RackRows.placedOutside(connection, siteId, layout);
          if (outside > 0) {
            throw new PlacementRefusedException(
                outside + " device(s) stand outside this layout: move or unplace them first");
          }
          RackRows.saveLayout(connection, siteId, layout);
          return null;
        });
  }

  /**
   * Puts a device into a slot of a site, moving it from wherever it stood.
   *
   * @throws PlacementRefusedException for no such device or site, a site not laid out yet, a slot
   *     outside its racks or one another device stands in
   */
  public void place(long deviceId, long siteId, Slot slot) {
    try {
      withConnection(
          "placing device " + deviceId,
          connection -> {
            String address =
                RackRows.addressOf(connection, deviceId)
                    .orElseThrow(() -> new PlacementRefusedException("no device " + deviceId));
            RackLayout layout = requireLayout(connection, requireSite(connection, siteId));
            layout.require(slot);
            Optional<Long> occupant = RackRows.occupant(connection, siteId, slot);
            if (occupant.isPresent() && occupant.get() != deviceId) {
              throw occupied(connection, slot, occupant.get());
            }
            RackRows.unplace(connection, deviceId);
            RackRows.insert(connection, siteId, List.of(deviceId), List.of(slot));
            return address;
          });
    } catch (StorageException e) {
      if (e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        throw new PlacementRefusedException(slot + " was taken just now by another device");
      }
      throw e;
    }
  }

  private static RackLayout requireLayout(Connection connection, SiteName site)
      throws SQLException {
    return RackRows.layout(connection, site.id())
        .orElseThrow(
            () -> new PlacementRefusedException("lay out the racks of " + site.name() + " first"));
  }

  private static PlacementRefusedException occupied(Connection connection, Slot slot, long other)
      throws SQLException {
    String address = RackRows.addressOf(connection, other).orElse("device " + other);
    return new PlacementRefusedException(slot + " is taken by " + address);
  }

  /** Takes a device out of its slot; false when it stood nowhere. */
  public boolean unplace(long deviceId) {
    return withConnection("unplacing device " + deviceId, c -> RackRows.unplace(c, deviceId));
  }

  /**
   * Puts the site's devices that stand nowhere into its free slots, in address order, as far as the
   * slots go.
   *
   * @throws PlacementRefusedException for no such site or one not laid out yet
   */
  public AutoPlaced autoPlace(long siteId) {
    return withConnection(
        "auto-placing the devices of site " + siteId,
        connection -> {
          RackLayout layout = requireLayout(connection, requireSite(connection, siteId));
          List<DeviceAddress> unplaced =
              RackRows.unplaced(connection, siteId, RackRows.isFirstSite(connection, siteId));
          List<Slot> free = layout.freeSlots(RackRows.taken(connection, siteId), unplaced.size());
          List<Long> ids =
              unplaced.subList(0, free.size()).stream().map(DeviceAddress::id).toList();
          RackRows.insert(connection, siteId, ids, free);
          return new AutoPlaced(free.size(), unplaced.size() - free.size());
        });
  }

  /** The devices with this address, at whichever sentry: how the placement form finds one. */
  public List<DeviceAddress> devicesAt(String address) {
    return withConnection("finding devices at " + address, c -> RackRows.withAddress(c, address));
  }

  /**
   * Adds a site, for farms whose sentries were registered without one.
   *
   * @throws PlacementRefusedException when the name is blank, too long or taken
   */
  public SiteName addSite(String name) {
    String checked = name == null ? "" : name.strip();
    if (checked.isEmpty() || checked.length() > 120) {
      throw new PlacementRefusedException("a site name is 1 to 120 characters");
    }
    return withConnection(
        "adding site " + checked,
        connection -> {
          if (RackRows.sites(connection).stream().anyMatch(s -> s.name().equals(checked))) {
            throw new PlacementRefusedException("a site named '" + checked + "' exists already");
          }
          String sql =
              "INSERT INTO site (id, name, created) VALUES ("
                  + SqlDialect.of(connection).nextValue("site_seq")
                  + ", ?, ?)";
          try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, checked);
            insert.setObject(2, OffsetDateTime.now(clock));
            insert.executeUpdate();
          }
          return RackRows.sites(connection).stream()
              .filter(s -> s.name().equals(checked))
              .findFirst()
              .orElseThrow();
        });
  }

  private static SiteName requireSite(Connection connection, long siteId) throws SQLException {
    return RackRows.site(connection, siteId)
        .orElseThrow(() -> new PlacementRefusedException("no site " + siteId));
  }

  private <T> T withConnection(String what, LocalTransaction.Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      return work.on(connection);
    } catch (SQLException e) {
      throw new StorageException(what + " failed", e);
    }
  }
}
