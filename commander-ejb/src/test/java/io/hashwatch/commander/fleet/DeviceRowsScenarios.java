package io.hashwatch.commander.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.hashwatch.commander.storage.DatabaseServer;
import io.hashwatch.commander.storage.FleetRows;
import io.hashwatch.commander.storage.FleetRows.State;
import io.hashwatch.commander.storage.SchemaMigration;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The devices table's query: status as {@link DeviceStatus#of} gives it, search, status filter,
 * sorting and paging by the database, on every supported database; one subclass per database. The
 * tests share one farm and only read it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DeviceRowsScenarios {
  static final OffsetDateTime NOW = OffsetDateTime.parse("2026-02-01T08:00:00Z");
  static final Duration WINDOW = Duration.ofMinutes(5);

  private DatabaseServer server;
  private DataSource dataSource;
  private long hot;
  private long cool;
  private long asleep;
  private long gone;
  private long broken;
  private long fresh;

  abstract DatabaseServer startServer() throws Exception;

  @BeforeAll
  void farm() throws Exception {
    server = startServer();
    dataSource = server.createEmpty();
    SchemaMigration.applyTo(dataSource);
    FleetRows rows = new FleetRows(dataSource);
    long sentry = rows.newSentry(null);
    OffsetDateTime recent = NOW.minusMinutes(1);
    hot =
        rows.newDevice(
            sentry,
            "10.0.0.1:4028",
            "ASIC",
            "Antminer S19",
            State.reading(recent, 95e12, 3200).warning("temperature 92 °C", 92));
    cool =
        rows.newDevice(
            sentry,
            "10.0.0.2:4028",
            "ASIC",
            "Antminer S21",
            State.reading(recent, 200e12, 3500).pool("stratum+tcp://Pool.Example:3333"));
    asleep =
        rows.newDevice(
            sentry, "10.0.0.3:4028", "ASIC", "Antminer S19", State.of("reading", recent).asleep());
    gone =
        rows.newDevice(
            sentry, "10.0.0.4:4028", "ASIC", "Avalon 1246", State.reading(NOW.minusHours(1), 1, 1));
    broken = rows.newDevice(sentry, "10.0.0.5:4028", "ASIC", null, State.of("rejected", recent));
    fresh = rows.newDevice(sentry, "10.0.0.6_x", "ASIC", null, State.of("none", recent));
  }

  @AfterAll
  void stop() throws Exception {
    server.close();
  }

  private List<DeviceSummary> page(DeviceFilter filter, DeviceSort sort, boolean descending)
      throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return DeviceRows.page(
          connection, filter, sort.orderBy(descending), 0, 50, NOW.minus(WINDOW));
    }
  }

  private List<Long> ids(DeviceFilter filter, DeviceSort sort, boolean descending)
      throws SQLException {
    return page(filter, sort, descending).stream().map(DeviceSummary::id).toList();
  }

  private long count(DeviceFilter filter) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return DeviceRows.count(connection, filter, NOW.minus(WINDOW));
    }
  }

  @Test
  void theStatusInSqlIsTheStatusInJava() throws SQLException {
    assertThat(page(DeviceFilter.ALL, DeviceSort.ADDRESS, false))
        .extracting(DeviceSummary::status)
        .containsExactly(
            DeviceStatus.WARNING,
            DeviceStatus.ONLINE,
            DeviceStatus.SLEEPING,
            DeviceStatus.OFFLINE,
            DeviceStatus.ERROR,
            DeviceStatus.UNKNOWN);
  }

  @Test
  void aRowCarriesTheFiguresAndWhy() throws SQLException {
    DeviceSummary first = page(DeviceFilter.ALL, DeviceSort.ADDRESS, false).get(0);

    assertThat(first.id()).isEqualTo(hot);
    assertThat(first.model()).isEqualTo("Antminer S19");
    assertThat(first.hashrateHs()).isEqualTo(95e12);
    assertThat(first.powerW()).isEqualTo(3200.0);
    assertThat(first.maxTempC()).isEqualTo(92.0);
    assertThat(first.algorithm()).isEqualTo("SHA256");
    assertThat(first.warning()).isEqualTo("temperature 92 °C");
    assertThat(first.lastSeen().toInstant()).isEqualTo(NOW.minusMinutes(1).toInstant());
  }

  @Test
  void sortsByFiguresWithAbsentOnesLast() throws SQLException {
    assertThat(ids(DeviceFilter.ALL, DeviceSort.HASHRATE, true))
        .containsExactly(cool, hot, gone, asleep, broken, fresh);
    assertThat(ids(DeviceFilter.ALL, DeviceSort.TEMPERATURE, false).subList(0, 3))
        .containsExactly(cool, gone, hot);
  }

  @Test
  void sortsByStatusWorstFirst() throws SQLException {
    assertThat(ids(DeviceFilter.ALL, DeviceSort.STATUS, false))
        .containsExactly(gone, broken, hot, fresh, asleep, cool);
  }

  @Test
  void filtersByStatus() throws SQLException {
    DeviceFilter trouble =
        new DeviceFilter(null, Set.of(DeviceStatus.OFFLINE, DeviceStatus.WARNING));

    assertThat(ids(trouble, DeviceSort.ADDRESS, false)).containsExactly(hot, gone);
    assertThat(count(trouble)).isEqualTo(2);
    assertThat(count(DeviceFilter.ALL)).isEqualTo(6);
  }

  @Test
  void searchesAddressMakeModelAndPoolIgnoringCase() throws SQLException {
    assertThat(ids(new DeviceFilter("s19", Set.of()), DeviceSort.ADDRESS, false))
        .containsExactly(hot, asleep);
    assertThat(ids(new DeviceFilter("POOL.example", Set.of()), DeviceSort.ADDRESS, false))
        .containsExactly(cool);
    assertThat(ids(new DeviceFilter("0.0.5", Set.of()), DeviceSort.ADDRESS, false))
        .containsExactly(broken);
    assertThat(count(new DeviceFilter("bitmain", Set.of()))).isEqualTo(4);
  }

  @Test
  void wildcardsInASearchAreText() throws SQLException {
    assertThat(ids(new DeviceFilter("6_x", Set.of()), DeviceSort.ADDRESS, false))
        .containsExactly(fresh);
    assertThat(count(new DeviceFilter("0_0", Set.of()))).isZero();
    assertThat(count(new DeviceFilter("%", Set.of()))).isZero();
  }

  @Test
  void pagesWithOffsetAndLimit() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      List<DeviceSummary> second =
          DeviceRows.page(
              connection,
              DeviceFilter.ALL,
              DeviceSort.ADDRESS.orderBy(false),
              2,
              2,
              NOW.minus(WINDOW));

      assertThat(second).extracting(DeviceSummary::id).containsExactly(asleep, gone);
    }
  }
}
