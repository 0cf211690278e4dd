package io.hashwatch.commander.racks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.hashwatch.commander.fleet.DeviceStatus;
import io.hashwatch.commander.storage.DatabaseServer;
import io.hashwatch.commander.storage.SchemaMigration;
import io.hashwatch.commander.storage.TestRows;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Layouts, placements and the map query on every supported database; one subclass per database.
 * Each test makes its own sites, sentries and devices, so the tests share one database and no
 * order. The farm's first site is made before all tests and holds nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RackMapScenarios {
  private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
  private static final OffsetDateTime T = NOW.atOffset(ZoneOffset.UTC);

  private final AtomicLong ids = new AtomicLong(100);
  private DatabaseServer server;
  private DataSource dataSource;
  private RackMaps maps;
  private long firstSite;

  abstract DatabaseServer startServer() throws Exception;

  @BeforeAll
  void migrate() throws Exception {
    server = startServer();
    dataSource = server.createEmpty();
    SchemaMigration.applyTo(dataSource);
    maps = new RackMaps();
    maps.dataSource = dataSource;
    maps.offlineAfter = Duration.ofMinutes(5);
    maps.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    firstSite = maps.addSite("first hall").id();
  }

  @AfterAll
  void stop() throws Exception {
    server.close();
  }

  @Test
  void aLayoutIsSavedAndChanged() {
    long site = newSite();
    assertThat(maps.map(site).orElseThrow().layout()).isNull();

    maps.setLayout(site, new RackLayout(2, 3, 4, 5));
    assertThat(maps.map(site).orElseThrow().layout()).isEqualTo(new RackLayout(2, 3, 4, 5));

    maps.setLayout(site, new RackLayout(1, 1, 1, 1));
    assertThat(maps.map(site).orElseThrow().layout()).isEqualTo(new RackLayout(1, 1, 1, 1));
  }

  @Test
  void aLayoutThatLeavesADeviceOutsideIsRefused() throws SQLException {
    long site = newSite();
    maps.setLayout(site, new RackLayout(2, 2, 2, 2));
    maps.place(newDevice(site, "10.0.0.1"), site, new Slot(2, 1, 1, 1));

    assertThatThrownBy(() -> maps.setLayout(site, new RackLayout(1, 2, 2, 2)))
        .isInstanceOf(PlacementRefusedException.class)
        .hasMessage("1 device(s) stand outside this layout: move or unplace them first");
    assertThat(maps.map(site).orElseThrow().layout()).isEqualTo(new RackLayout(2, 2, 2, 2));
  }

  @Test
  void aPlacedDeviceShowsWithItsStateInOneMap() throws SQLException {
    long site = newSite();
    maps.setLayout(site, new RackLayout(1, 2, 2, 2));
    long online = newDevice(site, "10.0.0.1");
    long silent = newDevice(site, "10.0.0.2");
    long unplaced = newDevice(site, "10.0.0.3");
    state(online, "reading", T.minusSeconds(30), 1.1e14, 71.5);
    maps.place(online, site, new Slot(1, 2, 1, 2));
    maps.place(silent, site, new Slot(1, 1, 1, 1));

    RackMap map = maps.map(site).orElseThrow();

    assertThat(map.placed())
        .containsExactlyInAnyOrder(
            new PlacedDevice(
                online, "10.0.0.1", "S19", new Slot(1, 2, 1, 2), DeviceStatus.ONLINE, 1.1e14, 71.5),
            new PlacedDevice(
                silent, "10.0.0.2", "S19", new Slot(1, 1, 1, 1), DeviceStatus.UNKNOWN, null, null));
    assertThat(map.unplaced()).extracting(DeviceAddress::id).containsExactly(unplaced);
    assertThat(map.grid().rows().get(0).racks().get(1).shelves().get(0).cells().get(1).device())
        .extracting(PlacedDevice::id)
        .isEqualTo(online);
  }

  @Test
  void anOldStateShowsOffline() throws SQLException {
    long site = newSite();
    maps.setLayout(site, new RackLayout(1, 1, 1, 1));
    long device = newDevice(site, "10.0.0.1");
    state(device, "reading", T.minusMinutes(6), 1e14, 60.0);
    maps.place(device, site, new Slot(1, 1, 1, 1));

    assertThat(maps.map(site).orElseThrow().placed().get(0).status())
        .isEqualTo(DeviceStatus.OFFLINE);
  }

  @Test
  void aDeviceMovesAndLeavesItsOldSlotFree() throws SQLException {
    long site = newSite();
    long other = newSite();
    maps.setLayout(site, new RackLayout(1, 1, 1, 3));
    maps.setLayout(other, new RackLayout(1, 1, 1, 3));
    long device = newDevice(site, "10.0.0.1");
    maps.place(device, site, new Slot(1, 1, 1, 1));

    maps.place(device, site, new Slot(1, 1, 1, 3));
    assertThat(maps.map(site).orElseThrow().placed())
        .extracting(PlacedDevice::slot)
        .containsExactly(new Slot(1, 1, 1, 3));

    maps.place(device, other, new Slot(1, 1, 1, 2));
    assertThat(maps.map(site).orElseThrow().placed()).isEmpty();
    assertThat(maps.map(other).orElseThrow().placed())
        .extracting(PlacedDevice::id)
        .containsExactly(device);

    maps.place(newDevice(site, "10.0.0.2"), site, new Slot(1, 1, 1, 1));
    assertThat(maps.map(site).orElseThrow().placed()).hasSize(1);
  }

  @Test
  void anOccupiedSlotIsRefusedNamingItsDevice() throws SQLException {
    long site = newSite();
    maps.setLayout(site, new RackLayout(1, 1, 1, 2));
    maps.place(newDevice(site, "10.0.0.1"), site, new Slot(1, 1, 1, 1));
    long second = newDevice(site, "10.0.0.2");

    assertThatThrownBy(() -> maps.place(second, site, new Slot(1, 1, 1, 1)))
        .isInstanceOf(PlacementRefusedException.class)
        .hasMessage("row 1 rack 1 shelf 1 slot 1 is taken by 10.0.0.1");
    maps.place(second, site, new Slot(1, 1, 1, 2));
  }

  @Test
  void placingNeedsALayoutAndASlotInsideIt() throws SQLException {
    long site = newSite();
    long device = newDevice(site, "10.0.0.1");

    assertThatThrownBy(() -> maps.place(device, site, new Slot(1, 1, 1, 1)))
        .isInstanceOf(PlacementRefusedException.class)
        .hasMessageStartingWith("lay out the racks of site-")
        .hasMessageEndingWith(" first");
    maps.setLayout(site, new RackLayout(1, 1, 1, 1));
    assertThatThrownBy(() -> maps.place(device, site, new Slot(1, 1, 1, 2)))
        .isInstanceOf(PlacementRefusedException.class)
        .hasMessageContaining("is outside this site's racks");
    assertThatThrownBy(() -> maps.place(987_654, site, new Slot(1, 1, 1, 1)))
        .hasMessage("no device 987654");
    assertThatThrownBy(() -> maps.place(device, 987_654, new Slot(1, 1, 1, 1)))
        .hasMessage("no site 987654");
  }

  @Test
  void unplacingFreesTheSlot() throws SQLException {
    long site = newSite();
    maps.setLayout(site, new RackLayout(1, 1, 1, 1));
    long device = newDevice(site, "10.0.0.1");
    maps.place(device, site, new Slot(1, 1, 1, 1));

    assertThat(maps.unplace(device)).isTrue();
    assertThat(maps.unplace(device)).isFalse();
    assertThat(maps.map(site).orElseThrow().unplaced())
        .extracting(DeviceAddress::id)
        .containsExactly(device);
  }

  @Test
  void autoPlaceFillsFreeSlotsInAddressOrderAsFarAsTheyGo() throws SQLException {
    long site = newSite();
    maps.setLayout(site, new RackLayout(1, 1, 2, 2));
    long ten = newDevice(site, "10.0.0.10:4028");
    long nine = newDevice(site, "10.0.0.9:4028");
    long standing = newDevice(site, "10.0.0.1:4028");
    long eleven = newDevice(site, "10.0.0.11:4028");
    long twelve = newDevice(site, "10.0.0.12:4028");
    maps.place(standing, site, new Slot(1, 1, 1, 2));

    AutoPlaced result = maps.autoPlace(site);

    assertThat(result).isEqualTo(new AutoPlaced(3, 1));
    assertThat(maps.map(site).orElseThrow().placed())
        .extracting(PlacedDevice::id, PlacedDevice::slot)
        .containsExactlyInAnyOrder(
            tuple(standing, new Slot(1, 1, 1, 2)),
            tuple(nine, new Slot(1, 1, 1, 1)),
            tuple(ten, new Slot(1, 1, 2, 1)),
            tuple(eleven, new Slot(1, 1, 2, 2)));
    assertThat(maps.map(site).orElseThrow().unplaced())
        .extracting(DeviceAddress::id)
        .containsExactly(twelve);
  }

  @Test
  void devicesOfSentriesWithoutASiteBelongToTheFirstSite() throws SQLException {
    long sentry = ids.incrementAndGet();
    TestRows.insertSentry(dataSource, sentry, T.minusDays(1));
    long siteless = insertDevice(sentry, "192.168.1.5");
    long other = newSite();

    assertThat(maps.map(firstSite).orElseThrow().unplaced())
        .extracting(DeviceAddress::id)
        .contains(siteless);
    assertThat(maps.map(other).orElseThrow().unplaced()).isEmpty();
    assertThat(maps.devicesAt("192.168.1.5"))
        .extracting(DeviceAddress::id, DeviceAddress::sentry)
        .containsExactly(tuple(siteless, "sentry-" + sentry));
  }

  @Test
  void sitesAreListedByNameAndNamesAreUnique() {
    String name = "zz hall " + ids.incrementAndGet();
    SiteName added = maps.addSite(name);

    assertThat(maps.sites()).contains(added);
    assertThat(maps.sites().get(0).name()).isLessThanOrEqualTo(name);
    assertThatThrownBy(() -> maps.addSite(name))
        .isInstanceOf(PlacementRefusedException.class)
        .hasMessage("a site named '" + name + "' exists already");
    assertThatThrownBy(() -> maps.addSite("  ")).hasMessage("a site name is 1 to 120 characters");
    assertThat(maps.map(987_654)).isEmpty();
  }

  private long newSite() {
    return maps.addSite("site-" + ids.incrementAndGet()).id();
  }

  /** A device of a new sentry at {@code site}. */
  private long newDevice(long site, String address) throws SQLException {
    long sentry = ids.incrementAndGet();
    TestRows.insertSentry(dataSource, sentry, T.minusDays(1));
    TestRows.execute(dataSource, "UPDATE sentry SET site_id = ? WHERE id = ?", site, sentry);
    return insertDevice(sentry, address);
  }

  private long insertDevice(long sentry, String address) throws SQLException {
    long id = ids.incrementAndGet();
    TestRows.execute(
        dataSource,
        "INSERT INTO device (id, sentry_id, address, kind, model, first_seen)"
            + " VALUES (?, ?, ?, 'ASIC', 'S19', ?)",
        id,
        sentry,
        address,
        T.minusHours(1));
    return id;
  }

  private void state(long device, String result, OffsetDateTime time, Double hs, Double temp)
      throws SQLException {
    TestRows.execute(
        dataSource,
        "INSERT INTO device_state (device_id, time, result, last_seen, hashrate_hs, max_temp_c,"
            + " data) VALUES (?, ?, ?, ?, ?, ?, '{}')",
        device,
        time,
        result,
        time,
        hs,
        temp);
  }
}
